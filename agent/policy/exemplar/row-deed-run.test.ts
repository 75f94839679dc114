/**
 * rules/row-deed.ts run whole: recorded demonstration → ExemplarPolicy offline → the press made. Each task asks
 * something the row a careless reading picks is not; a person would call that press wrong, so the run must refuse.
 * Each case pressed the wrong row (or reported half a task done) before the review-28 mends.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

type Row = [key: string, date: string, num: string, total: string, items: string, actions: string[]];

/** An order history: a heading, and a list whose rows show a date line, "Order #…", a total, items and buttons. */
function orderPage(rows: readonly Row[]): WidgetSpec[] {
  return [
    { key: 'heading', role: 'heading', text: 'Your orders' },
    { key: 'list', role: 'list' },
    ...rows.flatMap(([key, date, num, total, items, actions]): WidgetSpec[] => [
      { key, role: 'listitem', parent: 'list', text: `${date} Order #${num} ${total} ${items}` },
      { key: `${key}-date`, role: 'text', parent: key, text: date },
      { key: `${key}-num`, role: 'text', parent: key, text: `Order #${num}` },
      { key: `${key}-total`, role: 'text', parent: key, text: total },
      { key: `${key}-items`, role: 'text', parent: key, text: items },
      ...actions.map((action): WidgetSpec => ({ key: `${key}-${action}`, role: 'button', parent: key, text: action })),
    ]),
  ];
}

async function run(demoRows: readonly Row[], demoTask: string, demoPress: string, rows: readonly Row[], task: string) {
  const demo = await recordDemonstration(new WidgetPageOperator(orderPage(demoRows)), demoTask, (observation, step) => {
    if (step > 0) return undefined;
    const row = demoRows.find(([, , num, , items]) => demoTask.includes(num) || demoTask.toLowerCase().includes(items.toLowerCase()))!;
    const target = observation.elements.find((candidate) => candidate.role === 'button' && candidate.text === demoPress && observation.elements.find((parent) => parent.id === candidate.parentId)?.text.includes(row[2]));
    return { type: 'click', target: { elementId: (target ?? find(observation, 'button', demoPress)).id } };
  });
  const operator = new WidgetPageOperator(orderPage(rows));
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  return { operator, result };
}

const demoRows: Row[] = [
  ['c4115', 'Ordered 14 Jun 2026', 'C4115', '£131.49', 'Kettle', ['Track parcel', 'Reorder', 'Cancel order']],
  ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Track parcel', 'Reorder', 'Cancel order']],
];

