import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { SECRET_PLACEHOLDER } from '../secret-fields.js';
import type { PageTarget } from './captured-event.js';
import { gestureToStep, matchElement } from './gesture-to-step.js';

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
