import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../../core/observation.js';
import { planDemonstration } from '../plan-demonstration.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { alignItemEdits, readItemEdits, rowItemNames, withoutRemovalNegations } from './item-edits.js';

let nextId = 1;
const element = (role: string, text: string, parentId?: number, interactive = false, label?: string): UIElement =>
  ({ id: nextId++, role, tag: role === 'button' ? 'button' : 'span', text, ...(label ? { label } : {}), box: { x: 0, y: 0, width: 10, height: 10 }, states: {}, interactive, ...(parentId !== undefined ? { parentId } : {}) }) as unknown as UIElement;
/** A basket as the page shows it: per row "<Name> £p each", −, the count, +, Remove; a total and a checkout button. */
const basket = (rows: [string, number][]): UIElement[] => [
  element('heading', 'Your basket'),
  ...rows.flatMap(([name, count]) => {
    const row = element('group', `${name} £2.00 each − ${count} + Remove`);
    return [row, element('text', `${name} £2.00 each`, row.id), element('button', '−', row.id, true), element('text', String(count), row.id), element('button', '+', row.id, true), element('button', 'Remove', row.id, true)];
  }),
  element('text', 'Total £20.00'),
  element('button', 'Proceed to checkout', undefined, true),
];
const demoPage = basket([['Cheddar', 2], ['Olive oil', 1], ['Bananas', 3], ['Sourdough loaf', 2]]);
const page = basket([['Olive oil', 2], ['Tomatoes', 1], ['Pasta', 3], ['Oat milk', 1]]);
const edits = (text: string, on = page) => {
  const read = readItemEdits(text, on);
  return 'edits' in read ? read.edits.map((edit) => `${edit.deed} ${edit.item}${edit.value === undefined ? '' : ` ${edit.value}`}`) : read.gap;
};

describe('a basket edit read clause by clause, each clause a row by its item and a deed', () => {
  it('reads the rows by the item names the page shows', () => {
    expect([...rowItemNames(page).values()].map((row) => row.name)).toEqual(['Olive oil', 'Tomatoes', 'Pasta', 'Oat milk']);
  });

  it('reads quantities in words, digits and "xN", deletes as a person says them, in either order', () => {
    expect(edits('Make it six olive oil and take the tomatoes out.')).toEqual(['set Olive oil 6', 'remove Tomatoes']);
    expect(edits('Could you change the oat milk to one and remove the pasta?')).toEqual(['set Oat milk 1', 'remove Pasta']);
    expect(edits("I don't need the pasta any more; I'd like two oat milk though.")).toEqual(['remove Pasta', 'set Oat milk 2']);
    expect(edits('Basket: pasta x4, no tomatoes')).toEqual(['set Pasta 4', 'remove Tomatoes']);
    expect(edits('From Jo: "we need one oat milk, and drop the pasta"')).toEqual(['set Oat milk 1', 'remove Pasta']);
    expect(edits('Remove the bananas, then set olive oil to 3.', demoPage)).toEqual(['remove Bananas', 'set Olive oil 3']);
  });

  it('reads "one more" as adding one, never as setting the count to one', () => {
    expect(edits('From Jo: "one more olive oil please, and drop the tomatoes"')).toEqual(['more Olive oil 1', 'remove Tomatoes']);
    expect(edits('Could you remove the tomatoes and put in two more pasta?')).toEqual(['remove Tomatoes', 'more Pasta 2']);
  });

  it('refuses an item the page shows on no row, or on two rows', () => {
    // "cheddar" is no row here: the olive oil's clause goes on into a clause of its own, which would be dropped — refused.
    expect(edits('Make it six olive oil and take the cheddar out.')).toMatch(/goes on past "olive oil" to "take the cheddar out"/);
    expect(edits('Remove the tomatoes and the butter, then set pasta to 2.')).toMatch(/goes on past "tomatoes" to "the butter"/);
    expect(edits('Set pasta to 2, and the butter to 3, then drop the tomatoes.')).toMatch(/goes on past "pasta" to "the butter to 3"/);
    // A courtesy or a word of sequence after the item names nothing.
    expect(edits('Remove the tomatoes, please, and set pasta to 2.')).toEqual(['remove Tomatoes', 'set Pasta 2']);
    expect(edits('Set pasta to 2 and remove the tomatoes too. Thanks!')).toEqual(['set Pasta 2', 'remove Tomatoes']);
    expect(edits('Make it six butter and take the tomatoes out.')).toMatch(/both removes and counts "tomatoes": one of its clauses names an item no row here shows/);
    const twice = basket([['Olive oil', 2], ['Tomatoes', 1], ['Olive oil', 3]]);
    expect(edits('Make it six olive oil and take the tomatoes out.', twice)).toMatch(/2 rows show "Olive oil"/);
  });

  it('reads a number said with a word of changing by it as that change, never as a count set to it', () => {
    // Pasta at 3: "take 2 off" / "2 fewer" mean 1, "add two" means 5 — "set to 2" would step it to 2.
    expect(edits('Take 2 pasta off and remove the tomatoes.')).toEqual(['fewer Pasta 2', 'remove Tomatoes']);
    expect(edits('Take two pasta away and remove the tomatoes.')).toEqual(['fewer Pasta 2', 'remove Tomatoes']);
    expect(edits('I want 2 pasta fewer, and no tomatoes.')).toEqual(['fewer Pasta 2', 'remove Tomatoes']);
    expect(edits('two fewer pasta, and drop the tomatoes')).toEqual(['fewer Pasta 2', 'remove Tomatoes']);
    expect(edits('Add two pasta and remove the tomatoes.')).toEqual(['more Pasta 2', 'remove Tomatoes']);
    expect(edits('Add two more pasta and remove the tomatoes.')).toEqual(['more Pasta 2', 'remove Tomatoes']);
    // A bare number with no such word is a count to reach, as before.
    expect(edits('Make it six olive oil and take the tomatoes out.')).toEqual(['set Olive oil 6', 'remove Tomatoes']);
  });

  it('refuses a number whose change is unclear: "take N" alone, both ways, or a change beside a count to reach', () => {
    expect(edits("I'll take two pasta, and drop the tomatoes.")).toMatch(/says "take" with no way it changes the count/);
    expect(edits('Add two pasta but take one off, and drop the tomatoes.')).toMatch(/both removes and counts|both more and fewer/);
    expect(edits('Add pasta x2 and remove the tomatoes.')).toMatch(/both a change and a count to reach/);
    expect(edits('Reduce the pasta to 2 and remove the tomatoes.')).toMatch(/both a change and a count to reach/);
    expect(edits('Add 2 pasta 3 times and remove the tomatoes.')).toMatch(/2 numbers/);
  });

  it('refuses a clause with two deeds, no deed, or a negation that turns its deed round', () => {
    expect(edits("Don't remove the tomatoes, and set pasta to 2.")).toMatch(/turns its deed round/);
    expect(edits('Remove 2 tomatoes and set pasta to 2.')).toMatch(/both removes and counts/);
    expect(edits('Check the tomatoes and set pasta to 2.')).toMatch(/asks no deed/);
    expect(edits('olive oil tomatoes')).toMatch(/nothing parts/);
  });
});

