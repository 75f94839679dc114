/**
 * Lower-case words that change what is done are no wording: a task that says
 * "smallest", "tomorrow", "lb", "down" or "not" where the demonstration's task
 * said otherwise (or nothing) is refused when no demonstrated step followed
 * that word. Wording that differs otherwise ("please", "box" / "field",
 * "biggest" for "largest") still is wording, and the plan is followed.
 */
import { describe, expect, it } from 'vitest';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { meaningShift, meaningWordsIn } from './meaning-words.js';

const PAGE: WidgetSpec[] = [
  { key: 'name', role: 'textbox', label: 'Name' },
  { key: 'save', role: 'button', text: 'Save' },
];

/** A demonstration that types the task's quoted value into the one field and presses Save. */
async function demonstrate(task: string) {
  const value = /"([^"]+)"/.exec(task)![1]!;
  return recordDemonstration(new WidgetPageOperator(PAGE), task, (observation, step) =>
    step === 0 ? { type: 'type', target: { elementId: find(observation, 'textbox').id }, text: value } : step === 1 ? { type: 'click', target: { elementId: find(observation, 'button', 'Save').id } } : undefined,
  );
}

async function blockingFor(demoTask: string, task: string): Promise<string[]> {
  const demo = await demonstrate(demoTask);
  const elements = (await new WidgetPageOperator(PAGE).observe()).elements;
  return planDemonstration(demo, task, elements).problems.filter((problem) => problem.blocking).map((problem) => problem.text);
}

