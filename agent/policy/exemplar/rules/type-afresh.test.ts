import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { typeAfresh } from './type-afresh.js';

const field = (id: number, value?: string): UIElement => ({ id, role: 'textbox', text: '', label: 'Username', ...(value !== undefined ? { value } : {}), states: {}, box: { x: 0, y: 0, width: 90, height: 18 }, source: 'dom', interactive: true });
const typed = (value: string | undefined, text = 'ada'): Step => ({ index: 0, observation: { text: '', elements: [field(4, value)] }, action: { type: 'type', target: { elementId: 4 }, text }, targets: [], result: { ok: true }, timings: {} });
const action: Action = { type: 'type', target: { elementId: 9 }, text: 'vina' };

describe('type afresh', () => {
  it('types over a field that holds text now when the demonstration typed into an empty one', () => {
    expect(typeAfresh(action, [field(9, 'vina')], typed(''))).toEqual({ ...action, replace: true });
    expect(typeAfresh(action, [field(9, 'vina')], typed(undefined))).toEqual({ ...action, replace: true });
  });

  it('leaves the action alone on an empty field, or when the demonstration added to a field that held text', () => {
    expect(typeAfresh(action, [field(9, '')], typed(''))).toBe(action);
    expect(typeAfresh(action, [field(9)], typed(''))).toBe(action);
    expect(typeAfresh(action, [field(9, 'Dear Sir,')], typed('Dear Sir,'))).toBe(action);
    expect(typeAfresh({ type: 'click', target: { elementId: 9 } }, [field(9, 'vina')], typed(''))).toEqual({ type: 'click', target: { elementId: 9 } });
    expect(typeAfresh(action, [field(9, 'vina')], undefined)).toBe(action);
    // The plan's own later piece of a value typed in parts (rules/split-value.ts) adds to its earlier one.
    expect(typeAfresh(action, [field(9, 'vina')], typed(''), undefined, true)).toBe(action);
  });

  // Found on format-note seeds 35, 37, 38 (wronghunt33): the demonstration typed "yonder timber ", pressed Ctrl+B, typed
  // "meteor"; the page could not observe itself at the second input, so that step shows the note as it was before the
  // first — empty. Typed over, the note held "bramble" alone, not bold.
  describe('a rich text note typed in parts, its step paired with an out-of-date observation', () => {
    const note = (id: number, value: string): UIElement => ({ id, role: 'textbox', tag: 'div', text: '', label: 'Note', value, states: { focused: true, editable: true }, box: { x: 4, y: 73, width: 152, height: 76 }, source: 'dom', interactive: true, attributes: { class: 'note', 'aria-label': 'Note' } });
    const step = (value: string, action: Action): Step => ({ index: 0, observation: { text: '', elements: [note(4, value)] }, action, targets: [], result: { ok: true }, timings: {} });
    const bold: Action = { type: 'type', target: { elementId: 12 }, text: 'bramble' };

    it('adds to the note when the field after the step held more than the typed text, ending with it', () => {
      const stale = step('', { type: 'type', target: { elementId: 4 }, text: 'meteor' });
      const after = step('yonder timber meteor', { type: 'press', keys: 'Control+B' });
      expect(typeAfresh(bold, [note(12, 'zephyr yonder')], stale, after)).toBe(bold);
      // The next observation re-numbered: the one note of that role and label.
      const renumbered: Step = { ...after, observation: { text: '', elements: [note(30, 'yonder timber meteor')] } };
      expect(typeAfresh(bold, [note(12, 'zephyr yonder')], stale, renumbered)).toBe(bold);
    });

    it('still types over when the field after the step held the typed text alone (typed into an empty field)', () => {
      const fresh = step('', { type: 'type', target: { elementId: 4 }, text: 'meteor' });
      expect(typeAfresh(bold, [note(12, 'bramble')], fresh, step('meteor', { type: 'press', keys: 'Control+B' }))).toEqual({ ...bold, replace: true });
      // Nothing after it to read (the last step), or a field after it that does not end with the typed text.
      expect(typeAfresh(bold, [note(12, 'bramble')], fresh, undefined)).toEqual({ ...bold, replace: true });
      expect(typeAfresh(bold, [note(12, 'bramble')], fresh, step('meteor shower', { type: 'press', keys: 'Tab' }))).toEqual({ ...bold, replace: true });
    });
  });
});
