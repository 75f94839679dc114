import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Observation, UIElement } from '../../../core/observation.js';
import type { PolicyContext } from '../../../core/policy.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { planDemonstration } from '../plan-demonstration.js';
import type { StepAssessment } from '../step-assessment.js';
import type { RecordedWait } from './recorded-waits.js';
import { FIRST_LOOK_TIMEOUT_MS, replayWaitTurn, waitTurn, withRecordedWait } from './wait-turns.js';

let nextId = 100;
const element = (role: string, text: string, y: number, more: Partial<UIElement> = {}): UIElement => ({
  id: nextId++,
  role,
  tag: role === 'button' ? 'button' : 'div',
  text,
  states: {},
  box: { x: 10, y, width: 100, height: 20 },
  source: 'dom',
  interactive: role === 'button',
  ...more,
});
const page = (...elements: UIElement[]): Observation => ({ sequence: 7, environment: 'browser', elements, viewport: { width: 300, height: 200, deviceScaleFactor: 1 }, page: {}, capturedAt: 0 });
const clickOn = (target: UIElement): Action => ({ type: 'click', target: { elementId: target.id } });
const BROWSER_ACTIONS = { types: ['click', 'type', 'wait', 'wait-until', 'done'], notes: [] };
const contextOn = (observation: Observation, task: string, history: Partial<Step>[] = [], actionSpace: { types: string[]; notes: string[] } = BROWSER_ACTIONS): PolicyContext =>
  ({ task, step: history.length, observation, history: history as Step[], feedback: [], actionSpace }) as unknown as PolicyContext;

/** A one-click demonstration on a widget page, its step stored with the wait the recorder found. */
async function demonstration(task: string, widgets: WidgetSpec[], wait: (observation: Observation) => RecordedWait): Promise<Trajectory> {
  let waitFor: RecordedWait | undefined;
  const demo = await recordDemonstration(new WidgetPageOperator(widgets), task, (observation, step) => {
    if (step > 0) return undefined;
    waitFor = wait(observation);
    return { type: 'click', target: { elementId: find(observation, 'button', widgets.at(-1)!.text).id } };
  });
  demo.steps[0]!.details = { ...demo.steps[0]!.details, waitFor };
  return demo;
}

const quoteDemo = () =>
  demonstration('Wait until Globex costs less than $60, then press Order.', [{ key: 'quote', role: 'text', text: 'Globex price: $57.87' }, { key: 'buy', role: 'button', text: 'Order' }], (observation) => {
    const quote = find(observation, 'text', 'Globex price: $57.87');
    return { kind: 'value', pauseMs: 2_800, element: { role: 'text', text: quote.text, box: quote.box }, before: 64.24, at: 57.87 };
  });

