/**
 * Task texts worded freely (issue 11 §3): another verb of the same intent
 * around values that fill the demonstration's slots by type, a count of one
 * written "a" / "an", and "change" as a value edit — while a task of
 * another kind (another intent, a value the demonstration has no slot for)
 * still finds no alignment to follow.
 */
import { describe, expect, it } from 'vitest';
import { alignTasks } from './align-tasks.js';
import { intentsOf } from './intent-words.js';
import { articleCountsGiven, splitCountSlots } from './count-slots.js';
import { articleCount } from './number-words.js';
import { changeAsked } from './rules/quantity-change.js';
import { changeWords } from './rules/change-words.js';

const DEMO = 'Set the meeting to 10:45 and add 3 guests, then click Save.';
const slotsOf = (demo: string, task: string) => splitCountSlots(alignTasks(demo, task)).slots.map((slot) => [slot.old.join(', '), slot.new.join(', ')]);

describe('(a) a paraphrase of the same kind of task', () => {
  it('pairs the values by type when the word alignment tore a value from its counterpart ("Set" → "Enter 14:30 as")', () => {
    const alignment = alignTasks(DEMO, 'Enter 14:30 as the meeting time and add 2 guests, then click Save.');
    expect(alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['10:45', '14:30'], ['3', '2']]);
    expect(alignment.score).toBeGreaterThan(0.55);
  });

  it('reads a courtesy word before a verb of the same intent as wording ("Please schedule" for "Set")', () => {
    expect(slotsOf(DEMO, 'Please schedule the meeting for 11:20 and add 4 guests, then click Save.')).toEqual([['10:45', '11:20'], ['3', '4']]);
  });

  it('keeps a word alignment that tore nothing as it was', () => {
    const alignment = alignTasks(DEMO, 'Set the meeting to 16:05 and add 2 guests, then click Save.');
    expect(alignment.score).toBeGreaterThan(0.8);
  });

  it('still refuses another kind of task: another intent, or a value of a type the demonstration has none of', () => {
    // Another intent opening the sentence: no paraphrase, the word slot stays (and the plan cannot use it).
    const deleted = alignTasks(DEMO, 'Delete the meeting at 14:30 and add 2 guests, then click Save.');
    expect(deleted.slots.some((slot) => /delete/i.test(slot.new.join(' ')))).toBe(true);
    // A quoted value the demonstration's task has no counterpart for stays unpaired or in a wider slot.
    const invited = alignTasks(DEMO, 'Enter 14:30 as the meeting time and invite "Ada Costa", then click Save.');
    expect(invited.slots.some((slot) => slot.new.join(' ').includes('Ada Costa')) || invited.unpaired.some((value) => value.text.includes('Ada Costa'))).toBe(true);
  });
});

describe('(c) "a" / "an" as a count of one', () => {
  it('counts one only where the demonstration counted the same thing', () => {
    expect(articleCount('a')).toBe('one');
    expect(articleCount('An')).toBe('one');
    expect(articleCount('the')).toBeUndefined();
    expect(slotsOf('Add 2 apples, then click Save.', 'Add an apple, then click Save.')).toEqual([['2', '1']]);
    expect(slotsOf(DEMO, 'Set the meeting to 11:35 and add a guest, then click Save.')).toEqual([['10:45', '11:35'], ['3', '1']]);
    expect(articleCountsGiven(DEMO, 'Set the meeting to 11:35 and add a guest, then click Save.')).toEqual(['1']);
  });

  it('never turns an ordinary article into a value', () => {
    // "a basket" is not what the demonstration counted.
    expect(slotsOf('Add 2 apples to a basket.', 'Add 3 pears to a basket.')).toEqual([['2', '3'], ['apples', 'pears']]);
    expect(articleCountsGiven('Add 2 apples to a basket.', 'Add an apple to a basket.')).toEqual(['1']);
    expect(articleCountsGiven('Add 2 apples.', 'Add 2 apples to a basket.')).toEqual([]);
    expect(articleCountsGiven('Open a folder.', 'Open a file.')).toEqual([]);
    // Another thing with an article is no count of the demonstrated one.
    expect(slotsOf('Add 2 apples, then click Save.', 'Add a pear, then click Save.')).toEqual([['2 apples', 'a pear']]);
  });
});

describe('(d) "change" edits a value; a quantity\'s change stays a quantity\'s', () => {
  it('reads "Change … to X" as giving a value, like "Set"', () => {
    expect(intentsOf('Change the name to Ada, then click Save.')).toEqual(['assign', 'click']);
    expect(slotsOf('Enter Bob as the name, then click Save.', 'Change the name to Ada, then click Save.')).toEqual([['Bob', 'Ada']]);
    expect(slotsOf('Set the colour to red, then click Save.', 'Change the colour to blue, then click Save.')).toEqual([['red', 'blue']]);
  });

  it('leaves "change the quantity" and "change … by 2" to the quantity rules', () => {
    expect(intentsOf('I need 11 seats. Change the quantity and press Update.')).toEqual(['click']);
    expect(intentsOf('Change the quantity by 2 and press OK.')).toEqual(['click']);
    expect(changeAsked('I need 11 seats. Change the quantity and press Update.', changeWords('I need 11 seats. Change the quantity and press Update.'))).toMatchObject({ kind: 'to', value: 11 });
    expect(alignTasks('Lower the quantity by 2 and press Update.', 'I need 11 seats. Change the quantity and press Update.').slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['2', '11']]);
  });
});
