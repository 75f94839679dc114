import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { applyPlanRules } from './plan-rules.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** Listing cards: a title link per card (its caption the card's data) and a line with the seller and the day. */
function cards(rows: readonly (readonly [string, string, string])[]): WidgetSpec[] {
  return rows.flatMap(([title, seller, day], index) => [
    { key: `card-${index}`, role: 'listitem', text: `${title} ${seller} · ${day}` },
    { key: `title-${index}-${title}`, role: 'link', text: title, parent: `card-${index}`, attributes: { class: 'title' } },
    { key: `meta-${index}`, role: 'text', text: `${seller} · ${day}`, parent: `card-${index}`, x: 60, attributes: { class: 'meta' } },
  ]);
}
const DEMO_ROWS = [['Oak desk lamp', 'Lara', 'Jul 11'], ['Film camera', 'Omar', 'Mar 3'], ['Garden bench', 'Priya', 'Oct 20']] as const;
const DEMO_TASK = 'Show me the item listed Jul 11, please.';

async function recordOpen() {
  return recordDemonstration(new WidgetPageOperator(cards(DEMO_ROWS)), DEMO_TASK, (observation, step) =>
    step === 0 ? { type: 'click', target: { elementId: find(observation, 'link', 'Oak desk lamp').id } } : undefined,
  );
}

describe('a row key the new wording left out (rules/dropped-row-key.ts)', () => {
  it('keys the click by the one value the new task names in its place: the person who listed the item', async () => {
    const demo = await recordOpen();
    const plan = applyPlanRules(planDemonstration(demo, 'Show me the item Mei listed.'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps.find((planned) => planned.rowKeys)?.rowKeys).toEqual([expect.objectContaining({ old: 'Jul', new: 'Mei', captionData: true })]);
    // The same task as demonstrated keeps its own key.
    const same = applyPlanRules(planDemonstration(demo, DEMO_TASK));
    expect(same.steps.find((planned) => planned.rowKeys)?.rowKeys).toEqual([expect.objectContaining({ old: 'Jul', new: 'Jul' })]);
  });

  it('opens the card that shows the name, never the demonstrated title that is still on the page', async () => {
    const memory = new InMemoryExemplars([await recordOpen()]);
    const operator = new WidgetPageOperator(cards([['Oak desk lamp', 'Tomasz', 'Jul 11'], ['Kids scooter', 'Mei', 'Feb 2'], ['Standing fan', 'Aisha', 'May 9']]));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Show me the item Mei listed.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['title-1-Kids scooter']);
  });

  it('refuses rather than open a card when no card shows the name', async () => {
    const memory = new InMemoryExemplars([await recordOpen()]);
    const operator = new WidgetPageOperator(cards([['Oak desk lamp', 'Tomasz', 'Jul 11'], ['Standing fan', 'Aisha', 'May 9']]));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Show me the item Mei listed.');
    expect(result.outcome.status).not.toBe('success');
    expect(operator.clicks).toEqual([]);
  });

  it('refuses when the new task names no value, or several, to choose the row by', async () => {
    const demo = await recordOpen();
    for (const task of ['Show me the item listed, please.', 'Show me the item Mei and Omar listed.']) {
      const plan = applyPlanRules(planDemonstration(demo, task));
      expect(plan.problems.some((problem) => problem.blocking && /chose the row that shows "Jul"/.test(problem.text)), `${task}: ${JSON.stringify(plan.problems)} ${JSON.stringify(plan.alignment.slots)}`).toBe(true);
    }
  });
});

describe('a row chosen by a plain word of the demonstration\'s task the new task left out', () => {
  /** A basket: each line its product's name, a count between − and +, and a 🗑 named "Remove from basket". */
  const basket = (lines: readonly (readonly [string, number])[]): WidgetSpec[] =>
    lines.flatMap(([name, count], index) => [
      { key: `line-${index}`, role: 'listitem', text: `${name} − ${count} + 🗑` },
      { key: `name-${index}`, role: 'text', text: name, parent: `line-${index}` },
      { key: `less-${index}`, role: 'button', text: '−', parent: `line-${index}`, x: 60 },
      { key: `count-${index}`, role: 'text', text: String(count), parent: `line-${index}`, x: 75 },
      { key: `more-${index}`, role: 'button', text: '+', parent: `line-${index}`, x: 90 },
      { key: `bin-${index}`, role: 'button', text: '🗑', label: 'Remove from basket', parent: `line-${index}`, x: 105 },
    ]);
  const DEMO = 'Could you remove the coffee beans and put in two more pasta?';
  const record = () =>
    recordDemonstration(new WidgetPageOperator([...basket([['Coffee beans', 1], ['Pasta', 1], ['Oat milk', 2]]), { key: 'pay', role: 'button', text: 'Checkout' }]), DEMO, (observation, step) =>
      step === 0
        ? { type: 'click', target: { elementId: observation.elements.filter((element) => element.text === '🗑')[0]!.id } }
        : step <= 2
          ? { type: 'click', target: { elementId: observation.elements.filter((element) => element.text === '+')[1]!.id } }
          : step === 3
            ? { type: 'click', target: { elementId: find(observation, 'button', 'Checkout').id } }
            : undefined,
    );

  it('refuses when the new task names nothing in the place of the word that chose the row ("coffee")', async () => {
    const demo = await record();
    const plan = applyPlanRules(planDemonstration(demo, 'Could you change the oat milk to one and remove the pasta?'));
    const blocking = plan.problems.filter((problem) => problem.blocking);
    expect(blocking.some((problem) => /row that shows "coffee"/i.test(problem.text)), `${JSON.stringify(plan.alignment.slots)} ${JSON.stringify(blocking)}`).toBe(true);
    // The same kind of task with its items in their places keys the rows by them and is not refused for a dropped word.
    const same = applyPlanRules(planDemonstration(demo, 'Could you remove the pasta and put in two more oat milk?'));
    expect(same.problems.filter((problem) => /a word of its task this task does not name/.test(problem.text))).toEqual([]);
  });
});
