/**
 * The RCI policy, the checks and the safety wrappers inside the real Runner,
 * on the in-memory form world, with the scripted model standing in for the
 * language model (the only mocked part).
 */
import { describe, expect, it, vi } from 'vitest';
import type { AgentEvent } from '../../agent/core/events.js';
import { combineCheckers } from '../../agent/checks/combine-checkers.js';
import { ModelChecker } from '../../agent/checks/model-checker.js';
import { RuleChecker } from '../../agent/checks/rule-checker.js';
import { RciPolicy } from '../../agent/policy/rci/rci-policy.js';
import { Runner } from '../../agent/runner/runner.js';
import { guardModel } from '../../agent/safety/guard-model.js';
import { FormWorldOperator } from '../kits/form-world-operator.js';
import { InMemoryExemplars } from '../../agent/policy/exemplar/in-memory-exemplars.js';
import { ScriptedModel, answerByPurpose, callText, idInPrompt, type ScriptedCall } from '../kits/scripted-model.js';
import { signUpExemplar } from '../kits/sign-up-exemplar.js';

const TASK = 'Sign up as Bob';

/** A scripted model that signs up as Bob one action per step, judging by what it sees in the prompt. */
function signUpAnswers(overrides: Record<string, Parameters<typeof answerByPurpose>[0][string]> = {}) {
  const nextInstruction = (call: ScriptedCall) => {
    const text = callText(call);
    if (text.includes('Thanks, Bob!')) return 'DONE';
    if (text.includes('value="Bob"')) return 'Click the "Submit" button';
    return 'Type "Bob" into the Name field';
  };
  const ground = (call: ScriptedCall) => {
    const text = callText(call);
    if (text.includes('Instruction: Click the "Submit" button')) {
      return JSON.stringify({ thought: 'submit', actions: [{ type: 'click', target: { elementId: idInPrompt(call, 'button', 'Submit') } }] });
    }
    return JSON.stringify({ thought: 'name', actions: [{ type: 'type', target: { elementId: idInPrompt(call, 'textbox') }, text: 'Bob' }] });
  };
  return answerByPurpose({
    feasibility: '{"feasible": true, "reason": "The sign-up form is on screen."}',
    completeness: '{"complete": true, "reason": "The thank-you message is shown."}',
    'plan-propose': '1. type "Bob" into the Name field\n2. click Submit',
    'plan-critique': 'NO PROBLEMS',
    'state-grounding': nextInstruction,
    'agent-grounding': ground,
    ...overrides,
  });
}

function collect(): { events: AgentEvent[]; onEvent: (event: AgentEvent) => void } {
  const events: AgentEvent[] = [];
  return { events, onEvent: (event) => events.push(event) };
}

