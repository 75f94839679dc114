import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../core/checks.js';
import type { Observation } from '../core/observation.js';
import type { Step } from '../core/trajectory.js';
import { FormWorldOperator } from '../../test/kits/form-world-operator.js';
import { InMemoryExemplars } from '../policy/exemplar/in-memory-exemplars.js';
import { ScriptedModel, callText } from '../../test/kits/scripted-model.js';
import { signUpExemplar } from '../../test/kits/sign-up-exemplar.js';
import { countTokens } from '../core/tokens.js';
import { combineCheckers } from './combine-checkers.js';
import { readJudgeAnswer } from './judge-answer.js';
import { MemoryChecker, taskOverlap } from './memory-checker.js';
import { ModelChecker } from './model-checker.js';
import { RuleChecker, contradiction } from './rule-checker.js';
import { holdsValue, judgeTaskState } from './task-state.js';

async function formObservation(): Promise<Observation> {
  return new FormWorldOperator().observe();
}

function context(task: string, observation: Observation, history: Step[] = []): CheckContext {
  return { task, observation, history, signal: new AbortController().signal };
}

const submitStep = (ok: boolean): Step => ({
  index: 0,
  observation: { text: '', elements: [] },
  action: { type: 'click', target: { elementId: 14 } },
  targets: [{ role: 'button', text: 'Submit', box: { x: 0, y: 0, width: 1, height: 1 } }],
  result: ok ? { ok: true } : { ok: false, code: 'stale-element', error: 'gone' },
  timings: {},
});

describe('RuleChecker', () => {
  it('feasibility: empty task, empty screen, contradictions, named targets that are missing', async () => {
    const rules = new RuleChecker();
    const observation = await formObservation();
    expect(await rules.feasibility(context('Sign up as Ada', observation))).toMatchObject({ ok: true });
    expect(await rules.feasibility(context('  ', observation))).toMatchObject({ ok: false, reason: 'the task is empty' });
    expect(await rules.feasibility(context('Sign up', { ...observation, elements: [] }))).toMatchObject({ ok: false, reason: expect.stringMatching(/nothing is visible/) });
    expect(await rules.feasibility(context('check the newsletter and uncheck the newsletter', observation))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('both check and uncheck "newsletter"'),
    });
    expect(await rules.feasibility(context('Click "Delete account"', observation))).toMatchObject({ ok: false, reason: expect.stringContaining('"Delete account"') });
    expect(await rules.feasibility(context('Click "Submit" after typing "Zed"', observation))).toMatchObject({ ok: true });
  });

  it('contradiction() ignores different objects', () => {
    expect(contradiction('check the newsletter and uncheck the terms')).toBeUndefined();
  });

  it('completeness: judges only a claimed done; nothing done or a failed last action is not complete', async () => {
    const rules = new RuleChecker();
    const observation = await formObservation();
    expect(await rules.completeness({ ...context('t', observation), claimed: true })).toMatchObject({ ok: false, reason: 'no action has been taken yet' });
    expect(await rules.completeness({ ...context('How many boxes are ticked?', observation), claimed: true })).toMatchObject({ ok: true });
    expect(await rules.completeness({ ...context('t', observation, [submitStep(false)]), claimed: true })).toMatchObject({ ok: false });
    expect(await rules.completeness({ ...context('t', observation, [submitStep(true)]), claimed: true })).toMatchObject({ ok: true });
    expect(await rules.completeness({ ...context('t', observation, [submitStep(true)]), claimed: false })).toMatchObject({ ok: false });
  });
});

