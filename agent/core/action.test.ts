import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, ActionValidationError, actionElementIds, assertAction, describeAction, validateAction } from './action.js';

describe('Action validation', () => {
  it('accepts every action type in its canonical form', () => {
    const examples = [
      { type: 'click', target: { elementId: 3 } },
      { type: 'double-click', target: { x: 10, y: 20 } },
      { type: 'right-click', target: { elementId: 0 } },
      { type: 'type', text: 'hello', target: { elementId: 4 }, replace: true },
      { type: 'press', keys: 'Control+A' },
      { type: 'scroll', deltaY: 300 },
      { type: 'drag', from: { elementId: 1 }, to: { x: 5, y: 6 } },
      { type: 'select', target: { elementId: 2 }, option: 'Blue', modifiers: ['Control'] },
      { type: 'hover', target: { elementId: 7 } },
      { type: 'copy', target: { elementId: 8 } },
      { type: 'paste', target: { elementId: 9 }, replace: true },
      { type: 'wait', ms: 250 },
      { type: 'wait-until', until: { value: { elementId: 5 }, comparison: 'below', number: 40 }, timeoutMs: 10_000 },
      { type: 'done', success: true, answer: '42' },
    ];
    expect(examples.map((example) => example.type).sort()).toEqual([...ACTION_TYPES].sort());
    for (const example of examples) expect(validateAction(example)).toMatchObject({ ok: true });
    expect(assertAction({ type: 'scroll', deltaY: 1 })).toEqual({ type: 'scroll', deltaY: 1, deltaX: 0 });
  });

  it.each([
    [{ type: 'click', target: { elementId: -1 } }, 'target.elementId'],
    [{ type: 'click' }, 'target'],
    [{ type: 'type', text: 7 }, 'text'],
    [{ type: 'press', keys: 'Control +A' }, 'keys'],
    [{ type: 'wait', ms: 1e9 }, 'ms'],
    [{ type: 'done', success: 'yes' }, 'success'],
    [{ type: 'drag', from: { elementId: 1 }, to: { x: 'a', y: 2 } }, 'to'],
    [{ type: 'click', target: { elementId: 1 }, extra: true }, ''],
    [{ type: 'wait-until', until: { enabled: { elementId: 1 } }, timeoutMs: 1e9 }, 'timeoutMs'],
    [{ type: 'click', target: { elementId: 1 }, when: { until: { value: { elementId: 2 }, comparison: 'under', number: 4 }, timeoutMs: 100 } }, 'when.until'],
  ])('names the offending field of %j', (value, field) => {
    const result = validateAction(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ActionValidationError);
    expect(result.error.field).toBe(field);
    expect(result.error.message).toContain('invalid action');
  });

  it('explains an unknown action type with the list of known ones', () => {
    const result = validateAction({ type: 'teleport' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('type');
    expect(result.error.message).toContain('unknown action type; expected one of click, double-click');
  });

  it('never throws on garbage', () => {
    for (const garbage of [null, undefined, 3, 'click', [], {}, { type: null }]) {
      expect(validateAction(garbage).ok).toBe(false);
    }
  });

  it('lists element ids and describes actions', () => {
    expect(actionElementIds(assertAction({ type: 'drag', from: { elementId: 1 }, to: { elementId: 9 } }))).toEqual([1, 9]);
    expect(describeAction(assertAction({ type: 'type', text: 'hi', target: { elementId: 2 } }))).toBe('type "hi" into [2]');
    expect(describeAction(assertAction({ type: 'scroll', deltaY: -120 }))).toBe('scroll up 120px');
  });
});

describe('scroll deltas are bounded (issue 16 defect 4)', () => {
  it('refuses a scroll of 1e300 pixels, naming the field', () => {
    const result = validateAction({ type: 'scroll', deltaY: -1e300 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.field).toBe('deltaY');
    expect(validateAction({ type: 'scroll', deltaY: 2_000, deltaX: -100_000 }).ok).toBe(true);
  });
});