describe('a deed on a card, run whole: never a row the task did not ask for', () => {
  it('"Cancel order #B2201 and order the kettle" does not cancel and stop: half of two requests is wrong', async () => {
    const rows: Row[] = [
      ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle, Lamp', ['Track parcel', 'Reorder', 'Cancel order']],
      ['a1093', 'Ordered 1 Jun 2026', 'A1093', '£9.00', 'Tea', ['Track parcel', 'Reorder', 'Cancel order']],
    ];
    const { operator, result } = await run(demoRows, 'Cancel order #C4115.', 'Cancel order', rows, 'Cancel order #B2201 and order the kettle.');
    expect({ clicks: operator.clicks, status: result.outcome.status }).toEqual({ clicks: [], status: 'failed' });
  });

  it('"Reorder the order that cost over 40 pounds" never reorders the £40 one', async () => {
    const rows: Row[] = [
      ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£40', 'Lamp', ['Reorder']],
      ['b2190', 'Ordered 1 Jun 2026', 'B2190', '£55', 'Kettle', ['Reorder']],
      ['b2188', 'Ordered 30 May 2026', 'B2188', '£12', 'Tea', ['Reorder']],
    ];
    const { operator } = await run(demoRows, 'Reorder the 131.49 pounds order C4115.', 'Reorder', rows, 'Reorder the order that cost over 40 pounds.');
    expect(operator.clicks).not.toContain('b2201-Reorder');
  });

  it('"Track order 14" never tracks order #15, ordered on the 14th', async () => {
    const rows: Row[] = [
      ['n15', 'Ordered 14 Jun 2026', '15', '£22.00', 'Teapot', ['Track parcel', 'Invoice']],
      ['n16', 'Ordered 9 Jun 2026', '16', '£9.00', 'Mug', ['Track parcel', 'Invoice']],
    ];
    const { operator } = await run(demoRows, 'Track order #C4115.', 'Track parcel', rows, 'Track order 14.');
    expect(operator.clicks).not.toContain('n15-Track parcel');
  });

  it('"Return the 42.50 dollars order" never returns a £42.50 order', async () => {
    const rows: Row[] = [
      ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£42.50', 'Lamp', ['Start a return']],
      ['b2190', 'Ordered 1 Jun 2026', 'B2190', '£18.00', 'Kettle', ['Start a return']],
    ];
    const demo: Row[] = demoRows.map(([key, date, num, total, items]) => [key, date, num, total, items, ['Start a return']]);
    const { operator } = await run(demo, 'Return the 131.49 pounds order C4115.', 'Start a return', rows, 'Return the 42.50 dollars order.');
    expect(operator.clicks).not.toContain('b2201-Start a return');
  });

  it('"Return the kettle I ordered" never returns the kettle descaler', async () => {
    const rows: Row[] = [
      ['b2210', 'Ordered 3 Jun 2026', 'B2210', '£6.99', 'Kettle descaler', ['Start a return', 'Invoice']],
      ['a1093', 'Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Invoice']],
    ];
    const demo: Row[] = demoRows.map(([key, date, num, total, items]) => [key, date, num, total, items, ['Start a return', 'Invoice']]);
    const { operator } = await run(demo, 'Return the lamp I ordered.', 'Start a return', rows, 'Return the kettle I ordered.');
    expect(operator.clicks).not.toContain('b2210-Start a return');
  });

  it('"Reorder my order from the 4th of June" never reorders the order placed on the 2nd, delivered on the 4th', async () => {
    const rows: Row[] = [
      ['b2201', 'Ordered 2 Jun 2026 · Delivered 4 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Reorder', 'Invoice']],
      ['b2177', 'Ordered 28 May 2026 · Delivered 1 Jun 2026', 'B2177', '£7.20', 'Tea', ['Reorder', 'Invoice']],
    ];
    const { operator } = await run(demoRows, 'Reorder my order C4115 from the 14th of June.', 'Reorder', rows, 'Reorder my order from the 4th of June.');
    expect(operator.clicks).not.toContain('b2201-Reorder');
  });

  it('"Return the kettle I ordered" never presses the kettle row\'s "Return policy"', async () => {
    const rows: Row[] = [
      ['a1093', 'Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Return policy', 'Invoice']],
      ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Start a return', 'Invoice']],
    ];
    const demo: Row[] = demoRows.map(([key, date, num, total, items]) => [key, date, num, total, items, ['Start a return', 'Invoice']]);
    const { operator, result } = await run(demo, 'Return the lamp I ordered.', 'Start a return', rows, 'Return the kettle I ordered.');
    expect({ clicks: operator.clicks, status: result.outcome.status }).toEqual({ clicks: [], status: 'failed' });
  });
});

it('"Return the kettle I ordered" never returns the lamp when the kettle\'s row offers no return', async () => {
  const rows: Row[] = [
    ['a1093', 'Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Invoice']],
    ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Start a return', 'Invoice']],
  ];
  const demo: Row[] = demoRows.map(([key, date, num, total, items]) => [key, date, num, total, items, ['Start a return', 'Invoice']]);
  const { operator, result } = await run(demo, 'Return the lamp I ordered.', 'Start a return', rows, 'Return the kettle I ordered.');
  expect({ clicks: operator.clicks, status: result.outcome.status }).toEqual({ clicks: [], status: 'failed' });
});

