import { describe, expect, it } from 'vitest';
import { alignTasks } from './align-tasks.js';
import { tokenizeTask } from './task-tokens.js';
import { taskValueProblems } from './rules/task-values.js';

describe('tokenizeTask', () => {
  it('keeps quoted strings, dates and numbers whole and marks separators', () => {
    const tokens = tokenizeTask('Enter "New York" on 10/15/2016, then pick 3 and go.');
    expect(tokens.map((token) => `${token.kind}:${token.text}`)).toEqual([
      'word:Enter', 'quoted:New York', 'word:on', 'number:10/15/2016', 'separator:,', 'word:then', 'word:pick',
      'number:3', 'separator:and', 'word:go', 'punctuation:.',
    ]);
  });

  it('keeps e-mail addresses and hyphenated words whole', () => {
    expect(tokenizeTask('Send it to anna.dunn@mail.com, re-check.').map((token) => token.text)).toEqual([
      'Send', 'it', 'to', 'anna.dunn@mail.com', ',', 're-check', '.',
    ]);
  });

  it("does not treat an apostrophe inside a word as a quote", () => {
    expect(tokenizeTask("Don't click 'Cancel'").map((token) => token.text)).toEqual(["Don't", 'click', 'Cancel']);
  });
});

describe('alignTasks', () => {
  it('finds a quoted-string slot and scores an identical template 1', () => {
    const alignment = alignTasks('Click on the "Submit" button.', 'Click on the "Cancel" button.');
    expect(alignment.slots).toEqual([{ old: ['Submit'], new: ['Cancel'], list: false, kind: 'quoted' }]);
    expect(alignment.score).toBeCloseTo((10 + 2 * 0.8) / 12, 5);
  });

  it('finds several slots: names and numbers', () => {
    const alignment = alignTasks(
      'Enter the username kanesha and the password 1234 into the text fields.',
      'Enter the username sol and the password 98 into the text fields.',
    );
    expect(alignment.slots.map((slot) => [slot.old[0], slot.new[0], slot.kind])).toEqual([
      ['kanesha', 'sol', 'text'],
      ['1234', '98', 'number'],
    ]);
    expect(alignment.slots.every((slot) => !slot.list)).toBe(true);
  });

  it('finds multi-word names and dates', () => {
    const alignment = alignTasks('Book a flight from New York to Boston on 10/15/2016.', 'Book a flight from Denver to Salt Lake City on 3/2/2017.');
    expect(alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['New York', 'Denver'],
      ['Boston', 'Salt Lake City'],
      ['10/15/2016', '3/2/2017'],
    ]);
  });

  it('aligns lists of different lengths as one list slot', () => {
    const alignment = alignTasks('Select kd6DS, yrK, 2Y1 and click Submit.', 'Select Qw and click Submit.');
    expect(alignment.slots).toEqual([{ old: ['kd6DS', 'yrK', '2Y1'], new: ['Qw'], list: true, kind: 'text' }]);
    const longer = alignTasks('Select A and B and click Submit.', 'Select C, D, E, F and click Submit.');
    expect(longer.slots[0]).toMatchObject({ old: ['A', 'B'], new: ['C', 'D', 'E', 'F'], list: true });
  });

  it('keeps a reordered list whole when the demonstration acted on its items', () => {
    const data = new Set(['alpha', 'beta', 'gamma']);
    const alignment = alignTasks('Select alpha, beta and gamma.', 'Select gamma, alpha and beta.', {
      isData: (norm) => data.has(norm),
    });
    expect(alignment.slots).toEqual([
      { old: ['alpha', 'beta', 'gamma'], new: ['gamma', 'alpha', 'beta'], list: true, kind: 'text' },
    ]);
  });

  it('folds an unchanged list item into the list only when it is data', () => {
    const asData = alignTasks('Select 5 and 7 then submit', 'Select 5 and 9 then submit', { isData: (norm) => norm === '5' });
    expect(asData.slots).toEqual([{ old: ['5', '7'], new: ['5', '9'], list: true, kind: 'number' }]);
    const asTemplate = alignTasks('Select 5 and 7 then submit', 'Select 5 and 9 then submit');
    expect(asTemplate.slots).toEqual([{ old: ['7'], new: ['9'], list: false, kind: 'number' }]);
  });

  it('does not fold template words that follow a conjunction', () => {
    const alignment = alignTasks('Enter "abc" and press Submit', 'Enter "xyz" and press Submit', { isData: (norm) => norm === 'submit' });
    expect(alignment.slots).toEqual([{ old: ['abc'], new: ['xyz'], list: false, kind: 'quoted' }]);
  });

  it('pairs quoted strings across different templates', () => {
    const alignment = alignTasks('Click the button in the dialog box labeled "Cancel".', 'Click on the "Lotus" button.');
    expect(alignment.slots).toEqual([{ old: ['Cancel'], new: ['Lotus'], list: false, kind: 'quoted' }]);
  });

  it('gives the words around paired quoted strings no credit: two kinds of task stay two kinds', () => {
    // The gaps "Drag … to the 2nd position, then" / "Tick the boxes … (and no others) and" were list-sized slots;
    // once the quoted strings pair up, only they are aligned and the differing words count against the score.
    const alignment = alignTasks('Drag "oak" to the 2nd position, then click Done.', 'Tick the boxes "pine" (and no others) and click OK.');
    expect(alignment.slots).toContainEqual({ old: ['oak'], new: ['pine'], list: false, kind: 'quoted' });
    expect(alignment.score).toBeLessThan(0.5);
    // The same wording around other strings is still one template.
    expect(alignTasks('Drag "oak" to the 2nd position, then click Done.', 'Drag "pine" to the 4th position, then click Done.').score).toBeGreaterThan(0.8);
  });

  it('scores different templates lower than the same template', () => {
    const same = alignTasks('Click on the "OK" button.', 'Click on the "Yes" button.');
    const other = alignTasks('Click on the "OK" button.', 'Enter "Yes" into the text field and press Submit.');
    expect(other.score).toBeLessThan(same.score - 0.3);
  });

  it('gives a menu path and an enumeration no slot credit (different kinds of value)', () => {
    // Real MiniWoB++: click-menu's "Select A>B>C" is not click-checkboxes' "Select A, B and C and click Submit."
    const mixed = alignTasks('Select ACjXo, ktK, ZAHr and click Submit.', 'Select Diandra>Mollie>Velma');
    expect(mixed.score).toBeLessThan(0.5);
    expect(alignTasks('Select File>Save from the menu.', 'Select Edit>Copy>Special from the menu.').score).toBeGreaterThan(0.8);
    expect(alignTasks('Select A, B and C and click Submit.', 'Select D and click Submit.').score).toBeGreaterThan(0.7);
  });

  it('matches values by type when the wording around them differs (e-mail, number)', () => {
    const worded = alignTasks('Forward the email to bob@x.org.', 'Send this email on to ann@y.net please.');
    expect(worded.slots).toContainEqual({ old: ['bob@x.org'], new: ['ann@y.net'], list: false, kind: 'text' });
    const moved = alignTasks('Set the volume to 30 now.', 'Now set the volume so that it sits at level 45.');
    expect(moved.slots).toEqual([{ old: ['30'], new: ['45'], list: false, kind: 'number' }]);
    expect(moved.unpaired).toEqual([]);
    // A number inside a value-sized gap stays part of the value: "Apr 19" → "Jan 25" is one date.
    expect(alignTasks('Book it on Apr 19 for Ada.', 'Book it on Jan 25 for Ada.').slots).toEqual([{ old: ['Apr 19'], new: ['Jan 25'], list: false, kind: 'text' }]);
  });

  it('lists the values of one task with no counterpart in the other', () => {
    const extra = alignTasks('Enter "Kasie" into the field and press Submit.', 'Enter "Lon" into the field, tick "Remember me" and press Submit.');
    expect(extra.unpaired).toEqual([{ side: 'new', text: 'Remember me' }]);
  });

  it('lists a count written as a word in words only the new task has ("for three of us"), as it lists "3"', () => {
    const demo = 'Could you look for Oslo flights out of Dublin on March 17?';
    const task = 'Could you look for Prague flights out of Lisbon on March 19 for three of us?';
    const alignment = alignTasks(demo, task);
    const problems = taskValueProblems({ demoTask: demo, task, alignment, unusedSlots: [], stepStrings: ['Mon, 17 Mar', 'Search'] });
    expect(problems.some((problem) => problem.blocking && problem.text.includes('"three"'))).toBe(true);
    // A count both tasks say, or one bound in a slot, is no extra value; "one" stays wording (a pronoun as often as a count).
    const both = 'Could you look for Prague flights out of Lisbon on March 19 for three of us?';
    expect(taskValueProblems({ demoTask: 'Could you look for Oslo flights out of Dublin on March 17 for three of us?', task: both, alignment: alignTasks('Could you look for Oslo flights out of Dublin on March 17 for three of us?', both), unusedSlots: [], stepStrings: [] }).filter((problem) => problem.text.includes('"three"'))).toEqual([]);
    const bound = alignTasks('Could you look for Oslo flights out of Dublin on March 17 for 2 of us?', both);
    expect(bound.slots.some((slot) => slot.new.some((value) => value.includes('three')))).toBe(true);
    expect(taskValueProblems({ demoTask: 'Could you look for Oslo flights out of Dublin on March 17 for 2 of us?', task: both, alignment: bound, unusedSlots: [], stepStrings: [] }).filter((problem) => problem.text.includes('has a counterpart') && problem.text.includes('"three"'))).toEqual([]);
    const pronoun = 'Show me the red one please.';
    expect(taskValueProblems({ demoTask: 'Show me the red shirt.', task: pronoun, alignment: alignTasks('Show me the red shirt.', pronoun), unusedSlots: [], stepStrings: [] }).filter((problem) => problem.text.includes('"one"'))).toEqual([]);
  });
});

