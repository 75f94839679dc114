/**
 * A press that exchanged two fields' contents (a ⇅ between From and To) is read by what it did to them (issue 11 §2):
 * it used the values its task names, and it is pressed again only where it brings the new task's values.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { parseTrajectory, TRAJECTORY_FORMAT_VERSION, type Step } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { exchangeProblem, exchangedFields } from './exchange-press.js';

/** A search form: From and To text fields holding `from` / `to`, a ⇅ button and a Search button. */
function form(from: string, to: string): UIElement[] {
  const field = (id: number, label: string, value: string, y: number): UIElement => ({ id, role: 'textbox', tag: 'input', text: '', label, value, states: {}, box: { x: 0, y, width: 100, height: 16 }, source: 'dom', interactive: true });
  const button = (id: number, text: string, y: number, label?: string): UIElement => ({ id, role: 'button', tag: 'button', text, ...(label ? { label } : {}), states: {}, box: { x: 110, y, width: 40, height: 16 }, source: 'dom', interactive: true });
  return [field(1, 'From', from, 0), field(2, 'To', to, 20), button(3, '⇅', 10, 'Swap cities'), button(4, 'Search', 40)];
}

/** The demonstration: the form held the trip the other way round; ⇅ pressed, then Search. */
function demonstration(task: string, from: string, to: string) {
  const [before, after] = [form(to, from), form(from, to)];
  const click = (index: number, elements: UIElement[], id: number): Step => ({ index, observation: { text: '', elements }, action: { type: 'click', target: { elementId: id } }, targets: [{ ...elements.find((element) => element.id === id)! }], timings: {} });
  const steps = [click(0, before, 3), click(1, after, 4)];
  return parseTrajectory({ formatVersion: TRAJECTORY_FORMAT_VERSION, id: 'demo', task, environment: 'browser', source: 'demonstration', outcome: { status: 'success', reason: 'reward 1' }, createdAt: 0, steps });
}

const demo = demonstration('Find flights from Madrid to Prague.', 'Madrid (MAD)', 'Prague (PRG)');

describe('a press that exchanged two fields', () => {
  it('is told by the two fields holding each other\'s former contents, and by nothing less', () => {
    expect(exchangedFields(form('Prague', 'Madrid'), form('Madrid', 'Prague'))?.map((field) => field.label)).toEqual(['From', 'To']);
    expect(exchangedFields(form('Prague', 'Madrid'), form('Madrid', 'Oslo'))).toBeUndefined();
    expect(exchangedFields(form('Prague', 'Prague'), form('Prague', 'Prague'))).toBeUndefined();
  });

  it('used the values it gave the fields: the new task\'s values are no unused slots', () => {
    const plan = planDemonstration(demo, 'Find flights from Athens to Zurich.');
    expect(plan.problems).toEqual([]);
    expect(plan.unusedSlots).toEqual([]);
    expect(plan.steps[0]!.exchange?.map((field) => field.wanted)).toEqual(['Athens', 'Zurich']);
  });

  it('is pressed only where the fields hold the wanted values the other way round', () => {
    const exchange = planDemonstration(demo, 'Find flights from Athens to Zurich.').steps[0]!.exchange!;
    expect(exchangeProblem(exchange, form('Zurich (ZRH)', 'Athens (ATH)'))).toBeUndefined();
    // Already as wanted, or another city: a press would give the wrong values or none the task names.
    expect(exchangeProblem(exchange, form('Athens (ATH)', 'Zurich (ZRH)'))).toMatch(/an exchange would not give them "Athens" and "Zurich"/);
    expect(exchangeProblem(exchange, form('Oslo (OSL)', 'Athens (ATH)'))).toMatch(/"from" holds "Oslo \(OSL\)"/);
  });

  it('leaves two ends named the other way round ("Oslo flights out of Dublin") unused, as before', () => {
    const plan = planDemonstration(demo, 'Look for Oslo flights out of Dublin.');
    expect(plan.steps[0]!.exchange).toBeUndefined();
    expect(plan.problems.some((problem) => problem.blocking)).toBe(true);
  });

  it('leaves a press that exchanged values no task names to the other readings', () => {
    const plan = planDemonstration(demonstration('Press the swap button, then search.', 'Madrid (MAD)', 'Prague (PRG)'), 'Press the swap button, then search.');
    expect(plan.steps[0]!.exchange).toBeUndefined();
  });
});
