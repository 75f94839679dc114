/**
 * The plan-level rules of "never silently wrong" (issue 11 §4), each on the
 * way a followed demonstration used to act wrongly: a choice by comparison
 * copied as a click, picks in a list box that replace each other, listed
 * items left out, a demonstration whose own replay did something else.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Observation, UIElement } from '../../../core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../../core/operator.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { comparisonsIn } from './comparison-choice.js';
import { accumulatePicks, listPickProblems } from './list-picks.js';
import { applyPlanRules } from './plan-rules.js';

const HELP = /What would help: .+/;

/**
 * A native multi-selection list box: a plain pick replaces the selection, a
 * pick holding Control (or Meta) adds to it; the observation shows only the
 * first selected option as the list's value, as the browser's does.
 */
class ListBoxPage implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'select', 'done'] as const, notes: [] };
  readonly selected = new Set<string>();
  submitted: string[] | undefined;
  private sequence = 0;

  constructor(private readonly options: readonly string[]) {}

  async observe(): Promise<Observation> {
    this.sequence++;
    const base = this.sequence * 100;
    const first = this.options.find((option) => this.selected.has(option));
    const elements: UIElement[] = [
      { id: base, role: 'text', text: 'Pick some fruit', states: {}, box: { x: 10, y: 10, width: 100, height: 20 }, source: 'dom', interactive: false },
      {
        id: base + 1,
        role: 'listbox',
        tag: 'select',
        text: '',
        label: 'Fruit',
        value: first ?? '',
        options: [...this.options],
        states: {},
        box: { x: 10, y: 40, width: 100, height: 80 },
        source: 'dom',
        interactive: true,
        attributes: { id: 'pick' },
      },
      { id: base + 2, role: 'button', tag: 'button', text: 'Go', states: {}, box: { x: 10, y: 130, width: 40, height: 20 }, source: 'dom', interactive: true },
    ];
    if (this.submitted) elements.push({ id: base + 3, role: 'text', text: `Sent: ${this.submitted.join(', ')}`, states: {}, box: { x: 10, y: 160, width: 100, height: 20 }, source: 'dom', interactive: false });
    return { sequence: this.sequence, environment: 'browser', elements, viewport: { width: 300, height: 300, deviceScaleFactor: 1 }, page: { url: 'memory://list' }, capturedAt: Date.now() };
  }

  async execute(action: Action): Promise<ActionResult> {
    const id = action.type === 'click' || action.type === 'select' ? (action.target && 'elementId' in action.target ? action.target.elementId % 100 : -1) : -1;
    if (action.type === 'select' && id === 1) {
      if (!this.options.includes(action.option)) return actionFailure('failed', `no option ${action.option}`);
      const adds = (action.modifiers ?? []).some((modifier) => modifier === 'Control' || modifier === 'Meta');
      if (!adds) this.selected.clear();
      this.selected.add(action.option);
      return { ok: true, durationMs: 0 };
    }
    if (action.type === 'click' && id === 2) {
      this.submitted = this.options.filter((option) => this.selected.has(option));
      return { ok: true, durationMs: 0 };
    }
    if (action.type === 'done') return { ok: true, durationMs: 0 };
    return actionFailure('failed', `cannot ${action.type} there`);
  }

  async close(): Promise<void> {}
}

const FRUIT = ['Apples', 'Pears', 'Plums', 'Kiwis', 'Figs', 'Limes'];
const pickTask = (items: readonly string[]) => `Choose exactly ${items.slice(0, -1).join(', ')} and ${items.at(-1)} from the list and click Go.`;

/** A person picks the named options, holding Ctrl after the first, then clicks Go. */
async function recordPicks(items: readonly string[]): Promise<Trajectory> {
  return recordDemonstration(new ListBoxPage(FRUIT), pickTask(items), (observation, step) => {
    const list = find(observation, 'listbox');
    if (step < items.length) return { type: 'select', target: { elementId: list.id }, option: items[step]!, ...(step > 0 ? { modifiers: ['Control' as const] } : {}) };
    if (step === items.length) return { type: 'click', target: { elementId: find(observation, 'button', 'Go').id } };
    return undefined;
  });
}

async function runOn(operator: Operator, demonstrations: Trajectory[], task: string) {
  const policy = new ExemplarPolicy({ memory: new InMemoryExemplars(demonstrations) });
  return (await new Runner({ operator, policy }).run(task)).trajectory.outcome;
}

