/**
 * A vet clinic's new-patient form as an observation, and a demonstration that fills it and presses "Register": the
 * fixture of the form reading's tests (agent/policy/exemplar/rules/form-fill*.test.ts).
 */
import type { UIElement } from '../../../agent/core/observation.js';
import type { Trajectory } from '../../../agent/core/trajectory.js';
import type { Action } from '../../../agent/core/action.js';

export type Step = Trajectory['steps'][number];

let nextId = 1;
export const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++,
  role,
  tag: role === 'textbox' ? 'input' : role === 'combobox' ? 'select' : role === 'radio' || role === 'checkbox' ? 'input' : 'button',
  text,
  states: {},
  box: { x: 0, y: nextId * 20, width: 100, height: 16 },
  source: 'dom',
  interactive: true,
  ...extra,
});
export const step = (elements: UIElement[], action: Action): Step => ({ index: 0, observation: { text: '', elements }, action, targets: [] }) as unknown as Step;

// A vet clinic's new-patient form: name, species drop-down, age, sex radios, phone; a sender beside "Clear form".
const SPECIES = ['Choose…', 'Dog', 'Cat', 'Rabbit', 'Guinea pig', 'Parrot', 'Tortoise', 'Hamster'];
export const petForm = (sender: string) => {
  const name = element('textbox', '', { label: "Pet's name", attributes: { id: 'p-name' } });
  const species = element('combobox', 'Choose…', { label: 'Species', options: SPECIES, attributes: { id: 'p-species' } });
  const age = element('textbox', '', { label: 'Age (years)', attributes: { id: 'p-age' } });
  const sexes = ['Male', 'Female'].map((text) => element('radio', text, { group: 'Sex' }));
  const phone = element('textbox', '', { label: "Owner's phone", attributes: { id: 'p-phone' } });
  const clear = element('button', 'Clear form');
  const go = element('button', sender);
  return { name, species, age, sexes, phone, clear, go, all: [element('heading', 'New patient'), name, species, age, ...sexes, phone, clear, go] };
};
export const demo = petForm('Register');
export const DEMO = "Register Clover, a 6-year-old male tortoise. Owner's phone: 07286 814339.";
export const steps = [
  step(demo.all, { type: 'type', text: 'Clover', target: { elementId: demo.name.id } }),
  step(demo.all, { type: 'select', option: 'Tortoise', target: { elementId: demo.species.id } }),
  step(demo.all, { type: 'type', text: '6', target: { elementId: demo.age.id } }),
  step(demo.all, { type: 'click', target: { elementId: demo.sexes[0]!.id } }),
  step(demo.all, { type: 'type', text: '07286 814339', target: { elementId: demo.phone.id } }),
  step(demo.all, { type: 'click', target: { elementId: demo.go.id } }),
];
export const page = petForm('Save').all;