describe('two basket edits paired by deed, not by order', () => {
  const demo = 'Remove the bananas, then set olive oil to 3.';
  it('pairs each clause with the demonstration clause of its deed and gives the rows and the number as slots', () => {
    const paired = alignItemEdits(demo, demoPage, 'Make it six olive oil and take the tomatoes out.', page);
    expect('alignment' in paired && paired.alignment.slots).toEqual([
      { old: ['Bananas'], new: ['Tomatoes'], list: false, kind: 'text' },
      { old: ['Olive oil'], new: ['Olive oil'], list: false, kind: 'text' },
      { old: ['3'], new: ['6'], list: false, kind: 'number' },
    ]);
  });

  it('refuses "one more" against a demonstration that set a quantity, naming the deed it lacks', () => {
    const paired = alignItemEdits(demo, demoPage, 'From Jo: "one more olive oil please, and drop the tomatoes"', page);
    expect('gap' in paired && paired.gap).toMatch(/shows no adding more of an item as "one Olive oil" asks/);
  });

  it('pairs a change by N only with a demonstrated change the same way', () => {
    for (const task of ['Take 2 pasta off and remove the tomatoes.', 'Add two pasta and remove the tomatoes.', 'I want 2 pasta fewer, and no tomatoes.']) {
      const paired = alignItemEdits(demo, demoPage, task, page);
      expect('gap' in paired && paired.gap).toMatch(/the demonstration shows no (taking some of an item off|adding more of an item)/);
    }
    const fewer = alignItemEdits('Take 1 olive oil off, then remove the bananas.', demoPage, 'I want 2 pasta fewer, and no tomatoes.', page);
    expect('alignment' in fewer && fewer.alignment.slots).toEqual([
      { old: ['Bananas'], new: ['Tomatoes'], list: false, kind: 'text' },
      { old: ['Olive oil'], new: ['Pasta'], list: false, kind: 'text' },
      { old: ['1'], new: ['2'], list: false, kind: 'number' },
    ]);
    const upward = alignItemEdits('Put in two more cheddar and remove the bananas.', demoPage, 'I want 2 pasta fewer, and no tomatoes.', page);
    expect('gap' in upward && upward.gap).toMatch(/shows no taking some of an item off as "2 Pasta" asks/);
  });

  it('refuses a demonstration clause the task leaves unpaired, and two clauses of one deed', () => {
    const left = alignItemEdits(demo, demoPage, 'Take the tomatoes out and drop the pasta.', page);
    expect('gap' in left && left.gap).toMatch(/asks removing an item twice/);
    const unpaired = alignItemEdits('Basket: cheddar x2, no olive oil, one more bananas', demoPage, 'Make it six olive oil and take the tomatoes out.', page);
    expect('gap' in unpaired && unpaired.gap).toMatch(/adding more of an item \("Bananas"\) stands for nothing/);
  });
});

