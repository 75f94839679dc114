import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets, followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';
import { namedSpans } from '../page-named-values.js';
import { qualifiedLookAlike, verbInsideNounPhrase } from './modified-name.js';

// A delivery form's labels: two look-alike pairs (a name and a longer name ending in it).
const LABELS = ['Town', 'County', 'Email', 'Confirm email', 'Phone', 'Mobile phone'];
const values = (text: string, names: readonly string[] = LABELS) => namedSpans(text, names).map((span) => span.value);

describe('verbInsideNounPhrase', () => {
  it('reads a caption verb after "my" / "the" or after the task\'s own verb as part of the name', () => {
    const text = 'I want to fill in my confirm email - go to that field.';
    expect(verbInsideNounPhrase(text, text.indexOf('confirm'))).toBe(true);
    const clicked = 'Please click into confirm email.';
    expect(verbInsideNounPhrase(clicked, clicked.indexOf('confirm'))).toBe(true);
  });

  it('leaves a verb that opens the request as the task\'s action', () => {
    expect(verbInsideNounPhrase('Please remove milk.', 'Please '.length)).toBe(false);
    expect(verbInsideNounPhrase('remove milk, then save', 0)).toBe(false);
    // Another clause's verb does not make it a name: "add" acts on oats, "remove" on milk.
    expect(verbInsideNounPhrase('Add oats and remove milk.', 'Add oats and '.length)).toBe(false);
  });
});

describe('qualifiedLookAlike', () => {
  it('is true for a qualified name when a longer name ends in it', () => {
    const text = 'I want to fill in my repeat email - go to that field.';
    expect(qualifiedLookAlike(text, text.indexOf('email'), 'email', LABELS)).toBe(true);
  });

  it('is false without a look-alike, after a common word, or when the qualifier spells the longer name', () => {
    const text = 'Please fill in my work email.';
    expect(qualifiedLookAlike(text, text.indexOf('email'), 'email', ['Email', 'Phone'])).toBe(false);
    const plain = 'Click in the email field.';
    expect(qualifiedLookAlike(plain, plain.indexOf('email'), 'email', LABELS)).toBe(false);
    const caption = 'Please confirm email.';
    expect(qualifiedLookAlike(caption, caption.indexOf('email'), 'email', LABELS)).toBe(false);
  });
});

describe('named values read with their modifiers (page-named-values.ts)', () => {
  it('takes the whole caption after "my": the field "Confirm email", not "Email"', () => {
    expect(values('I want to fill in my confirm email - go to that field.')).toEqual(['Confirm email']);
    expect(values('Please click into confirm email.')).toEqual(['Confirm email']);
  });

  it('reads no value where a qualifier leaves a guess between look-alikes', () => {
    expect(values('I want to fill in my repeat email - go to that field.')).toEqual([]);
    expect(values('focus | repeat email')).toEqual([]);
  });

  it('keeps the plain name and the verb-and-object reading of an icon caption', () => {
    expect(values('Click in the email field.')).toEqual(['Email']);
    expect(values('Please fill in my work email.', ['Email', 'Phone'])).toEqual(['Email']);
    expect(values('Please remove milk.', ['Remove milk', 'milk', 'Milk', 'Eggs'])).toEqual(['milk']);
  });
});

describe('following a focus demonstration on a form of look-alike fields', () => {
  const form = (): WidgetSpec[] => [
    { key: 'heading', role: 'heading', text: 'Delivery details' },
    ...LABELS.map((label, index) => ({ key: label, role: 'textbox', label, attributes: { id: `ff-${index}` } })),
  ];
  const click = (label: string) => (observation: Observation) => ({ type: 'click' as const, target: { elementId: observation.elements.find((element) => element.label === label)!.id } });
  const follow = async (task: string) => {
    const demo = await demonstrateOnWidgets(form(), 'Could you select the town field for me?', [click('Town')]);
    const { operator, status } = await followOnWidgets(form(), demo, task);
    return { status, clicks: operator.clicks };
  };

  it('clicks "Confirm email" for "my confirm email" (it clicked "Email" before)', async () => {
    expect(await follow('I want to fill in my confirm email - go to that field.')).toEqual({ status: 'success', clicks: ['Confirm email'] });
  });

  it('refuses "my repeat email" and "click into repeat email" rather than click "Email"', async () => {
    expect(await follow('I want to fill in my repeat email - go to that field.')).toMatchObject({ status: 'failed', clicks: [] });
    expect(await follow('Please click into repeat email.')).toMatchObject({ status: 'failed', clicks: [] });
  });
});
