import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { alignFieldPairs, fieldPairs, pageFields } from './field-pairs.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++, role, tag: role === 'radio' ? 'input' : 'button', text, states: {},
  box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true, ...extra,
});
const RATINGS = ['Poor', 'Fair', 'Good', 'Great'];
// A survey grid: each aspect a row of radios labelled "Aspect: Rating", then a yes / no question and a send button.
const survey = (aspects: string[]): UIElement[] => [
  element('heading', 'How was your stay?'),
  ...aspects.flatMap((aspect) => [element('text', aspect), ...RATINGS.map((rating) => element('radio', `${aspect}: ${rating}`, { label: `${aspect}: ${rating}` }))]),
  element('text', 'Would you stay again?'),
  element('radio', 'Yes', { label: 'Yes' }),
  element('radio', 'No', { label: 'No' }),
  element('button', 'Done'),
];
const find = (page: UIElement[], text: string) => page.find((candidate) => candidate.text === text)!;
const step = (elements: UIElement[], target: UIElement): Step =>
  ({ index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: target.id } } as Action, targets: [{ ...target }] }) as unknown as Step;

const demoPage = survey(['Location', 'Cleanliness', 'Staff', 'Breakfast']);
const DEMO = 'Could you fill in the hotel survey? Cleanliness: Good, Staff: Great. We would stay again.';
const demoSteps = ['Cleanliness: Good', 'Staff: Great', 'Yes', 'Done'].map((text) => step(demoPage, find(demoPage, text)));
const page = survey(['Wi-Fi', 'Location', 'Value for money', 'Staff']);

describe('fieldPairs: labels of the page named next to the value they take', () => {
  it('reads "Label: Value", "give label a "Value"" and "Label as Value" against the page, multi-word labels whole', () => {
    const fields = pageFields(page);
    expect(fieldPairs('Can you give wi-fi a "Poor" and location a "Good"?', fields).map((pair) => [pair.label, pair.value])).toEqual([['wi-fi', 'Poor'], ['location', 'Good']]);
    expect(fieldPairs('The value for money was poor but the staff was great.', fields).map((pair) => [pair.label, pair.value])).toEqual([['value for money', 'poor'], ['staff', 'great']]);
  });

  it('pairs no label with a value across a sentence end, nor a value standing alone', () => {
    const fields = pageFields(page);
    expect(fieldPairs('Location. Good it was.', fields)).toEqual([]);
    expect(fieldPairs('Great, thanks', fields)).toEqual([]);
  });
});

describe('alignFieldPairs: a new task naming other labels of the same page', () => {
  it('binds each demonstrated label and value to the new task\'s, in the page\'s own writing', () => {
    const found = alignFieldPairs(DEMO, 'Can you give wi-fi a "Poor" and location a "Good"? We would stay again.', demoSteps, page);
    expect(found?.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Cleanliness', 'Wi-Fi'], ['Good', 'Poor'], ['Staff', 'Location'], ['Great', 'Good']]);
  });

  it('refuses when the words around the pairs ask another thing: "would not stay again", or a clause left out', () => {
    expect(alignFieldPairs(DEMO, 'Rate Staff as Fair and Location as Fair. We would not stay again.', demoSteps, page)).toBeUndefined();
    expect(alignFieldPairs(DEMO, 'Rate Staff as Fair and Location as Good.', demoSteps, page)).toBeUndefined();
  });

  it('refuses a pair count that differs, a label named twice, or a label the current page does not show', () => {
    expect(alignFieldPairs(DEMO, 'Rate Staff as Fair. We would stay again.', demoSteps, page)).toBeUndefined();
    expect(alignFieldPairs(DEMO, 'Staff: Fair, Staff: Good. We would stay again.', demoSteps, page)).toBeUndefined();
    expect(alignFieldPairs(DEMO, 'Breakfast: Fair, Staff: Good. We would stay again.', demoSteps, page)).toBeUndefined();
  });

  it('refuses when one old value would stand for two new ones', () => {
    const steps = ['Cleanliness: Good', 'Staff: Good', 'Yes', 'Done'].map((text) => step(demoPage, find(demoPage, text)));
    expect(alignFieldPairs('Cleanliness: Good, Staff: Good. We would stay again.', 'Staff: Poor, Location: Fair. We would stay again.', steps, page)).toBeUndefined();
  });
});

describe('alignFieldPairs: the words around the pairs', () => {
  it('needs no pronoun or auxiliary the page\'s own question uses ("Would you stay …") in both texts, but still the words that chose Yes', () => {
    const found = alignFieldPairs(DEMO, 'Rate Staff as Fair and Location as Fair. We would stay again.', demoSteps, [...page, element('text', 'Would you stay with us again?')]);
    expect(found?.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Cleanliness', 'Staff'], ['Good', 'Fair'], ['Staff', 'Location'], ['Great', 'Fair']]);
    expect(alignFieldPairs(DEMO, 'Rate Staff as Fair and Location as Fair.', demoSteps, [...page, element('text', 'Would you stay with us again?')])).toBeUndefined();
  });
});

describe('alignFieldPairs: values before their labels', () => {
  it('refuses a text naming a value outside the pairs it reads ("Poor for wi-fi, Good for location, Fair for staff" would pair wi-fi with Good)', () => {
    expect(alignFieldPairs(DEMO, 'Set Poor for wi-fi, Good for location, Fair for staff. We would stay again.', demoSteps, page)).toBeUndefined();
  });
});
