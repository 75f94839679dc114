/**
 * The form read by its fields, followed end to end on a synthetic page: the
 * demonstration's wording and the new task's share nothing but the form, and
 * the guard cases (another request, a field without a value, two options of
 * one control) touch no field and press nothing.
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

describe('form fill, followed', () => {
  it('fills the form from a terse note that shares no wording with the demonstration, and sends it under another caption', async () => {
    const demo = await demonstrate(petForm('Register'), DEMO, moves);
    const { operator, status } = await follow(petForm('Save'), demo, 'Pepper | parrot | female | 7 yrs | 07928 317649');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ name: 'Pepper', species: 'Parrot', age: '7', phone: '07928 317649' });
    expect([...operator.checked]).toEqual(['female']);
    expect(operator.clicks).toContain('go');
  });

  it('touches nothing for another request on the form, a field left without a value, or two species', async () => {
    const demo = await demonstrate(petForm('Register'), DEMO, moves);
    for (const task of ['Clear the form.', 'Register Pepper, a female parrot.', "Register Pepper, a 7-year-old female parrot or cat. Owner's phone: 07928 317649."]) {
      const { operator, status } = await follow(petForm('Save'), demo, task);
      expect(status, task).not.toBe('success');
      expect(operator.clicks, task).not.toContain('go');
      expect(operator.clicks, task).not.toContain('clear');
      expect(operator.values.get('name') ?? '', task).toBe('');
    }
  });
});
