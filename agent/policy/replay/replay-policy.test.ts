import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../core/observation.js';
import type { PolicyContext } from '../../core/policy.js';
import { TRAJECTORY_FORMAT_VERSION, type TargetDescriptor, type Trajectory } from '../../core/trajectory.js';
import { ReplayPolicy } from './replay-policy.js';

function element(id: number, text: string, x: number, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id, role: 'button', text, states: {}, box: { x, y, width: 40, height: 20 }, source: 'dom', interactive: true, ...extra };
}
function observation(elements: UIElement[]): Observation {
  return { sequence: 1, environment: 'browser', elements, viewport: { width: 600, height: 400, deviceScaleFactor: 1 }, page: {}, capturedAt: 0 };
}
/** One demonstrated click on the button "OK" inside the dialog "Cookies" at (200, 150). */
function trajectory(): Trajectory {
  const target: TargetDescriptor = { role: 'button', text: 'OK', context: 'Cookies', box: { x: 200, y: 150, width: 40, height: 20 } };
  return {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id: 't-1',
    task: 'accept the cookies',
    environment: 'browser',
    appKey: '',
    source: 'demonstration',
    outcome: { status: 'success', reason: 'test' },
    createdAt: 0,
    steps: [{ index: 0, observation: { text: '', elements: [] }, action: { type: 'click', target: { elementId: 7 } }, targets: [target], timings: {} }],
    metadata: {},
  };
}
const contextOf = (seen: Observation) => ({ observation: seen }) as unknown as PolicyContext;

describe('the replay waits for a target that is still coming', () => {
  const dialog = element(20, 'Cookies', 190, 140, { role: 'dialog', interactive: false });

  it('waits while the target is missing, then gives up with the reason', async () => {
    const policy = new ReplayPolicy(trajectory());
    const empty = observation([element(1, 'Menu', 10, 10)]);
    const decisions = [];
    for (let turn = 0; turn < 12; turn++) {
      const decision = await policy.decide(contextOf(empty));
      decisions.push(decision);
      if (decision.kind === 'give-up') break;
    }
    const waits = decisions.filter((decision) => decision.kind === 'act' && decision.actions[0]!.type === 'wait');
    expect(waits.length).toBeGreaterThan(0);
    expect(decisions.at(-1)).toMatchObject({ kind: 'give-up', reason: expect.stringMatching(/no element like button "OK"/) });
  });

  it('does not take a look-alike far away in another container until the waits run out; the demonstrated one when it shows', async () => {
    const policy = new ReplayPolicy(trajectory());
    const lookAlike = observation([element(1, 'OK', 10, 10)]);
    const first = await policy.decide(contextOf(lookAlike));
    expect(first).toMatchObject({ kind: 'act', actions: [{ type: 'wait' }] });
    const shown = observation([element(1, 'OK', 10, 10), dialog, element(21, 'OK', 200, 150, { parentId: 20 })]);
    const second = await policy.decide(contextOf(shown));
    expect(second).toMatchObject({ kind: 'act', actions: [{ type: 'click', target: { elementId: 21 } }] });
  });

  it('acts at once on the target where it was', async () => {
    const policy = new ReplayPolicy(trajectory());
    const decision = await policy.decide(contextOf(observation([dialog, element(21, 'OK', 202, 151, { parentId: 20 })])));
    expect(decision).toMatchObject({ kind: 'act', actions: [{ type: 'click', target: { elementId: 21 } }] });
    expect(ReplayPolicy.stepBudget(trajectory())).toBeGreaterThan(trajectory().steps.length + 1);
  });
});

describe('the replay tries a step again when its target was covered for a moment', () => {
  const dialog = element(20, 'Cookies', 190, 140, { role: 'dialog', interactive: false });
  const shown = observation([dialog, element(21, 'OK', 200, 150, { parentId: 20 })]);
  /** The policy's context after its last action ended with `result` (the history's last step). */
  const after = (result: { ok: true } | { ok: false; code: string; error: string }, thought = '') =>
    ({ observation: shown, history: [{ index: 0, observation: { text: '', elements: [] }, action: { type: 'click', target: { elementId: 21 } }, targets: [], timings: {}, result, thought }] }) as unknown as PolicyContext;
  const covered = { ok: false as const, code: 'failed', error: 'cannot act on [21]: element 21 is covered by <span>' };

  it('waits, then replays the same step, and reports done only after it went through', async () => {
    const policy = new ReplayPolicy(trajectory());
    expect(await policy.decide(contextOf(shown))).toMatchObject({ kind: 'act', actions: [{ type: 'click', target: { elementId: 21 } }] });
    const waited = await policy.decide(after(covered));
    expect(waited).toMatchObject({ kind: 'act', actions: [{ type: 'wait' }] });
    const again = await policy.decide({ ...after({ ok: true }), history: [{ action: { type: 'wait', ms: 250 }, result: { ok: true }, thought: (waited as { thought: string }).thought }] } as unknown as PolicyContext);
    expect(again).toMatchObject({ kind: 'act', actions: [{ type: 'click', target: { elementId: 21 } }] });
    expect(await policy.decide(after({ ok: true }))).toMatchObject({ kind: 'act', actions: [{ type: 'done', success: true }] });
  });

  it('gives up with the failure once the waits run out, instead of going on to done', async () => {
    const policy = new ReplayPolicy(trajectory());
    let decision = await policy.decide(contextOf(shown));
    const seen: string[] = [];
    for (let turn = 0; turn < 40 && decision.kind === 'act'; turn++) {
      const action = decision.actions[0]!;
      seen.push(action.type);
      decision = await policy.decide(action.type === 'wait' ? ({ observation: shown, history: [{ action, result: { ok: true }, thought: decision.thought }] } as unknown as PolicyContext) : after(covered));
    }
    expect(seen).not.toContain('done');
    expect(seen.filter((type) => type === 'click').length).toBeGreaterThan(1);
    expect(decision).toMatchObject({ kind: 'give-up', reason: expect.stringMatching(/step 0 could not be replayed: cannot act on \[21\]: element 21 is covered/) });
  });

  it('goes on past a failure that sent input (as before): only a refused, unsent action is tried again', async () => {
    const policy = new ReplayPolicy(trajectory());
    await policy.decide(contextOf(shown));
    const next = await policy.decide(after({ ok: false, code: 'failed', error: 'typing 10:30 into the time field left "10:--"' }));
    expect(next).toMatchObject({ kind: 'act', actions: [{ type: 'done', success: true }] });
  });
});
