import { describe, expect, it } from 'vitest';
import { countAndRest, pairCountSlots, splitCountSlots } from './count-slots.js';
import { countValue } from './number-words.js';
import { countsIn } from './rules/click-count.js';
import { alignTasks } from './align-tasks.js';
import { alignByClauses } from './clause-align.js';
import { valueFormsIn } from './value-spans.js';

describe('countValue: a count written as digits or words', () => {
  it('reads digits, number words up to twenty, "once" / "twice" / "thrice" and "N times"', () => {
    expect(['3', 'three', 'Twenty', 'twice', 'once', 'thrice', '3 times', 'two times', '-3'].map(countValue)).toEqual([3, 3, 20, 2, 1, 3, 3, 2, -3]);
  });

  it('reads nothing else (near misses)', () => {
    expect(['a', 'a couple', 'dozen', 'twenty-one', 'third', '3rd', '3 apples', 'times', 'two more'].map(countValue)).toEqual(Array(9).fill(undefined));
  });

  it('is the one vocabulary value-spans reads numbers with (up to twenty)', () => {
    expect(valueFormsIn('Add fifteen bags and two more')).toEqual(['15', '2']);
  });

  it('lists a task\'s counts in order, "one of" aside', () => {
    expect(countsIn('Remove three pencils and add 2 more bulbs, then press + twice.')).toEqual([3, 2, 2]);
    expect(countsIn('Click one of the buttons')).toEqual([]);
  });
});

describe('splitCountSlots: a count and what it counts, two slots', () => {
  it('pulls a leading count ("two more mugs") or a trailing one ("Pears 3 times") off what it counts', () => {
    expect(countAndRest('two more mugs')).toEqual({ count: 'two', rest: 'mugs' });
    expect(countAndRest('Pears 3 times')).toEqual({ count: '3 times', rest: 'Pears' });
    expect(countAndRest('Apples twice')).toEqual({ count: 'twice', rest: 'Apples' });
    expect(countAndRest('mugs')).toBeUndefined();
    expect(countAndRest('two')).toBeUndefined();
    expect(countAndRest('Pears 3')).toBeUndefined();
  });

  it('splits "one candles" → "2 mugs" into the count and the row, either way round, what is counted a value', () => {
    expect(splitCountSlots(alignTasks('Press + by Apples twice.', 'Press + by Pears 3 times.')).slots).toEqual([
      { old: ['twice'], new: ['3 times'], list: false, kind: 'text' },
      { old: ['Apples'], new: ['Pears'], list: false, kind: 'text', counted: true },
    ]);
    const alignment = splitCountSlots(alignTasks('Add one candles, then click Apply.', 'Add 2 mugs, then click Done.'));
    expect(alignment.slots).toEqual([
      { old: ['one'], new: ['2'], list: false, kind: 'text' },
      { old: ['candles'], new: ['mugs'], list: false, kind: 'text', counted: true },
      { old: ['Apply'], new: ['Done'], list: false, kind: 'text' },
    ]);
    // Digits demonstrated: the word asked is written as digits (the field took "4", it takes "1").
    expect(splitCountSlots(alignTasks('Order 4 large pizzas.', 'Order one small pizza.')).slots[0]).toEqual({ old: ['4'], new: ['1'], list: false, kind: 'number' });
  });

  it('makes no count slot for equal counts ("two" / "2") and leaves slots without a count on both sides alone', () => {
    expect(splitCountSlots(alignTasks('Add two candles.', 'Add 2 mugs.')).slots).toEqual([{ old: ['candles'], new: ['mugs'], list: false, kind: 'text', counted: true }]);
    const plain = alignTasks('Add the red candles.', 'Add 2 mugs.');
    expect(splitCountSlots(plain)).toBe(plain);
    // A house number and its street are no count and no row.
    const address = alignTasks('Send 4 large pizzas to 7 Mill Lane.', 'Send 4 large pizzas to 85 Elm Lane.');
    expect(splitCountSlots(address).slots).toEqual([{ old: ['7 Mill'], new: ['85 Elm'], list: false, kind: 'text' }]);
  });

  it('reads one thing and several of it as the same thing counted ("2 posts" / "1 post"): only the count changes', () => {
    const slot = (old: string, now: string) => splitCountSlots({ slots: [{ old: [old], new: [now], list: false, kind: 'text' }], score: 1 } as never).slots;
    expect(slot('2 posts', '1 post')).toEqual([{ old: ['2'], new: ['1'], list: false, kind: 'number' }]);
    expect(slot('one candle', 'three candles')).toEqual([{ old: ['one'], new: ['three'], list: false, kind: 'text' }]);
    expect(slot('three boxes', 'one box')).toEqual([{ old: ['three'], new: ['one'], list: false, kind: 'text' }]);
    expect(slot('one candle', 'two mugs')).toContainEqual({ old: ['candle'], new: ['mugs'], list: false, kind: 'text', counted: true });
  });
});

