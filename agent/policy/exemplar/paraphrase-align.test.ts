import { describe, expect, it } from 'vitest';
import { alignTasks } from './align-tasks.js';
import { captionRanges, conflictingIntents, intentsOf, sameIntentCaption, sameIntents, withIntentSynonyms } from './intent-words.js';
import { paraphraseAlignment } from './paraphrase-align.js';
import { isoDate, valueFormsIn, valueSpans } from './value-spans.js';
import { taskValueProblems } from './rules/task-values.js';

const data = (...words: string[]) => ({ isData: (norm: string) => words.includes(norm) });
const pairs = (slots: { old: string[]; new: string[] }[]) => slots.map((slot) => [slot.old.join(', '), slot.new.join(', ')]);

describe('intent words', () => {
  it('groups phrases that ask for the same thing', () => {
    expect(intentsOf('Get rid of tundra.docx using its trash icon.')).toEqual(['delete']);
    expect(intentsOf('Look up "oak" with the search box.')).toEqual(['search']);
    expect(intentsOf('Create an account for Costa, Lara.')).toEqual(['register']);
    expect(intentsOf('Set the due date field to 15 March 1972, then click Go.')).toEqual(['assign', 'click']);
    expect(intentsOf('The sky is blue.')).toEqual([]);
  });

  it('adds the leading intent\'s other words to a retrieval query, but not for generic UI verbs', () => {
    expect(withIntentSynonyms('Answer the message from Aiko.')).toBe('Answer the message from Aiko. reply respond write back');
    expect(withIntentSynonyms('Enter "x" and press Submit.')).toBe('Enter "x" and press Submit.');
    expect(withIntentSynonyms('The sky is blue.')).toBe('The sky is blue.');
  });

  it('judges captions by intent: "Answer" serves for "Reply", "Archive" does not', () => {
    expect(sameIntentCaption('Answer', 'Reply')).toBe(true);
    expect(sameIntentCaption('Remove', 'Yes, delete')).toBe(true);
    expect(sameIntentCaption('Cancel', 'Yes, delete')).toBe(false);
    expect(sameIntentCaption('Delete all', 'Delete')).toBe(false);
    expect(sameIntentCaption('Remove', 'Delete')).toBe(true);
    expect(sameIntentCaption('Archive', 'Answer')).toBe(false);
    expect(conflictingIntents('Archive', 'Answer')).toBe(true);
    expect(conflictingIntents('Answer', 'Reply')).toBe(false);
    expect(conflictingIntents('Lara', 'Answer')).toBe(false);
  });
});

describe('value spans', () => {
  it('finds values by type and gives the form a step would use', () => {
    const spans = valueSpans('Create an account for Costa, Lara — Sweden, l.costa@example.org.');
    expect(spans.map((span) => [span.type, span.value])).toEqual([
      ['name', 'Lara Costa'],
      ['name', 'Sweden'],
      ['email', 'l.costa@example.org'],
    ]);
    expect(valueSpans("I'd like two pizzas for Ann's party, delivered to tundra.docx.").map((span) => [span.type, span.value])).toEqual([
      ['number', '2'],
      ['name', 'Ann'],
      ['file', 'tundra.docx'],
    ]);
    expect(valueSpans('Answer the message from Aiko: "pixel falcon".').map((span) => [span.type, span.text])).toEqual([
      ['name', 'Aiko'],
      ['quoted', 'pixel falcon'],
    ]);
  });

  it('reads dates in any common written form', () => {
    expect(isoDate('15 March 1972')).toBe('1972-03-15');
    expect(isoDate('March 3, 1990')).toBe('1990-03-03');
    expect(isoDate('07/17/2018')).toBe('2018-07-17');
    expect(isoDate('Dec 24th 1986')).toBe('1986-12-24');
    expect(isoDate('March 1990')).toBeUndefined();
    expect(valueFormsIn('Set it to 15 March 1972 for two people.')).toEqual(['1972-03-15', '2']);
    expect(valueSpans('Set the due date field to 15 March 1972, then click Go.').map((span) => [span.type, span.value])).toEqual([
      ['date', '1972-03-15'],
      ['name', 'Go'],
    ]);
  });
});

