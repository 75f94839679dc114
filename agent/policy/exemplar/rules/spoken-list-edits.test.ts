/**
 * A list edited as a person says it: "cross it off", "take apples off my
 * list", "don't buy honey" delete; "I need butter", "we're out of oats",
 * "put rice on it" add; the items to add, written in lower case and not yet
 * on the page, are values. Read through kind-by-places' verb check too, so
 * the guards stay: a text that only deletes still contradicts one that only
 * adds, and "don't delete" is still a negation.
 */
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../intent-words.js';
import { addedItems, spokenAdds, spokenDeleteOpening, spokenDeletes, withAddedItems, withoutDeleteNegations } from './spoken-list-edits.js';
import { verbGap, verbKeys } from './verb-gap.js';

const deletes = (text: string) => spokenDeletes(wordsOf(text)).map(({ start, end }) => wordsOf(text).slice(start, end).join(' '));
const adds = (text: string) => spokenAdds(wordsOf(text)).map(({ start, end }) => wordsOf(text).slice(start, end).join(' '));

describe('spokenDeletes', () => {
  it('finds a particle after the object or right after the verb, and a negated wish', () => {
    expect(deletes('We already have milk, so cross it off.')).toEqual(['cross it off']);
    expect(deletes('Could you please take apples off my shopping list?')).toEqual(['take apples off']);
    expect(deletes('Cross off the eggs')).toEqual(['cross off']);
    expect(deletes('Strike milk.')).toEqual(['strike']);
    expect(deletes("Don't buy honey, there's plenty.")).toEqual(["don't buy"]);
    expect(deletes('We do not need bread.')).toEqual(['do not need']);
  });

  it('reads a thing taken out, or dropped with no place to go, as deleted', () => {
    expect(deletes('Make it six olive oil and take the tomatoes out.')).toEqual(['take the tomatoes out']);
    expect(deletes('Take the sourdough loaf out of the basket.')).toEqual(['take the sourdough loaf out']);
    expect(deletes('From Jo: "one more greek yogurt please, and drop the bananas"')).toEqual(['drop']);
    expect(deletes('Drag the file and drop it on the folder.')).toEqual([]);
    expect(deletes('Drop the file into the Archive folder.')).toEqual([]);
    expect(deletes('Drop off the parcel at the desk.')).toEqual([]);
    expect(deletes('Take Sam out for dinner.')).toEqual([]);
    expect(deletes('Take the signs card out of Closed and put it in Review.')).toEqual([]);
    expect(deletes('Take the signs card out of Closed and move them to Review.')).toEqual([]);
    // Another thing put in is no move: what was taken out is still gone.
    expect(deletes('Take the tomatoes out and put two onions in.')).toEqual(['take the tomatoes out']);
    // What a reminder says is no request.
    expect(deletes('Remind me to take the bins out tonight.')).toEqual([]);
    expect(deletes("Don't forget to take the recycling out.")).toEqual([]);
  });

  it('leaves other uses of the same words alone', () => {
    expect(deletes('Take $5 off the total.')).toEqual([]);
    expect(deletes('Take the bus and then get off')).toEqual([]);
    expect(deletes('Buy honey.')).toEqual([]);
    expect(deletes("Don't delete juniper.csv.")).toEqual([]);
    expect(deletes('Add oats to the list.')).toEqual([]);
    expect(deletes('Could you take the order off hold?')).toEqual([]);
    // A wish about doing something is no thing left off a list.
    expect(deletes("I don't want to be tracked more than needed, so analytics cookies only please.")).toEqual([]);
    expect(deletes("You don't need to sign in again.")).toEqual([]);
  });
});

