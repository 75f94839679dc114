/**
 * A field the demonstration left showing the value its task named is set to
 * the new task's value the way the demonstration set fields of its kind (or,
 * when it set none, as a native control of that kind is set) — only when one
 * control is meant and the page at hand offers the new value; otherwise the
 * refusal stands.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';
import { namedBeside, unusedWord, withLeftFields } from './left-fields.js';
import { planDemonstration } from '../plan-demonstration.js';

const stay = (extra: WidgetSpec[] = []): WidgetSpec[] => [
  { key: 'room', role: 'combobox', label: 'Room', options: ['Single', 'Double', 'Twin'], value: 'Single' },
  { key: 'nights', role: 'textbox', label: 'Nights', value: '1' },
  { key: 'breakfast', role: 'combobox', label: 'Breakfast', options: ['No', 'Yes'], value: 'No' },
  ...extra,
  { key: 'view', role: 'group', text: 'View' },
  { key: 'garden', role: 'radio', text: 'Garden', group: 'View', parent: 'view', checked: true },
  { key: 'sea', role: 'radio', text: 'Sea', group: 'View', parent: 'view' },
  { key: 'save', role: 'button', text: 'Save' },
];

const by = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
const select = (label: string, option: string): Move => (observation) => ({ type: 'select', target: { elementId: by(observation, (element) => element.label === label).id }, option });
const type = (label: string, text: string): Move => (observation) => ({ type: 'type', target: { elementId: by(observation, (element) => element.label === label).id }, text, replace: true });
const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: by(observation, (element) => element.text === text).id } });

const DEMO = 'Book this stay. Room: Double, Nights: 3, Breakfast: No. Then press Save.';

describe('namedBeside', () => {
  it('finds a label a few words before or after a value, in any number', () => {
    expect(namedBeside('Room: Double, Nights: 3, Breakfast: No.', 'No', 'Breakfast')).toBe(true);
    expect(namedBeside('Buy tickets: 2 adults and 0 children', '2', 'Adults')).toBe(true);
    expect(namedBeside('Buy tickets: 2 adults and 0 children', '0', 'Children')).toBe(true);
    expect(namedBeside('Buy tickets: 2 adults and 0 children', '0', 'Adults')).toBe(false);
    expect(namedBeside('Set Adults to 4, then click OK.', '4', 'Adults')).toBe(true);
    expect(namedBeside('Room: Double, Nights: 3, Breakfast: No, View: Garden.', '3', 'View')).toBe(false);
    expect(namedBeside('Answer No to everything and book it for this weekend', 'No', 'Breakfast')).toBe(false);
  });
});

describe('withLeftFields', () => {
  it('adds a drop-down step shaped like the demonstrated one, before the closing press, and the plan binds it', async () => {
    const demo = await demonstrate(stay(), DEMO, [select('Room', 'Double'), type('Nights', '3'), click('Save')]);
    const task = 'Book this stay. Room: Twin, Nights: 3, Breakfast: Yes. Then press Save.';
    const page = (await new WidgetPageOperator(stay()).observe()).elements;
    const plan = planDemonstration(demo, task, page);
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    const added = plan.steps.find((planned) => planned.step.action.type === 'select' && planned.step.action.option === 'No');
    expect(added?.bindings).toContainEqual({ old: 'No', new: 'Yes' });
    expect(plan.steps.map((planned) => planned.step.action.type)).toEqual(['select', 'type', 'select', 'click']);
    expect(plan.notes.join(' ')).toMatch(/"Breakfast" showed "No"/);
  });

  it('sets the field on the page when followed, and leaves the others as the task says', async () => {
    const demo = await demonstrate(stay(), DEMO, [select('Room', 'Double'), type('Nights', '3'), click('Save')]);
    const { operator, status } = await follow(stay(), demo, 'Book this stay. Room: Twin, Nights: 5, Breakfast: Yes. Then press Save.');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ room: 'Twin', nights: '5', breakfast: 'Yes' });
    expect(operator.clicks).toEqual(['save']);
  });

  it('sets a radio group left at its first choice when the demonstration clicked a radio', async () => {
    const widgets = stay([
      { key: 'bed', role: 'group', text: 'Bed' },
      { key: 'queen', role: 'radio', text: 'Queen', group: 'Bed', parent: 'bed', checked: true },
      { key: 'king', role: 'radio', text: 'King', group: 'Bed', parent: 'bed' },
    ]);
    const demo = await demonstrate(widgets, 'Book this stay. Bed: King, View: Garden. Then press Save.', [click('King'), click('Save')]);
    const { operator, status } = await follow(widgets, demo, 'Book this stay. Bed: King, View: Sea. Then press Save.');
    expect(status).toBe('success');
    expect([...operator.checked].sort()).toEqual(['king', 'sea']);
  });

  it('sets a native drop-down the demonstration set none of by selecting the option; a custom one stays refused', async () => {
    const demo = await demonstrate(stay(), 'Book this stay. Nights: 3, Breakfast: No. Then press Save.', [type('Nights', '3'), click('Save')]);
    const task = 'Book this stay. Nights: 3, Breakfast: Yes. Then press Save.';
    const { operator, status } = await follow(stay(), demo, task);
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ nights: '3', breakfast: 'Yes' });
    // A drop-down of no native <select>: how its options open is not known without a demonstrated one.
    const custom = (trajectory: typeof demo): typeof demo => ({
      ...trajectory,
      steps: trajectory.steps.map((step) => ({ ...step, observation: { ...step.observation, elements: step.observation.elements.map((element) => (element.role === 'combobox' ? { ...element, tag: 'div' } : element)) } })),
    });
    const page = (await new WidgetPageOperator(stay()).observe()).elements;
    const slots = [{ old: ['No'], new: ['Yes'], list: false, kind: 'text' as const }];
    expect(withLeftFields(custom(demo), task, slots, page)).toBeUndefined();
    const refused = await follow(stay(), custom(demo), task);
    expect(refused.status).not.toBe('success');
    expect(refused.reason).toMatch(/the task says "yes" where the demonstration's said "no" \(state\)/);
  });

  it('sets a radio of a page whose radios have no group, and only there', async () => {
    const branches = (extra: WidgetSpec[] = []): WidgetSpec[] => [
      { key: 'title', role: 'combobox', label: 'Title', options: ['Choose', 'Paper Moons', 'Night Rain'], value: 'Choose' },
      { key: 'riverside', role: 'radio', text: 'Riverside', checked: true },
      { key: 'northgate', role: 'radio', text: 'Northgate' },
      ...extra,
      { key: 'save', role: 'button', text: 'Save' },
    ];
    const demo = await demonstrate(branches(), 'I need "Paper Moons" held at Riverside.', [select('Title', 'Paper Moons'), click('Save')]);
    const { operator, status } = await follow(branches(), demo, 'I need "Night Rain" held at Northgate.');
    expect(status).toBe('success');
    expect(operator.values.get('title')).toBe('Night Rain');
    expect([...operator.checked]).toEqual(['northgate']);
    // Another radio of the page has a group: which radios are one set is not known, and nothing is added.
    const grouped = branches([{ key: 'express', role: 'radio', text: 'Express', group: 'Delivery' }]);
    const mixed = await demonstrate(grouped, 'I need "Paper Moons" held at Riverside.', [select('Title', 'Paper Moons'), click('Save')]);
    const page = (await new WidgetPageOperator(grouped).observe()).elements;
    expect(withLeftFields(mixed, 'I need "Night Rain" held at Northgate.', [{ old: ['Riverside'], new: ['Northgate'], list: false, kind: 'text' }], page)).toBeUndefined();
  });

  it('leaves out the words a slot shares on both sides ("Single, Nights" → "Twin, Nights")', async () => {
    const demo = await demonstrate(stay(), 'Book this stay. Room: Single, Nights: 2. Then press Save.', [type('Nights', '2'), click('Save')]);
    const page = (await new WidgetPageOperator(stay()).observe()).elements;
    const left = withLeftFields(demo, 'Book this stay. Room: Twin, Nights: 2. Then press Save.', [{ old: ['Single, Nights'], new: ['Twin, Nights'], list: false, kind: 'text' }], page);
    expect(left?.note).toMatch(/"Room" showed "Single" .* set to "Twin"/);
    expect(left?.trajectory.steps.map((step) => step.action.type)).toEqual(['select', 'type', 'click']);
  });

  it('never half-follows a listing read as a list: an item that changes and no step used is set, never skipped (bind-slots.ts)', async () => {
    // Room: Single was chosen already on the demonstration's page; both tasks name it, so preset-choice.ts adds the choice a
    // person would have made — and that choice shows how the drop-down Breakfast, which changes, is set.
    const demo = await demonstrate(stay(), 'Book this stay. Room: Single, Nights: 6, Breakfast: No, View: Sea. Then press Save.', [type('Nights', '6'), click('Sea'), click('Save')]);
    const { operator, status } = await follow(stay(), demo, 'Book this stay. Room: Single, Nights: 2, Breakfast: Yes, View: Sea. Then press Save.');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ room: 'Single', nights: '2', breakfast: 'Yes' });
    expect(operator.clicks).toEqual(['sea', 'save']);
  });

  it('adds nothing when two drop-downs showed the value and the task names neither beside it', async () => {
    const widgets = stay([{ key: 'parking', role: 'combobox', label: 'Parking', options: ['No', 'Yes'], value: 'No' }]);
    const demo = await demonstrate(widgets, 'Book a Double room for 3 nights, No extras. Then press Save.', [select('Room', 'Double'), type('Nights', '3'), click('Save')]);
    const page = (await new WidgetPageOperator(widgets).observe()).elements;
    expect(withLeftFields(demo, 'Book a Double room for 3 nights, Yes extras. Then press Save.', [{ old: ['No'], new: ['Yes'], list: false, kind: 'text' }], page)).toBeUndefined();
  });

  it('tells two drop-downs apart by the label the task names beside the value', async () => {
    const widgets = stay([{ key: 'parking', role: 'combobox', label: 'Parking', options: ['No', 'Yes'], value: 'No' }]);
    const demo = await demonstrate(widgets, 'Book this stay. Room: Double, Parking: No. Then press Save.', [select('Room', 'Double'), click('Save')]);
    const { operator, status } = await follow(widgets, demo, 'Book this stay. Room: Twin, Parking: Yes. Then press Save.');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ room: 'Twin', breakfast: 'No', parking: 'Yes' });
  });

  it('adds nothing when the page at hand has no such field offering the new value', async () => {
    const demo = await demonstrate(stay(), DEMO, [select('Room', 'Double'), type('Nights', '3'), click('Save')]);
    const other = stay().map((widget) => (widget.key === 'breakfast' ? { ...widget, options: ['No', 'Continental'] } : widget));
    const page = (await new WidgetPageOperator(other).observe()).elements;
    expect(withLeftFields(demo, 'Book this stay. Room: Twin, Nights: 3, Breakfast: Yes. Then press Save.', [{ old: ['No'], new: ['Yes'], list: false, kind: 'text' }], page)).toBeUndefined();
  });

  it('types over a text field left at its value even when the demonstration typed into an empty field without replacing', async () => {
    const widgets = stay([{ key: 'guests', role: 'textbox', label: 'Guests', value: '' }]);
    const append: Move = (observation) => ({ type: 'type', target: { elementId: by(observation, (element) => element.label === 'Guests').id }, text: '2' });
    const demo = await demonstrate(widgets, 'Book this stay. Room: Double, Nights: 1, Guests: 2. Then press Save.', [select('Room', 'Double'), append, click('Save')]);
    const { operator, status } = await follow(widgets, demo, 'Book this stay. Room: Double, Nights: 4, Guests: 2. Then press Save.');
    expect(status).toBe('success');
    // Typed after the 1 it showed, the field would read "14".
    expect(operator.values.get('nights')).toBe('4');
  });

  it('types into a text field left at its value only when the task names its label beside the value', async () => {
    const demo = await demonstrate(stay(), 'Book this stay. Room: Double, Nights: 1, Breakfast: Yes. Then press Save.', [select('Room', 'Double'), select('Breakfast', 'Yes'), click('Save')]);
    const page = (await new WidgetPageOperator(stay()).observe()).elements;
    // The demonstration typed into no text field: a native one is typed over, as a person would.
    const over = withLeftFields(demo, 'Book this stay. Room: Double, Nights: 4, Breakfast: Yes. Then press Save.', [{ old: ['1'], new: ['4'], list: false, kind: 'number' }], page);
    expect(over?.trajectory.steps.map((step) => step.action)).toContainEqual(expect.objectContaining({ type: 'type', text: '1', replace: true }));
    const widgets = stay([{ key: 'guests', role: 'textbox', label: 'Guests', value: '' }]);
    // A count given with the noun that labels the field ("1 nights" → "4 nights", Nights) goes into that field (rules/counted-fields.ts).
    const typed = await demonstrate(widgets, 'Book a Double room for 1 nights with 2 guests. Then press Save.', [select('Room', 'Double'), type('Guests', '2'), click('Save')]);
    const { operator, status } = await follow(widgets, typed, 'Book a Double room for 4 nights with 3 guests. Then press Save.');
    expect(status).toBe('success');
    expect([operator.values.get('nights'), operator.values.get('guests')]).toEqual(['4', '3']);
    const wordy = await demonstrate(widgets, 'Book 1 Double room, Guests: 2. Then press Save.', [select('Room', 'Double'), type('Guests', '2'), click('Save')]);
    const pageNow = (await new WidgetPageOperator(widgets).observe()).elements;
    expect(withLeftFields(wordy, 'Book 4 Double room, Guests: 2. Then press Save.', [{ old: ['1'], new: ['4'], list: false, kind: 'number' }], pageNow)).toBeUndefined();
  });
});

describe('withLeftFields: a wizard whose later page holds the field left as it was', () => {
  const wizard = (billing: string[] = ['Monthly', 'Yearly (save 15%)']): WidgetSpec[] => [
    { key: 'first', role: 'textbox', label: 'First name', onPage: 0 },
    { key: 'email', role: 'textbox', label: 'Email', onPage: 0 },
    { key: 'next1', role: 'button', text: 'Next', onPage: 0, nextPage: true },
    { key: 'plans', role: 'group', text: 'Plan', onPage: 1 },
    { key: 'basic', role: 'radio', text: 'Basic', group: 'Plan', parent: 'plans', onPage: 1 },
    { key: 'plus', role: 'radio', text: 'Plus', group: 'Plan', parent: 'plans', onPage: 1 },
    { key: 'billing', role: 'combobox', label: 'Billing', options: billing, value: 'Monthly', onPage: 1 },
    { key: 'next2', role: 'button', text: 'Next', onPage: 1, nextPage: true },
    { key: 'join', role: 'button', text: 'Join now', onPage: 2 },
  ];
  const moves = (name: string, email: string, plan: string): Move[] => [type('First name', name), type('Email', email), click('Next'), click(plan), click('Next'), click('Join now')];
  const DEMO_TASK = 'I need a monthly Plus membership for Lena (lena@mail.com).';

  it('sets the drop-down of the later page, before that page\'s Next, to the option named before its aside', async () => {
    const demo = await demonstrate(wizard(), DEMO_TASK, moves('Lena', 'lena@mail.com', 'Plus'));
    const { operator, status, reason } = await follow(wizard(), demo, 'I need a yearly Basic membership for Noor (noor@mail.com).');
    expect(status, reason).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ first: 'Noor', email: 'noor@mail.com', billing: 'Yearly (save 15%)' });
    expect([...operator.checked]).toEqual(['basic']);
  });

  it('adds nothing when the drop-down offers no option the new value names, and the task is refused', async () => {
    const demo = await demonstrate(wizard(['Monthly', 'Quarterly']), DEMO_TASK, moves('Lena', 'lena@mail.com', 'Plus'));
    const refused = await follow(wizard(['Monthly', 'Quarterly']), demo, 'I need a yearly Basic membership for Noor (noor@mail.com).');
    expect(refused.status).not.toBe('success');
  });
});

describe('unusedWord', () => {
  const used = (text: string) => ['Off-peak', 'Lena'].includes(text);
  it('tries alone the one differing word no step used, when the other differing words were used', () => {
    expect(unusedWord({ old: 'monthly Off-peak', new: 'yearly Plus' }, used)).toEqual([{ old: 'monthly', new: 'yearly' }]);
    // Two unused words, or one word only: no single value to try.
    expect(unusedWord({ old: 'monthly weekday', new: 'yearly weekend' }, used)).toEqual([]);
    expect(unusedWord({ old: 'monthly', new: 'yearly' }, used)).toEqual([]);
    // Only one word differs: it is the whole pair once refined, tried as it is.
    expect(unusedWord({ old: 'monthly Off-peak', new: 'yearly Off-peak' }, used)).toEqual([]);
  });
});