describe('aligning differently worded tasks', () => {
  it('pairs values by type when the wording differs', () => {
    const file = alignTasks('Remove the file vortex.docx (confirm when asked).', 'Get rid of nimbus.docx using its trash icon.', data('remove', 'delete'));
    expect(file.score).toBeGreaterThanOrEqual(0.5);
    expect(pairs(file.slots)).toEqual([['vortex.docx', 'nimbus.docx']]);

    const search = alignTasks('Look up "sequoia" with the search box.', 'Search for "willow".', data('sequoia', 'search'));
    expect(search.score).toBeGreaterThanOrEqual(0.5);
    expect(pairs(search.slots)).toEqual([['sequoia', 'willow']]);

    const form = alignTasks(
      'Register Lena Tanaka (l.tanaka@mail.test) from Norway.',
      'Create an account for Costa, Lara — Sweden, l.costa@example.org.',
      data('lena', 'tanaka', 'l.tanaka@mail.test', 'norway', 'register'),
    );
    expect(form.score).toBeGreaterThanOrEqual(0.5);
    expect(pairs(form.slots)).toEqual([
      ['Lena Tanaka', 'Lara Costa'],
      ['Norway', 'Sweden'],
      ['l.tanaka@mail.test', 'l.costa@example.org'],
    ]);

    const reply = alignTasks('Reply to Viktor\'s email with "rumble prism".', 'Answer the message from Aiko: "pixel falcon".', data('reply', 'rumble', 'prism'));
    expect(reply.score).toBeGreaterThanOrEqual(0.5);
    expect(pairs(reply.slots)).toEqual([
      ['Viktor', 'Aiko'],
      ['rumble prism', 'pixel falcon'],
    ]);
  });

  it('reads a written date as the date and pairs a label word by the words around it', () => {
    const date = alignTasks('Enter 07/17/2018 as the start date and press OK.', 'Set the due date field to 15 March 1972, then click Go.', data('start', 'date', 'ok'));
    expect(date.score).toBeGreaterThanOrEqual(0.5);
    expect(pairs(date.slots)).toEqual([
      ['2018-07-17', '1972-03-15'],
      ['OK', 'Go'],
      ['start', 'due'],
    ]);
    // The label the demonstration typed into has no counterpart the words around it point to: no paraphrase.
    expect(paraphraseAlignment('The departure is June 13, 1967. Fill it in and hit Send.', 'Set the due date field to 15 March 1972, then click Go.', data('departure').isData)).toBeUndefined();
  });

  it('keeps a number apart from the words that ask for it, but not from the words that qualify it', () => {
    const order = alignTasks(
      'Please send five medium pizzas topped with pineapple and mushrooms to 20 Birch Street.',
      "I'd like two medium pizzas with peppers, delivered to 96 Station Road.",
      data('5', 'pineapple', 'mushrooms'),
    );
    expect(order.slots[0]).toEqual({ old: ['5'], new: ['2'], list: false, kind: 'number' });
    expect(order.slots.flatMap((slot) => slot.new)).not.toContain("I'd like two");
    // "… onions and olives, delivered to …": the enumeration ended at "and olives".
    const listed = alignTasks(
      'Please send 4 large pizzas topped with peppers and olives to 7 Mill Lane.',
      "I'd like four medium pizzas with onions and olives, delivered to 85 Elm Lane.",
      data('4', 'large', 'peppers', 'olives'),
    );
    expect(listed.slots.find((slot) => slot.list)).toMatchObject({ old: ['peppers', 'olives'], new: ['onions', 'olives'] });
    // Without an "and" the commas are the enumeration: all items stay.
    expect(alignTasks('Select A, B and C, then press Go.', 'Select D, E, F and G, then press Go.').slots[0]).toMatchObject({ new: ['D', 'E', 'F', 'G'] });
    const sized = alignTasks('Please send 4 large pizzas to 7 Mill Lane.', "I'd like four medium pizzas, delivered to 85 Elm Lane.", data('4', 'large'));
    expect(pairs(sized.slots)[0]).toEqual(['4 large', '4 medium']);
    // A size the demonstration never clicked (it was preselected) stays a value the plan must use: refused.
    const demoTask = 'Please send five medium pizzas topped with ham to 20 Birch Street.';
    const task = "I'd like 5 small pizzas with ham, delivered to 20 Birch Street.";
    const preselected = alignTasks(demoTask, task, data('5', 'ham'));
    expect(pairs(preselected.slots)[0]).toEqual(['5 medium', '5 small']);
    const problems = taskValueProblems({ demoTask, task, alignment: preselected, unusedSlots: [preselected.slots[0]!], stepStrings: ['5', 'ham'] });
    expect(problems.some((problem) => problem.blocking)).toBe(true);
    // Data before the number is part of the value: nothing is narrowed away.
    const kept = alignTasks('Large 4 pizzas to 7 Mill Lane.', 'Small 2 pizzas to 7 Mill Lane.', data('large', '4'));
    expect(pairs(kept.slots)).toEqual([['Large 4', 'Small 2']]);
  });

  it('refuses a paraphrase that asks for another intent', () => {
    // "Delete" vs "Open": the verbs differ, so the tasks differ, whatever the values.
    expect(alignTasks('Delete juniper.csv.', 'Open nimbus.docx.', data('delete')).score).toBeLessThan(0.5);
    expect(paraphraseAlignment('Delete juniper.csv.', 'Open nimbus.docx.')).toBeUndefined();
    expect(alignTasks('Remove the file vortex.docx (confirm when asked).', 'Open the file nimbus.docx (confirm when asked).').score).toBeLessThan(0.5);
    // The word-by-word alignment took the verb for a value ("Archive" → "Answer"): another kind of task.
    expect(alignTasks('Archive the email from Lara.', 'Answer the message from Aiko: "pixel falcon".', data('archive')).score).toBeLessThan(0.5);
    // A quoted caption is a value, not an intent.
    expect(alignTasks('Click on the "Search" button.', 'Click on the "Delete" button.').score).toBeGreaterThan(0.8);
  });

  it('refuses when a value or a word the demonstration acted on has no counterpart', () => {
    // Two files named, one demonstrated.
    expect(paraphraseAlignment('Delete juniper.csv.', 'Get rid of nimbus.docx and tundra.txt.')).toBeUndefined();
    // A negation the demonstration did not have.
    expect(paraphraseAlignment('Delete juniper.csv.', 'Get rid of every file but nimbus.docx.')).toBeUndefined();
    // The demonstration ticked "premium"; the new task names no plan.
    expect(paraphraseAlignment('Register Lena Tanaka as a premium member.', 'Sign up Lara Costa as a member.', data('premium').isData)).toBeUndefined();
    expect(paraphraseAlignment('Register Lena Tanaka as a premium member.', 'Sign up Lara Costa as a member.')).toBeDefined();
    // Too much the demonstration never did.
    expect(paraphraseAlignment('Delete juniper.csv.', 'Get rid of nimbus.docx after copying its contents somewhere safe first.')).toBeUndefined();
    // A two-word name does not pair with a one-word one.
    expect(paraphraseAlignment('Register Lena Tanaka now.', 'Sign up Lara, please.')).toBeUndefined();
  });
});

