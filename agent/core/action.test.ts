import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, ActionValidationError, actionElementIds, assertAction, describeAction, enteredValue, validateAction } from './action.js';

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
    [{ type: 'click', target: { elementId: 1 }, when: { until: { value: { elementId: 2 }, comparison: 'under', number: 4 }, timeoutMs: 100 } }, 'when.until.comparison'],
    [{ type: 'wait-until', until: { enabled: { elementId: 1 } } }, 'timeoutMs'],
    [{ type: 'wait-until', until: { shows: { name: '' } }, timeoutMs: 100 }, 'until.shows.name'],
    [{ type: 'wait-until', until: { value: { elementId: 2 }, comparison: 'below', number: Infinity }, timeoutMs: 100 }, 'until.number'],
    [{ type: 'wait-until', until: { enabled: { x: 1, y: 2 } }, timeoutMs: 100 }, 'until.enabled.elementId'],
    [{ type: 'click', target: { elementId: 1 }, when: { until: { enabled: { elementId: 2 } }, timeoutMs: -1 } }, 'when.timeoutMs'],
  ])('names the offending field of %j', (value, field) => {
    const result = validateAction(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ActionValidationError);
    expect(result.error.field).toBe(field);
    expect(result.error.message).toContain('invalid action');
  });

  it('says what a wait condition is wrong with, or which forms it takes, never the forms of a target', () => {
    const error = (value: unknown) => {
      const result = validateAction(value);
      return result.ok ? 'accepted' : result.error.message;
    };
    expect(error({ type: 'wait-until', until: { value: { elementId: 2 }, comparison: 'under', number: 4 }, timeoutMs: 100 })).toBe(
      'invalid action: until.comparison: expected one of below, above, at-most, at-least, equal',
    );
    expect(error({ type: 'wait-until', until: { shows: { name: 'OK' }, colour: 'red' }, timeoutMs: 100 })).toMatch(/until: unexpected field\(s\) colour/);
    for (const until of [{}, 'enabled', undefined]) {
      const message = error({ type: 'click', target: { elementId: 1 }, when: { until, timeoutMs: 100 } });
      expect(message).toMatch(/^invalid action: when\.until: expected \{"enabled".*"shows".*"value"/);
      expect(message).not.toContain('"x"');
    }
  });

  it('describes waits and clicks that wait, and says what they watch', () => {
    expect(describeAction(assertAction({ type: 'click', target: { elementId: 4 }, when: { until: { enabled: { elementId: 4 } }, timeoutMs: 10_000 } }))).toBe('click [4] when [4] enabled');
    expect(describeAction(assertAction({ type: 'wait-until', until: { value: { elementId: 7 }, comparison: 'below', number: 40 }, timeoutMs: 10_000 }))).toBe('wait until [7] below 40 (at most 10000ms)');
    expect(describeAction(assertAction({ type: 'wait-until', until: { shows: { name: 'Submit', role: 'button' } }, timeoutMs: 500 }))).toBe('wait until button "Submit" shows (at most 500ms)');
    expect(actionElementIds(assertAction({ type: 'wait-until', until: { value: { elementId: 7 }, comparison: 'above', number: 1 }, timeoutMs: 0 }))).toEqual([7]);
    expect(actionElementIds(assertAction({ type: 'wait-until', until: { shows: { name: 'Go' } }, timeoutMs: 0 }))).toEqual([]);
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

describe('enteredValue', () => {
  it('reads the typed text or the chosen option, and nothing from other actions', () => {
    expect(enteredValue({ type: 'type', text: 'Lara', target: { elementId: 1 } })).toBe('Lara');
    expect(enteredValue({ type: 'select', option: 'Dinner', target: { elementId: 2 } })).toBe('Dinner');
    expect(enteredValue({ type: 'click', target: { elementId: 3 } })).toBeUndefined();
    expect(enteredValue({ type: 'press', keys: 'Enter' })).toBeUndefined();
  });
});