describe('alignTasks: menu paths', () => {
  it('reads "→" and ">" as the same path separator, so paths of any depth align', () => {
    const alignment = alignTasks('Select Lara → Vortex', 'Select Dario>Kernel>Viktor');
    expect(alignment.slots).toEqual([{ old: ['Lara', 'Vortex'], new: ['Dario', 'Kernel', 'Viktor'], list: true, kind: 'text' }]);
    expect(alignment.score).toBeGreaterThan(0.6);
  });
});

describe('alignTasks: list values are never cut or dropped', () => {
  it('reads one value with "and" in it as one value when the other side names one value', () => {
    const alignment = alignTasks('Select Nicaragua from the list and click Submit.', 'Select Heard Island and McDonald Islands from the list and click Submit.');
    expect(alignment.slots).toEqual([{ old: ['Nicaragua'], new: ['Heard Island and McDonald Islands'], list: false, kind: 'text' }]);
    const back = alignTasks('Select Bosnia and Herzegovina from the scroll list and click Submit.', 'Select Nicaragua from the scroll list and click Submit.');
    expect(back.slots).toEqual([{ old: ['Bosnia and Herzegovina'], new: ['Nicaragua'], list: false, kind: 'text' }]);
  });

  it('keeps a list with commas a list', () => {
    const alignment = alignTasks('Select Chad and click Submit.', 'Select Nicaragua, Peru and Fiji and click Submit.');
    expect(alignment.slots).toEqual([{ old: ['Chad'], new: ['Nicaragua', 'Peru', 'Fiji'], list: true, kind: 'text' }]);
  });

  it('keeps every name of a list whose items the two tasks share', () => {
    const longer = alignTasks('Select Nicaragua, Peru from the scroll list and click Submit.', 'Select Chad, Nicaragua, Peru from the scroll list and click Submit.');
    expect(longer.slots).toEqual([{ old: ['Nicaragua', 'Peru'], new: ['Chad', 'Nicaragua', 'Peru'], list: true, kind: 'text' }]);
    const reordered = alignTasks('Select Chad, Nicaragua and Peru and click Submit.', 'Select Peru, Nicaragua and Fiji and click Submit.');
    expect(reordered.slots).toEqual([{ old: ['Chad', 'Nicaragua', 'Peru'], new: ['Peru', 'Nicaragua', 'Fiji'], list: true, kind: 'text' }]);
  });

  it('names a list item with no counterpart rather than dropping it', () => {
    // However the alignment reads it, no name of the new task may vanish: it is in a slot or unpaired.
    const alignment = alignTasks('Select Nicaragua and Chad and click Submit.', 'Select Peru, Nicaragua and Fiji and click Submit.');
    const accounted = [...alignment.slots.flatMap((slot) => slot.new), ...alignment.unpaired.filter((value) => value.side === 'new').map((value) => value.text)];
    for (const name of ['Peru', 'Nicaragua', 'Fiji']) expect(accounted).toContain(name);
  });
});

