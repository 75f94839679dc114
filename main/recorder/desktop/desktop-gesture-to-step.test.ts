import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { SECRET_PLACEHOLDER } from '../../../agent/safety/secret-fields.js';
import { describeTarget } from '../../../agent/core/describe-target.js';
import { desktopGestureToStep } from './desktop-gesture-to-step.js';
import { elementAtPoint } from './ocr-target.js';
import { UNREAD_TREE_ATTRIBUTE } from '../../../agent/operators/desktop/unread-tree.js';

function element(id: number, role: string, text: string, x: number, y: number, width: number, height: number, extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box: { x, y, width, height }, source: 'ocr', interactive: role !== 'text', ...extra };
}
const observation: Observation = {
  sequence: 3,
  environment: 'desktop',
  viewport: { width: 800, height: 600, deviceScaleFactor: 1 },
  page: {},
  capturedAt: 0,
  elements: [
    element(0, 'text', 'Name', 20, 20, 40, 12),
    element(1, 'textbox', 'Name', 80, 14, 200, 24, { label: 'Name', states: { editable: true } }),
    element(2, 'text', 'Password', 20, 60, 70, 12),
    element(3, 'textbox', 'Password', 100, 54, 200, 24, { label: 'Password', states: { editable: true } }),
    element(4, 'button', 'OK', 20, 100, 60, 28),
    element(5, 'button', 'OK', 120, 100, 60, 28),
    element(6, 'checkbox', 'Remember me', 40, 150, 120, 12, { states: { checked: false } }),
  ],
};

