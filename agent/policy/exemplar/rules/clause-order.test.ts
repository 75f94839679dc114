import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { planDemonstration } from '../plan-demonstration.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { Runner } from '../../../runner/runner.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

// A cart of steppers: each row names its fruit, a "−" and a "+" (wordless, told by class), then "Save".
const FRUITS = ['Apples', 'Pears', 'Plums'];
const cart = (): WidgetSpec[] => [
  ...FRUITS.flatMap((fruit): WidgetSpec[] => {
    const key = fruit.toLowerCase();
    return [
      { key, role: 'group', text: `${fruit} − +` },
      { key: `${key}-name`, role: 'text', text: fruit, parent: key },
      { key: `${key}-less`, role: 'button', text: '−', parent: key, attributes: { class: 'less' } },
      { key: `${key}-more`, role: 'button', text: '+', parent: key, attributes: { class: 'more' } },
    ];
  }),
  { key: 'save', role: 'button', text: 'Save' },
];

/** The button of a row ("apples-more"), as a person finds it. */
const button = (observation: Observation, key: string) => {
  const [fruit, kind] = key.split('-') as [string, string];
  const row = observation.elements.find((element) => element.role === 'group' && element.text.toLowerCase().startsWith(fruit))!;
  return observation.elements.find((element) => element.parentId === row.id && element.text === (kind === 'more' ? '+' : '−'))!;
};

/** Record pressing each key in turn, then Save. */
const demonstrate = (task: string, keys: readonly string[]) =>
  recordDemonstration(new WidgetPageOperator(cart()), task, (observation, step) => {
    if (step < keys.length) return { type: 'click', target: { elementId: button(observation, keys[step]!).id } };
    if (step === keys.length) return { type: 'click', target: { elementId: observation.elements.find((element) => element.text === 'Save')!.id } };
    return undefined;
  });

/** What the offline policy clicks for the task, with the demonstration as its only exemplar. */
async function follow(demo: Awaited<ReturnType<typeof demonstrate>>, task: string): Promise<{ clicks: string[]; status: string; reason?: string }> {
  const operator = new WidgetPageOperator(cart());
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  return { clicks: operator.clicks, status: result.outcome.status, reason: result.outcome.reason };
}

describe('counts written as words or digits, either way round', () => {
  it('clicks "+" as many times as the task says, in the row it names (digits demonstrated, a word asked)', async () => {
    const demo = await demonstrate('Add 3 more apples, then click Save.', ['apples-more', 'apples-more', 'apples-more']);
    expect(await follow(demo, 'Add two more pears, then click Save.')).toMatchObject({ status: 'success', clicks: ['pears-more', 'pears-more', 'save'] });
  });

  it('reads a word demonstrated and digits asked, and "twice"', async () => {
    const demo = await demonstrate('Add three more apples, then click Save.', ['apples-more', 'apples-more', 'apples-more']);
    expect(await follow(demo, 'Add 1 more plums, then click Save.')).toMatchObject({ status: 'success', clicks: ['plums-more', 'save'] });
    const twice = await demonstrate('Press + next to Apples once, then click Save.', ['apples-more']);
    expect(await follow(twice, 'Press + next to Pears twice, then click Save.')).toMatchObject({ status: 'success', clicks: ['pears-more', 'pears-more', 'save'] });
  });

  it('refuses when the demonstration clicked another number of times than its task said (the clicks are no count)', async () => {
    const demo = await demonstrate('Add two more apples, then click Save.', ['apples-more', 'apples-more', 'apples-more']);
    const plan = planDemonstration(demo, 'Add four more pears, then click Save.');
    expect(plan.problems.filter((problem) => problem.blocking).length).toBeGreaterThan(0);
  });
});

describe('clauses in another order than the demonstration (rules/clause-order.ts)', () => {
  it('pairs each clause with the demonstrated clause of its verb and follows the task in its order, each with its own count and row', async () => {
    const demo = await demonstrate('Remove 2 apples, then add 1 more pears, then click Save.', ['apples-less', 'apples-less', 'pears-more']);
    const plan = planDemonstration(demo, 'Add two more plums and remove one apples, then click Save.');
    expect(plan.notes[0]).toMatch(/another order/);
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(await follow(demo, 'Add two more plums and remove one apples, then click Save.')).toMatchObject({ status: 'success', clicks: ['plums-more', 'plums-more', 'apples-less', 'save'] });
  });

  it('refuses when a verb stands twice and the clauses could pair more than one way', async () => {
    const demo = await demonstrate('Add 2 more apples, remove 1 pears, add 1 more plums, then click Save.', ['apples-more', 'apples-more', 'pears-less', 'plums-more']);
    const plan = planDemonstration(demo, 'Remove 1 apples, add 2 more pears, add 1 more plums, then click Save.');
    expect(plan.problems.some((problem) => problem.blocking && /more than one way/.test(problem.text))).toBe(true);
  });

  it('refuses when the steps cannot be told apart by clause (a step names no clause between two clauses)', async () => {
    // The pears were added before the apples were removed: the steps do not come in the order of the clauses.
    const demo = await demonstrate('Remove 1 apples, then add 1 more pears, then click Save.', ['pears-more', 'apples-less']);
    const plan = planDemonstration(demo, 'Add two more plums and remove one apples, then click Save.');
    expect(plan.problems.some((problem) => problem.blocking)).toBe(true);
  });

  it('leaves clauses in the demonstration\'s order alone', async () => {
    const demo = await demonstrate('Remove 2 apples, then add 1 more pears, then click Save.', ['apples-less', 'apples-less', 'pears-more']);
    const plan = planDemonstration(demo, 'Remove one plums, then add three more apples, then click Save.');
    expect(plan.notes.some((note) => /another order/.test(note))).toBe(false);
    const done = await follow(demo, 'Remove one plums, then add three more apples, then click Save.');
    expect(done, done.reason).toMatchObject({ status: 'success', clicks: ['plums-less', 'apples-more', 'apples-more', 'apples-more', 'save'] });
    // The counts rewrite no step: "1" → "three" is no other place among the buttons (a "+" stays a "+").
    const same = await follow(demo, 'Remove one plums, then add three more pears, then click Save.');
    expect(same, same.reason).toMatchObject({ status: 'success', clicks: ['plums-less', 'pears-more', 'pears-more', 'pears-more', 'save'] });
  });
});
