/**
 * A run of values of another length than the demonstration's, each standing in
 * the kind of place where the demonstration acted on its own run's items, is one
 * list slot; anything less certain is no list.
 */
import { describe, expect, it } from 'vitest';
import { valueSpans, type ValueSpan } from '../value-spans.js';
import { listRuns, placedListSlot } from './placed-list.js';

const SEAT = 'button/button/seat';
const spansOf = (text: string, type: ValueSpan['type']) => valueSpans(text).filter((span) => span.type === type);
const at = (...places: string[][]) => places.map((list) => new Set(list));

describe('listRuns', () => {
  it('groups values joined by commas or "and" only', () => {
    const text = 'Select Porto, Riga and Oslo in the list, then press Apply.';
    expect(listRuns(text, spansOf(text, 'name'))).toEqual([[0, 1, 2], [3]]);
  });
});

describe('placedListSlot', () => {
  it('pairs a demonstrated run of seats with a new run of another length shown as seats here', () => {
    const demo = 'Could you grab D2, D3 for me?';
    const task = 'Seats: C4';
    const found = placedListSlot(demo, spansOf(demo, 'code'), at([SEAT], [SEAT]), task, spansOf(task, 'code'), at([SEAT]), 'text');
    expect(found?.slot).toEqual({ old: ['D2', 'D3'], new: ['C4'], list: true, kind: 'text' });
  });

  it('leaves the values outside the runs to be paired one to one', () => {
    const demo = 'Select Porto, Riga and Oslo in the list, then press Apply.';
    const task = 'Select Kotlin and Ruby in the list, then press Done.';
    const option = 'option of Picks';
    const found = placedListSlot(demo, spansOf(demo, 'name'), at([option], [option], [option], ['button']), task, spansOf(task, 'name'), at([option], [option], ['button']), 'text');
    expect(found?.slot.old).toEqual(['Porto', 'Riga', 'Oslo']);
    expect(found?.slot.new).toEqual(['Kotlin', 'Ruby']);
    expect([...found!.newTaken]).toEqual([0, 1]);
  });

  it('refuses a new task asking its set as the only one where the demonstration only turned its items on', () => {
    const demo = 'Could you grab D2, D3 for me?';
    const task = 'Seats: C4 and nothing else';
    expect(placedListSlot(demo, spansOf(demo, 'code'), at([SEAT], [SEAT]), task, spansOf(task, 'code'), at([SEAT]), 'text')).toBeUndefined();
  });

  it('pairs an "exactly" set with picks that only added it where the list box\'s first plain pick replaces the selection', () => {
    const demo = 'Select Porto, Riga and Oslo in the list, then press Apply.';
    const task = 'Choose exactly Kiwis and Cherries from the list and click Go.';
    const option = 'option of Picks';
    const pair = (replacing: Set<string>) => placedListSlot(demo, spansOf(demo, 'name'), at([option], [option], [option], ['button']), task, spansOf(task, 'name'), at([option], [option], ['button']), 'text', replacing)?.slot;
    expect(pair(new Set([option]))).toEqual({ old: ['Porto', 'Riga', 'Oslo'], new: ['Kiwis', 'Cherries'], list: true, kind: 'text' });
    // Another list's first pick replaced its selection, not this one's: the picks only add.
    expect(pair(new Set(['option of Others']))).toBeUndefined();
    expect(pair(new Set())).toBeUndefined();
  });

  it('refuses a run said as left out or not to be done ("everything except", "all but", "don\'t")', () => {
    const box = 'checkbox/input/';
    const demo = 'Tick off "apples".';
    const old = spansOf(demo, 'quoted');
    const pair = (task: string) => {
      const values = spansOf(task, old[0]!.type);
      return placedListSlot(demo, old, at([box]), task, values, values.map(() => new Set([box])), 'text')?.slot;
    };
    expect(pair('Tick off "honey" and "milk".')).toEqual({ old: ['apples'], new: ['honey', 'milk'], list: true, kind: 'text' });
    expect(pair('Tick off everything except "honey" and "milk".')).toBeUndefined();
    expect(pair('Tick off all but "honey" and "milk".')).toBeUndefined();
    expect(pair('Tick off everything but "honey" and "milk".')).toBeUndefined();
    expect(pair('Don\'t tick "honey" and "milk".')).toBeUndefined();
    expect(pair('Please do not tick "honey" and "milk".')).toBeUndefined();
    expect(pair('Tick off "honey" and "milk" without the receipt.')).toEqual({ old: ['apples'], new: ['honey', 'milk'], list: true, kind: 'text' });
  });

  it('refuses runs that ask their items into other states: the repeated deed would leave them as they were', () => {
    const box = 'checkbox/input/';
    // Lower-case setting names, read as names where the page shows them (page-named-values.ts): spans built here.
    const named = (text: string, ...names: string[]): ValueSpan[] =>
      names.map((name) => {
        const start = text.indexOf(name);
        return { type: 'name', text: name, value: name, words: name.split(' ').length, start, end: start + name.length };
      });
    const pair = (demo: string, olds: string[], task: string, news: string[]) =>
      placedListSlot(demo, named(demo, ...olds), olds.map(() => new Set([box])), task, named(task, ...news), news.map(() => new Set([box])), 'text')?.slot;
    const demo = 'Settings: personalised ads off.';
    expect(pair(demo, ['personalised ads'], "I'd like activity history and contact sync on from now.", ['activity history', 'contact sync'])).toBeUndefined();
    expect(pair(demo, ['personalised ads'], 'Switch off email lookup and turn on contact sync.', ['email lookup', 'contact sync'])).toBeUndefined();
    expect(pair('Turn on read receipts.', ['read receipts'], 'privacy | online status off | email lookup off', ['online status', 'email lookup'])).toBeUndefined();
    // The same state asked of every item, in other words: one list.
    expect(pair(demo, ['personalised ads'], 'Turn off activity history and email lookup.', ['activity history', 'email lookup'])).toEqual({ old: ['personalised ads'], new: ['activity history', 'email lookup'], list: true, kind: 'text' });
    expect(pair('Turn on read receipts.', ['read receipts'], "I'd like activity history and contact sync on from now.", ['activity history', 'contact sync'])).toEqual({ old: ['read receipts'], new: ['activity history', 'contact sync'], list: true, kind: 'text' });
  });

  it('refuses when two runs of the new task stand in that place', () => {
    const demo = 'Could you grab D2, D3 for me?';
    const task = 'Grab C4 first, then E1.';
    expect(placedListSlot(demo, spansOf(demo, 'code'), at([SEAT], [SEAT]), task, spansOf(task, 'code'), at([SEAT], [SEAT]), 'text')).toBeUndefined();
  });

  it('refuses when the demonstration acted on its items in no common place, or a new item is not shown there', () => {
    const demo = 'Could you grab D2, D3 for me?';
    const task = 'Seats: C4';
    expect(placedListSlot(demo, spansOf(demo, 'code'), at([SEAT], []), task, spansOf(task, 'code'), at([SEAT]), 'text')).toBeUndefined();
    expect(placedListSlot(demo, spansOf(demo, 'code'), at([SEAT], [SEAT]), task, spansOf(task, 'code'), at(['button/button/']), 'text')).toBeUndefined();
  });
});