describe('desktop targets from OCR', () => {
  it('picks the element under the pointer, else a control close by', () => {
    expect(elementAtPoint(observation, { x: 150, y: 25 })).toMatchObject({ element: { id: 1 }, inside: true });
    expect(elementAtPoint(observation, { x: 30, y: 156 })).toMatchObject({ element: { id: 6 }, inside: false });
    expect(elementAtPoint(observation, { x: 700, y: 500 })).toBeUndefined();
  });

  it('stores a click on an element id, described as the observation describes it (one describer, no text of its own)', () => {
    const draft = desktopGestureToStep({ kind: 'click', time: 0, at: { x: 30, y: 156 } }, observation, { allowSecrets: false });
    expect(draft.action).toEqual({ type: 'click', target: { elementId: 6 } });
    expect(draft.targets[0]).toMatchObject({ role: 'checkbox', text: 'Remember me' });
    expect(draft.targets[0]).toEqual(describeTarget(observation.elements[6]!, observation));
    // OCR elements have no container: no context is made up from the text nearby ("OK" is a neighbour, not a container).
    expect(draft.targets[0]!.context).toBeUndefined();
    // An accessibility element's container is its context, as in the agent's own steps.
    const tree: Observation = {
      ...observation,
      elements: [
        element(10, 'group', 'Billing', 0, 300, 400, 100, { source: 'a11y', interactive: false }),
        element(11, 'textbox', 'City', 20, 320, 200, 24, { source: 'a11y', parentId: 10, ordinal: 1, states: { editable: true } }),
      ],
    };
    const city = desktopGestureToStep({ kind: 'click', time: 0, at: { x: 50, y: 330 } }, tree, { allowSecrets: false });
    expect(city.targets[0]).toEqual(describeTarget(tree.elements[1]!, tree));
    expect(city.targets[0]).toMatchObject({ role: 'textbox', text: 'City', context: 'Billing', ordinal: 1 });
  });

  it('warns about look-alike targets and stores a point where nothing was recognised', () => {
    expect(desktopGestureToStep({ kind: 'click', time: 0, at: { x: 130, y: 110 } }, observation, { allowSecrets: false }).warnings[0]).toMatch(/not unique/);
    const blank = desktopGestureToStep({ kind: 'double-click', time: 0, at: { x: 700, y: 500 } }, observation, { allowSecrets: false });
    expect(blank.action).toEqual({ type: 'double-click', target: { x: 700, y: 500 } });
    expect(blank.warnings[0]).toMatch(/no text or control/);
  });

  it('types into the focused field and masks what goes into a password field', () => {
    const name = desktopGestureToStep({ kind: 'type', time: 0, text: 'Ada', field: { x: 150, y: 25 } }, observation, { allowSecrets: false });
    expect(name.action).toEqual({ type: 'type', text: 'Ada', target: { elementId: 1 } });
    const secret = desktopGestureToStep({ kind: 'type', time: 0, text: 'hunter2', field: { x: 150, y: 65 } }, observation, { allowSecrets: false });
    expect(secret.action).toEqual({ type: 'type', text: SECRET_PLACEHOLDER, target: { elementId: 3 } });
    expect(secret.secretMasked).toBe(true);
    const allowed = desktopGestureToStep({ kind: 'type', time: 0, text: 'hunter2', field: { x: 150, y: 65 } }, observation, { allowSecrets: true });
    expect(allowed.action).toMatchObject({ text: 'hunter2' });
    const unfocused = desktopGestureToStep({ kind: 'type', time: 0, text: 'x' }, observation, { allowSecrets: false });
    expect(unfocused.action).toEqual({ type: 'type', text: 'x' });
  });

  it("flags, not stores, OCR's guess at a control where the application's accessibility tree was not read in time", () => {
    // A loaded machine cut the GTK form's tree short: OCR read its plan row, and calls the "Pro" radio button a check box.
    const unread = { [UNREAD_TREE_ATTRIBUTE]: 'signup-app.py' };
    const cut: Observation = {
      ...observation,
      elements: [
        element(0, 'checkbox', 'Free', 160, 267, 46, 12, { attributes: unread }),
        element(1, 'checkbox', 'Pro', 234, 267, 38, 12, { attributes: unread }),
        element(2, 'textbox', 'Email address', 160, 100, 240, 24, { label: 'Email address', states: { editable: true }, attributes: { [UNREAD_TREE_ATTRIBUTE]: '' } }),
      ],
    };
    const click = desktopGestureToStep({ kind: 'click', time: 0, at: { x: 252, y: 273 } }, cut, { allowSecrets: false });
    expect(click.action).toEqual({ type: 'click', target: { x: 252, y: 273 } });
    expect(click.targets).toEqual([]);
    expect(click.pointTargets).toEqual([describeTarget(cut.elements[1]!, cut)]);
    expect(click.warnings).toEqual([expect.stringMatching(/^click: signup-app\.py's accessibility tree was not read in time .*OCR read what lies at the pointer as checkbox "Pro" .*stored as the point \(252, 273\)$/)]);
    // Typing into a field OCR found there: the text is kept, the field is its point, the warning says the tree was not read.
    const typed = desktopGestureToStep({ kind: 'type', time: 0, text: 'ada@example.org', field: { x: 200, y: 110 } }, cut, { allowSecrets: false });
    expect(typed.action).toEqual({ type: 'type', text: 'ada@example.org', target: { x: 200, y: 110 } });
    expect(typed.warnings[0]).toMatch(/^type: the accessibility tree was not read in time/);
    // A password field OCR found there: what is typed stays masked, and the guess beside the point carries no value.
    const login: Observation = {
      ...observation,
      elements: [element(3, 'textbox', 'Password', 100, 54, 200, 24, { label: 'Password', value: '•••', states: { editable: true }, attributes: unread })],
    };
    const secret = desktopGestureToStep({ kind: 'type', time: 0, text: 'hunter2', field: { x: 150, y: 65 } }, login, { allowSecrets: false });
    expect(secret.action).toEqual({ type: 'type', text: SECRET_PLACEHOLDER, target: { x: 150, y: 65 } });
    expect(secret.secretMasked).toBe(true);
    expect(secret.pointTargets[0]?.value).toBeUndefined();
    // The same OCR reading where the tree was read whole (a window that publishes none): stored as the target, as before.
    const whole: Observation = { ...cut, elements: cut.elements.map(({ attributes: _attributes, ...rest }) => rest) };
    expect(desktopGestureToStep({ kind: 'click', time: 0, at: { x: 252, y: 273 } }, whole, { allowSecrets: false }).action).toEqual({ type: 'click', target: { elementId: 1 } });
  });
});
