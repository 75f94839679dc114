/**
 * Review probes (session 31, review31), followed end to end on the synthetic pet form: texts where the form reading
 * fills and sends the form wrongly today. Each is it.fails (status success, Save pressed); each should press nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';

const petForm = (sender: string): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'New patient' },
  { key: 'name', role: 'textbox', label: "Pet's name", attributes: { id: 'p-name' } },
  { key: 'species', role: 'combobox', label: 'Species', options: ['Choose…', 'Dog', 'Cat', 'Rabbit', 'Guinea pig', 'Parrot', 'Tortoise', 'Hamster'], value: 'Choose…', attributes: { id: 'p-species' } },
  { key: 'age', role: 'textbox', label: 'Age (years)', attributes: { id: 'p-age' } },
  { key: 'male', role: 'radio', text: 'Male', group: 'Sex' },
  { key: 'female', role: 'radio', text: 'Female', group: 'Sex' },
  { key: 'phone', role: 'textbox', label: "Owner's phone", attributes: { id: 'p-phone' } },
  { key: 'clear', role: 'button', text: 'Clear form' },
  { key: 'go', role: 'button', text: sender },
];

const find = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
const type = (label: string, text: string): Move => (observation) => ({ type: 'type', target: { elementId: find(observation, (element) => element.label === label).id }, text });
const choose = (option: string): Move => (observation) => ({ type: 'select', target: { elementId: find(observation, (element) => element.role === 'combobox').id }, option });
const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: find(observation, (element) => element.text === text).id } });

const DEMO = "Register Clover, a 6-year-old male tortoise. Owner's phone: 07286 814339.";

const moves = [type("Pet's name", 'Clover'), choose('Tortoise'), type('Age (years)', '6'), click('Male'), type("Owner's phone", '07286 814339'), click('Register')];
const sendsNothing = async (task: string) => {
  const demo = await demonstrate(petForm('Register'), DEMO, moves);
  const { operator, status } = await follow(petForm('Save'), demo, task);
  expect(status, task).not.toBe('success');
  expect(operator.clicks, task).not.toContain('go');
};

describe('form fill, followed: review probes (wrong actions today)', () => {
  // A relayed note's sender is typed as the pet's name (name "Sam"), and the form is sent.
  it.fails('sends nothing when the only name is the note\'s sender ("From Sam:")', () => sendsNothing('From Sam: 7-year-old female parrot, phone 07928 317649'));
  // The same for "Sam called:".
  it.fails('sends nothing when the only name is the caller ("Sam called:")', () => sendsNothing('Sam called: 7-year-old female parrot, phone 07928 317649'));
  // "for Sam" is the owner: Sam is typed as the pet's name.
  it.fails('sends nothing when the only name is the one the pet is registered for', () => sendsNothing('Register a 7-year-old female parrot for Sam. Phone 07928 317649.'));
  // 7 weeks is typed into "Age (years)" as 7: "aged" fits the label, the unit is not read.
  it.fails('sends nothing for an age in weeks', () => sendsNothing("Register Pepper, a female parrot aged 7 weeks. Owner's phone: 07928 317649."));
  // 7 months is typed into "Age (years)" as 7.
  it.fails('sends nothing for an age in months after "age"', () => sendsNothing("Register Pepper, a female parrot, age 7 months. Owner's phone: 07928 317649."));
  // A statement asks nothing: the form is filled and sent again.
  it.fails('sends nothing for a pet said to be already registered', () => sendsNothing("Pepper, a 7-year-old female parrot, is already registered. Owner's phone: 07928 317649."));
  // "her" says Pepper is female; "male" said of her brother keeps the demonstration's Male.
  it.fails('sends nothing when the sex option is said of another animal', () => sendsNothing("Register Pepper, a 7-year-old parrot. Owner's phone: 07928 317649. Her brother is male."));
});