describe('alignTasks: a differing phrase across function words', () => {
  const demo = 'Using the text editor, give everything the style italics and press Submit';
  const task = 'Using the text editor, give the text non the style bold and press Submit';

  it('reads the phrase as one slot, not two one-sided gaps around a shared "the"', () => {
    const alignment = alignTasks(demo, task);
    expect(alignment.slots).toEqual([
      { old: ['everything'], new: ['the text non'], list: false, kind: 'text', reanchored: true },
      { old: ['italics'], new: ['bold'], list: false, kind: 'text' },
    ]);
    expect(alignment.unpaired).toEqual([]);
    // The other way round the plain alignment already pairs the phrases: an ordinary slot.
    expect(alignTasks(task, demo).slots[0]).toEqual({ old: ['the text non'], new: ['everything'], list: false, kind: 'text' });
  });

  it('refuses the phrase when no demonstrated step acted on it, in words a user understands', () => {
    const alignment = alignTasks(demo, task);
    const unused = alignment.slots.filter((slot) => slot.old[0] === 'everything');
    const problems = taskValueProblems({ demoTask: demo, task, alignment, unusedSlots: unused, stepStrings: ['Italics', 'Submit'] });
    expect(problems.filter((problem) => problem.blocking).map((problem) => problem.text)).toEqual([
      'the task does not say "everything" (quantity), which the demonstration\'s task said, and no step of the demonstration acted on "everything"',
    ]);
    // A demonstration that selected its word acted on it: the slot is followed.
    const partDemo = 'Using the text editor, give the text lorem the style italics and press Submit';
    const part = alignTasks(partDemo, task);
    expect(part.slots).toEqual([
      { old: ['lorem'], new: ['non'], list: false, kind: 'text' },
      { old: ['italics'], new: ['bold'], list: false, kind: 'text' },
    ]);
  });

  it('lowers the score for plain words one text has alone, as much as for a word replaced', () => {
    // 5 shared words of 5 + 6; "red" alone counts as differing on both sides: 10 / 12, not 10 / 11.
    expect(alignTasks('Click the ball and press Submit', 'Click the red ball and press Submit').score).toBeCloseTo(10 / 12, 5);
    expect(alignTasks('Click the red ball and press Submit', 'Click the ball and press Submit').score).toBeCloseTo(10 / 12, 5);
    // A phrase on one side only has no counterpart however the words are read.
    const scope = alignTasks('Give the style bold and press Submit', 'Give everything the style bold and press Submit');
    expect(scope.slots).toEqual([]);
    expect(scope.score).toBeLessThan(alignTasks('Give the style bold and press Submit', 'Give the style bold and press Submit').score - 0.1);
  });

  it('does not pair function words alone with a differing word ("on the" / "the tallest")', () => {
    const alignment = alignTasks('Click on the bar with the highest value.', 'Click the tallest bar.');
    expect(alignment.slots).toEqual([]);
  });

  it('leaves function and courtesy words alone', () => {
    const alignment = alignTasks('Click on the "OK" button.', 'Please click the "Cancel" button now.');
    expect(alignment.slots).toEqual([{ old: ['OK'], new: ['Cancel'], list: false, kind: 'quoted' }]);
    expect(alignment.unpaired).toEqual([]);
  });

  it('does not change list slots, reordered lists or quoted values', () => {
    expect(alignTasks('Select kd6DS, yrK, 2Y1 and click Submit.', 'Select Qw and click Submit.').slots).toEqual([
      { old: ['kd6DS', 'yrK', '2Y1'], new: ['Qw'], list: true, kind: 'text' },
    ]);
    const data = new Set(['alpha', 'beta', 'gamma']);
    expect(alignTasks('Select alpha, beta and gamma.', 'Select gamma, alpha and beta.', { isData: (norm) => data.has(norm) }).slots).toEqual([
      { old: ['alpha', 'beta', 'gamma'], new: ['gamma', 'alpha', 'beta'], list: true, kind: 'text' },
    ]);
    const quoted = alignTasks('Enter "Kasie" into the text field and press Submit.', 'Enter "Lon" into the text field and press Submit.');
    expect(quoted.slots).toEqual([{ old: ['Kasie'], new: ['Lon'], list: false, kind: 'quoted' }]);
    expect(quoted.unpaired).toEqual([]);
  });

  it('leaves paraphrases to the typed-value alignment', () => {
    const alignment = alignTasks('Delete the email from Kasie.', 'Get rid of the message Kasie sent using its trash icon.');
    expect(alignment.unpaired).toEqual([]);
  });

  it('never folds a data word after a date into the date as a list item ("…on 01/06/2025, request a refill")', () => {
    const isData = (norm: string) => ['request', '01/06/2025', '30', '5', '7'].includes(norm);
    const alignment = alignTasks('For pickup on 01/06/2025, request a refill (quantity 30).', 'For pickup on 08/20/2025, request a refill (quantity 60).', { isData });
    expect(alignment.slots).toContainEqual({ old: ['01/06/2025'], new: ['08/20/2025'], list: false, kind: 'number' });
    // Numbers with numbers still make a list.
    expect(alignTasks('Select 5, 7 and go', 'Select 5, 9 and go', { isData }).slots).toContainEqual({ old: ['5', '7'], new: ['5', '9'], list: true, kind: 'number' });
  });
});

