import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { SECRET_PLACEHOLDER } from '../../../agent/safety/secret-fields.js';
import type { PageTarget } from './captured-event.js';
import { gestureToStep, matchElement, taskSlotOf } from './gesture-to-step.js';

function element(id: number, role: string, text: string, box: UIElement['box'], extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box, source: 'dom', interactive: role !== 'group', tag: role === 'textbox' ? 'input' : role === 'group' ? 'div' : 'button', ...extra };
}
const observation: Observation = {
  sequence: 1,
  environment: 'browser',
  viewport: { width: 400, height: 300, deviceScaleFactor: 1 },
  page: {},
  capturedAt: 0,
  elements: [
    element(1, 'group', 'Name Password OK Delete Delete', { x: 0, y: 0, width: 400, height: 300 }),
    element(2, 'textbox', '', { x: 10, y: 10, width: 100, height: 20 }, { label: 'Name', value: '', parentId: 1 }),
    element(3, 'textbox', '', { x: 10, y: 40, width: 100, height: 20 }, { label: 'Password', inputType: 'password', value: '', parentId: 1 }),
    element(4, 'button', 'OK', { x: 10, y: 70, width: 40, height: 20 }, { parentId: 1 }),
    element(5, 'button', 'Delete', { x: 10, y: 100, width: 40, height: 20 }, { parentId: 1, ordinal: 1 }),
    element(6, 'button', 'Delete', { x: 10, y: 130, width: 40, height: 20 }, { parentId: 1, ordinal: 2 }),
  ],
};
function pageTarget(of: UIElement, extra: Partial<PageTarget> = {}): PageTarget {
  return { tag: of.tag!, role: of.role, text: of.text, label: of.label, value: of.value, editable: of.role === 'textbox', secret: false, box: { ...of.box, y: of.box.y + 1 }, attributes: {}, ...extra };
}
const byId = (id: number) => observation.elements.find((e) => e.id === id)!;

describe('matchElement', () => {
  it('finds the element by box and identity, not the group around it', () => {
    expect(matchElement(pageTarget(byId(4)), { x: 20, y: 80 }, observation)?.id).toBe(4);
    expect(matchElement(undefined, { x: 20, y: 80 }, observation)?.id).toBe(4);
  });
  it('finds nothing for a target that is not there', () => {
    expect(matchElement({ ...pageTarget(byId(4)), box: { x: 300, y: 250, width: 10, height: 10 }, text: 'Gone' }, { x: 305, y: 255 }, observation)).toBeUndefined();
  });
});

describe('gestureToStep', () => {
  it('stores a click on the element id with a descriptor of the element before the click', () => {
    const draft = gestureToStep({ kind: 'click', time: 0, url: '', x: 20, y: 80, target: pageTarget(byId(4), { context: 'form' }) }, observation, { allowSecrets: false });
    expect(draft.action).toEqual({ type: 'click', target: { elementId: 4 } });
    expect(draft.targets[0]).toMatchObject({ role: 'button', text: 'OK', context: 'Name Password OK Delete Delete' });
    expect(draft.warnings).toEqual([]);
  });

  it('warns when the target is not unique, and stores a point when no element matches', () => {
    const twin = gestureToStep({ kind: 'click', time: 0, url: '', x: 20, y: 140, target: pageTarget(byId(6)) }, observation, { allowSecrets: false });
    expect(twin.action).toEqual({ type: 'click', target: { elementId: 6 } });
    expect(twin.warnings[0]).toMatch(/not unique.*1 other element/);
    const lost = gestureToStep({ kind: 'click', time: 0, url: '', x: 305, y: 255, target: { ...pageTarget(byId(4)), text: 'Gone', box: { x: 300, y: 250, width: 10, height: 10 } } }, observation, { allowSecrets: false });
    expect(lost.action).toEqual({ type: 'click', target: { x: 305, y: 255 } });
    expect(lost.targets).toEqual([]);
    expect(lost.pointTargets[0]).toMatchObject({ text: 'Gone' });
    expect(lost.warnings[0]).toMatch(/stored as a point/);
  });

  it('masks text typed into a password field unless secrets are allowed', () => {
    const gesture = { kind: 'type' as const, time: 0, url: '', text: 'hunter2', target: pageTarget(byId(3), { inputType: 'password', secret: true }) };
    const masked = gestureToStep(gesture, observation, { allowSecrets: false });
    expect(masked.action).toEqual({ type: 'type', text: SECRET_PLACEHOLDER, target: { elementId: 3 } });
    expect(masked.secretMasked).toBe(true);
    expect(JSON.stringify(masked)).not.toContain('hunter2');
    const kept = gestureToStep(gesture, observation, { allowSecrets: true });
    expect(kept.action).toMatchObject({ text: 'hunter2' });
  });

  it('types with replace when the field had a value, and records keys, scrolls and drags', () => {
    const typed = gestureToStep({ kind: 'type', time: 0, url: '', text: 'Bea', target: pageTarget(byId(2), { value: 'Ada' }) }, observation, { allowSecrets: false });
    expect(typed.action).toEqual({ type: 'type', text: 'Bea', target: { elementId: 2 }, replace: true });
    const press = gestureToStep({ kind: 'press', time: 0, url: '', keys: 'Control+S', target: pageTarget(byId(2)) }, observation, { allowSecrets: false });
    expect(press.action).toEqual({ type: 'press', keys: 'Control+S' });
    expect(press.targets[0]).toMatchObject({ label: 'Name' });
    const scroll = gestureToStep({ kind: 'scroll', time: 0, url: '', x: 5, y: 5, deltaX: 0, deltaY: 240 }, observation, { allowSecrets: false });
    expect(scroll.action).toEqual({ type: 'scroll', deltaX: 0, deltaY: 240 });
    const drag = gestureToStep({ kind: 'drag', time: 0, url: '', from: { x: 20, y: 80, target: pageTarget(byId(4)) }, to: { x: 390, y: 290 } }, observation, { allowSecrets: false });
    expect(drag.action).toEqual({ type: 'drag', from: { elementId: 4 }, to: { elementId: 1 } });
  });
});

