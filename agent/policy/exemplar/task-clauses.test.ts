import { describe, expect, it } from 'vitest';
import { pairClauses, splitClauses } from './task-clauses.js';
import { alignTasks } from './align-tasks.js';
import { ACTION_VERBS, intentsOf } from './intent-words.js';

const pair = (demo: string, task: string) => pairClauses(demo, task, alignTasks(demo, task).slots);

describe('splitClauses', () => {
  it('splits at "then", commas and "and" before a verb, but not between objects of one verb', () => {
    const clauses = splitClauses('Enable Location and Bluetooth, disable Auto-update, then click Save.');
    expect(clauses.map((clause) => clause.text)).toEqual(['Enable Location and Bluetooth', 'disable Auto-update', 'click Save']);
    expect(clauses.map((clause) => clause.verbKey)).toEqual(['enable', 'disable', 'click']);
    expect(clauses[0]!.words).toEqual(['location', 'bluetooth']);
  });

  it('reads "turn on" as enabling and "take away" as removing', () => {
    const clauses = splitClauses('Switch on Sync and switch off Bluetooth and Auto-update, then press Confirm.');
    expect(clauses.map((clause) => [clause.text, clause.verbKey])).toEqual([
      ['Switch on Sync', 'enable'],
      ['switch off Bluetooth and Auto-update', 'disable'],
      ['press Confirm', 'click'],
    ]);
    expect(splitClauses('Take away three pencils and add two more bulbs, then Update').map((clause) => clause.verbKey)).toEqual(['delete', 'add', 'update']);
  });

  it('opens a clause with a delete said as a person says it, its particle after the object', () => {
    const clauses = splitClauses('Make it six olive oil and take the tomatoes out.');
    expect(clauses.map((clause) => [clause.text, clause.verbKey])).toEqual([['Make it six olive oil', 'make'], ['take the tomatoes out', 'delete']]);
    expect(splitClauses('One more greek yogurt please, and drop the bananas').map((clause) => clause.verbKey)).toEqual([undefined, 'delete']);
    expect(splitClauses('Drag the file and drop it on the folder.').map((clause) => clause.text)).toEqual(['Drag the file', 'drop it on the folder']);
    const pairing = pair('Remove the bananas, then set olive oil to 3.', 'Make it six olive oil and take the tomatoes out.');
    expect(pairing.pairs[1]).toEqual([0]);
  });

  it('leaves a capitalised word after "and" in its clause (a caption or a name, not a verb)', () => {
    expect(splitClauses('Select Copy and Paste').map((clause) => clause.text)).toEqual(['Select Copy and Paste']);
  });
});

