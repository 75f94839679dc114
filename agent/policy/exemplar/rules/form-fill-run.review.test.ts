/**
 * Review probes (session 31, review31), followed end to end on the synthetic pet form: texts where the form reading
 * filled and sent the form wrongly on review31 (it.fails there); each now presses nothing.
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

describe('form fill, followed: review probes (wrong actions on review31, refused now)', () => {
  // A relayed note's sender is typed as the pet's name (name "Sam"), and the form is sent.
  it('sends nothing when the only name is the note\'s sender ("From Sam:")', () => sendsNothing('From Sam: 7-year-old female parrot, phone 07928 317649'));
  // The same for "Sam called:".
  it('sends nothing when the only name is the caller ("Sam called:")', () => sendsNothing('Sam called: 7-year-old female parrot, phone 07928 317649'));
  // "for Sam" is the owner: Sam is typed as the pet's name.
  it('sends nothing when the only name is the one the pet is registered for', () => sendsNothing('Register a 7-year-old female parrot for Sam. Phone 07928 317649.'));
  // 7 weeks is typed into "Age (years)" as 7: "aged" fits the label, the unit is not read.
  it('sends nothing for an age in weeks', () => sendsNothing("Register Pepper, a female parrot aged 7 weeks. Owner's phone: 07928 317649."));
  // 7 months is typed into "Age (years)" as 7.
  it('sends nothing for an age in months after "age"', () => sendsNothing("Register Pepper, a female parrot, age 7 months. Owner's phone: 07928 317649."));
  // A statement asks nothing: the form is filled and sent again.
  it('sends nothing for a pet said to be already registered', () => sendsNothing("Pepper, a 7-year-old female parrot, is already registered. Owner's phone: 07928 317649."));
  // "her" says Pepper is female; "male" said of her brother keeps the demonstration's Male.
  it('sends nothing when the sex option is said of another animal', () => sendsNothing("Register Pepper, a 7-year-old parrot. Owner's phone: 07928 317649. Her brother is male."));
});

describe('form fill, followed: nearby wordings a person might write (session 32)', () => {
  // Read by the word template, not the form reading: the guards still refuse (plan-demonstration.ts).
  it('sends nothing when the sex is said of someone else ("Sam is male", "Her owner is male")', async () => {
    await sendsNothing("Register Pepper, a 7-year-old parrot. Owner's phone: 07928 317649. Sam is male.");
    await sendsNothing("Register Pepper, a 7-year-old parrot. Her owner is male. Owner's phone: 07928 317649.");
  });
  it("sends nothing when the phone is said to be someone else's", async () => {
    await sendsNothing("Register Pepper, a 7-year-old female parrot. Her vet's phone: 07928 317649.");
    await sendsNothing("Register Pepper, a 7-year-old female parrot. Sam's phone: 07928 317649.");
  });
  it('sends nothing for an age in months, a span of years or a statement of what was done', async () => {
    await sendsNothing("Register Pepper, a 7-month-old female parrot. Owner's phone: 07928 317649.");
    await sendsNothing("Register Pepper, a female parrot we have had for 7 years. Owner's phone: 07928 317649.");
    await sendsNothing("Pepper was registered as a 7-year-old female parrot. Owner's phone: 07928 317649.");
    await sendsNothing('Ask Sam to register a 7-year-old female parrot, phone 07928 317649.');
  });
});

describe('form fill, followed: the guards under the word template (session 32)', () => {
  // The template read this as Parrot (the "(actually a cat)" left over); two options of one control refuse.
  it('sends nothing when the task names a second option of one control', () => sendsNothing("Register Pepper, a 7-year-old female parrot (actually a cat). Owner's phone: 07928 317649."));
  it('sends nothing for a value in doubt, an aside no field takes or another number', async () => {
    await sendsNothing('Pepper | parrot | male? | 7 yrs | 07928 317649');
    await sendsNothing('Pepper | parrot | female | 7 yrs | 07928 317649 | deceased');
    await sendsNothing("Register Pepper, a 7-year-old female parrot. Owner's fax: 07928 317649.");
  });
});

describe('form fill, followed: review32 probes that held (corrections, negations, units, a field the demonstration left empty)', () => {
  it('sends nothing for a corrected value or a value given twice', async () => {
    await sendsNothing("Register Pepper, a 7-year-old female parrot, no, make it 8. Owner's phone: 07928 317649.");
    await sendsNothing('Could you register Pepper? Parrot, female, seven years, phone 07928 317649. Actually make that eight.');
    await sendsNothing('Pepper | parrot | female | 7 | 8 | 07928 317649');
    await sendsNothing('Pepper | Polly | parrot | female | 7 | 07928 317649');
  });
  it('sends nothing for a negated option, whichever option it names', async () => {
    await sendsNothing("Register Pepper, a 7-year-old parrot, not male. Owner's phone: 07928 317649.");
    await sendsNothing('Pepper | parrot | not female | 7 yrs | 07928 317649');
    await sendsNothing("Register Pepper, a 7-year-old male parrot (not a tortoise). Owner's phone: 07928 317649.");
  });
  it('sends nothing for a count in another unit, or a value for a field the demonstration did not fill', async () => {
    await sendsNothing("Register Pepper, a female parrot, 7 kg. Owner's phone: 07928 317649.");
    await sendsNothing('Pepper | parrot | female | weight 7 | 07928 317649');
    await sendsNothing("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649. Microchip number: 985112004.");
  });
});

describe('form fill, followed: review32 wrong actions (a second request after the form\'s values)', () => {
  // Was it.fails (review32): the pet registered and the run done, "Also book her a check-up" left undone (the kinds-and-places
  // reading acted; alignFormFill's guard gap was never asked). A clause opening as a request is unserved (unserved-remainder.ts).
  it('sends nothing when the text also asks a check-up booked', () => sendsNothing("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649. Also book her a check-up."));
  // Was it.fails (review32): the same for "Email the owner a copy." (the word template read the values; the e-mail never sent).
  it('sends nothing when the text also asks a copy e-mailed', () => sendsNothing("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649. Email the owner a copy."));
  // Held beside them: another deed that names a value ("Delete Clover's record.") or says "then".
  it('sends nothing when the other deed names a record, or follows "then"', async () => {
    await sendsNothing("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649. Delete Clover's record.");
    await sendsNothing("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649. Then print her card.");
  });
});

describe('form fill, followed: review32 wrong actions (a question about the request is no request)', () => {
  // Wrong action: "Did you register …?" asks whether it was done; the pet is registered (again) and Save pressed.
  it('sends nothing for "Did you register …?"', () => sendsNothing("Did you register Pepper, a 7-year-old female parrot? Owner's phone: 07928 317649."));
  // Wrong action: "Should I register …?" asks for advice; the form is filled and sent.
  it('sends nothing for "Should I register …?"', () => sendsNothing("Should I register Pepper, a 7-year-old female parrot? Owner's phone: 07928 317649."));
  // Wrong action: "How do I register …?" asks how; the form is filled and sent.
  it('sends nothing for "How do I register …?"', () => sendsNothing("How do I register Pepper, a 7-year-old female parrot? Owner's phone: 07928 317649."));
  // Held beside them: "Is … registered?", "Why is … not registered?" and a terse note ending "registered?".
  it('sends nothing for "Is … registered?", "Why is … not registered?" or "— registered?"', async () => {
    await sendsNothing("Is Pepper, a 7-year-old female parrot, registered? Owner's phone: 07928 317649.");
    await sendsNothing("Why is Pepper, a 7-year-old female parrot, not registered? Owner's phone: 07928 317649.");
    await sendsNothing('Pepper | parrot | female | 7 | 07928 317649 — registered?');
  });
});