describe('alignTasks: the other values of a slot its quoted strings replace', () => {
  // A form filled by the words "Subject … , category …, priority …": the steps acted on the subject, the category and
  // the priority, so those words are data and the whole run became one list slot, which the quoted pair replaced.
  const acted = new Set(['charged', 'twice', 'for', 'may', 'subject', 'billing', 'category', 'high', 'priority', 'create', 'ticket']);
  const isData = (norm: string) => acted.has(norm);
  const demo = 'Could you please file a support ticket for me? Subject "Charged twice for May", category Billing, priority High.';

  it('keeps "High" → "Normal" beside the quoted subject, rather than dropping it and clicking High again', () => {
    const alignment = alignTasks(demo, 'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Normal.', { isData });
    expect(alignment.slots).toContainEqual({ old: ['Charged twice for May'], new: ['Export to CSV is empty'], list: false, kind: 'quoted' });
    expect(alignment.slots).toContainEqual({ old: ['High'], new: ['Normal'], list: false, kind: 'text' });
  });

  it('makes no slot of an item both tasks say alike, and pairs each differing one apart', () => {
    const same = alignTasks(demo, 'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority High.', { isData });
    expect(same.slots).toEqual([{ old: ['Charged twice for May'], new: ['Export to CSV is empty'], list: false, kind: 'quoted' }]);
    const both = alignTasks(demo, 'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Other, priority Urgent.', { isData });
    expect(both.slots).toContainEqual({ old: ['Billing'], new: ['Other'], list: false, kind: 'text' });
    expect(both.slots).toContainEqual({ old: ['High'], new: ['Urgent'], list: false, kind: 'text' });
  });

  it('pairs no item of lists of other lengths (never "High" with "due Friday"): their words stay wording', () => {
    const more = alignTasks(demo, 'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Normal, due Friday.', { isData });
    expect(more.slots).toEqual([{ old: ['Charged twice for May'], new: ['Export to CSV is empty'], list: false, kind: 'quoted' }]);
  });

  it('leaves a parallel item that differs on one side only unpaired (the plan refuses it), never dropped', () => {
    const other = alignTasks(demo, 'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority.', { isData });
    expect(other.unpaired).toContainEqual({ side: 'old', text: 'High' });
  });
});