describe('what the quality check flags, and what it need not', () => {
  const password = pageTarget(byId(3), { inputType: 'password', secret: true });

  it('stores a password the task states as a slot of the task, one it does not as a flagged placeholder', () => {
    const task = 'Enter the password "x7Q" and press OK';
    const stated = gestureToStep({ kind: 'type', time: 0, url: '', text: 'x7Q', target: password }, observation, { allowSecrets: false, task });
    expect(stated.action).toEqual({ type: 'type', text: 'x7Q', target: { elementId: 3 } });
    expect(stated.details).toEqual({ textFromTask: { value: 'x7Q', start: task.indexOf('x7Q') } });
    expect(stated.warnings).toEqual([]);
    const unstated = gestureToStep({ kind: 'type', time: 0, url: '', text: 'hunter2', target: password }, observation, { allowSecrets: false, task });
    expect(unstated.action).toMatchObject({ text: SECRET_PLACEHOLDER });
    expect(unstated.warnings).toEqual([expect.stringMatching(/not in the task.*placeholder/)]);
  });

  it('finds a typed value in the task as a quoted string or a whole word only', () => {
    expect(taskSlotOf('Log in as "ada" with x7Q', 'x7Q')).toEqual({ value: 'x7Q', start: 21 });
    expect(taskSlotOf('Log in as "ada" with x7Q', 'ada')).toEqual({ value: 'ada', start: 11 });
    expect(taskSlotOf('Log in as adam', 'ada')).toBeUndefined();
    expect(taskSlotOf('Use the code 7', '7')).toBeUndefined(); // too short to claim
  });

  it('flags pasted text, segmented fields replay cannot fill, and list-box changes without a pick', () => {
    const pasted = gestureToStep({ kind: 'type', time: 0, url: '', text: 'Croft', target: pageTarget(byId(2)), pasted: true }, observation, { allowSecrets: false });
    expect(pasted.warnings).toEqual([expect.stringMatching(/pasted from the clipboard/)]);
    const week = gestureToStep({ kind: 'type', time: 0, url: '', text: '2024-W05', target: pageTarget(byId(2), { inputType: 'week' }), segmented: true }, observation, { allowSecrets: false });
    expect(week.warnings).toEqual([expect.stringMatching(/week field .* typed as text/)]);
    const date = gestureToStep({ kind: 'type', time: 0, url: '', text: '2024-01-28', target: pageTarget(byId(2), { inputType: 'date' }), segmented: true }, observation, { allowSecrets: false });
    expect(date.warnings).toEqual([]);
    expect(date.details).toEqual({ segmented: 'date' });
    const list = element(7, 'listbox', '', { x: 200, y: 10, width: 80, height: 90 }, { tag: 'select', options: ['A', 'B', 'C'] });
    const withList = { ...observation, elements: [...observation.elements, list] };
    const keyboard = gestureToStep({ kind: 'select', time: 0, url: '', option: 'A', selected: ['B', 'C'], target: pageTarget(list), targetId: 7 }, withList, { allowSecrets: false });
    expect(keyboard.warnings).toEqual([expect.stringMatching(/without a pick of "A"/)]);
    const picked = gestureToStep({ kind: 'select', time: 0, url: '', option: 'C', selected: ['B', 'C'], modifiers: ['Control'], target: pageTarget(list), targetId: 7 }, withList, { allowSecrets: false });
    expect(picked.action).toEqual({ type: 'select', target: { elementId: 7 }, option: 'C', modifiers: ['Control'] });
    expect(picked.warnings).toEqual([]);
  });

  it('takes the target by the id the page gave it at the input, not by geometry', () => {
    // The page script's box is stale (the element moved), but its id in the event-time observation is exact.
    const draft = gestureToStep({ kind: 'click', time: 0, url: '', x: 300, y: 200, target: { ...pageTarget(byId(6)), box: { x: 300, y: 200, width: 5, height: 5 } }, targetId: 6 }, observation, { allowSecrets: false });
    expect(draft.action).toEqual({ type: 'click', target: { elementId: 6 } });
  });
});
