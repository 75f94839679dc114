// Review probes (session 31, review31): texts a person would write where the form reading fills the form wrongly.
// Each was it.fails on review31 (the reading aligned: a wrong action); each now refuses (a gap) or types the value as written.
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { alignFormFill } from './form-fill.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
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
const step = (elements: UIElement[], action: Action): Step => ({ index: 0, observation: { text: '', elements }, action, targets: [] }) as unknown as Step;

// A vet clinic's new-patient form: name, species drop-down, age, sex radios, phone; a sender beside "Clear form".
const SPECIES = ['Choose…', 'Dog', 'Cat', 'Rabbit', 'Guinea pig', 'Parrot', 'Tortoise', 'Hamster'];
const petForm = (sender: string) => {
  const name = element('textbox', '', { label: "Pet's name", attributes: { id: 'p-name' } });
  const species = element('combobox', 'Choose…', { label: 'Species', options: SPECIES, attributes: { id: 'p-species' } });
  const age = element('textbox', '', { label: 'Age (years)', attributes: { id: 'p-age' } });
  const sexes = ['Male', 'Female'].map((text) => element('radio', text, { group: 'Sex' }));
  const phone = element('textbox', '', { label: "Owner's phone", attributes: { id: 'p-phone' } });
  const clear = element('button', 'Clear form');
  const go = element('button', sender);
  return { name, species, age, sexes, phone, clear, go, all: [element('heading', 'New patient'), name, species, age, ...sexes, phone, clear, go] };
};
const demo = petForm('Register');
const DEMO = "Register Clover, a 6-year-old male tortoise. Owner's phone: 07286 814339.";
const steps = [
  step(demo.all, { type: 'type', text: 'Clover', target: { elementId: demo.name.id } }),
  step(demo.all, { type: 'select', option: 'Tortoise', target: { elementId: demo.species.id } }),
  step(demo.all, { type: 'type', text: '6', target: { elementId: demo.age.id } }),
  step(demo.all, { type: 'click', target: { elementId: demo.sexes[0]!.id } }),
  step(demo.all, { type: 'type', text: '07286 814339', target: { elementId: demo.phone.id } }),
  step(demo.all, { type: 'click', target: { elementId: demo.go.id } }),
];
const page = petForm('Save').all;
const gapOf = (task: string) => {
  const read = alignFormFill(DEMO, task, steps, page);
  return read && 'gap' in read ? read.gap : undefined;
};


describe('review probes: a value of the right kind that is not the field\'s', () => {
  // The sender of a relayed note is no pet: "Sam" would be typed as the pet's name.
  it('refuses the sender of a note as the pet\'s name ("From Sam:", "Note from Sam:", "Sam called:")', () => {
    expect(gapOf('From Sam: 7-year-old female parrot, phone 07928 317649')).toBeDefined();
    expect(gapOf('Note from Sam: 7-year-old female parrot, phone 07928 317649')).toBeDefined();
    expect(gapOf('Sam called: 7-year-old female parrot, phone 07928 317649')).toBeDefined();
  });

  // "for Sam" names whom the pet is registered for (the owner), not the pet: Sam would be typed as the pet's name.
  it('refuses the one a pet is registered for as its name', () => {
    expect(gapOf('Register a 7-year-old female parrot for Sam. Phone 07928 317649.')).toBeDefined();
  });

  // "aged 7 weeks" / "age 7 months": the label word fits, the unit does not; 7 would be typed into "Age (years)".
  it('refuses an age said in another unit than the field\'s, beside a word of the label', () => {
    expect(gapOf("Register Pepper, a female parrot aged 7 weeks. Owner's phone: 07928 317649.")).toBeDefined();
    expect(gapOf("Register Pepper, a female parrot, age 7 months. Owner's phone: 07928 317649.")).toBeDefined();
  });

  // "7 years with us" is how long the pet has been kept, not its age; "years" alone makes it fit the age field.
  it('refuses a count of years said of something else than the age', () => {
    expect(gapOf("Register Pepper, a female parrot, 7 years with us. Owner's phone: 07928 317649.")).toBeDefined();
  });
});

describe('review probes: a text that asks nothing', () => {
  // A statement that the pet is already registered asks for no registration; the form would be filled and sent.
  it('refuses a text saying the pet is already registered', () => {
    expect(gapOf("Pepper, a 7-year-old female parrot, is already registered. Owner's phone: 07928 317649.")).toBeDefined();
  });

  // "Her brother is male" is said of another animal; the Sex radio is kept at the demonstration's Male for a "her".
  it('refuses a sex option said of another animal than the one registered', () => {
    expect(gapOf("Register Pepper, a 7-year-old parrot. Owner's phone: 07928 317649. Her brother is male.")).toBeDefined();
  });
});

describe('review probes: a value typed otherwise than written', () => {
  // "+44 7928 317649" is read from its first digit group: "44 7928 317649" would be typed, the plus dropped.
  it('types a phone with its leading plus, or refuses', () => {
    const read = alignFormFill(DEMO, "Register Pepper, a 7-year-old female parrot. Owner's phone: +44 7928 317649.", steps, page);
    if (read && 'alignment' in read) expect(read.alignment.slots.map((slot) => slot.new[0])).toContain('+44 7928 317649');
  });
});
