import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { labelMatches, measureUnitPattern, quantitiesIn, quantityIn, superlativeOf } from './measures.js';
import { extremeOf } from './superlatives.js';
import { comparisonsIn } from './rules/comparison-choice.js';

describe('the vocabulary of comparisons', () => {
  it('knows which measure a word refers to, and lowest or highest', () => {
    expect(superlativeOf('lightest')).toMatchObject({ quantity: 'mass', extreme: 'min', measure: expect.arrayContaining(['weight']) });
    expect(superlativeOf('Heaviest')).toMatchObject({ quantity: 'mass', extreme: 'max' });
    // "Takes the least time" is how long, never a clock time; "the earliest" is the clock.
    expect(superlativeOf('least time')).toMatchObject({ quantity: 'duration', extreme: 'min' });
    expect(superlativeOf('the most time')).toMatchObject({ quantity: 'duration', extreme: 'max' });
    expect(superlativeOf('earliest')).toMatchObject({ quantity: 'time', extreme: 'min' });
    expect(superlativeOf('best-rated')).toMatchObject({ quantity: 'rating', extreme: 'max', measure: expect.arrayContaining(['rating']) });
    expect(superlativeOf('highest rated one')).toMatchObject({ quantity: 'rating', extreme: 'max' });
    expect(superlativeOf('worst-rated')).toMatchObject({ quantity: 'rating', extreme: 'min' });
    expect(superlativeOf('most recent')).toMatchObject({ quantity: 'date', extreme: 'max', measure: expect.arrayContaining(['updated', 'added']) });
    expect(superlativeOf('newest')).toMatchObject({ quantity: 'date', extreme: 'max' });
    expect(superlativeOf('oldest')).toMatchObject({ quantity: 'date', extreme: 'min' });
    expect(superlativeOf('largest')).toMatchObject({ quantity: 'size', extreme: 'max', fallback: ['number'] });
    expect(superlativeOf('the lightest tent')).toMatchObject({ quantity: 'mass', extreme: 'min' });
  });

  it('reads "most" / "fewest" / "highest" with what is counted or measured', () => {
    expect(superlativeOf('most reviewed')).toEqual({ quantity: 'number', extreme: 'max', measure: ['reviewed'] });
    expect(superlativeOf('fewest stops')).toEqual({ quantity: 'number', extreme: 'min', measure: ['stops'] });
    expect(superlativeOf('highest rating')).toMatchObject({ quantity: 'rating', extreme: 'max' });
    expect(superlativeOf('lowest price')).toMatchObject({ quantity: 'money', extreme: 'min' });
    // A quality is no count: nothing to compare by.
    expect(superlativeOf('most wonderful')).toBeUndefined();
    expect(superlativeOf('best')).toBeUndefined();
  });

  it('finds two-word comparisons in a task', () => {
    expect(comparisonsIn('Add the best-rated tent.')).toEqual(['best rated']);
    expect(comparisonsIn('Add the top rated one')).toEqual(['top rated']);
    expect(comparisonsIn('Add the most recent tent.')).toEqual(['most recent']);
    expect(comparisonsIn('Add the lightest one.')).toEqual(['lightest']);
    expect(comparisonsIn('Add the Alpine 2.')).toEqual([]);
    // A superlative as the subject of a linking verb states a value ("the eldest is 65"), it chooses nothing.
    expect(comparisonsIn('A family of three, the eldest is 65. Classic cover.')).toEqual([]);
    expect(comparisonsIn('The cheapest was £9, pick the fastest one.')).toEqual(['fastest']);
  });
});

