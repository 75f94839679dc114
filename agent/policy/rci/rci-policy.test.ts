import { describe, expect, it, vi } from 'vitest';
import type { AgentEventDraft } from '../../core/events.js';
import type { PolicyContext } from '../../core/policy.js';
import type { Step } from '../../core/trajectory.js';
import { countChatTokens } from '../../core/chat-tokens.js';
import { listElements } from '../../observation/list-elements.js';
import { FormWorldOperator } from '../../../test/kits/form-world-operator.js';
import { InMemoryExemplars } from '../exemplar/in-memory-exemplars.js';
import { ScriptedModel, answerByPurpose, callText, idInPrompt } from '../../../test/kits/scripted-model.js';
import { signUpExemplar } from '../../../test/kits/sign-up-exemplar.js';
import { renderExemplar } from './exemplar-block.js';
import { RciPolicy } from './rci-policy.js';

const TASK = 'Sign up as Bob';

async function contextFor(options: { history?: Step[]; feedback?: string[]; hints?: string[]; signal?: AbortSignal; step?: number } = {}) {
  const operator = new FormWorldOperator();
  const observation = await operator.observe();
  const events: AgentEventDraft[] = [];
  const context: PolicyContext = {
    task: TASK,
    step: options.step ?? 0,
    observation,
    abstracted: listElements(observation),
    history: options.history ?? [],
    actionSpace: operator.actionSpace,
    signal: options.signal ?? new AbortController().signal,
    feedback: options.feedback ?? [],
    ...(options.hints ? { hints: options.hints } : {}),
    emit: (event) => events.push(event),
  };
  return { context, events };
}

const typeBob = (call: Parameters<typeof idInPrompt>[0]) =>
  JSON.stringify({ thought: 'name first', actions: [{ type: 'type', target: { elementId: idInPrompt(call, 'textbox') }, text: 'Bob' }] });

