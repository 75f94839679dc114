import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Observation, UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator } from '../../../../test/kits/exemplar/widget-page.js';
import { planDemonstration } from '../plan-demonstration.js';
import { MIN_PAUSE_MS, detectRecordedWait, planWait, recordedWaitOf, taskComparison, type RecordedWait } from './recorded-waits.js';

let nextId = 1;
const element = (role: string, text: string, y: number, more: Partial<UIElement> = {}): UIElement => ({
  id: nextId++,
  role,
  tag: role === 'button' ? 'button' : 'div',
  text,
  states: {},
  box: { x: 2, y, width: 120, height: 16 },
  source: 'dom',
  interactive: role === 'button' || role === 'textbox',
  ...more,
});
const page = (...elements: UIElement[]): Observation => ({ sequence: 1, environment: 'browser', elements, viewport: { width: 300, height: 200, deviceScaleFactor: 1 }, page: {}, capturedAt: 0 });
const clickOn = (target: UIElement): Action => ({ type: 'click', target: { elementId: target.id } });

describe('recording half: what the person waited for before an input', () => {
  it('a target that was not there before the pause, or was disabled', () => {
    const button = element('button', 'Submit', 40);
    const at = page(element('text', 'Ready.', 20), button);
    expect(detectRecordedWait(page(element('text', 'Preparing…', 20)), at, clickOn(button), 2_345.6)).toEqual({ kind: 'shows', pauseMs: 2_346 });
    const disabled = page(element('text', 'Preparing…', 20), element('button', 'Submit', 40, { states: { disabled: true } }));
    expect(detectRecordedWait(disabled, at, clickOn(button), 1_800)).toEqual({ kind: 'enabled', pauseMs: 1_800 });
  });

  it('a number elsewhere on the page that moved while the person watched', () => {
    const buy = element('button', 'Buy', 40);
    const before = page(element('text', 'ACME price: $45.00', 20), element('button', 'Buy', 40));
    const at = page(element('text', 'ACME price: $39.50', 20), buy);
    expect(detectRecordedWait(before, at, clickOn(buy), 3_000)).toEqual({
      kind: 'value',
      pauseMs: 3_000,
      element: { role: 'text', text: 'ACME price: $39.50', box: { x: 2, y: 20, width: 120, height: 16 } },
      before: 45,
      at: 39.5,
    });
  });

  it('nothing when the input came at once, nothing changed, or what changed was a field or elsewhere with other words', () => {
    const buy = element('button', 'Buy', 40);
    const before = page(element('text', 'ACME price: $45.00', 20), element('button', 'Buy', 40));
    const at = page(element('text', 'ACME price: $39.50', 20), buy);
    expect(detectRecordedWait(before, at, clickOn(buy), MIN_PAUSE_MS - 1)).toBeUndefined();
    expect(detectRecordedWait(undefined, at, clickOn(buy), 5_000)).toBeUndefined();
    expect(detectRecordedWait(before, at, { type: 'press', keys: 'Enter' }, 5_000)).toBeUndefined();
    expect(detectRecordedWait(page(element('text', 'ACME price: $39.50', 20), element('button', 'Buy', 40)), at, clickOn(buy), 5_000)).toBeUndefined();
    // A field's number (typed by the person) and a number with other words around it are not watched numbers.
    const field = page(element('textbox', 'Qty 3', 20), buy);
    expect(detectRecordedWait(page(element('textbox', 'Qty 2', 20), element('button', 'Buy', 40)), field, clickOn(buy), 5_000)).toBeUndefined();
    expect(detectRecordedWait(page(element('text', 'Step 1 of 3', 20), element('button', 'Buy', 40)), page(element('text', 'ACME price: $2', 20), buy), clickOn(buy), 5_000)).toBeUndefined();
  });
});

describe('the comparison a task names', () => {
  it.each([
    ['Click Buy when the price drops below $40.', { comparison: 'below', number: 40 }],
    ['Wait until Hooli costs more than $56, then press Order.', { comparison: 'above', number: 56 }],
    ['Sell once it is at least 1,204.50 dollars', { comparison: 'at-least', number: 1204.5 }],
    ['Press Go when no more than 3 seats are left', { comparison: 'at-most', number: 3 }],
  ])('%s', (task, expected) => {
    expect(taskComparison(task)).toMatchObject(expected);
  });

  it('none when the task names no comparison, or two', () => {
    expect(taskComparison('Press Buy for 3 shares.')).toBeUndefined();
    expect(taskComparison('Buy when it is above $10 and below $20.')).toBeUndefined();
  });
});

/** A demonstration on a quote page, its step stored with the wait the recorder found. */
async function quoteDemonstration(task: string, wait: (observation: Observation) => RecordedWait, widgets = [{ key: 'quote', role: 'text', text: 'Globex price: $57.87' }, { key: 'buy', role: 'button', text: 'Order' }]): Promise<Trajectory> {
  let waitFor: RecordedWait | undefined;
  const demo = await recordDemonstration(new WidgetPageOperator(widgets), task, (observation, step) => {
    if (step > 0) return undefined;
    waitFor = wait(observation);
    return { type: 'click', target: { elementId: find(observation, 'button', widgets.at(-1)!.text).id } };
  });
  demo.steps[0]!.details = { ...demo.steps[0]!.details, waitFor };
  return demo;
}

