/**
 * Review probes (session 33, review33) of rules/row-set.ts's "a number right before the row's value counts presses",
 * at the plan (as row-set.test.ts reads it: the cart of cart-quantities, observed as the browser does): "Remove one
 * towels, then click Save." demonstrated by one "−" in the Towels row, then Save. A number before the row's value
 * that says what is left, not what is taken, is no count of presses. `it.fails` marks a wrong plan (one line: what it
 * would do).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Action } from '../../../core/action.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { applyPlanRules } from './plan-rules.js';
function demonstration(task: string, screens: { elements: UIElement[]; action: Action }[]): Trajectory {
  const steps: Step[] = screens.map(({ elements, action }, index) => ({ index, observation: { text: '', elements }, action, targets: [], result: { ok: true }, timings: {} }) as unknown as Step);
  return { id: 'demo', task, steps, outcome: { status: 'success' }, metadata: {} } as unknown as Trajectory;
}
const cart = (counts: Record<string, number>): UIElement[] => {
  const elements: UIElement[] = [];
  Object.entries(counts).forEach(([item, count], index) => {
    const row = 2 + index * 5;
    const y = 55 + index * 19;
    const base = { states: {}, source: 'dom' as const, parentId: row };
    elements.push({ ...base, id: row + 1, role: 'text', tag: 'span', text: item, attributes: { class: 'item' }, box: { x: 6, y: y + 2.5, width: 86, height: 11 }, interactive: false, ordinal: 0 });
    elements.push({ ...base, id: row + 2, role: 'button', tag: 'button', text: '−', attributes: { class: 'less', type: 'button' }, box: { x: 96, y, width: 18, height: 16 }, interactive: true, ordinal: 0 });
    elements.push({ ...base, id: row + 3, role: 'text', tag: 'span', text: String(count), attributes: { class: 'count' }, box: { x: 118, y: y + 2.5, width: 14, height: 11 }, interactive: false, ordinal: 1 });
    elements.push({ ...base, id: row + 4, role: 'button', tag: 'button', text: '+', attributes: { class: 'more', type: 'button' }, box: { x: 136, y, width: 18, height: 16 }, interactive: true, ordinal: 1 });
  });
  elements.push({ id: 90, role: 'button', tag: 'button', text: 'Save', attributes: { id: 'confirm', type: 'button' }, states: {}, box: { x: 6, y: 137, width: 43, height: 20 }, source: 'dom', interactive: true, ordinal: 0 } as UIElement);
  return elements;
};

const start = cart({ Mugs: 5, Towels: 5, Stamps: 4, Bulbs: 6 });
const demo = () =>
  demonstration('Remove one towels, then click Save.', [
    { elements: start, action: { type: 'click', target: { elementId: 9 } } },
    { elements: cart({ Mugs: 5, Towels: 4, Stamps: 4, Bulbs: 6 }), action: { type: 'click', target: { elementId: 90 } } },
  ]);

/** The plan for `task` on the cart as it starts: its blocking problems, and the presses it keys to the Mugs row. */
function planFor(task: string) {
  const plan = applyPlanRules(planDemonstration(demo(), task, start));
  return {
    blocking: plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text),
    mugPresses: plan.steps.filter((planned) => planned.rowKeys?.some((key) => key.new === 'mugs')).length,
  };
}

describe('row set, planned: review33 probes that hold', () => {
  it('plans two presses in the Mugs row for "Take away two mugs" and "Remove 2 mugs"', () => {
    for (const task of ['Take away two mugs, then click Save.', 'Remove 2 mugs, then click Save.']) {
      expect(planFor(task), task).toEqual({ blocking: [], mugPresses: 2 });
    }
  });
  it('refuses a count to reach ("down to two", "until two are left", "to leave two", "all but two") and two things at once', () => {
    for (const task of ['Take mugs down to two, then click Save.', 'Remove mugs until two are left, then click Save.', 'Remove mugs to leave two, then click Save.', 'Remove all but two mugs, then click Save.', 'Remove two mugs and one towel, then click Save.']) {
      expect(planFor(task).blocking.length, task).toBeGreaterThan(0);
    }
  });
});

describe('row set, planned: review33 wrong plans', () => {
  // Wrong plan: "Leave two mugs" (keep two of five) is planned as two presses of "−" in the Mugs row, then Save — mugs 3.
  it('plans no two presses for "Leave two mugs"', () => {
    const { blocking, mugPresses } = planFor('Leave two mugs, then click Save.');
    expect(blocking.length > 0 || mugPresses === 3).toBe(true);
  });
});