describe('meaning words', () => {
  it('tells words that change what is done from wording, synonyms by one key', () => {
    expect(meaningShift('largest', 'smallest')).toBeDefined();
    expect(meaningShift('largest', 'biggest')).toBeUndefined();
    expect(meaningShift('all', 'every')).toBeUndefined();
    expect(meaningShift('kg', 'kilograms')).toBeUndefined();
    expect(meaningShift('kg', 'lb')).toBeDefined();
    expect(meaningShift('up', 'down')).toBeDefined();
    expect(meaningShift('first', 'last')).toBeDefined();
    expect(meaningShift('today', 'tomorrow')).toBeDefined();
    expect(meaningShift('red', 'blue')).toBeDefined();
    expect(meaningShift('please', 'kindly')).toBeUndefined();
    expect(meaningShift('text field', 'box')).toBeUndefined();
    expect(meaningWordsIn('Show the most recent posts').map((meaning) => meaning.kind)).toEqual(['comparison']);
  });

  it('reads a part of the day or week in the plural as the same request ("at weekends" / "the weekend class")', () => {
    expect(meaningShift('Join the weekend Portuguese class.', 'Sign me up for the Singing course that runs at weekends.', 'whole')).toBeUndefined();
    expect(meaningShift('the evening class', 'I can only do evenings', 'whole')).toBeUndefined();
    expect(meaningShift('the weekend class', 'I can only do mornings', 'whole')).toBeDefined();
  });

  it('reads no value, and no caption after a press verb, as a meaning word', () => {
    expect(meaningWordsIn('Type "not today" and click No')).toEqual([]);
    expect(meaningWordsIn("Don't save it").map((meaning) => meaning.kind)).toEqual(['negation']);
  });

  it('reads no wording of a value\'s letter case or spacing as a meaning word (value-transforms.ts judges those)', () => {
    expect(meaningWordsIn('Type "CORAL Lantern" without spaces and press Submit.')).toEqual([]);
    expect(meaningWordsIn('Type "valley Willow" with every word capitalised.')).toEqual([]);
    expect(meaningWordsIn('Type "DELTA olive" in lower case letters.')).toEqual([]);
    expect(meaningWordsIn('Type it without the lid').map((meaning) => meaning.kind)).toEqual(['negation']);
    expect(meaningWordsIn('Scroll backwards').map((meaning) => meaning.kind)).toEqual(['direction']);
  });

  it('across whole texts, leaves words that are as often wording alone ("click on", "sign up", "I am")', () => {
    expect(meaningShift('Click Save', 'Click on Save', 'whole')).toBeUndefined();
    expect(meaningShift('Sign in', 'Sign up and go back', 'whole')).toBeUndefined();
    expect(meaningShift('Save it', 'Do not save it', 'whole')).toBeDefined();
    expect(meaningShift('Book it', 'Book it tomorrow', 'whole')).toBeDefined();
  });

  it('reads one sort order worded two ways as one ("smallest first", "ascending", "low to high", "A to Z"), two orders apart', () => {
    expect(meaningShift('stock, smallest first', 'price (low to high)')).toBeUndefined();
    expect(meaningShift('smallest first', 'ascending')).toBeUndefined();
    expect(meaningShift('highest first', 'descending')).toBeUndefined();
    expect(meaningShift('A to Z', 'ascending')).toBeUndefined();
    expect(meaningShift('largest first', 'smallest first')).toBeDefined();
    expect(meaningShift('Sort by stock, ascending', 'Sort by stock, highest first')).toBeDefined();
    expect(meaningShift('Sort the table by stock, smallest first.', 'Sort the table by stock, ascending.', 'whole')).toBeUndefined();
    // A superlative's order stands in one text only: as weighty as the superlative was.
    expect(meaningShift('Pick the largest first.', 'Pick the smallest first.', 'whole')).toBeDefined();
    // One direction, two measures: size and date are two orders ("largest first" / "newest first").
    expect(meaningShift('Open the largest file first', 'Open the newest file first', 'whole')).toBeDefined();
    expect(meaningShift('Sort by price, highest first', 'Sort by price, newest first')).toBeDefined();
    expect(meaningShift('Sort the table by stock.', 'Sort the table by stock, highest first.', 'whole')).toBeDefined();
  });

  it('reads a verb that switches ("switch on", "enable", "allow") as the state it asks, in a slot only', () => {
    expect(meaningShift('Switch on', 'Allow')).toBeUndefined();
    expect(meaningShift('Enable', 'Turn on')).toBeUndefined();
    expect(meaningShift('Turn off', 'Block')).toBeUndefined();
    expect(meaningShift('Turn on', 'Switch off')).toBeDefined();
    expect(meaningShift('Allow', 'Disallow')).toBeDefined();
    expect(meaningWordsIn('Allow microphone and turn off photos').map((meaning) => `${meaning.kind}:${meaning.key}`)).toEqual(['state:on', 'state:off']);
    // Ticking verbs pick as often as they switch: no state.
    expect(meaningWordsIn('Tick Lemon')).toEqual([]);
    expect(meaningShift('Turn on the lights', 'Click the lights', 'whole')).toBeUndefined();
  });

  it('reads a currency sign as its unit word: "$50" and "50 dollars" say one unit, "€50" and "50 dollars" do not', () => {
    expect(meaningShift('Filter between $50 and $110', 'Filter between 50 and 110 dollars', 'whole')).toBeUndefined();
    expect(meaningShift('Move 310 dollars to Lara', 'Move $310 to Lara', 'whole')).toBeUndefined();
    expect(meaningShift('Pay €50 to Lara', 'Pay 50 dollars to Lara', 'whole')).toBeDefined();
    expect(meaningShift('Pay 50 euros to Lara', 'Pay 50 dollars to Lara', 'whole')).toBeDefined();
    // "pounds" names the weight and the money: beside "£" it is the sign written out; "lb" is the weight only.
    expect(meaningShift('Get the invoice for the 131.49 pounds order.', 'Download the invoice for the order that came to £44.99.', 'whole')).toBeUndefined();
    expect(meaningShift('Pay £20 to Lara', 'Pay 20 pounds to Lara', 'whole')).toBeUndefined();
    expect(meaningShift('Ship the 5 lb parcel', 'Ship the £5 parcel', 'whole')).toBeDefined();
    expect(meaningShift('Pay 20 pounds to Lara', 'Pay 20 dollars to Lara', 'whole')).toBeDefined();
  });
});