const watchedQuote = (observation: Observation): RecordedWait => {
  const quote = find(observation, 'text', 'Globex price: $57.87');
  return { kind: 'value', pauseMs: 2_800, element: { role: 'text', text: quote.text, box: quote.box }, before: 64.24, at: 57.87 };
};

describe('planning half: the planned step carries the wait, for the new task', () => {
  it('a watched number takes the new task\'s comparison and the name the task gives it; both values count as used', async () => {
    const demo = await quoteDemonstration('Wait until Globex costs less than $60, then press Order.', watchedQuote);
    expect(recordedWaitOf(demo.steps[0]!)).toMatchObject({ kind: 'value', before: 64.24 });
    const plan = planDemonstration(demo, 'Wait until Umbrella costs more than $56, then press Buy.');
    expect(plan.unusedSlots).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.steps[0]!.waitFor).toMatchObject({ kind: 'value', comparison: { comparison: 'above', number: 56 }, named: { old: 'Globex', new: 'Umbrella' } });
    expect(plan.steps[0]!.waitFor!.problem).toBeUndefined();
    expect(plan.notes.join(' ')).toMatch(/waited for "Globex price: \$57\.87" to change: acts once it is more than \$56/);
    expect(plan.notes.join(' ')).toMatch(/watches the one shown with "Umbrella"/);
  });

  it('a task that names no value to wait for is a problem the plan keeps, in a user\'s words', async () => {
    const demo = await quoteDemonstration('Wait until Globex costs less than $60, then press Order.', watchedQuote);
    const wait = planWait(recordedWaitOf(demo.steps[0]!)!, demo.task, 'Press Order for Globex.', 0);
    expect(wait.problem).toBe('the demonstration waited at step 1 for "Globex price: $57.87" to change before acting, and this task names no value to wait for (such as "below 40")');
    expect(planWait(recordedWaitOf(demo.steps[0]!)!, 'Press Order.', 'Press Order.', 2).problem).toMatch(/at step 3 .*; nor did the demonstration's$/);
  });

  it('a target that appeared or was enabled is waited for as it is, whatever the task says', async () => {
    const demo = await quoteDemonstration('Click the Done button once it appears.', () => ({ kind: 'shows', pauseMs: 3_000 }), [{ key: 'done', role: 'button', text: 'Done' }]);
    const plan = planDemonstration(demo, 'Click the OK button once it appears.');
    expect(plan.steps[0]!.waitFor).toEqual({ kind: 'shows', pauseMs: 3_000 });
    expect(plan.notes.join(' ')).toMatch(/waited 3000 ms for its target to appear: waits for it too/);
  });
});

describe('planning half: the policy\'s own stored runs (wait-until, click when) are followed with their waits', () => {
  it('a wait-until before a click becomes that click\'s wait; a click with a condition keeps it', async () => {
    const demo = await quoteDemonstration('The Submit button unlocks after a moment: click it then.', () => undefined as unknown as RecordedWait, [{ key: 'submit', role: 'button', text: 'Submit' }]);
    const click = demo.steps[0]!;
    const { waitFor: _none, ...details } = click.details ?? {};
    // As the offline policy stored its own run: a wait for the button to show, then the click.
    const run: Trajectory = { ...demo, source: 'agent', steps: [{ ...click, index: 0, action: { type: 'wait-until', until: { shows: { name: 'Submit' } }, timeoutMs: 10_728 }, targets: [], details }, { ...click, index: 1, details }] };
    const plan = planDemonstration(run, 'The Go button unlocks after a moment: click it then.');
    expect(plan.steps.map((planned) => planned.step.action.type)).toEqual(['click']);
    expect(plan.steps[0]!.waitFor).toMatchObject({ kind: 'shows' });
    expect(plan.notes.join(' ')).toMatch(/waits for it too/);

    // A click stored with the condition it waited for (a watched number): the click waits for the new task's.
    const quote = await quoteDemonstration('Wait until Globex costs less than $60, then press Order.', () => undefined as unknown as RecordedWait);
    const order = quote.steps[0]!;
    const price = find(order.observation as unknown as Observation, 'text', 'Globex price: $57.87');
    const target = order.action.type === 'click' ? order.action.target : { elementId: -1 };
    const stored: Trajectory = { ...quote, source: 'agent', steps: [{ ...order, details: {}, action: { type: 'click', target, when: { until: { value: { elementId: price.id }, comparison: 'below', number: 60 }, timeoutMs: 10_000 } } }] };
    const priced = planDemonstration(stored, 'Wait until Globex costs more than $70, then press Order.');
    expect(priced.steps[0]!.waitFor).toMatchObject({ kind: 'value', comparison: { comparison: 'above', number: 70 } });
    expect(priced.problems).toEqual([]);
  });
});