describe('pairClauses', () => {
  it('finds the clause the new task adds', () => {
    const pairing = pair('Enable Location and Bluetooth, then click Save', 'Enable Location and Bluetooth, disable Auto-update, then click Save');
    expect(pairing.taskOnly.map((clause) => clause.text)).toEqual(['disable Auto-update']);
    expect(pairing.demoOnly).toEqual([]);
  });

  it('finds the clause the new task drops', () => {
    const pairing = pair('Remove three pencils and add two more bulbs, then Update', 'Add two more bulbs, then Update');
    expect(pairing.demoOnly.map((clause) => clause.text)).toEqual(['Remove three pencils']);
    expect(pairing.taskOnly).toEqual([]);
  });

  it('pairs no clauses by a possessive alone: "my bio" and "my pronouns" are two things', () => {
    const pairing = pair('Change my bio to "Ask me about houseplants." And set my pronouns to she/her, please.', 'Change my bio to "Runner, reader."');
    expect(pairing.demoOnly.map((clause) => clause.text)).toEqual(['set my pronouns to she/her, please']);
    expect(pairing.demoOnly[0]!.words).toEqual(['pronouns', 'she/her']);
  });

  it('never pairs a clause with one asking the opposite about other things', () => {
    const pairing = pair('Enable Sync and Wi-Fi, then press Save.', 'Enable Sync, disable Wi-Fi, then press Go.');
    expect(pairing.taskOnly.map((clause) => clause.text)).toEqual(['disable Wi-Fi']);
  });

  it('pairs the opposite of what the demonstration did to the same thing (the quantity rules follow or refuse it)', () => {
    const pairing = pair('Increase the quantity by 2 and press Update.', 'Lower the quantity by 4 and press Update.');
    expect(pairing.pairs).toEqual([[0], [1]]);
    expect([pairing.demoOnly, pairing.taskOnly]).toEqual([[], []]);
  });

  it('pairs every clause of tasks alike in shape, whatever their values and verb wording', () => {
    for (const [demo, task] of [
      ['Turn on Hotspot, turn off Sync and Dark mode, then click Submit.', 'Switch on Sync and switch off Bluetooth and Auto-update, then press Confirm.'],
      ['Select 5 and 7 and click Submit.', 'Select 3, 9 and 1 and click Submit.'],
      ['Enter "Kasie" into the text field and press Submit.', 'Enter "Lon" into the text field and press Submit.'],
      ['Transfer $50 to Bob and add the note "rent"', 'Send Bob $50, note: "rent"'],
    ] as const) {
      const pairing = pair(demo, task);
      expect([pairing.demoOnly, pairing.taskOnly]).toEqual([[], []]);
    }
  });
});

describe('one verb vocabulary', () => {
  it('opens clauses with every single-word intent phrase, compared by intent', () => {
    for (const verb of ['schedule', 'reserve', 'erase', 'book', 'pick']) expect(ACTION_VERBS.has(verb)).toBe(true);
    expect(splitClauses('Book Tuesday, then press Save.').map((clause) => clause.verbKey)).toEqual(['assign', 'click']);
    expect(splitClauses('Fill the form and schedule the call').map((clause) => clause.verbKey)).toEqual(['enter', 'assign']);
    expect(intentsOf('reserve a table')).toEqual(['assign']);
  });

  it('pairs "Set …" with "Enter …", and a statement of the values with the clause their slots carry them into', () => {
    const pairing = pair('The meeting is on 2011-11-23 at 10:12. Enter it and hit Submit.', 'Set the call for 7:18 AM on 1992-08-07 and click Confirm.');
    expect([pairing.demoOnly, pairing.taskOnly]).toEqual([[], []]);
    expect(pair('Sign up Pavel Nakamura, who lives in Spain; her e-mail is p.nakamura@example.org.', 'Register Sofia Ferrara (s.ferrara@example.org) from France.').demoOnly).toEqual([]);
    // A statement naming a group, carried by a name slot only, stays the demonstration's own.
    expect(pair('From the Dinner menu, pick Salad, then press Apply.', 'Pick the Lyon departure on Friday, then press Confirm.').demoOnly.map((clause) => clause.text)).toEqual(['From the Dinner menu']);
    // A statement whose values no slot carries into the task stays the demonstration's own.
    expect(pair('The meeting is on 2011-11-23. Enable Reminders, then press Save.', 'Enable Reminders, then press Save.').demoOnly.map((clause) => clause.text)).toEqual(['The meeting is on 2011-11-23']);
  });
});

describe('a grid code written apart', () => {
  it('pairs "Row C, seat 1 - that one please." with "Seats: C4" by the seat the slot carries over (C1 → C4)', () => {
    const slots = [{ old: ['C1'], new: ['C4'], list: false, kind: 'text' as const }];
    const pairing = pairClauses('Row C, seat 1 - that one please.', 'Seats: C4', slots);
    expect(pairing.demoOnly).toEqual([]);
    // Another seat's slot links nothing: "Row C, seat 1" does not name C2.
    expect(pairClauses('Row C, seat 1 - that one please.', 'Seats: C4', [{ old: ['C2'], new: ['C4'], list: false, kind: 'text' as const }]).demoOnly).not.toEqual([]);
  });
});
