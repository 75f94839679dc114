/**
 * The gate's risk rules on targets given as points (issue 16 defect 1) and on
 * controls a word list of captions misses (defect 5).
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../core/action.js';
import type { Observation, UIElement } from '../core/observation.js';
import { elementAtPoint } from './element-at-point.js';
import { riskOf } from './risky-actions.js';

function element(id: number, role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box: { x: 10, y: id * 40, width: 200, height: 30 }, source: 'dom', interactive: true, ...extra };
}

function page(elements: UIElement[], title = 'Account'): Observation {
  return { sequence: 1, environment: 'browser', viewport: { width: 800, height: 1200, deviceScaleFactor: 1 }, page: { title }, capturedAt: 0, elements };
}

const centre = (observation: Observation, id: number) => {
  const box = observation.elements.find((candidate) => candidate.id === id)!.box;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

describe('coordinate actions are judged by the element under the point', () => {
  const observation = page([
    element(1, 'button', 'Delete account'),
    element(2, 'button', 'Pay now'),
    element(3, 'button', 'Change password', { attributes: { type: 'submit' } }),
    element(4, 'button', 'Next'),
    element(5, 'text', 'Delete', { interactive: false, parentId: 1, box: { x: 20, y: 42, width: 40, height: 20 } }),
  ]);

  it('finds the smallest control under a point, preferring controls to their text', () => {
    expect(elementAtPoint(observation, 30, 50)?.id).toBe(1);
    expect(elementAtPoint(observation, 700, 50)).toBeUndefined();
  });

  it('asks for a click, a double-click or a drop at a point on a risky control, as for its id', () => {
    for (const id of [1, 2, 3]) {
      const point = centre(observation, id);
      for (const action of [
        { type: 'click', target: point },
        { type: 'double-click', target: point },
        { type: 'drag', from: { x: 700, y: 600 }, to: point },
      ] as Action[]) {
        expect(riskOf(action, observation), JSON.stringify(action)).toBeDefined();
        expect(riskOf({ type: 'click', target: { elementId: id } }, observation)).toBeDefined();
      }
    }
    expect(riskOf({ type: 'click', target: centre(observation, 4) }, observation)).toBeUndefined();
  });

  it('asks for a point where nothing can be identified on a risky page, not on a harmless one', () => {
    expect(riskOf({ type: 'click', target: { x: 700, y: 900 } }, observation)).toMatch(/no control can be identified/);
    const harmless = page([element(1, 'button', 'Next'), element(2, 'textbox', '', { label: 'Name' })], 'Survey');
    expect(riskOf({ type: 'click', target: { x: 700, y: 900 } }, harmless)).toBeUndefined();
  });

  it('asks before typing at a point on a password field', () => {
    const login = page([element(1, 'textbox', '', { label: 'Password', inputType: 'password' })]);
    expect(riskOf({ type: 'type', target: centre(login, 1), text: 'x' }, login)).toMatch(/password field/);
  });
});

describe('risk is judged from more than the caption', () => {
  const cases: [string, Observation, Action][] = (() => {
    const wire = page([element(1, 'textbox', '', { label: 'Amount', value: '5000' }), element(2, 'button', 'Wire $5,000 to ACME Ltd')], 'Transfers');
    const order = page([element(1, 'text', 'Total: $129.00', { interactive: false }), element(2, 'button', 'Submit order')], 'Cart');
    const sure = page([
      element(1, 'dialog', 'Delete project?', { interactive: false }),
      element(2, 'text', 'This cannot be undone.', { interactive: false, parentId: 1 }),
      element(3, 'button', "Yes, I'm sure", { parentId: 1 }),
      element(4, 'button', 'Cancel', { parentId: 1 }),
    ]);
    const bin = page([element(1, 'button', '🗑️', { attributes: { title: 'Delete' } })], 'Files');
    const drop = page([element(1, 'button', 'Drop database')], 'Admin');
    const subscription = page([element(1, 'link', 'Cancel subscription', { attributes: { href: '/billing/cancel' } })], 'Billing');
    const german = page([element(1, 'button', 'Konto löschen')], 'Konto');
    const french = page([element(1, 'button', 'Payer maintenant')], 'Panier');
    const ariaOnly = page([element(1, 'button', '', { attributes: { 'aria-label': 'Remove card' } })], 'Wallet');
    return [
      ['wire', wire, { type: 'click', target: { elementId: 2 } }],
      ['submit order', order, { type: 'click', target: { elementId: 2 } }],
      ["yes, I'm sure", sure, { type: 'click', target: { elementId: 3 } }],
      ['bin icon titled Delete', bin, { type: 'click', target: { elementId: 1 } }],
      ['drop database', drop, { type: 'click', target: { elementId: 1 } }],
      ['cancel subscription link', subscription, { type: 'click', target: { elementId: 1 } }],
      ['German', german, { type: 'click', target: { elementId: 1 } }],
      ['French', french, { type: 'click', target: { elementId: 1 } }],
      ['aria-label only', ariaOnly, { type: 'click', target: { elementId: 1 } }],
      ['Enter in an amount field', { ...wire, page: { ...wire.page, focusedId: 1 } }, { type: 'press', keys: 'Enter' }],
    ];
  })();

  for (const [name, observation, action] of cases) {
    it(`asks: ${name}`, () => expect(riskOf(action, observation)).toBeDefined());
  }

  it('does not ask for ordinary steps, nor for backing out of a risky dialog', () => {
    const form = page([element(1, 'textbox', '', { label: 'Full name' }), element(2, 'button', 'Save', { attributes: { type: 'submit' } }), element(3, 'link', 'Help')], 'Settings');
    expect(riskOf({ type: 'click', target: { elementId: 2 } }, form)).toBeUndefined();
    expect(riskOf({ type: 'click', target: { elementId: 3 } }, form)).toBeUndefined();
    expect(riskOf({ type: 'type', target: { elementId: 1 }, text: 'Ada' }, form)).toBeUndefined();
    const sure = cases.find(([name]) => name === "yes, I'm sure")![1];
    expect(riskOf({ type: 'click', target: { elementId: 4 } }, sure)).toBeUndefined();
  });
});

describe('typing into a secret field', () => {
  it('is judged by the one secret-field rule: a PIN field of type text is as risky as a password field', () => {
    const form = page([element(1, 'textbox', '', { label: 'PIN', inputType: 'text' }), element(2, 'textbox', '', { label: 'Nickname', inputType: 'text' })]);
    expect(riskOf({ type: 'type', target: { elementId: 1 }, text: '4711' }, form)).toMatch(/secret field/);
    expect(riskOf({ type: 'type', target: { elementId: 2 }, text: 'ziggy' }, form)).toBeUndefined();
  });
});
