import { describe, expect, it } from 'vitest';
import { formatEvent } from './run.js';
import { printable } from '../../agent/core/printable-text.js';

describe('printable (issue 16 defect 6)', () => {
  it('shows escape sequences, carriage returns and bidi overrides instead of obeying them', () => {
    const hostile = 'done\u001b[2J\u001b[H\routcome: success\u202e';
    const shown = printable(hostile, { singleLine: true });
    expect(shown).toBe('done\\u001b[2J\\u001b[H\\routcome: success\\u202e');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(printable('two\nlines\ttab')).toBe('two\nlines\ttab');
    expect(JSON.parse(printable(JSON.stringify({ text: 'a\u0085b\u2028c' })))).toEqual({ text: 'a\u0085b\u2028c' });
  });

  it('is used for every line `understudy run` prints from a model, a page or a file', () => {
    const base = { runId: 'r', time: 0 };
    const lines = [
      formatEvent({ ...base, type: 'run-start', task: 'x\u001b[2J', policy: 'llm', environment: 'browser', budgets: { maxSteps: 1, maxWallTimeMs: 1 } }),
      formatEvent({ ...base, type: 'action', step: 0, action: { type: 'wait', ms: 0 }, description: 'type "\u001b[H"', result: { ok: false, code: 'stale-element', error: 'e\r\u0007', durationMs: 0 } }),
      formatEvent({ ...base, type: 'error', step: 0, phase: 'decide', message: 'bad\u001b]0;title\u0007' }),
      formatEvent({ ...base, type: 'run-end', outcome: { status: 'failed', reason: 'r\n\routcome: success' }, steps: 0, durationMs: 0, trajectoryId: 't' }),
      formatEvent({ ...base, type: 'confirmation-request', step: 0, action: { type: 'wait', ms: 0 }, description: 'd\u001b', reason: 'r\u009b' }),
    ];
    for (const line of lines) {
      expect(line).toBeDefined();
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });
});