describe('MemoryChecker', () => {
  const memory = new InMemoryExemplars([signUpExemplar('demo', 'Ada')]);

  it('feasibility: a matching exemplar supports the task; none is neutral unless required', async () => {
    const observation = await formObservation();
    expect(taskOverlap('Sign up as "Bob"', 'Sign up as Ada')).toBe(1);
    const checker = new MemoryChecker({ memory });
    expect(await checker.feasibility(context('Sign up as Bob', observation))).toMatchObject({ ok: true, reason: expect.stringContaining('Sign up as Ada') });
    expect(await checker.feasibility(context('Book a flight to Oslo', observation))).toMatchObject({ ok: true, confidence: 0.2 });
    const strict = new MemoryChecker({ memory, requireExemplar: true });
    expect(await strict.feasibility(context('Book a flight to Oslo', observation))).toMatchObject({ ok: false });
  });

  it('completeness: the run must have acted on what the demonstration ended with', async () => {
    const observation = await formObservation();
    const checker = new MemoryChecker({ memory });
    expect(await checker.completeness({ ...context('Sign up as Bob', observation), claimed: true })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ended by acting on "Submit"'),
    });
    expect(await checker.completeness({ ...context('Sign up as Bob', observation, [submitStep(true)]), claimed: true })).toMatchObject({ ok: true });
  });

  it('completeness: a demonstration that ended on a value of its task asks for this task\'s value', async () => {
    const observation = await formObservation();
    const clickStep = (text: string): Step => ({ ...submitStep(true), targets: [{ role: 'button', text, box: { x: 0, y: 0, width: 1, height: 1 } }] });
    const demonstration = { ...signUpExemplar('click', 'Ada', { task: 'Click on the "Fable" button.' }), steps: [clickStep('Fable')] };
    const checker = new MemoryChecker({ memory: new InMemoryExemplars([demonstration]) });
    const task = 'Click on the "Lemon" button.';
    expect(await checker.completeness({ ...context(task, observation, [clickStep('Lemon')]), claimed: true })).toMatchObject({ ok: true });
    expect(await checker.completeness({ ...context(task, observation, [clickStep('Fable')]), claimed: true })).toMatchObject({ ok: false, reason: expect.stringContaining('"Lemon"') });
  });
});

describe('the state the task asks for (judgeTaskState, MemoryChecker)', () => {
  const typeStep = (text: string): Step => ({
    index: 0,
    observation: { text: '', elements: [] },
    action: { type: 'type', target: { elementId: 12 }, text },
    targets: [{ role: 'textbox', text: '', label: 'Name', box: { x: 10, y: 40, width: 120, height: 20 } }],
    result: { ok: true },
    timings: {},
  });
  const tickStep: Step = {
    index: 1,
    observation: { text: '', elements: [] },
    action: { type: 'click', target: { elementId: 13 } },
    targets: [{ role: 'checkbox', text: 'Newsletter', box: { x: 10, y: 70, width: 120, height: 20 } }],
    result: { ok: true },
    timings: {},
  };

  it('a field that kept only part of what was typed is not done, whatever button was pressed', async () => {
    const world = new FormWorldOperator();
    world.state.name = 'Bo';
    const observation = await world.observe();
    const history = [typeStep('Bob'), submitStep(true)];
    expect(judgeTaskState({ task: 'Sign up as "Bob"', observation, history })).toMatchObject({ ok: false, reason: 'the field "Name" holds "Bo", not "Bob"' });
    const checker = new MemoryChecker({ memory: new InMemoryExemplars([signUpExemplar('demo', 'Ada')]) });
    const verdict = await checker.completeness({ ...context('Sign up as "Bob"', observation, history), claimed: true });
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toContain('holds "Bo", not "Bob"');
    world.state.name = 'Bob';
    expect(await checker.completeness({ ...context('Sign up as "Bob"', await world.observe(), history), claimed: true })).toMatchObject({ ok: true });
  });

  it('a quoted value of the task that the run never used is not done', async () => {
    const observation = await new FormWorldOperator().observe();
    const verdict = judgeTaskState({ task: 'Sign up as "Bob"', observation, history: [submitStep(true)], requireQuotedValuesUsed: true });
    expect(verdict).toMatchObject({ ok: false, reason: 'the task names "Bob", which this run never typed, chose or acted on' });
    // Masked password values compare by length.
    expect(holdsValue('•••', 'x7Q')).toBe(true);
    expect(holdsValue('••', 'x7Q')).toBe(false);
    expect(holdsValue('2024-01-14', '2024-01-14')).toBe(true);
  });

  it('the boxes the run toggled are ticked exactly when the task names them', async () => {
    const world = new FormWorldOperator();
    const unticked = await world.observe();
    expect(judgeTaskState({ task: 'Sign up and tick Newsletter', observation: unticked, history: [tickStep, tickStep] })).toMatchObject({
      ok: false,
      reason: 'the task names "Newsletter", not ticked',
    });
    world.state.newsletter = true;
    const ticked = await world.observe();
    expect(judgeTaskState({ task: 'Sign up and tick Newsletter', observation: ticked, history: [tickStep] }).ok).toBe(true);
    expect(judgeTaskState({ task: 'Sign up as Ada', observation: ticked, history: [tickStep] })).toMatchObject({ ok: false, reason: '"Newsletter" ticked, which the task does not name' });
  });

  it('a box the task names by a word of its caption that tells it apart is in place; a shared word is not enough', async () => {
    const world = new FormWorldOperator();
    world.state.newsletter = true;
    const base = await world.observe();
    const box = base.elements.find((element) => element.role === 'checkbox')!;
    const withCaption = (caption: string, others: string[]) => ({
      ...base,
      elements: [
        ...base.elements.map((element) => (element.id === box.id ? { ...element, text: caption } : element)),
        ...others.map((text, index) => ({ ...box, id: 900 + index, text, states: { ...box.states, checked: false } })),
      ],
    });
    const step = { ...tickStep, targets: [{ ...tickStep.targets[0]!, text: 'Send me the newsletter' }] };
    const task = 'Sign up Grace Hopper and subscribe her to the newsletter';
    expect(judgeTaskState({ task, observation: withCaption('Send me the newsletter', []), history: [step] }).ok).toBe(true);
    // "newsletter" no longer tells the boxes apart: the task does not say which one.
    expect(judgeTaskState({ task, observation: withCaption('Send me the newsletter', ['Weekly newsletter']), history: [step] }).ok).toBe(false);
  });
});