describe('choices by comparison', () => {
  it('finds the comparisons a task chooses by, and not words that only end in -est', () => {
    expect(comparisonsIn('Click the tallest bar.')).toEqual(['tallest']);
    expect(comparisonsIn('Open the folder with the most unread messages.')).toEqual(['most unread']);
    expect(comparisonsIn('Click the folder that has the least unread mail.')).toEqual(['least unread']);
    expect(comparisonsIn('Click on the bar with the highest value.')).toEqual(['highest']);
    expect(comparisonsIn('Click the busiest folder (most unread).')).toEqual(['busiest']);
    expect(comparisonsIn('Open the forest tab and run the test.')).toEqual([]);
    expect(comparisonsIn('Enter "best" into the field.')).toEqual([]);
    expect(comparisonsIn('Click on the "Fable" button.')).toEqual([]);
  });

  it('refuses to copy the click a demonstration of "the tallest" made, naming the comparison', async () => {
    const bars = (labels: readonly string[]): WidgetSpec[] => labels.map((label) => ({ key: label, role: 'button', text: label }));
    const demo = await recordDemonstration(new WidgetPageOperator(bars(['Mar', 'Apr', 'May'])), 'Click the tallest bar.', (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', 'May').id } } : undefined,
    );
    const operator = new WidgetPageOperator(bars(['Apr', 'May', 'Jun']));
    const outcome = await runOn(operator, [demo], 'Click the tallest bar.');
    expect(outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(outcome.reason).toContain('the task chooses by comparison ("the tallest")');
    expect(outcome.reason).toMatch(HELP);
  });

  it('lets a plan through that compares on the page (an extreme pick)', async () => {
    const rows = (prices: readonly number[]): WidgetSpec[] =>
      prices.flatMap((price, index) => [
        { key: `row${index}`, role: 'group', text: '' },
        { key: `price${index}`, role: 'text', text: `$${price}`, parent: `row${index}` },
        { key: `book${index}`, role: 'button', text: 'Book', parent: `row${index}` },
      ]);
    const demo = await recordDemonstration(new WidgetPageOperator(rows([300, 120, 250])), 'Book the cheapest flight.', (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: observation.elements.filter((element) => element.role === 'button')[1]!.id } } : undefined,
    );
    const plan = applyPlanRules(planDemonstration(demo, 'Book the cheapest flight.'));
    expect(plan.steps.some((planned) => planned.extremePick)).toBe(true);
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
  });
});

describe('several items picked in one list box', () => {
  it('holds Ctrl for the later picks, so every item the task names ends selected', async () => {
    const demo = await recordPicks(['Kiwis', 'Pears']);
    const page = new ListBoxPage(FRUIT);
    const outcome = await runOn(page, [demo], pickTask(['Figs', 'Plums', 'Limes']));
    expect(page.submitted, outcome.reason).toEqual(['Plums', 'Figs', 'Limes']);
    expect(outcome.reason).toMatch(/done|success|ends/i);
  });

  it('leaves a single pick and repeated picks of one option alone', () => {
    const planned = (option: string, modifiers?: ('Control' | 'Shift')[]) =>
      ({
        sourceIndex: 0,
        bindings: [],
        step: {
          index: 0,
          observation: { text: '', elements: [] },
          action: { type: 'select' as const, target: { elementId: 1 }, option, ...(modifiers ? { modifiers } : {}) },
          targets: [{ role: 'listbox', text: '', label: 'Fruit', box: { x: 0, y: 0, width: 1, height: 1 } }],
        },
      }) as unknown as Parameters<typeof accumulatePicks>[0][number];
    expect(accumulatePicks([planned('Figs')]).notes).toEqual([]);
    expect(accumulatePicks([planned('Figs'), planned('Figs')]).notes).toEqual([]);
    const shifted = accumulatePicks([planned('Figs'), planned('Limes', ['Shift'])]);
    expect(shifted.notes).toEqual([]);
    const added = accumulatePicks([planned('Figs'), planned('Limes')]);
    expect(added.steps[1]!.step.action).toMatchObject({ modifiers: ['Control'] });
    expect(added.steps[0]!.step.action).not.toHaveProperty('modifiers');
  });

  it('names the items a plan would leave out, and how many the task names', async () => {
    const demo = await recordPicks(['Kiwis', 'Pears']);
    const plan = planDemonstration(demo, pickTask(['Figs', 'Plums', 'Limes']));
    // Drop the steps that pick "Plums": the plan now picks 2 of 3.
    const steps = plan.steps.filter((planned) => !planned.bindings.some((binding) => binding.new === 'Plums'));
    const problems = listPickProblems({ ...plan, steps });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.blocking).toBe(true);
    expect(problems[0]!.text).toBe('the task names 3 items (Figs, Plums, Limes); the demonstration\'s steps would pick 2 (Figs, Limes) and nothing in them picks "Plums"');
    expect(listPickProblems(plan)).toEqual([]);
  });

  it('judges only the items the demonstration used whole (a list item "department Press" of which it chose "Press")', () => {
    const slot = { old: ['Ada Lovelace', 'department Press'], new: ['Grace Hopper', 'department Billing'], list: true, kind: 'text' as const };
    const planned = (step: Record<string, unknown>, bindings: { old: string; new: string }[]) =>
      ({ sourceIndex: 0, bindings, step: { index: 0, observation: { text: '', elements: [] }, targets: [], ...step } }) as unknown as Parameters<typeof listPickProblems>[0]['steps'][number];
    const typeName = planned({ action: { type: 'type', target: { elementId: 1 }, text: 'Ada Lovelace' } }, [{ old: 'Ada Lovelace', new: 'Grace Hopper' }]);
    const chooseDepartment = planned({ action: { type: 'select', target: { elementId: 2 }, option: 'Press' } }, [{ old: 'Press', new: 'Billing' }]);
    const plan = { alignment: { score: 1, slots: [slot], anchors: 4 }, unusedSlots: [], steps: [typeName, chooseDepartment] } as unknown as Parameters<typeof listPickProblems>[0];
    expect(listPickProblems(plan)).toEqual([]);
    // The name, which the demonstration typed whole, is still judged.
    const demonstration = { steps: [typeName.step, chooseDepartment.step] } as unknown as Parameters<typeof listPickProblems>[0]['trajectory'];
    expect(listPickProblems({ ...plan, trajectory: demonstration, steps: [chooseDepartment] })[0]?.text).toMatch(/nothing in them picks "Grace Hopper"/);
  });
});