describe('the writing of quantities', () => {
  it('reads weights, sizes, ratings, percentages and dates in one unit each', () => {
    expect(quantityIn('1.4 kg', 'mass')).toBe(1400);
    expect(quantityIn('900 g', 'mass')).toBe(900);
    expect(quantityIn('3 lb', 'mass')).toBeCloseTo(1360.8);
    expect(quantityIn('2.3 MB', 'size')).toBe(2_300_000);
    expect(quantityIn('512 KB', 'size')).toBe(512_000);
    expect(quantityIn('1 GB', 'size')).toBe(1e9);
    expect(quantityIn('4.5/5', 'rating')).toBe(4.5);
    expect(quantityIn('8 / 10', 'rating')).toBe(4);
    expect(quantityIn('★ 4.2', 'rating')).toBe(4.2);
    expect(quantityIn('3.9 stars', 'rating')).toBe(3.9);
    expect(quantityIn('★★★★☆', 'rating')).toBe(4);
    expect(quantityIn('12%', 'percent')).toBe(12);
    expect(quantityIn('2026-03-14', 'date')).toBeGreaterThan(quantityIn('2026-02-28', 'date')!);
    expect(quantityIn('Mar 3, 2026', 'date')).toBe(quantityIn('2026-03-03', 'date'));
    expect(quantityIn('14 March', 'date')).toBeGreaterThan(quantityIn('Feb 28', 'date')!);
    expect(quantityIn('3 days ago', 'date')).toBeLessThan(quantityIn('yesterday', 'date')!);
    expect(quantityIn('no weight here', 'mass')).toBeUndefined();
  });

  it('keeps each quantity once, where it is written', () => {
    expect(quantitiesIn('12 Jan 4', 'date')).toHaveLength(1);
    expect(quantitiesIn('Weight 1.4 kg, packed 1.6 kg', 'mass').map((quantity) => quantity.value)).toEqual([1400, 1600]);
    expect(quantitiesIn('1h 45m', 'duration').map((quantity) => quantity.value)).toEqual([105]);
  });

  it('reads minutes that a badge shown right after them runs into, and a bare "m" only where nothing says metres', () => {
    const minutes = (text: string) => quantitiesIn(text, 'duration').map((quantity) => quantity.value);
    // A card's "40 min" beside a "Vegan ✓" badge, joined without a space.
    expect(minutes('Tomato & olive pasta 40 minVegan ✓')).toEqual([40]);
    expect(minutes('Pasta 25 minsVG')).toEqual([25]);
    expect(minutes('Miso mushroom soup 15mVG')).toEqual([15]);
    expect(minutes('Chicken tikka 25m')).toEqual([25]);
    expect(minutes('10 Minutes, then 5 MIN')).toEqual([10, 5]);
    // No unit: "10 mint" is no duration, nor "25mm", "3m²", "2.5m".
    expect(minutes('10 mint leaves')).toEqual([]);
    expect(minutes('25mm bolt')).toEqual([]);
    expect(minutes('a 3m² room')).toEqual([]);
    expect(minutes('2.5m tall')).toEqual([]);
    // A bare "m" beside a written duration or a distance is metres: only the minutes count, or nothing.
    expect(minutes('Trail A · 800m · 25 min')).toEqual([25]);
    expect(minutes('Loop 800m, 1.2 km to the car park')).toEqual([]);
  });

  it('matches a header by the words of the measure, in any form', () => {
    expect(labelMatches('Reviews', ['reviewed'])).toBe(true);
    expect(labelMatches('Rating', ['rating', 'rated'])).toBe(true);
    expect(labelMatches('Date added', ['added'])).toBe(true);
    expect(labelMatches('Price', ['rating', 'rated'])).toBe(false);
  });
});

let nextId = 1;
function element(role: string, text: string, box: Partial<UIElement['box']>, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 0, y: 0, width: 20, height: 10, ...box }, source: 'dom', interactive: role === 'button', ...extra };
}