describe('grounding half: a step the person waited for is acted on once the page is there', () => {
  it('a watched number: the click waits until the number the task names compares, on the quote it names', async () => {
    const plan = planDemonstration(await quoteDemo(), 'Wait until Umbrella costs more than $56, then press Buy.');
    const planned = plan.steps[0]!;
    // The demonstrated quote's place now shows another company's price; the task's company is further down.
    const globex = element('text', 'Globex price: $50.10', 10);
    const umbrella = element('text', 'Umbrella price: $52.00', 58);
    const buy = element('button', 'Buy', 34);
    const turn = waitTurn({ wait: planned.waitFor!, step: planned.step, bindings: planned.bindings, action: clickOn(buy), elements: [globex, buy, umbrella], waited: false });
    expect(turn).toMatchObject({ kind: 'act', stay: false, action: { type: 'click', target: { elementId: buy.id }, when: { until: { value: { elementId: umbrella.id }, comparison: 'above', number: 56 }, timeoutMs: 10_000 } } });
    expect(turn.kind === 'act' && turn.reason).toMatch(/^once "Umbrella price: \$52\.00" is more than \$56/);

    // No quote shows the task's company: refused, naming it.
    const missing = waitTurn({ wait: planned.waitFor!, step: planned.step, bindings: planned.bindings, action: clickOn(buy), elements: [globex, buy], waited: false });
    expect(missing).toEqual({ kind: 'refuse', reason: 'the demonstration watched "Globex price: $57.87" before this step, and no number shows with "Umbrella", the name the task gives' });
  });

  it('a watched number the task does not name by a company is the one at the demonstrated place; none there is refused', async () => {
    const plan = planDemonstration(await quoteDemo(), 'Wait until Globex costs less than $42, then press Order.');
    const planned = plan.steps[0]!;
    const order = element('button', 'Order', 34);
    const near = element('text', 'Globex price: $44.00', 12);
    const turn = waitTurn({ wait: planned.waitFor!, step: planned.step, bindings: planned.bindings, action: clickOn(order), elements: [element('text', 'Total: 3', 150), near, order], waited: false });
    expect(turn).toMatchObject({ kind: 'act', action: { when: { until: { value: { elementId: near.id }, comparison: 'below', number: 42 } } } });
    const far = waitTurn({ wait: planned.waitFor!, step: planned.step, bindings: planned.bindings, action: clickOn(order), elements: [element('text', 'Total: 3', 150), order], waited: false });
    expect(far).toMatchObject({ kind: 'refuse', reason: expect.stringMatching(/no number shows near that place now$/) });
  });

  it('a task that names no value to wait for is refused, never clicked at once', async () => {
    const plan = planDemonstration(await quoteDemo(), 'Press Order for Globex.');
    const order = element('button', 'Order', 34);
    const assessment: StepAssessment = { ok: true, planIndex: 0, action: clickOn(order), score: 0.9, reason: 'click the button "Order"' };
    const decided = withRecordedWait(assessment, plan, contextOn(page(element('text', 'Globex price: $44.00', 10), order), plan.task), new Set());
    expect(decided.ok).toBe(false);
    expect(decided.action).toBeUndefined();
    expect(decided.reason).toMatch(/names no value to wait for/);
  });

  it('a target that comes later: one wait-until turn for its new name, then the step as grounded; a disabled one is clicked once enabled', async () => {
    const demo = await demonstration('Click the Done button once it appears.', [{ key: 'status', role: 'text', text: 'Ready.' }, { key: 'done', role: 'button', text: 'Done' }], () => ({ kind: 'shows', pauseMs: 3_000 }));
    const plan = planDemonstration(demo, 'Click the OK button once it appears.');
    const waited = new Set<string>();
    const refused: StepAssessment = { ok: false, planIndex: 0, score: 0.3, reason: 'no button "OK"' };
    const notYet = page(element('text', 'Preparing…', 10));
    const first = withRecordedWait(refused, plan, contextOn(notYet, plan.task), waited);
    expect(first).toMatchObject({ ok: true, stay: true, action: { type: 'wait-until', until: { shows: { name: 'OK' } }, timeoutMs: 10_000 } });
    expect(first.reason).toBe('the demonstration waited for "OK" to appear; wait for it too');
    // A slot that holds the words around the caption ("Submit" → "the OK button") waits for the caption.
    const other = planDemonstration(await demonstration('Click Submit once it appears.', [{ key: 'submit', role: 'button', text: 'Submit' }], () => ({ kind: 'shows', pauseMs: 2_000 })), 'Click the OK button once it appears.');
    expect(withRecordedWait(refused, other, contextOn(notYet, other.task), new Set())).toMatchObject({ action: { type: 'wait-until', until: { shows: { name: 'OK' } } } });
    // Waited once already: the step is as grounded (here still refused, with its own reason).
    expect(withRecordedWait(refused, plan, contextOn(notYet, plan.task), waited)).toBe(refused);
    // A step grounded as a wait of its own (a suggestion list still opening) takes no recorded wait over it.
    const ownWait: StepAssessment = { ok: true, planIndex: 0, action: { type: 'wait', ms: 800 }, score: 1, reason: 'the list is still opening' };
    expect(withRecordedWait(ownWait, plan, contextOn(notYet, plan.task), new Set())).toBe(ownWait);

    const ok = element('button', 'OK', 34, { states: { disabled: true } });
    const grounded: StepAssessment = { ok: true, planIndex: 0, action: clickOn(ok), score: 0.8, reason: 'click the button "OK"' };
    const whenEnabled = withRecordedWait(grounded, plan, contextOn(page(ok), plan.task), new Set());
    expect(whenEnabled).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: ok.id }, when: { until: { enabled: { elementId: ok.id } } } } });
    // Enabled already: acted on as grounded.
    const ready = element('button', 'OK', 34);
    const plain: StepAssessment = { ok: true, planIndex: 0, action: clickOn(ready), score: 0.9, reason: 'click the button "OK"' };
    expect(withRecordedWait(plain, plan, contextOn(page(ready), plan.task), new Set())).toBe(plain);
  });

  it('a wait that ran out ends in a refusal that says what the page showed; nothing was pressed', async () => {
    const plan = planDemonstration(await quoteDemo(), 'Wait until Globex costs less than $42, then press Order.');
    const order = element('button', 'Order', 34);
    const history: Partial<Step>[] = [
      {
        action: { type: 'click', target: { elementId: order.id }, when: { until: { value: { elementId: 3 }, comparison: 'below', number: 42 }, timeoutMs: 10_000 } },
        result: { ok: false, code: 'failed', error: 'wait timed out: waited 10000 ms for [3] below 42; it shows 44.5' },
      },
    ];
    const assessment: StepAssessment = { ok: true, planIndex: 0, action: clickOn(order), score: 0.9, reason: 'click the button "Order"' };
    const decided = withRecordedWait(assessment, plan, contextOn(page(order), plan.task, history), new Set());
    expect(decided).toMatchObject({ ok: false, score: 0 });
    expect(decided.action).toBeUndefined();
    expect(decided.reason).toBe('the page never got where the demonstration waited for: wait timed out: waited 10000 ms for [3] below 42; it shows 44.5; nothing was pressed');
  });

  it('no recorded wait: a target disabled now (the demonstration\'s was not) is clicked once enabled; enabled, or disabled in the demonstration too, as grounded', async () => {
    const demo = await demonstration('Click the Apply button.', [{ key: 'apply', role: 'button', text: 'Apply' }], () => undefined as unknown as RecordedWait);
    const plan = planDemonstration(demo, 'Click the Save button.');
    expect(plan.steps[0]!.waitFor).toBeUndefined();
    const save = element('button', 'Save', 34, { states: { disabled: true } });
    const grounded: StepAssessment = { ok: true, planIndex: 0, action: clickOn(save), score: 0.9, reason: 'click the button "Save"' };
    const decided = withRecordedWait(grounded, plan, contextOn(page(save), plan.task), new Set());
    expect(decided).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: save.id }, when: { until: { enabled: { elementId: save.id } }, timeoutMs: 10_000 } } });
    expect(decided.reason).toMatch(/is disabled now \(the demonstration's target was not\): clicks once it is enabled$/);
    // Enabled now: as grounded.
    const ready = element('button', 'Save', 34);
    const plain: StepAssessment = { ...grounded, action: clickOn(ready) };
    expect(withRecordedWait(plain, plan, contextOn(page(ready), plan.task), new Set())).toBe(plain);
    // The demonstration clicked a target that was disabled too (a control that only looks disabled): as grounded.
    const target = demo.steps[0]!.action.type === 'click' && 'elementId' in demo.steps[0]!.action.target ? demo.steps[0]!.action.target.elementId : -1;
    const disabledDemo: Trajectory = { ...demo, steps: [{ ...demo.steps[0]!, observation: { ...demo.steps[0]!.observation, elements: demo.steps[0]!.observation.elements.map((shown) => (shown.id === target ? { ...shown, states: { disabled: true } } : shown)) } }] };
    const alike = planDemonstration(disabledDemo, 'Click the Save button.');
    expect(withRecordedWait(grounded, alike, contextOn(page(save), alike.task), new Set())).toBe(grounded);
  });

  it('no recorded wait: one that another demonstration of the same kind recorded at this step is waited for; a watched number is not borrowed', async () => {
    const widgets: WidgetSpec[] = [{ key: 'status', role: 'text', text: 'Ready.' }, { key: 'apply', role: 'button', text: 'Apply' }];
    // The followed demonstration looked only after its button had shown (under load): no wait recorded.
    const late = planDemonstration(await demonstration('Wait for the Apply button to show up, then click it.', widgets, () => undefined as unknown as RecordedWait), 'Wait for the Save button to show up, then click it.');
    const other = planDemonstration(await demonstration('Wait for the Done button to show up, then click it.', [widgets[0]!, { key: 'done', role: 'button', text: 'Done' }], () => ({ kind: 'shows', pauseMs: 3_000 })), 'Wait for the Save button to show up, then click it.');
    const refused: StepAssessment = { ok: false, planIndex: 0, score: 0.3, reason: 'no button "Save"' };
    const notYet = page(element('text', 'Preparing…', 10));
    const waited = withRecordedWait(refused, late, contextOn(notYet, late.task), new Set(), [other]);
    expect(waited).toMatchObject({ ok: true, stay: true, action: { type: 'wait-until', until: { shows: { name: 'Save' } }, timeoutMs: 10_000 } });
    expect(waited.reason).toBe('the demonstration waited for "Save" to appear; wait for it too');
    // Alone, or with another demonstration's watched number (not borrowed): only the first look's short wait.
    const watched = planDemonstration(await quoteDemo(), 'Wait for the Save button to show up, then click it.');
    for (const kin of [[], [watched]]) {
      expect(withRecordedWait(refused, late, contextOn(notYet, late.task), new Set(), kin)).toMatchObject({ action: { type: 'wait-until', timeoutMs: FIRST_LOOK_TIMEOUT_MS } });
    }
    // At a later step the kin's wait is borrowed all the same.
    expect(withRecordedWait(refused, late, contextOn(notYet, late.task, [{ action: { type: 'wait', ms: 100 }, result: { ok: true } }]), new Set(), [other])).toMatchObject({ action: { type: 'wait-until', timeoutMs: 10_000 } });
  });

  it('no wait recorded anywhere: a first step whose target is not on the page at the first look waits once, briefly, for it to show', async () => {
    const plan = planDemonstration(await demonstration('Wait for the Apply button to show up, then click it.', [{ key: 'status', role: 'text', text: 'Ready.' }, { key: 'apply', role: 'button', text: 'Apply' }], () => undefined as unknown as RecordedWait), 'Wait for the Save button to show up, then click it.');
    const refused: StepAssessment = { ok: false, planIndex: 0, score: 0.3, reason: 'no button "Save"' };
    const notYet = page(element('text', 'Preparing…', 10));
    const waited = new Set<string>();
    const first = withRecordedWait(refused, plan, contextOn(notYet, plan.task), waited);
    expect(first).toMatchObject({ ok: true, stay: true, action: { type: 'wait-until', until: { shows: { name: 'Save' } }, timeoutMs: FIRST_LOOK_TIMEOUT_MS } });
    expect(first.reason).toMatch(/^the first step does not ground yet \(no button "Save"\): the page may still be building it/);
    // Once only; and the wait that ran out leaves the step refused on its own grounds, not as a recorded wait.
    expect(withRecordedWait(refused, plan, contextOn(notYet, plan.task), waited)).toBe(refused);
    const ranOut: Partial<Step>[] = [{ action: first.action!, result: { ok: false, code: 'failed', error: 'wait timed out: waited 6000 ms for "Save" to show' } }];
    expect(withRecordedWait(refused, plan, contextOn(notYet, plan.task, ranOut), waited)).toMatchObject({ ok: false, reason: 'no button "Save" (waited 6000 ms for it to show)' });
    // Not after an action, not when something of that name is on the page (refused for another reason), not on the desktop.
    expect(withRecordedWait(refused, plan, contextOn(notYet, plan.task, [{ action: { type: 'wait', ms: 100 }, result: { ok: true } }]), new Set())).toBe(refused);
    expect(withRecordedWait(refused, plan, contextOn(page(element('link', 'Save', 10)), plan.task), new Set())).toBe(refused);
    expect(withRecordedWait(refused, plan, contextOn(notYet, plan.task, [], { types: ['click', 'wait', 'done'], notes: [] }), new Set())).toBe(refused);
  });

  it('replay: a stored step with a recorded wait is clicked once enabled; one without is left as grounded', async () => {
    const demo = await demonstration('Click Submit once it becomes enabled.', [{ key: 'submit', role: 'button', text: 'Submit' }], () => ({ kind: 'enabled', pauseMs: 2_000 }));
    const submit = element('button', 'Submit', 10, { states: { disabled: true } });
    expect(replayWaitTurn(demo.steps[0]!, demo.task, demo.task, clickOn(submit), [submit], false)).toMatchObject({
      kind: 'act',
      action: { type: 'click', when: { until: { enabled: { elementId: submit.id } }, timeoutMs: 10_000 } },
    });
    const { waitFor: _dropped, ...details } = demo.steps[0]!.details!;
    expect(replayWaitTurn({ ...demo.steps[0]!, details }, demo.task, demo.task, clickOn(submit), [submit], false)).toBeUndefined();
  });
});