describe('a deed on a card, run whole: a near name, a number, a caption or a whole order the task did not ask for', () => {
  it('R1 "Return the kettle I ordered" never returns the "Kettle Descaler" (title case)', async () => {
    const rows: Row[] = [
      ['b2210', 'Ordered 3 Jun 2026', 'B2210', '£6.99', 'Kettle Descaler', ['Start a return', 'Invoice']],
      ['a1093', 'Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Invoice']],
    ];
    const demo: Row[] = demoRows.map(([key, date, num, total, items]) => [key, date, num, total, items, ['Start a return', 'Invoice']]);
    const { operator } = await run(demo, 'Return the lamp I ordered.', 'Start a return', rows, 'Return the kettle I ordered.');
    expect(operator.clicks).not.toContain('b2210-Start a return');
  });

  it('R2 "Track order 40" never tracks the order whose total is £40', async () => {
    const rows: Row[] = [
      ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£40', 'Lamp', ['Track parcel']],
      ['b2190', 'Ordered 1 Jun 2026', 'B2190', '£55', 'Kettle', ['Track parcel']],
    ];
    const { operator } = await run(demoRows, 'Track order #C4115.', 'Track parcel', rows, 'Track order 40.');
    expect(operator.clicks).not.toContain('b2201-Track parcel');
  });

  it('R3 "Cancel order #B2201" never cancels the subscription its row offers instead', async () => {
    const rows: Row[] = [
      ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£18.00', 'Coffee beans · Subscription: every 2 weeks', ['Track parcel', 'Cancel Subscription']],
      ['b2190', 'Ordered 1 Jun 2026', 'B2190', '£55.00', 'Kettle', ['Cancel order']],
    ];
    const { operator } = await run(demoRows, 'Cancel order #C4115.', 'Cancel order', rows, 'Cancel order #B2201.');
    expect(operator.clicks).not.toContain('b2201-Cancel Subscription');
  });

  it('R4 "Cancel the kettle I ordered" never cancels the whole order of a kettle and a lamp', async () => {
    const rows: Row[] = [
      ['b2210', 'Ordered 3 Jun 2026', 'B2210', '£60.00', 'Kettle, Lamp', ['Cancel order']],
      ['a1093', 'Ordered 1 Jun 2026', 'A1093', '£9.00', 'Tea', ['Cancel order']],
    ];
    const { operator } = await run(demoRows, 'Cancel the lamp I ordered.', 'Cancel order', rows, 'Cancel the kettle I ordered.');
    expect(operator.clicks).not.toContain('b2210-Cancel order');
  });
});

describe('a deed on a card, run whole after a search: the card\'s own refusal is the one the user reads', () => {
  /** An order history whose `scrolled` rows show only after one scroll of the list. */
  const history = (rows: readonly Row[], scrolled: readonly string[]): WidgetSpec[] =>
    orderPage(rows).map((widget) => (scrolled.includes(widget.key.split('-')[0]!) ? { ...widget, afterScrolls: 1 } : widget));

  it('"Cancel the kettle I ordered" on "Kettle, Toaster" refuses at once, saying the cancel would take the toaster too — no search on', async () => {
    // Demonstrated: the list scrolled to bring the lamp's order in, then its "Cancel order" pressed.
    const demoPage: Row[] = [
      ['b2201', 'Ordered 2 Jun 2026', 'B2201', '£18.00', 'Tea', ['Track parcel', 'Cancel order']],
      ['c4115', 'Ordered 14 May 2026', 'C4115', '£131.49', 'Lamp', ['Track parcel', 'Cancel order']],
    ];
    const demo = await recordDemonstration(new WidgetPageOperator(history(demoPage, ['c4115'])), 'Cancel the lamp I ordered.', (observation, step) => {
      if (step === 0) return { type: 'scroll', target: { elementId: find(observation, 'list').id }, deltaX: 0, deltaY: 120 };
      if (step > 1) return undefined;
      const target = observation.elements.find((candidate) => candidate.role === 'button' && candidate.text === 'Cancel order' && observation.elements.find((parent) => parent.id === candidate.parentId)?.text.includes('C4115'));
      return target ? { type: 'click', target: { elementId: target.id } } : undefined;
    });
    // The kettle's order, with a toaster, shows at first; a scroll brings the pen's. On a long history the search would
    // scroll the kettle's card away and end saying no cancel control shows: the card's own refusal must stand at once.
    const rows: Row[] = [
      ['b2210', 'Ordered 3 Jun 2026', 'B2210', '£60.00', 'Kettle, Toaster', ['Track parcel', 'Cancel order']],
      ['b2205', 'Ordered 2 Jun 2026', 'B2205', '£7.50', 'Mug', ['Track parcel', 'Cancel order']],
      ['b2203', 'Ordered 2 Jun 2026', 'B2203', '£3.20', 'Pen', ['Track parcel', 'Cancel order']],
    ];
    const operator = new WidgetPageOperator(history(rows, ['b2203']));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Cancel the kettle I ordered.');
    expect({ executed: operator.executed, status: result.outcome.status }).toEqual({ executed: [], status: 'failed' });
    expect(result.outcome.reason).toContain('is in a card showing "kettle" among other things: the cancel would take them too');
    expect(result.outcome.reason).not.toMatch(/no (a )?cancel control/);
  });
});
