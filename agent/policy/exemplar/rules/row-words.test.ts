import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { sharedContentWords } from './row-words.js';

/** A pantry list: one row per food, each with a "−", a count and a "+" that carry no food word. */
function pantry(foods: readonly string[]): WidgetSpec[] {
  return [
    ...foods.flatMap((food, index) => [
      { key: `row-${index}`, role: 'group', text: `${food} − 4 +` },
      { key: `name-${index}`, role: 'text', text: food, parent: `row-${index}` },
      { key: `less-${index}`, role: 'button', text: '−', parent: `row-${index}`, x: 100, attributes: { class: 'less' } },
      { key: `count-${index}`, role: 'text', text: '4', parent: `row-${index}`, x: 120 },
      { key: `more-${index}`, role: 'button', text: '+', parent: `row-${index}`, x: 140, attributes: { class: 'more' } },
    ]),
    { key: 'save', role: 'button', text: 'Save' },
  ];
}

/** A person doing "Three fewer X and add two more Y, then click Save." on the page. */
async function record(foods: readonly string[], task: string, changes: readonly { food: string; by: number }[]) {
  const presses = changes.flatMap(({ food, by }) => Array.from({ length: Math.abs(by) }, () => ({ row: foods.indexOf(food), more: by > 0 })));
  return recordDemonstration(new WidgetPageOperator(pantry(foods)), task, (observation: Observation, step) => {
    if (step < presses.length) {
      const { row, more } = presses[step]!;
      const name = observation.elements.filter((element) => element.role === 'text' && element.text === foods[row])[0]!;
      const button = observation.elements.find((element) => element.parentId === name.parentId && element.text === (more ? '+' : '−'))!;
      return { type: 'click', target: { elementId: button.id } };
    }
    if (step === presses.length) return { type: 'click', target: { elementId: find(observation, 'button', 'Save').id } };
    return undefined;
  });
}

const DEMO_FOODS = ['Lemons', 'Carrots', 'Onions', 'Apples', 'Peppers'];
const DEMO_TASK = 'Three fewer apples and add two more peppers, then click Save.';
const demonstration = () => record(DEMO_FOODS, DEMO_TASK, [{ food: 'Apples', by: -3 }, { food: 'Peppers', by: 2 }]);

describe('rows told by a plain word both tasks share', () => {
  it('shares content words only: no verb, change word, number word or function word', () => {
    expect(sharedContentWords(DEMO_TASK, 'Add two more peppers, then click Save.')).toEqual(['peppers', 'save']);
    expect(sharedContentWords('Remove two onions and add three more bulbs.', 'Add four more bulbs, then remove one onions.')).toEqual(['bulbs', 'onions']);
    expect(sharedContentWords('Click the big button.', 'Press the big button, please.')).toEqual(['big', 'button']);
  });

  it('keys no control of a dialog by a row word: the dialog stands over the rows, in none of them', async () => {
    const projects = ['Website', 'Billing', 'Search'];
    const page: WidgetSpec[] = [
      ...projects.flatMap((name, index) => [
        { key: `row-${index}`, role: 'group', text: `${name} Archive` },
        { key: `name-${index}`, role: 'text', text: name, parent: `row-${index}` },
        { key: `archive-${index}`, role: 'button', text: 'Archive', parent: `row-${index}`, x: 120 },
      ]),
      { key: 'dialog', role: 'dialog', text: 'Archive this project? Cancel Archive' },
      { key: 'ask', role: 'heading', text: 'Archive this project?', parent: 'dialog' },
      { key: 'cancel', role: 'button', text: 'Cancel', parent: 'dialog', x: 60 },
      { key: 'confirm', role: 'button', text: 'Archive', parent: 'dialog', x: 120 },
    ];
    const recorded = await recordDemonstration(new WidgetPageOperator(page), 'Archive the Website project.', (observation, step) => {
      if (step > 0) return undefined;
      const confirm = observation.elements.find((element) => element.text === 'Archive' && observation.elements.find((other) => other.id === element.parentId)?.role === 'dialog')!;
      return { type: 'click', target: { elementId: confirm.id } };
    });
    const plan = planDemonstration(recorded, 'Archive the Billing project.');
    expect(plan.steps[0]!.rowKeys ?? []).not.toContainEqual(expect.objectContaining({ word: true }));
  });

  it('keys the "+" presses by the row word, and not the closing button by its own caption', async () => {
    const plan = planDemonstration(await demonstration(), 'Add two more peppers, then click Save.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    const keyed = plan.steps.filter((planned) => planned.rowKeys);
    expect(keyed.map((planned) => planned.step.targets[0]?.text)).toEqual(['+', '+']);
    expect(keyed[0]!.rowKeys).toEqual([expect.objectContaining({ old: 'peppers', new: 'peppers', word: true })]);
    expect(plan.steps.at(-1)!.step.targets[0]?.text).toBe('Save');
    expect(plan.steps.at(-1)!.rowKeys).toBeUndefined();
  });

  it('leaves out the clause the task lacks though both name the same count (rules/task-clauses.ts)', async () => {
    const demo = await record(DEMO_FOODS, 'Three fewer apples and add three more peppers, then click Save.', [{ food: 'Apples', by: -3 }, { food: 'Peppers', by: 3 }]);
    const plan = planDemonstration(demo, 'Add three more peppers, then click Save.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.notes[0]).toMatch(/"three fewer apples", which this task does not ask for: its steps 1, 2, 3 left out/);
    expect(plan.steps.map((planned) => planned.step.targets[0]?.text)).toEqual(['+', '+', '+', 'Save']);
  });

  it('presses "+" in the row of the shared word wherever that row now sits', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    const foods = ['Peppers', 'Apples', 'Lemons', 'Onions', 'Carrots'];
    const operator = new WidgetPageOperator(pantry(foods));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Add two more peppers, then click Save.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['more-0', 'more-0', 'save']);
  });

  it('refuses when no row shows the word, or several do — never a pick by place', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    for (const [foods, said] of [
      [['Lemons', 'Carrots', 'Onions', 'Apples', 'Pears'], /no row like it shows "peppers"/],
      [['Peppers', 'Carrots', 'Onions', 'Apples', 'Peppers'], /2 rows show "peppers" here/],
    ] as const) {
      const operator = new WidgetPageOperator(pantry(foods));
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Add two more peppers, then click Save.');
      expect(result.outcome.status).not.toBe('success');
      expect(result.outcome.reason).toMatch(said);
      expect(operator.clicks).toEqual([]);
    }
  });
});