describe('RciPolicy phases', () => {
  it('proposes, critiques, improves, then grounds state and action, recording everything', async () => {
    const model = new ScriptedModel([], {
      fallback: answerByPurpose({
        'plan-propose': '1. click Submit',
        'plan-critique': 'The name is never typed.',
        'plan-improve': '1. type "Bob" into the Name field\n2. click Submit',
        'state-grounding': 'Type "Bob" into the Name field',
        'agent-grounding': typeBob,
      }),
    });
    const policy = new RciPolicy({ model, critiqueRounds: 1, adaptive: false });
    policy.reset(TASK);
    const { context, events } = await contextFor();
    const decision = await policy.decide(context);

    expect(model.calls.map((call) => call.options.purpose)).toEqual([
      'plan-propose',
      'plan-critique',
      'plan-improve',
      'state-grounding',
      'agent-grounding',
    ]);
    expect(decision.kind).toBe('act');
    if (decision.kind !== 'act') return;
    expect(decision.actions).toEqual([{ type: 'type', target: { elementId: 12 }, text: 'Bob' }]);
    expect(decision.plan).toContain('type "Bob"');
    expect(decision.critique).toBe('The name is never typed.');
    expect(decision.thought).toBe('name first');
    const details = decision.details!;
    expect(details.proposal).toBe('1. click Submit');
    expect(details.improvements).toEqual(['1. type "Bob" into the Name field\n2. click Submit']);
    expect(details.instruction).toBe('Type "Bob" into the Name field');
    const calls = details.calls as { purpose: string; promptTokens: number }[];
    expect(calls).toHaveLength(5);
    for (const [index, call] of calls.entries()) expect(call.promptTokens).toBe(countChatTokens(model.calls[index]!.messages));
    expect(details.promptTokens).toBe(calls.reduce((sum, call) => sum + call.promptTokens, 0));
    // The critique sees the plan; the improvement sees the critique; agent grounding sees the instruction.
    expect(callText(model.calls[1]!)).toContain('1. click Submit');
    expect(callText(model.calls[2]!)).toContain('The name is never typed.');
    expect(callText(model.calls[4]!)).toContain('Instruction: Type "Bob" into the Name field');
    expect(model.calls[4]!.options.jsonSchema).toBeDefined();
    expect(events.map((event) => (event.type === 'proposal' ? `proposal:${event.phase}` : event.type))).toEqual([
      'proposal:plan',
      'critique',
      'proposal:improved-plan',
      'proposal:instruction',
      'proposal:action',
    ]);
    expect(policy.usage()).toMatchObject({ modelCalls: 5, critiques: 1, plans: 1 });
    // The run's figures and the step's come from one meter: they agree.
    expect(policy.usage().promptTokens).toBe(details.promptTokens);
    expect(policy.usage().completionTokens).toBe(details.completionTokens);
  });

  it('asks for plans and critiques as JSON with a schema, and records answers it had to read as text', async () => {
    const model = new ScriptedModel([], {
      fallback: answerByPurpose({
        'plan-propose': '{"steps": ["click Submit"]}',
        'plan-critique': ['{"problems": ["the name is never typed"]}', '{"problems": []}'],
        'plan-improve': 'Sure!\n1. type "Bob" into the Name field\n2. click Submit',
        'state-grounding': 'Type "Bob" into the Name field',
        'agent-grounding': typeBob,
      }),
    });
    const policy = new RciPolicy({ model, critiqueRounds: 2, adaptive: false });
    const { context } = await contextFor();
    const decision = await policy.decide(context);
    for (const purpose of ['plan-propose', 'plan-critique', 'plan-improve']) {
      for (const call of model.callsFor(purpose)) expect(call.options.jsonSchema, purpose).toBeDefined();
    }
    expect(decision.kind).toBe('act');
    if (decision.kind !== 'act') return;
    expect(decision.details!.proposal).toBe('1. click Submit');
    expect(decision.details!.critiques).toEqual(['- the name is never typed', 'NO PROBLEMS']);
    // The improvement came as text: read anyway, and the run's details say so.
    expect(decision.plan).toBe('1. type "Bob" into the Name field\n2. click Submit');
    expect(decision.details!.textAnswers).toEqual([{ purpose: 'plan-improve', problem: 'no JSON object in the answer' }]);
    expect(callText(model.callsFor('plan-improve')[0]!)).toContain('- the name is never typed');
    expect(model.callsFor('plan-critique')).toHaveLength(2);
  });

  it('stops critiquing when the critique finds no problems, and runs n rounds otherwise', async () => {
    for (const [rounds, critiques, expectedCritiques, expectedImproves] of [
      [3, ['NO PROBLEMS'], 1, 0],
      [2, ['Problem A', 'Problem B'], 2, 2],
      [2, ['Problem A', 'No problems.'], 2, 1],
      [0, ['never asked'], 0, 0],
    ] as const) {
      const model = new ScriptedModel([], {
        fallback: answerByPurpose({
          'plan-propose': '1. type Bob\n2. click Submit',
          'plan-critique': [...critiques],
          'plan-improve': '1. type "Bob" into Name\n2. click Submit',
          'state-grounding': 'Type Bob',
          'agent-grounding': typeBob,
        }),
      });
      const policy = new RciPolicy({ model, critiqueRounds: rounds, adaptive: false });
      const { context } = await contextFor();
      await policy.decide(context);
      expect(model.callsFor('plan-critique')).toHaveLength(expectedCritiques);
      expect(model.callsFor('plan-improve')).toHaveLength(expectedImproves);
    }
  });

  it('keeps the plan across steps and replans (with a forced critique) after a failure', async () => {
    const model = new ScriptedModel([], {
      fallback: answerByPurpose({
        'plan-propose': ['1. type Bob', '1. click the Name field\n2. type Bob'],
        'plan-critique': 'NO PROBLEMS',
        'state-grounding': 'Type Bob',
        'agent-grounding': typeBob,
      }),
    });
    const policy = new RciPolicy({ model, critiqueRounds: 0, adaptive: true });
    policy.reset(TASK);
    await policy.decide((await contextFor()).context);
    await policy.decide((await contextFor({ step: 1 })).context);
    expect(model.callsFor('plan-propose')).toHaveLength(1);
    expect(model.callsFor('state-grounding')).toHaveLength(2);
    expect(model.callsFor('plan-critique')).toHaveLength(0);

    const failed = await contextFor({ step: 2, feedback: ['The last action (click [12]) failed: stale-element: gone'] });
    const decision = await policy.decide(failed.context);
    expect(model.callsFor('plan-propose')).toHaveLength(2);
    expect(model.callsFor('plan-critique')).toHaveLength(1);
    expect(callText(model.callsFor('plan-propose')[1]!)).toContain('failed: stale-element: gone');
    expect(decision.kind === 'act' && decision.plan).toBe('1. click the Name field\n2. type Bob');
  });

  it('shows hints in its prompts without replanning or forcing a critique', async () => {
    const model = new ScriptedModel([], {
      fallback: answerByPurpose({
        'plan-propose': '1. type Bob',
        'plan-critique': 'NO PROBLEMS',
        'state-grounding': 'Type Bob',
        'agent-grounding': typeBob,
      }),
    });
    const policy = new RciPolicy({ model, critiqueRounds: 0, adaptive: true });
    policy.reset(TASK);
    const hint = 'A demonstration was found, but its step 2 could not be matched to this screen';
    await policy.decide((await contextFor({ hints: [hint] })).context);
    expect(callText(model.callsFor('plan-propose')[0]!)).toContain(`Hint: ${hint}`);
    await policy.decide((await contextFor({ step: 1, hints: [hint] })).context);
    // The second step keeps the plan: one proposal, no critique, two state groundings that both carry the hint.
    expect(model.callsFor('plan-propose')).toHaveLength(1);
    expect(model.callsFor('plan-critique')).toHaveLength(0);
    expect(model.callsFor('state-grounding').map((call) => callText(call).includes(`Hint: ${hint}`))).toEqual([true, true]);
    expect(model.calls).toHaveLength(5);
  });

  it('adaptive: skips critique when the plan follows a retrieved exemplar step for step', async () => {
    const memory = new InMemoryExemplars([signUpExemplar('demo-ada', 'Ada')]);
    for (const [plan, critiqued] of [
      ['1. Type "Bob" into the Name field\n2. Click the Submit button\n3. Done', false],
      ['1. Click the Newsletter checkbox\n2. Click Submit', true],
    ] as const) {
      const model = new ScriptedModel([], {
        fallback: answerByPurpose({
          'plan-propose': plan,
          'plan-critique': 'NO PROBLEMS',
          'state-grounding': 'Type Bob',
          'agent-grounding': typeBob,
        }),
      });
      const policy = new RciPolicy({ model, memory, critiqueRounds: 1, adaptive: true });
      const { context, events } = await contextFor();
      const decision = await policy.decide(context);
      expect(model.callsFor('plan-critique')).toHaveLength(critiqued ? 1 : 0);
      expect(decision.details?.critiqueSkipped !== undefined).toBe(!critiqued);
      expect(events.find((event) => event.type === 'retrieval')).toMatchObject({ exemplars: [{ id: 'demo-ada', task: 'Sign up as Ada' }] });
    }
  });

  it('state grounding DONE becomes done(success) without an agent-grounding call', async () => {
    const model = new ScriptedModel([], {
      fallback: answerByPurpose({ 'plan-propose': '1. submit', 'state-grounding': 'DONE' }),
    });
    const policy = new RciPolicy({ model, critiqueRounds: 0 });
    const decision = await policy.decide((await contextFor()).context);
    expect(decision).toMatchObject({ kind: 'act', actions: [{ type: 'done', success: true }] });
    expect(model.callsFor('agent-grounding')).toHaveLength(0);
  });
});