describe('the negations a removal is worded with', () => {
  it('blanks "don\'t need" and the "no" before a removed item, same length, and nothing else', () => {
    expect(withoutRemovalNegations("I don't need the pasta any more; I'd like two oat milk though.", page)).toBe("I       need the pasta any more; I'd like two oat milk though.");
    expect(withoutRemovalNegations('Basket: pasta x4, no tomatoes', page)).toBe('Basket: pasta x4,    tomatoes');
    // Not read as edits ("never" turns a deed round): left as it is, for the negation checks to refuse.
    expect(withoutRemovalNegations('Never remove the tomatoes, and set pasta to 2.', page)).toBe('Never remove the tomatoes, and set pasta to 2.');
  });
});

describe('a wording alignment of basket edits whose deeds differ (plan-demonstration.ts)', () => {
  // The page as the basket shows it, rows in groups: "<Name> £p each", "−", the count, "+", "Remove".
  const ROWS = [['coffee', 'Coffee beans', 2], ['pasta', 'Pasta', 1], ['milk', 'Oat milk', 3]] as const;
  const specs = (): WidgetSpec[] => [
    ...ROWS.flatMap(([key, name, count], row): WidgetSpec[] => [
      { key, role: 'group', text: `${name} £2.00 each − ${count} + Remove` },
      { key: `${key}-name`, role: 'text', text: `${name} £2.00 each`, parent: key },
      { key: `${key}-down`, role: 'button', text: '−', parent: key, x: 100 },
      { key: `${key}-count`, role: 'text', text: String(count), parent: key, x: 115 },
      { key: `${key}-up`, role: 'button', text: '+', parent: key, x: 130 },
      { key: `${key}-remove`, role: 'button', text: 'Remove', parent: key, x: 145 },
    ]),
    { key: 'pay', role: 'button', text: 'Checkout' },
  ];
  const inRow = (observation: Observation, row: string, text: string) => {
    const group = observation.elements.find((element) => element.role === 'group' && element.text.startsWith(row))!;
    return observation.elements.find((element) => element.parentId === group.id && element.text === text)!.id;
  };

  it('refuses "set the pasta to 5" after a demonstration of "two more pasta": more is no quantity set, however alike the words', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(specs()), 'Could you remove the coffee beans and put in two more pasta?', (observation, step) => {
      const press = [['Coffee beans', 'Remove'], ['Pasta', '+'], ['Pasta', '+'], ['', 'Checkout']][step];
      if (!press) return undefined;
      const id = press[0] ? inRow(observation, press[0], press[1]!) : observation.elements.find((element) => element.text === 'Checkout')!.id;
      return { type: 'click', target: { elementId: id } };
    });
    const page = await new WidgetPageOperator(specs()).observe();
    const plan = planDemonstration(demo, 'Could you change the pasta to 5 and remove the coffee beans?', page.elements, page.page);
    expect(plan.problems).toContainEqual({ blocking: true, text: expect.stringMatching(/the demonstration shows no setting an item's quantity as "5 Pasta" asks/) });
  });
});

const probePage = basket([['Oat milk', 1], ['Tomatoes', 1], ['Pasta', 3], ['Greek yogurt', 1]]);
const setsTo = (text: string) => {
  const read = readItemEdits(text, probePage);
  return 'edits' in read ? read.edits.filter((edit) => edit.deed === 'set').map((edit) => `${edit.item} ${edit.value}`) : [];
};

describe('a clause of only a number and its item, after a verb that governs it (review 29b)', () => {
  it('is never read as a count set to the number', () => {
    expect(setsTo('Add one pasta and two oat milk.')).toEqual([]);
    expect(setsTo('Please add 2 pasta, 1 oat milk, and remove the tomatoes.')).toEqual([]);
    expect(setsTo('Put in two more pasta and one oat milk.')).toEqual([]);
    expect(setsTo('Remove the tomatoes and two of the pasta.')).toEqual([]);
    expect(setsTo('Take the tomatoes out and two of the pasta.')).toEqual([]);
  });
});
