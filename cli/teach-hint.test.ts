import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellArgument, teachHint } from './teach-hint.js';

describe('teachHint', () => {
  it('prints the record command for this task and page after a refusal', () => {
    expect(teachHint('Archive the email from Lara', { kind: 'browser', url: 'https://mail.example/inbox' }, 'infeasible')).toBe(
      "to teach it this task, show it once: understudy record --url https://mail.example/inbox --task 'Archive the email from Lara'",
    );
    expect(teachHint('Save', { kind: 'desktop' }, 'failed')).toBe('to teach it this task, show it once: understudy record --desktop --task Save');
    // The run's own memory file, so the demonstration lands where the next run looks.
    expect(teachHint('Save', { kind: 'desktop' }, 'failed', '/tmp/my memory.db')).toBe("to teach it this task, show it once: understudy record --desktop --task Save --memory '/tmp/my memory.db'");
  });

  it('says nothing when the run succeeded, was stopped, ran out of budget or broke', () => {
    for (const status of ['success', 'stopped', 'budget-exceeded', 'error'] as const) {
      expect(teachHint('Save', { kind: 'desktop' }, status)).toBeUndefined();
    }
  });

  it('quotes a task text so a real shell passes it on exactly as written', () => {
    const hostile = `Reply "it's $HOME" \`id\`; rm -rf / & echo \\ done`;
    const echoed = execFileSync('/bin/sh', ['-c', `printf %s ${shellArgument(hostile)}`], { encoding: 'utf8' });
    expect(echoed).toBe(hostile);
    expect(shellArgument('')).toBe("''");
  });
});