describe('RciPolicy agent grounding repair', () => {
  it('tells the model exactly why an answer failed and asks again', async () => {
    const model = new ScriptedModel([], {
      fallback: answerByPurpose({
        'plan-propose': '1. type Bob',
        'state-grounding': 'Type Bob into Name',
        'agent-grounding': 'I would type Bob into the name field.',
        'agent-grounding-repair': ['{"type": "click", "target": {"elementId": 999}}', typeBob],
      }),
    });
    const policy = new RciPolicy({ model, critiqueRounds: 0, maxRepairs: 2 });
    const { context, events } = await contextFor();
    const decision = await policy.decide(context);
    expect(decision.kind).toBe('act');
    const repairs = model.callsFor('agent-grounding-repair');
    expect(repairs).toHaveLength(2);
    const firstRepair = repairs[0]!.messages;
    expect(firstRepair.at(-2)).toEqual({ role: 'assistant', content: 'I would type Bob into the name field.' });
    expect(firstRepair.at(-1)!.content).toContain('contains no JSON object');
    expect(repairs[1]!.messages.at(-1)!.content).toContain('element id 999 is not in the current observation');
    expect(decision.details?.parseErrors).toEqual([
      { code: 'no-json', message: expect.stringContaining('no JSON') },
      { code: 'unknown-element', message: expect.stringContaining('999') },
    ]);
    expect(decision.details?.repairs).toBe(2);
    expect(events.filter((event) => event.type === 'error')).toHaveLength(2);
  });

  it('gives up with a clear reason after maxRepairs bad answers', async () => {
    const model = new ScriptedModel([], {
      fallback: answerByPurpose({
        'plan-propose': '1. teleport',
        'state-grounding': 'Teleport to the end',
        'agent-grounding': '{"type": "teleport"}',
        'agent-grounding-repair': '{"type": "teleport"}',
      }),
    });
    const policy = new RciPolicy({ model, critiqueRounds: 0, maxRepairs: 1 });
    const decision = await policy.decide((await contextFor()).context);
    expect(decision.kind).toBe('give-up');
    if (decision.kind !== 'give-up') return;
    expect(decision.reason).toMatch(/no usable action for "Teleport to the end" after 2 attempt\(s\); last problem: unknown action type "teleport"/);
    expect(model.calls.filter((call) => call.options.purpose?.startsWith('agent-grounding'))).toHaveLength(2);
  });

  it('stops when the run is aborted', async () => {
    const controller = new AbortController();
    const model = new ScriptedModel([], { fallback: '1. wait', delayMs: 5_000 });
    const policy = new RciPolicy({ model, critiqueRounds: 0 });
    const { context } = await contextFor({ signal: controller.signal });
    const pending = policy.decide(context);
    pending.catch(() => undefined);
    // Abort while the first model call is in flight.
    await vi.waitFor(() => expect(model.calls).toHaveLength(1));
    controller.abort(new Error('stop now'));
    await expect(pending).rejects.toThrow('stop now');
    expect(model.calls).toHaveLength(1);
    // Aborted before it starts: no call at all.
    const fresh = new ScriptedModel([], { fallback: '1. wait' });
    await expect(new RciPolicy({ model: fresh }).decide(context)).rejects.toThrow('stop now');
    expect(fresh.calls).toHaveLength(0);
  });
});