describe('captions after a pressing verb', () => {
  it('reads the caption after "hit", "press", "click" as a value the page shows, not as an intent', () => {
    const task = 'Ingrid Wolff is here: check them off and hit Send.';
    expect(intentsOf(task)).toEqual(['check', 'click']);
    expect(valueSpans(task).map((span) => span.value)).toContain('Send');
    expect(valueSpans('Press Reply, then tap Delete All.').map((span) => span.value)).toEqual(['Reply', 'Delete All']);
    expect(valueSpans('Open the draft and click the Send button.').map((span) => span.value)).toEqual(['Send']);
    const paired = paraphraseAlignment('Tick Sofia Okafor in the roster, then click Confirm.', 'Tomasz Varga is here: check them off and hit Send.', data('sofia', 'okafor', 'confirm').isData);
    expect(pairs(paired!.slots)).toEqual([
      ['Sofia Okafor', 'Tomasz Varga'],
      ['Confirm', 'Send'],
    ]);
  });

  it('keeps a key pressed by name, a lower-case verb and a leading verb as intents', () => {
    expect(captionRanges('Type "hi" and press Enter.')).toEqual([]);
    expect(intentsOf('Type "hi" and press Enter.')).toEqual(['enter', 'click']);
    expect(intentsOf('Fill in the form, then hit send.')).toEqual(['enter', 'click', 'send']);
    // "Click Delete" clicks a button; "hit Delete" may be the key.
    expect(captionRanges('click Delete').length).toBe(1);
    expect(captionRanges('hit Delete')).toEqual([]);
    // Sending is still another request than ticking: refused.
    expect(paraphraseAlignment('Tick Sofia Okafor in the roster, then click Confirm.', 'Send Tomasz Varga a message, then click Confirm.', data('sofia', 'okafor', 'confirm').isData)).toBeUndefined();
  });
});