describe('demonstrations that did not replay when recorded', () => {
  const formPage = (): WidgetSpec[] => [
    { key: 'field', role: 'textbox', label: 'Search' },
    { key: 'go', role: 'button', text: 'Go' },
  ];
  const task = (word: string) => `Search for "${word}" and press Go.`;
  async function recordSearch(word: string, verification?: Record<string, unknown>): Promise<Trajectory> {
    const demo = await recordDemonstration(new WidgetPageOperator(formPage()), task(word), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: word },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Go').id } },
      ][step],
    );
    return verification ? { ...demo, outcome: { ...demo.outcome, reward: 1 }, metadata: { ...demo.metadata, verified: false, verification } } : demo;
  }

  it('refuses one whose replay ended with another result, saying why', async () => {
    const demo = await recordSearch('magnet', { verified: false, reason: 'replayed on seed 3, the page scored raw reward -1 instead of 1', reward: -1, method: 'miniwob-seed' });
    const operator = new WidgetPageOperator(formPage());
    const outcome = await runOn(operator, [demo], task('oyster'));
    expect(outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(outcome.reason).toContain('did not do what the person did (replayed on seed 3, the page scored raw reward -1 instead of 1)');
    expect(outcome.reason).toMatch(/What would help: recording the demonstration again/);
  });

  it('follows one whose replay only could not get through when the screen confirms the state before the final step', async () => {
    const demo = await recordSearch('magnet', { verified: false, reason: 'replayed on the reloaded page, step 2 failed: covered', method: 'page-reload' });
    const operator = new WidgetPageOperator(formPage());
    const outcome = await runOn(operator, [demo], task('oyster'));
    expect(outcome.status, outcome.reason).toBe('success');
    expect(operator.values.get('field')).toBe('oyster');
  });

  it('does not take the final step of one when nothing on the screen confirms the task state', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'a', role: 'button', text: 'Alpha' },
      { key: 'b', role: 'button', text: 'Beta' },
    ];
    const recorded = await recordDemonstration(new WidgetPageOperator(page()), 'Click on the "Alpha" button.', (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', 'Alpha').id } } : undefined,
    );
    const demo = { ...recorded, metadata: { ...recorded.metadata, verified: false, verification: { reason: 'replayed on the reloaded page: the page never ended the episode', method: 'page-reload' } } };
    const operator = new WidgetPageOperator(page());
    const outcome = await runOn(operator, [demo], 'Click on the "Beta" button.');
    expect(outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(outcome.reason).toContain('the demonstration did not replay when it was recorded (replayed on the reloaded page: the page never ended the episode)');
    expect(outcome.reason).toContain('nothing on this screen confirms the state the task asks for');
    // The same demonstration, verified, is followed.
    const verifiedOperator = new WidgetPageOperator(page());
    const verified = await runOn(verifiedOperator, [recorded], 'Click on the "Beta" button.');
    expect(verified.status, verified.reason).toBe('success');
    expect(verifiedOperator.clicks).toEqual(['b']);
    // One that was never replayed (verification not asked for) is not held to it either.
    const notReplayed = { ...recorded, metadata: { ...recorded.metadata, verified: false, verification: { reason: 'verification was not asked for', method: 'none' } } };
    expect((await runOn(new WidgetPageOperator(page()), [notReplayed], 'Click on the "Beta" button.')).status).toBe('success');
  });
});
