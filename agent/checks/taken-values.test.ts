/**
 * A field emptied once the page took what was typed ("Add an item" → the list
 * shows "cheddar") holds no lost value; an emptied field whose text the page
 * does not show, or showed already before the typing, still does.
 */
import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../core/observation.js';
import type { Step } from '../core/trajectory.js';
import { takenIntoPage } from './taken-values.js';
import { judgeTaskState } from './task-state.js';

let nextId = 1;
function element(role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y: 10 * nextId, width: 100, height: 20 }, source: 'dom', interactive: role !== 'text', ...extra };
}
function observation(elements: UIElement[]): Observation {
  return { sequence: 1, environment: 'browser', elements, viewport: { width: 300, height: 300, deviceScaleFactor: 1 }, page: { url: 'memory://page' }, capturedAt: 0 };
}

describe('takenIntoPage', () => {
  const field = element('textbox', '', { label: 'Add an item', value: '' });
  const milk = element('text', 'milk');
  const cheddar = element('text', 'cheddar');

  it('is a value the page took: field empty, text now shown whole, not before', () => {
    expect(takenIntoPage(field, 'cheddar', [field, milk, cheddar], [field, milk])).toBe(true);
  });

  it('is no proof when the field still holds something, the page does not show the text, or showed it already', () => {
    expect(takenIntoPage({ value: 'chedd' }, 'cheddar', [field, milk, cheddar], [field, milk])).toBe(false);
    expect(takenIntoPage(field, 'cheddar', [field, milk], [field, milk])).toBe(false);
    expect(takenIntoPage(field, 'milk', [field, milk], [field, milk])).toBe(false);
    // A field of its own showing the text is no item of the page.
    expect(takenIntoPage(field, 'cheddar', [field, element('textbox', 'cheddar', { value: 'cheddar' })], [field])).toBe(false);
  });

  it('lets the final-state check pass an Add field emptied into the list, and still catches one that lost the value', () => {
    const box = element('textbox', '', { label: 'Add an item', value: '' });
    const typed: Step = {
      index: 0,
      observation: { text: '', elements: [box, milk], url: 'memory://page' },
      action: { type: 'type', text: 'cheddar', target: { elementId: box.id }, replace: true },
      targets: [{ role: 'textbox', text: '', label: 'Add an item', box: box.box }],
      result: { ok: true },
      timings: {},
    };
    expect(judgeTaskState({ task: 'Add cheddar to the list.', observation: observation([box, milk, element('text', 'cheddar')]), history: [typed] }).ok).toBe(true);
    expect(judgeTaskState({ task: 'Add cheddar to the list.', observation: observation([box, milk]), history: [typed] })).toMatchObject({ ok: false });
  });
});