describe('ModelChecker', () => {
  it('asks the model and returns its verdict and reason', async () => {
    const model = new ScriptedModel([
      'Sure. {"feasible": false, "reason": "There is no flight search on this page."}',
      '```json\n{"complete": true, "reason": "The thank-you message is shown."}\n```',
    ]);
    const checker = new ModelChecker({ model });
    const observation = await formObservation();
    expect(await checker.feasibility(context('Book a flight', observation))).toEqual({ ok: false, reason: 'There is no flight search on this page.', confidence: 0.8 });
    expect(await checker.completeness({ ...context('Sign up as Bob', observation, [submitStep(true)]), claimed: true })).toMatchObject({ ok: true });
    expect(model.calls.map((call) => call.options.purpose)).toEqual(['feasibility', 'completeness']);
    expect(callText(model.calls[0]!)).toContain('Task: Book a flight');
    expect(callText(model.calls[0]!)).toContain('button "Submit"');
    expect(callText(model.calls[1]!)).toContain('The agent says the task is done.');
    expect(callText(model.calls[1]!)).toContain('1. click [14]');
  });

  it('keeps a large page within the observation budget of a small model', async () => {
    const base = await formObservation();
    const extra = Array.from({ length: 2000 }, (_, index) => ({
      id: 1000 + index,
      role: 'text',
      text: `Filler paragraph number ${index} about nothing in particular`,
      states: {},
      box: { x: 0, y: 400 + index * 20, width: 300, height: 18 },
      source: 'dom' as const,
      interactive: false,
    }));
    const observation = { ...base, elements: [...base.elements, ...extra] };
    const model = new ScriptedModel(['{"feasible": true, "reason": "ok"}'], { contextTokens: 1024 });
    await new ModelChecker({ model }).feasibility(context('Sign up as Ada', observation));
    const prompt = callText(model.calls[0]!);
    expect(countTokens(prompt)).toBeLessThan(1024);
    expect(prompt).toContain('button "Submit"');
    expect(prompt).not.toContain('Filler paragraph number 1999');
  });

  it('an unreadable judge answer does not block', async () => {
    const checker = new ModelChecker({ model: new ScriptedModel(['I am not sure.']) });
    expect(await checker.feasibility(context('x', await formObservation()))).toMatchObject({ ok: true, confidence: 0 });
  });

  it('readJudgeAnswer reads JSON and bare yes/no', () => {
    expect(readJudgeAnswer('{"complete": false, "reason": "no"}', 'complete')).toEqual({ ok: true, verdict: false, reason: 'no' });
    expect(readJudgeAnswer('Yes, it is done.', 'complete')).toMatchObject({ ok: true, verdict: true });
    expect(readJudgeAnswer('{"feasible": "maybe"}', 'feasible').ok).toBe(false);
  });
});

describe('combineCheckers', () => {
  it('fails on the first failing checker and joins the reasons of passing ones', async () => {
    const observation = await formObservation();
    const memory = new InMemoryExemplars([signUpExemplar('demo', 'Ada')]);
    const combined = combineCheckers(new RuleChecker(), new MemoryChecker({ memory }));
    const ok = await combined.feasibility!(context('Sign up as Bob', observation));
    expect(ok.ok).toBe(true);
    expect(ok.reason).toContain('no rule finds the task infeasible; a similar task was done before');
    const bad = await combined.completeness!({ ...context('Sign up as Bob', observation), claimed: true });
    expect(bad).toMatchObject({ ok: false, reason: 'no action has been taken yet' });
  });
});
