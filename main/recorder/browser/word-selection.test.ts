import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import type { PageTarget } from './captured-event.js';
import { gestureToStep } from './gesture-to-step.js';

const editor: UIElement = { id: 7, role: 'textbox', text: '', value: 'Mi mi pharetraLuctus', tag: 'div', states: { editable: true }, box: { x: 3, y: 80, width: 154, height: 74 }, source: 'dom', interactive: true };
const button: UIElement = { id: 8, role: 'button', text: 'Open file', tag: 'button', states: {}, box: { x: 3, y: 160, width: 60, height: 20 }, source: 'dom', interactive: true };
const observation: Observation = { sequence: 1, environment: 'browser', viewport: { width: 400, height: 300, deviceScaleFactor: 1 }, page: {}, capturedAt: 0, elements: [editor, button] };
const target = (of: UIElement, editable: boolean): PageTarget => ({ tag: of.tag!, role: of.role, text: of.text, value: of.value, editable, secret: false, box: of.box, attributes: {} });
const doubleClick = (of: UIElement, editable: boolean, selected?: { text: string; wordIndex: number }) =>
  ({ kind: 'double-click' as const, time: 0, url: '', x: 130, y: 90, target: target(of, editable), targetId: of.id, ...(selected ? { selected } : {}) });

describe('a double-click that selected a word inside a text element', () => {
  it('is stored as the word, a slot of the task when the task names it', () => {
    const task = 'give the text pharetraLuctus the style italics';
    const draft = gestureToStep(doubleClick(editor, true, { text: 'pharetraLuctus', wordIndex: 2 }), observation, { allowSecrets: false, task });
    expect(draft.action).toEqual({ type: 'double-click', target: { elementId: 7 }, word: 'pharetraLuctus' });
    expect(draft.details).toEqual({ wordFromTask: { value: 'pharetraLuctus', start: task.indexOf('pharetraLuctus') } });
  });
  it('is stored with its place among the words when the task does not name it', () => {
    const draft = gestureToStep(doubleClick(editor, true, { text: 'mi', wordIndex: 1 }), observation, { allowSecrets: false, task: 'make one word bold' });
    expect(draft.action).toEqual({ type: 'double-click', target: { elementId: 7 }, word: 'mi' });
    expect(draft.details).toEqual({ wordPlace: 1 });
  });
  it('stays a double-click on the element when nothing was selected, or outside an editable text', () => {
    expect(gestureToStep(doubleClick(editor, true), observation, { allowSecrets: false }).action).toEqual({ type: 'double-click', target: { elementId: 7 } });
    expect(gestureToStep(doubleClick(button, false, { text: 'Open', wordIndex: 0 }), observation, { allowSecrets: false }).action).toEqual({ type: 'double-click', target: { elementId: 8 } });
  });
});