describe('a task value that changes what is done, where the demonstration acted on another', () => {
  const DEMO = 'Enter "Kasie" in the box for the largest file today, moving up, in kg, for the first red item.';
  const cases: [string, string][] = [
    ['a comparison', 'Enter "Lon" in the box for the smallest file today, moving up, in kg, for the first red item.'],
    ['a date word', 'Enter "Lon" in the box for the largest file tomorrow, moving up, in kg, for the first red item.'],
    ['a direction', 'Enter "Lon" in the box for the largest file today, moving down, in kg, for the first red item.'],
    ['a unit', 'Enter "Lon" in the box for the largest file today, moving up, in lb, for the first red item.'],
    ['a colour', 'Enter "Lon" in the box for the largest file today, moving up, in kg, for the first blue item.'],
  ];
  for (const [kind, task] of cases) {
    it(`refuses ${kind} the demonstration never followed`, async () => {
      expect(await blockingFor(DEMO, task)).toEqual([expect.stringMatching(/^the task says .* where the demonstration's said /)]);
    });
  }

  it('still follows the same words, and synonyms of them', async () => {
    expect(await blockingFor(DEMO, 'Enter "Lon" in the box for the largest file today, moving up, in kg, for the first red item.')).toEqual([]);
    expect(await blockingFor(DEMO, 'Enter "Lon" in the box for the biggest file today, moving up, in kilograms, for the first red item.')).toEqual([]);
  });

  it('refuses a quantity word ("all" for "both") the demonstration never followed, and follows "every" for "all"', async () => {
    const demo = 'Enter "Kasie" in the box for all rows.';
    expect(await blockingFor(demo, 'Enter "Lon" in the box for both rows.')).toHaveLength(1);
    expect(await blockingFor(demo, 'Enter "Lon" in the box for every row.')).toEqual([]);
  });
});

describe('a word in one task text only that changes what is done', () => {
  it('refuses a negation, a date word or a superlative the demonstration\'s task did not have', async () => {
    const demo = 'Enter "Kasie" in the box and save it.';
    expect(await blockingFor(demo, 'Enter "Lon" in the box and do not save it.')).toContainEqual(expect.stringContaining('"not" (negation)'));
    expect(await blockingFor(demo, 'Enter "Lon" in the box tomorrow and save it.')).toContainEqual(expect.stringContaining('"tomorrow" (date)'));
    expect(await blockingFor('Do not enter "Kasie" anywhere but the box, and save it.', 'Enter "Lon" anywhere but the box, and save it.')).toEqual([
      expect.stringContaining('does not say "not" (negation)'),
    ]);
  });

  it('reads a repeat cadence one text adds ("every second weekday", "every other day") as a date word, not a loose ordinal', () => {
    const demo = 'Set an alarm named "Gym" every weekday, then press Save.';
    expect(meaningShift(demo, 'Set an alarm named "Bins" every second weekday, then press Save.', 'whole')?.new).toEqual([expect.objectContaining({ kind: 'date', word: 'second weekday' })]);
    expect(meaningShift('Set an alarm every day.', 'Set an alarm every other day.', 'whole')?.new).toEqual([expect.objectContaining({ kind: 'date', word: 'other day' })]);
    expect(meaningShift('Set an alarm every day.', 'Set an alarm every 2nd day.', 'whole')).toBeDefined();
    expect(meaningShift('Set an alarm every other day.', 'Set an alarm every other day, please.', 'whole')).toBeUndefined();
    expect(meaningShift('Pick the second row.', 'Pick the third row.', 'whole')).toBeUndefined();
  });

  it('follows wording that adds nothing of the kind', async () => {
    const demo = 'Enter "Kasie" in the box and save it.';
    expect(await blockingFor(demo, 'Please enter "Lon" in the text box and save it.')).toEqual([]);
    expect(await blockingFor(demo, 'Enter "No way" in the box and save it.')).toEqual([]);
  });
});

describe('ordinal and day words inside an item name', () => {
  const kinds = (text: string, names: string[] = []) => meaningWordsIn(text, names).map((meaning) => `${meaning.kind}:${meaning.word}`);
  const listed = ['First aid kit', 'Sun hat', 'Sunglasses', 'Passport'];

  it('reads "sun hat" and "sat nav" as things, not days', () => {
    expect(kinds('Pack sun hat and passport.')).toEqual([]);
    expect(kinds('pack | sun hat | power bank')).toEqual([]);
    expect(kinds('Bring the sat nav.')).toEqual([]);
  });

  it('still reads a day written short where a day stands', () => {
    for (const text of ['Repeat: sun', 'Alarm sat/sun', 'Book it for sun 14:00', 'on sun, 7pm', 'Sun morning works', 'every sun and wed', 'sat at 7pm']) {
      expect(kinds(text).some((kind) => kind.startsWith('date:')), text).toBe(true);
    }
  });

  it('reads "first" of "first aid kit" as the name\'s word when the page lists "First aid kit"', () => {
    expect(kinds('Pack first aid kit and sun hat.', listed)).toEqual([]);
    expect(meaningShift('sunscreen to', 'first aid kit to', 'slot', listed)).toBeUndefined();
  });

  it('still reads "first" as a rank where no listed name holds it', () => {
    expect(kinds('Pack first aid kit.')).toEqual(['ordinal:first']);
    expect(kinds('Click the first result.', listed)).toEqual(['ordinal:first']);
    expect(kinds('Pack the first item and the first aid kit.', listed)).toEqual(['ordinal:first']);
    expect(kinds('Choose the first option.', ['First class', 'Economy'])).toEqual(['ordinal:first']);
    expect(meaningShift('sunscreen to', 'first aid kit to', 'slot')).toBeDefined();
  });
});