describe('alignByClauses: clauses that pair in step aligned one by one', () => {
  it('keeps each clause\'s values its own where one alignment ran across clauses', () => {
    const demo = 'Take away three pencils, add two more mugs, then click Save.';
    const task = 'Take away two napkins, add one candles, then click Update.';
    const whole = alignTasks(demo, task);
    expect(whole.slots.some((slot) => slot.new.some((value) => /add/.test(value)))).toBe(true);
    const slots = splitCountSlots(alignByClauses(demo, task, whole)).slots.map((slot) => [slot.old[0], slot.new[0]]);
    expect(slots).toEqual([['three', 'two'], ['pencils', 'napkins'], ['two', 'one'], ['mugs', 'candles'], ['Save', 'Update']]);
  });

  it('leaves the whole alignment when the clauses do not pair in step (another verb, another number of clauses)', () => {
    for (const [demo, task] of [
      ['Take away three pencils, add two more mugs, then click Save.', 'Add two napkins, take away one candles, then click Update.'],
      ['Take away three pencils, then click Save.', 'Take away two napkins, add one candles, then click Update.'],
    ] as const) {
      const whole = alignTasks(demo, task);
      expect(alignByClauses(demo, task, whole)).toBe(whole);
    }
  });
});

describe('pairCountSlots: counts read per noun, whatever slots the alignment cut', () => {
  it('replaces a list ["4 adults", "1"] by one count slot per noun', () => {
    const [demo, task] = ['Buy 4 adults and 1 children, seated in the Box.', 'Buy 1 adults and 2 children, seated in the Box.'];
    const alignment = { score: 0.9, anchors: 8, unpaired: [], slots: [{ old: ['4 adults', '1'], new: ['1 adults', '2'], list: true, kind: 'text' as const }] };
    expect(pairCountSlots(alignment, demo, task).slots).toEqual([
      { old: ['4'], new: ['1'], list: false, kind: 'number', countOf: 'adults' },
      { old: ['1'], new: ['2'], list: false, kind: 'number', countOf: 'children' },
    ]);
  });

  it('reads "adults: 2, children: 2" → "three adults and 2 children" by noun, an unchanged count no slot', () => {
    const [demo, task] = ['Book adults: 2, children: 2.', 'Book three adults and 2 children.'];
    const alignment = { score: 0.5, anchors: 2, unpaired: [], slots: [{ old: ['adults: 2, children: 2'], new: ['three adults and 2 children'], list: false, kind: 'text' as const }] };
    // A slot mixing counts with other words stays as it is.
    expect(pairCountSlots(alignment, demo, task)).toBe(alignment);
    const parts = { ...alignment, slots: [{ old: ['2'], new: ['three'], list: false, kind: 'text' as const }, { old: ['Box'], new: ['Stalls'], list: false, kind: 'text' as const }] };
    expect(pairCountSlots(parts, demo, task).slots).toEqual([{ old: ['Box'], new: ['Stalls'], list: false, kind: 'text' }, { old: ['2'], new: ['3'], list: false, kind: 'number', countOf: 'adults' }]);
  });

  it('changes nothing where no noun is counted in both texts', () => {
    const alignment = splitCountSlots(alignTasks('Add one candles, then click Apply.', 'Add 2 mugs, then click Done.'));
    expect(pairCountSlots(alignment, 'Add one candles, then click Apply.', 'Add 2 mugs, then click Done.')).toBe(alignment);
  });
});