describe('spokenDeleteOpening', () => {
  it('covers the verb alone when its particle stands after the object', () => {
    expect(spokenDeleteOpening(wordsOf('take the tomatoes out'))).toBe(1);
    expect(spokenDeleteOpening(wordsOf('drop the bananas'))).toBe(1);
    expect(spokenDeleteOpening(wordsOf('cross off the eggs'))).toBe(2);
    expect(spokenDeleteOpening(wordsOf("don't buy honey"))).toBeUndefined();
    expect(spokenDeleteOpening(wordsOf('take the bus'))).toBeUndefined();
  });
});

describe('spokenAdds', () => {
  it('reads needs and running out as adding', () => {
    expect(adds('I need butter for dinner tonight.')).toEqual(['need']);
    expect(adds("We're out of oats.")).toEqual(["we're out of"]);
    expect(adds('Put honey on it?')).toEqual(['put honey on']);
  });

  it('is no add when the need is for doing something or negated', () => {
    expect(adds('I need to delete the file.')).toEqual([]);
    expect(adds('I need you to archive it.')).toEqual([]);
    expect(adds('Put the order on hold.')).toEqual([]);
  });
});

describe('addedItems', () => {
  const items = (text: string) => addedItems(text, []).map((span) => span.text);
  it('finds the lower-case item to add', () => {
    expect(items('Add cheddar to the grocery list and remove milk.')).toEqual(['cheddar']);
    expect(items('I need butter for dinner tonight; we already have milk, so cross it off.')).toEqual(['butter']);
    expect(items('Text from Sam: "We\'re out of oats. Don\'t buy honey."')).toEqual(['oats']);
    expect(items('Could you please take honey off my shopping list and put rice on it?')).toEqual(['rice']);
    expect(items('Add it to the list.')).toEqual([]);
  });

  it('adds them to the new task only when the demonstration typed its own', () => {
    const demo = 'I need butter for dinner tonight; we already have milk, so cross it off.';
    const task = 'Add cheddar to the grocery list and remove milk.';
    expect(withAddedItems(demo, task, [], ['butter']).map((span) => span.text)).toEqual(['cheddar']);
    expect(withAddedItems(demo, task, [], ['Butter cake'])).toEqual([]);
    expect(withAddedItems('Remove milk.', task, [], ['milk'])).toEqual([]);
  });
});

describe('the verb check with spoken list edits', () => {
  it('reads the deletes and adds as the intent table\'s', () => {
    expect(verbKeys('I need butter; we already have milk, so cross it off.')).toEqual(expect.arrayContaining(['delete', 'add']));
    expect(verbGap('I need butter for dinner; we already have milk, so cross it off.', 'Add cheddar to the grocery list and remove milk.')).toBeUndefined();
    expect(verbGap('Could you please take apples off my list and put honey on it?', 'Add cheddar to the grocery list and remove milk.')).toBeUndefined();
  });

  it('still refuses a one-sided add against a one-sided delete, and a real negation', () => {
    expect(verbGap('Put honey on it?', "We're out of oats. Don't buy honey.")).toMatch(/delete where the demonstration's asked to add/);
    expect(verbGap('Add cheddar to the list.', 'Take cheddar off the list.')).toMatch(/delete where the demonstration's asked to add/);
    expect(verbGap('Remove milk from the list.', "Don't remove milk from the list.")).toMatch(/"don't"/);
  });

  it('blanks only the negation that words a delete', () => {
    const text = "Don't buy honey; don't delete milk.";
    expect(withoutDeleteNegations(text)).toHaveLength(text.length);
    expect(withoutDeleteNegations(text)).toBe("      buy honey; don't delete milk.");
    expect(withoutDeleteNegations("I don't want to be tracked.")).toBe("I don't want to be tracked.");
  });
});

describe('both ways in both texts', () => {
  it('is no contradiction for list edits only: switches asked on and off the other way round still are', () => {
    expect(verbGap('Add "A" and remove "B".', 'Remove "C" and add "D".')).toBeUndefined();
    expect(verbGap('Enable "A" and disable "B".', 'Disable "A" and enable "B".')).toMatch(/where the demonstration's asked to/);
  });
});