describe('RCI policy in the Runner', () => {
  it('runs a feasible task to a checked success and stores every phase in the trajectory', async () => {
    const model = new ScriptedModel([], { fallback: signUpAnswers() });
    const memory = new InMemoryExemplars([signUpExemplar('demo-ada', 'Ada')]);
    const operator = new FormWorldOperator();
    const runner = new Runner({
      operator,
      policy: new RciPolicy({ model, memory, critiqueRounds: 1 }),
      checker: combineCheckers(new RuleChecker(), new ModelChecker({ model })),
    });
    const { events, onEvent } = collect();
    const result = await runner.run(TASK, { onEvent });

    expect(result.outcome).toMatchObject({ status: 'success', reason: expect.stringContaining('The thank-you message is shown.') });
    expect(operator.state.submitted).toEqual({ name: 'Bob', newsletter: false });
    expect(result.trajectory.steps.map((step) => step.action.type)).toEqual(['type', 'click']);
    const first = result.trajectory.steps[0]!;
    expect(first.plan).toBe('1. type "Bob" into the Name field\n2. click Submit');
    expect(first.details).toMatchObject({
      proposal: '1. type "Bob" into the Name field\n2. click Submit',
      instruction: 'Type "Bob" into the Name field',
      exemplars: [{ id: 'demo-ada' }],
      parseErrors: [],
    });
    expect(first.details?.promptTokens).toBeGreaterThan(0);
    // The plan follows the exemplar step for step: adaptive RCI skipped the critique.
    expect(first.details?.critiqueSkipped).toMatch(/demo-ada/);
    expect(model.callsFor('plan-critique')).toHaveLength(0);
    const types = events.map((event) => event.type);
    expect(types).toContain('retrieval');
    expect(types.filter((type) => type === 'check')).toHaveLength(2);
    expect(result.trajectory.metadata.usage).toMatchObject({ modelCalls: expect.any(Number) });
  });

  it('an infeasible task ends before any action, with the reason', async () => {
    const model = new ScriptedModel([], {
      fallback: signUpAnswers({ feasibility: '{"feasible": false, "reason": "This page has no flight search."}' }),
    });
    const operator = new FormWorldOperator();
    const policy = new RciPolicy({ model });
    const result = await new Runner({ operator, policy, checker: new ModelChecker({ model }) }).run('Book a flight to Oslo');
    expect(result.outcome).toEqual({ status: 'infeasible', reason: 'This page has no flight search.' });
    expect(operator.executed).toEqual([]);
    expect(model.calls.map((call) => call.options.purpose)).toEqual(['feasibility']);
  });

  it('rule checks alone (no model) stop a self-contradictory task', async () => {
    const operator = new FormWorldOperator();
    const model = new ScriptedModel([]);
    const result = await new Runner({ operator, policy: new RciPolicy({ model }), checker: new RuleChecker() }).run(
      'check the newsletter and uncheck the newsletter',
    );
    expect(result.outcome.status).toBe('infeasible');
    expect(result.outcome.reason).toMatch(/contradicts itself/);
    expect(model.calls).toHaveLength(0);
  });

  it('a done the completeness check rejects goes back to the loop with the reason', async () => {
    // The model claims done at once; the judge rejects until Bob is submitted.
    let claimed = 0;
    const model = new ScriptedModel([], {
      fallback: signUpAnswers({
        'state-grounding': (call) => {
          const text = callText(call);
          if (claimed++ === 0) return 'DONE';
          if (text.includes('Thanks, Bob!')) return 'DONE';
          return text.includes('value="Bob"') ? 'Click the "Submit" button' : 'Type "Bob" into the Name field';
        },
        completeness: (call) =>
          callText(call).includes('Thanks, Bob!')
            ? '{"complete": true, "reason": "Bob is signed up."}'
            : '{"complete": false, "reason": "The form has not been submitted."}',
      }),
    });
    const operator = new FormWorldOperator();
    const result = await new Runner({ operator, policy: new RciPolicy({ model, critiqueRounds: 1 }), checker: new ModelChecker({ model }) }).run(TASK);
    expect(result.outcome).toMatchObject({ status: 'success', reason: 'completeness check: Bob is signed up.' });
    // The rejection reached the policy as feedback: it replanned with the reason, and the critique saw it too.
    const replans = model.callsFor('plan-propose');
    expect(replans).toHaveLength(2);
    expect(callText(replans[1]!)).toContain('the completeness check disagrees: The form has not been submitted.');
    const critiques = model.callsFor('plan-critique');
    expect(critiques).toHaveLength(2);
    expect(callText(critiques[1]!)).toContain('The form has not been submitted.');
    expect(operator.state.submitted?.name).toBe('Bob');
  });

  it('a rejected done, again and again, fails the run with the verdict', async () => {
    const model = new ScriptedModel([], {
      fallback: signUpAnswers({ 'state-grounding': 'DONE', completeness: '{"complete": false, "reason": "Nothing was submitted."}' }),
    });
    const result = await new Runner({ operator: new FormWorldOperator(), policy: new RciPolicy({ model }), checker: new ModelChecker({ model }), maxDoneRejections: 1 }).run(TASK);
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toContain('Nothing was submitted.');
  });

  it('model-call and token budgets end the run with the budget named', async () => {
    for (const budgets of [{ maxModelCalls: 3 }, { maxTokens: 900 }]) {
      const scripted = new ScriptedModel([], { fallback: signUpAnswers() });
      const guarded = guardModel(scripted, { budgets });
      const result = await new Runner({ operator: new FormWorldOperator(), policy: new RciPolicy({ model: guarded.model, critiqueRounds: 2, adaptive: false }) }).run(TASK);
      // The Runner reports a thrown BudgetExceededError as an error outcome naming the budget
      // (a Runner that maps it to 'budget-exceeded' passes too).
      expect(['error', 'budget-exceeded']).toContain(result.outcome.status);
      expect(result.outcome.reason).toMatch(budgets.maxModelCalls ? /model-call budget of 3 calls exceeded/ : /token budget of 900 tokens exceeded/);
      if (budgets.maxModelCalls) expect(scripted.calls).toHaveLength(3);
    }
  });

  it('the step budget and a user abort stop the run cleanly', async () => {
    const model = new ScriptedModel([], { fallback: signUpAnswers() });
    const capped = await new Runner({ operator: new FormWorldOperator(), policy: new RciPolicy({ model }), budgets: { maxSteps: 1 } }).run(TASK);
    expect(capped.outcome.status).toBe('budget-exceeded');
    expect(capped.trajectory.steps).toHaveLength(1);

    const slow = new ScriptedModel([], { fallback: signUpAnswers(), delayMs: 10_000 });
    const controller = new AbortController();
    const pending = new Runner({ operator: new FormWorldOperator(), policy: new RciPolicy({ model: slow }) }).run(TASK, { signal: controller.signal });
    await vi.waitFor(() => expect(slow.calls.length).toBeGreaterThan(0));
    controller.abort('stopped by the test');
    const stopped = await pending;
    expect(stopped.outcome).toEqual({ status: 'stopped', reason: 'stopped by the test' });
  });
});