describe('RciPolicy exemplar prompts', () => {
  const memoryOf = () =>
    new InMemoryExemplars([
      // Ranked by word overlap with TASK: big (the same words), small-1, small-2.
      signUpExemplar('big', 'Ada', { padding: 300, task: 'Sign up as Bob' }),
      signUpExemplar('small-1', 'Cy', { task: 'Sign up as Bob please' }),
      signUpExemplar('small-2', 'Di'),
    ]);
  const answers = () =>
    answerByPurpose({ 'plan-propose': '1. type Bob', 'plan-critique': 'NO PROBLEMS', 'state-grounding': 'Type Bob', 'agent-grounding': typeBob });

  it("'fit' keeps whole exemplars, most similar first, within the context budget", async () => {
    const memory = memoryOf();
    const model = new ScriptedModel([], { fallback: answers(), contextTokens: 3000 });
    const policy = new RciPolicy({ model, memory, exemplars: 'fit', critiqueRounds: 0, answerTokens: 256 });
    const decision = await policy.decide((await contextFor()).context);
    const kept = (decision.details?.exemplars as { id: string }[]).map((exemplar) => exemplar.id);
    // The padded exemplar ranks first but cannot fit; the two small ones do.
    expect(memory.retrieve({ task: TASK }, 8).map((exemplar) => exemplar.trajectory.id)[0]).toBe('big');
    expect(kept).toEqual(['small-1', 'small-2']);
    expect(decision.details?.exemplarsDropped).toBe(1);
    const grounding = model.callsFor('agent-grounding')[0]!;
    const prompt = callText(grounding);
    expect(prompt.match(/### Example/g)).toHaveLength(2);
    // Whole, never cut: each kept exemplar's full rendering is in the prompt.
    expect(prompt).toContain(renderExemplar(signUpExemplar('small-1', 'Cy', { task: 'Sign up as Bob please' }), 1));
    expect(prompt).toContain(renderExemplar(signUpExemplar('small-2', 'Di'), 2));
    expect(prompt).not.toContain('filler paragraph');
    expect(countChatTokens(grounding.messages)).toBeLessThanOrEqual(3000 - 256);
    expect(callText(model.callsFor('plan-propose')[0]!)).toContain('### Example 1');
  });

  it('retrieves successful runs only, unless the filters say otherwise', async () => {
    const failed = { ...signUpExemplar('failed-run', 'Eve', { task: 'Sign up as Eve' }), outcome: { status: 'failed' as const, reason: 'wrong page' } };
    for (const [filters, expected] of [
      [undefined, ['small-2']],
      [{ excludeIds: ['nothing'] }, ['small-2']],
      [{ successOnly: false }, ['small-2', 'failed-run']],
    ] as const) {
      const memory = new InMemoryExemplars([signUpExemplar('small-2', 'Di'), failed]);
      const model = new ScriptedModel([], { fallback: answers(), contextTokens: 100_000 });
      const policy = new RciPolicy({ model, memory, critiqueRounds: 0, ...(filters ? { retrievalFilters: filters } : {}) });
      const decision = await policy.decide((await contextFor()).context);
      expect((decision.details?.exemplars as { id: string }[]).map((exemplar) => exemplar.id).sort()).toEqual([...expected].sort());
      expect(memory.queries[0]!.filters).toMatchObject({ successOnly: filters?.successOnly ?? true, ...(filters && 'excludeIds' in filters ? { excludeIds: ['nothing'] } : {}) });
    }
  });

  it('with a large context every exemplar fits; a number caps them; 0 retrieves nothing', async () => {
    for (const [exemplars, expected] of [['fit', 3], [1, 1], [0, 0]] as const) {
      const memory = memoryOf();
      const model = new ScriptedModel([], { fallback: answers(), contextTokens: 100_000 });
      const policy = new RciPolicy({ model, memory, exemplars, critiqueRounds: 0 });
      const decision = await policy.decide((await contextFor()).context);
      expect((decision.details?.exemplars as unknown[]).length).toBe(expected);
      expect(callText(model.callsFor('agent-grounding')[0]!).match(/### Example/g)?.length ?? 0).toBe(expected);
      expect(memory.queries).toHaveLength(exemplars === 0 ? 0 : 1);
    }
  });
});