describe('a name opening the sentence', () => {
  it('keeps the first name of a person named as the subject', () => {
    expect(valueSpans('Ingrid Wolff is here; check her in.').map((span) => span.value)).toEqual(['Ingrid Wolff']);
    expect(valueSpans('Ingrid Wolff: check her in, then press Done.').map((span) => span.value)).toEqual(['Ingrid Wolff', 'Done']);
    expect(valueSpans('Done. Lara Costa has arrived.').map((span) => span.value)).toEqual(['Lara Costa']);
  });

  it('drops a verb, an opener or an intent before a name, and a lone capital opening the sentence', () => {
    expect(valueSpans('Mark Jonas Zeller as present and press Done.').map((span) => span.value)).toEqual(['Jonas Zeller', 'Done']);
    expect(valueSpans("Bookmark Theo Lang's post.").map((span) => span.value)).toEqual(['Theo Lang']);
    expect(valueSpans('Book Tuesday Lunch, then press Save.').map((span) => span.value)).toEqual(['Tuesday Lunch', 'Save']);
    expect(valueSpans('The Meeting Room is booked.').map((span) => span.value)).toEqual(['Meeting Room']);
    expect(valueSpans('Ingrid is here.')).toEqual([]);
    // A one-word name where the demonstration had two: refused.
    expect(paraphraseAlignment('Tick Sofia Okafor in the roster, then click Confirm.', 'Ingrid is here: check her off and hit Confirm.', data('sofia', 'okafor', 'confirm').isData)).toBeUndefined();
  });
});

describe('giving a value: "set", "book", "schedule"', () => {
  it('is compatible with typing and with choosing, which stay apart', () => {
    expect(intentsOf('Book Tuesday.')).toEqual(['assign']);
    expect(intentsOf('Schedule the call for 9:00.')).toEqual(['assign']);
    expect(sameIntents(['assign', 'click'], ['enter', 'click'])).toBe(true);
    expect(sameIntents(['assign'], ['choose'])).toBe(true);
    expect(sameIntents(['enter'], ['choose'])).toBe(false);
    expect(sameIntents(['assign'], ['delete'])).toBe(false);
    expect(sameIntents(['assign', 'choose'], ['choose'])).toBe(false);
    expect(conflictingIntents('Set', 'Enter')).toBe(false);
    expect(conflictingIntents('Book', 'Delete')).toBe(true);
  });

  it('pairs a date and time set one way with the same entered another way', () => {
    const isData = data('23.11.2011', '10:12 am', 'submit', 'at').isData;
    const demo = 'The meeting is on 2011-11-23 at 10:12. Enter it and hit Submit.';
    const set = paraphraseAlignment(demo, 'Set the call for 7:18 AM on 1992-08-07 and click Confirm.', isData);
    expect(pairs(set!.slots)).toEqual([
      ['2011-11-23', '1992-08-07'],
      ['10:12', '7:18 AM'],
      ['Submit', 'Confirm'],
    ]);
    expect(paraphraseAlignment(demo, 'Book the call for 7:18 AM on 1992-08-07 and click Confirm.', isData)).toBeDefined();
    // "Book X, then press Go" for "Pick Y, then press OK": one by one, booking stands for picking.
    const booked = paraphraseAlignment('Book Bremen for Saturday, then press Apply.', 'Pick the Lyon departure on Friday, then press Confirm.', data('bremen', 'saturday', 'apply').isData);
    // Saturday and Friday are days (value-spans.ts), paired after the names.
    expect(pairs(booked!.slots)).toEqual([
      ['Bremen', 'Lyon'],
      ['Apply', 'Confirm'],
      ['Saturday', 'Friday'],
    ]);
    // Deleting the meeting is another request: refused.
    expect(paraphraseAlignment(demo, 'Delete the call for 7:18 AM on 1992-08-07 and click Confirm.', isData)).toBeUndefined();
  });

  it('lets the word-by-word alignment drop "Choose" → "Book" as wording, but not "Choose" → "Delete"', () => {
    const isData = data('tuesday', 'save').isData;
    expect(pairs(alignTasks('Choose Tuesday, then press Save.', 'Book Wednesday, then hit Send.', { isData }).slots)).toEqual([
      ['Tuesday', 'Wednesday'],
      ['Save', 'Send'],
    ]);
    expect(alignTasks('Choose Tuesday, then press Save.', 'Delete Wednesday, then hit Send.', { isData }).score).toBeLessThan(0.5);
  });
});