/** A table: a header row, then one row per entry with a cell per column and an Add button. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): { elements: UIElement[]; buttons: UIElement[] } {
  const elements: UIElement[] = [];
  const buttons: UIElement[] = [];
  const head = element('row', headers.join(' '), { y: 0, width: 25 * (headers.length + 1) });
  elements.push(head, ...headers.map((text, column) => element('columnheader', text, { x: column * 25, y: 0, width: 25 }, { parentId: head.id })));
  rows.forEach((cells, index) => {
    const y = 10 + index * 10;
    const row = element('row', cells.join(' ') + ' Add', { y, width: 25 * (cells.length + 1) });
    elements.push(row, ...cells.map((text, column) => element('cell', text, { x: column * 25, y, width: 25 }, { parentId: row.id })));
    const button = element('button', 'Add', { x: cells.length * 25, y, width: 20 }, { parentId: row.id });
    elements.push(button);
    buttons.push(button);
  });
  return { elements, buttons };
}

describe('comparing rows by the measure a word refers to', () => {
  const headers = ['Tent', 'Price', 'Weight', 'Rating', 'Reviews', 'Added'];
  const tents = table(headers, [
    ['Alpine 2', '$129', '1.4 kg', '4.6', '12', 'Mar 3'],
    ['Ridge 3', '$99', '2.1 kg', '3.8', '95', 'Jun 21'],
    ['Trail 2', '$199', '0.9 kg', '4.2', '31', 'Jan 4'],
  ]);
  const pick = (word: string) => {
    const found = extremeOf(tents.buttons, tents.elements, superlativeOf(word)!);
    return 'element' in found ? tents.buttons.indexOf(found.element) : found.reason;
  };

  it('reads the column whose header names the measure, among plain numbers', () => {
    expect(pick('cheapest')).toBe(1);
    expect(pick('lightest')).toBe(2);
    expect(pick('heaviest')).toBe(1);
    expect(pick('best-rated')).toBe(0);
    expect(pick('most reviewed')).toBe(1);
    expect(pick('most recent')).toBe(1);
    expect(pick('oldest')).toBe(2);
  });

  it('refuses when no header tells which number is meant, or two rows tie', () => {
    const unlabelled = table(['Tent', 'A', 'B'], [
      ['Alpine 2', '4.6', '12'],
      ['Ridge 3', '3.8', '95'],
    ]);
    const found = extremeOf(unlabelled.buttons, unlabelled.elements, superlativeOf('best-rated')!);
    expect(found).toEqual({ reason: expect.stringMatching(/shows no rating|none under a header or label that says/) });
    const tied = table(headers, [
      ['Alpine 2', '$129', '1.4 kg', '4.6', '12', 'Mar 3'],
      ['Ridge 3', '$99', '1.4 kg', '3.8', '95', 'Jun 21'],
    ]);
    expect(extremeOf(tied.buttons, tied.elements, superlativeOf('lightest')!)).toEqual({ reason: expect.stringMatching(/2 rows tie at the lowest weight 1400/) });
  });

  it('reads a label written before the quantity in a card', () => {
    const cards: UIElement[] = [];
    const buttons: UIElement[] = [];
    for (const [text, y] of [['Packed 1.6 kg · Weight 1.2 kg', 0], ['Packed 1.3 kg · Weight 1.5 kg', 40]] as const) {
      const card = element('group', '', { y, height: 30 });
      cards.push(card, element('text', text, { y }, { parentId: card.id }));
      const button = element('button', 'Add', { y: y + 12 }, { parentId: card.id });
      cards.push(button);
      buttons.push(button);
    }
    const found = extremeOf(buttons, cards, superlativeOf('lightest')!);
    expect('element' in found && found.element.id).toBe(buttons[0]!.id);
  });
});

describe('the units a measure is written with', () => {
  it('matches masses, doses, volumes, lengths and sizes in either case; the spaced form leaves out one-letter units', () => {
    const glued = new RegExp(`^\\d+(?:${measureUnitPattern()})$`);
    for (const text of ['20mg', '50mcg', '2kg', '5ml', '16GB', '3cm', '12oz', '1l']) expect(glued.test(text)).toBe(true);
    for (const text of ['5b', '2nd', '90tablets']) expect(glued.test(text)).toBe(false);
    const spaced = new RegExp(`^\\d+ (?:${measureUnitPattern(true)})$`);
    expect(spaced.test('500 mg')).toBe(true);
    expect(spaced.test('5 l')).toBe(false);
  });
});
