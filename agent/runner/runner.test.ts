import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../core/events.js';
import type { TaskChecker } from '../core/checks.js';
import { parseTrajectory } from '../core/trajectory.js';
import { BudgetExceededError } from '../core/errors.js';
import { FormWorldOperator } from '../../test/kits/form-world-operator.js';
import { ScriptedPolicy, idOf } from '../../test/kits/scripted-policy.js';
import { Runner } from './runner.js';

const fillAndSubmit = () =>
  new ScriptedPolicy([
    (context) => ({
      kind: 'act',
      thought: 'type the name first',
      actions: [
        { type: 'type', target: { elementId: idOf(context, 'textbox') }, text: 'Ada' },
        { type: 'click', target: { elementId: idOf(context, 'checkbox') } },
      ],
    }),
    (context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: idOf(context, 'button', 'Submit') } }] }),
    () => ({ kind: 'act', actions: [{ type: 'done', success: true, answer: 'signed up' }] }),
  ]);

function collect(): { events: AgentEvent[]; onEvent: (event: AgentEvent) => void } {
  const events: AgentEvent[] = [];
  return { events, onEvent: (event) => events.push(event) };
}

describe('Runner', () => {
  it('runs a full episode and emits events in order', async () => {
    const operator = new FormWorldOperator();
    const runner = new Runner({ operator, policy: fillAndSubmit() });
    const { events, onEvent } = collect();
    const result = await runner.run('Sign up as Ada with the newsletter', { onEvent });

    expect(result.outcome.status).toBe('success');
    expect(result.outcome.answer).toBe('signed up');
    expect(operator.state.submitted).toEqual({ name: 'Ada', newsletter: true });
    expect(events.map((event) => event.type)).toEqual([
      'run-start',
      'step-start', 'observation', 'action', 'action', 'step-end',
      'step-start', 'observation', 'action', 'step-end',
      'step-start', 'observation', 'step-end',
      'run-end',
    ]);
    expect(new Set(events.map((event) => event.runId)).size).toBe(1);
    const times = events.map((event) => event.time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // The trajectory is complete and valid in the stored format.
    const trajectory = parseTrajectory(JSON.parse(JSON.stringify(result.trajectory)));
    expect(trajectory.steps.map((step) => step.action.type)).toEqual(['type', 'click', 'click']);
    expect(trajectory.steps[0]!.thought).toBe('type the name first');
    expect(trajectory.steps[0]!.targets[0]).toMatchObject({ role: 'textbox', label: 'Name' });
    expect(trajectory.steps[2]!.targets[0]).toMatchObject({ role: 'button', text: 'Submit' });
    expect(trajectory.steps[2]!.observation.text).toContain('"Submit"');
    expect(trajectory.appKey).toBe('memory://form-world/signup');
  });

  it('stops at the step budget', async () => {
    const operator = new FormWorldOperator();
    const policy = new ScriptedPolicy([() => ({ kind: 'act', actions: [{ type: 'wait', ms: 0 }] })]);
    const runner = new Runner({ operator, policy, budgets: { maxSteps: 3 } });
    const { events, onEvent } = collect();
    const result = await runner.run('wait forever', { onEvent });
    expect(result.outcome.status).toBe('budget-exceeded');
    expect(result.outcome.reason).toMatch(/step budget of 3/);
    expect(result.trajectory.steps).toHaveLength(3);
    expect(events.filter((event) => event.type === 'action')).toHaveLength(3);
  });

  it('ends budget-exceeded when a policy runs out of its model budget', async () => {
    const policy = new ScriptedPolicy([
      () => {
        throw new BudgetExceededError('model-calls', 'model-call budget of 3 calls exceeded');
      },
    ]);
    const { events, onEvent } = collect();
    const result = await new Runner({ operator: new FormWorldOperator(), policy }).run('anything', { onEvent });
    expect(result.outcome).toEqual({ status: 'budget-exceeded', reason: 'model-call budget of 3 calls exceeded' });
    expect(events.some((event) => event.type === 'error')).toBe(false);
  });

  it('stops at the wall-time budget even when the operator hangs', async () => {
    const operator = new FormWorldOperator({ hangObserveAt: 2 });
    const policy = new ScriptedPolicy([() => ({ kind: 'act', actions: [{ type: 'wait', ms: 0 }] })]);
    const runner = new Runner({ operator, policy, budgets: { maxWallTimeMs: 150 } });
    const result = await runner.run('hang');
    expect(result.outcome.status).toBe('budget-exceeded');
    expect(result.outcome.reason).toMatch(/wall-time budget of 150 ms/);
  });

  it('stops when the abort signal fires, between actions', async () => {
    const operator = new FormWorldOperator({ observeDelayMs: 5 });
    const controller = new AbortController();
    const policy = new ScriptedPolicy([
      () => {
        controller.abort('the user pressed stop');
        return { kind: 'act', actions: [{ type: 'wait', ms: 0 }] };
      },
    ]);
    const runner = new Runner({ operator, policy });
    const { events, onEvent } = collect();
    const result = await runner.run('anything', { signal: controller.signal, onEvent });
    expect(result.outcome).toEqual({ status: 'stopped', reason: 'the user pressed stop' });
    expect(operator.executed).toHaveLength(0);
    expect(events.at(-1)?.type).toBe('run-end');
  });

  it('does not start when the signal is already aborted', async () => {
    const operator = new FormWorldOperator();
    const runner = new Runner({ operator, policy: fillAndSubmit() });
    const result = await runner.run('anything', { signal: AbortSignal.abort() });
    expect(result.outcome.status).toBe('stopped');
    expect(operator.observations).toBe(0);
  });

  it('surfaces an operator error as an error event with a clear message', async () => {
    const operator = new FormWorldOperator({ failObserveAt: 2 });
    const runner = new Runner({ operator, policy: fillAndSubmit() });
    const { events, onEvent } = collect();
    const result = await runner.run('Sign up as Ada', { onEvent });
    const error = events.find((event) => event.type === 'error');
    expect(error).toMatchObject({ type: 'error', phase: 'observe', message: 'the form world lost its display' });
    expect(result.outcome).toEqual({ status: 'error', reason: 'observe failed: the form world lost its display' });
    expect(events.at(-1)?.type).toBe('run-end');
  });

  it('feeds a failed action back to the policy', async () => {
    const operator = new FormWorldOperator();
    const policy = new ScriptedPolicy([
      () => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: 999 } }] }),
      () => ({ kind: 'act', actions: [{ type: 'done', success: false, answer: 'gave up' }] }),
    ]);
    const runner = new Runner({ operator, policy });
    const result = await runner.run('click something');
    expect(result.trajectory.steps[0]!.result).toMatchObject({ ok: false, code: 'stale-element' });
    expect(policy.contexts[1]!.feedback[0]).toMatch(/click \[999\]\) failed: stale-element/);
    expect(result.outcome).toMatchObject({ status: 'failed', reason: 'gave up' });
  });

  it('ends infeasible before acting when the feasibility check says no', async () => {
    const operator = new FormWorldOperator();
    const checker: TaskChecker = {
      feasibility: async () => ({ ok: false, reason: 'there is no payment form on this page' }),
    };
    const runner = new Runner({ operator, policy: fillAndSubmit(), checker });
    const result = await runner.run('pay the invoice');
    expect(result.outcome).toEqual({ status: 'infeasible', reason: 'there is no payment form on this page' });
    expect(operator.executed).toHaveLength(0);
  });

  it('sends a rejected done back to the policy, then fails after the limit', async () => {
    const operator = new FormWorldOperator();
    const checker: TaskChecker = {
      completeness: async ({ observation }) => {
        const thanked = observation.elements.some((element) => element.text.startsWith('Thanks'));
        return thanked ? { ok: true, reason: 'the thank-you note is shown' } : { ok: false, reason: 'the form was not submitted' };
      },
    };
    const policy = new ScriptedPolicy([() => ({ kind: 'act', actions: [{ type: 'done', success: true }] })]);
    const runner = new Runner({ operator, policy, checker, maxDoneRejections: 2 });
    const result = await runner.run('Sign up');
    expect(policy.contexts).toHaveLength(3);
    expect(policy.contexts[1]!.feedback[0]).toMatch(/completeness check disagrees: the form was not submitted/);
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/rejected 3 times/);
  });

  it('judges a done at the end of a batch on the state after the batch, not before it', async () => {
    const operator = new FormWorldOperator();
    const checker: TaskChecker = {
      completeness: async ({ observation }) => ({
        ok: observation.elements.some((element) => element.text.startsWith('Thanks')),
        reason: 'looked for the thank-you note',
      }),
    };
    const policy = new ScriptedPolicy([
      (context) => ({
        kind: 'act',
        actions: [
          { type: 'type', target: { elementId: idOf(context, 'textbox') }, text: 'Ada' },
          { type: 'click', target: { elementId: idOf(context, 'button', 'Submit') } },
          { type: 'done', success: true },
        ],
      }),
    ]);
    const result = await new Runner({ operator, policy, checker }).run('Sign up as Ada');
    expect(result.outcome.status).toBe('success');
    expect(policy.contexts).toHaveLength(1);
  });

  it('accepts a done the completeness check confirms', async () => {
    const operator = new FormWorldOperator();
    const checker: TaskChecker = {
      completeness: async ({ observation }) => ({
        ok: observation.elements.some((element) => element.text.startsWith('Thanks')),
        reason: 'looked for the thank-you note',
      }),
    };
    const runner = new Runner({ operator, policy: fillAndSubmit(), checker });
    const result = await runner.run('Sign up as Ada');
    expect(result.outcome).toMatchObject({ status: 'success', reason: 'completeness check: looked for the thank-you note' });
  });

  it('stops cleanly when the gate denies an action and executes the resolved action otherwise', async () => {
    const operator = new FormWorldOperator();
    const runner = new Runner({
      operator,
      policy: fillAndSubmit(),
      gate: async (action) => {
        if (action.type === 'type') return { allow: true, action: { ...action, text: 'Ada Lovelace' } };
        if (action.type === 'click' && operator.state.newsletter) return { allow: false, reason: 'the user declined' };
        return { allow: true };
      },
    });
    const result = await runner.run('Sign up');
    expect(operator.state.name).toBe('Ada Lovelace');
    // The stored action keeps what the policy proposed.
    expect(result.trajectory.steps[0]!.action).toMatchObject({ type: 'type', text: 'Ada' });
    expect(result.outcome).toEqual({ status: 'stopped', reason: 'the user declined' });
    expect(operator.state.submitted).toBeNull();
  });

  it('reports a save failure as an error event but still returns the trajectory', async () => {
    const runner = new Runner({
      operator: new FormWorldOperator(),
      policy: fillAndSubmit(),
      save: () => {
        throw new Error('disk full');
      },
    });
    const { events, onEvent } = collect();
    const result = await runner.run('Sign up as Ada', { onEvent });
    expect(result.outcome.status).toBe('success');
    expect(events.find((event) => event.type === 'error')).toMatchObject({ phase: 'save', message: 'could not save the trajectory: disk full' });
  });
});
