import { describe, expect, it } from 'vitest';
import { DEMO, demo, page, petForm, step, steps } from '../../../../test/kits/exemplar/pet-form.js';
import { alignFormFill, formSteps, formValues, gluesFormValues } from './form-fill.js';
import { countFits } from './form-guards.js';
import { onlyStates } from './task-mood.js';

const slotsOf = (task: string) => {
  const read = alignFormFill(DEMO, task, steps, page);
  if (!read || !('alignment' in read)) throw new Error(`not aligned: ${JSON.stringify(read)}`);
  return read.alignment.slots.map((slot) => `${slot.old[0]} → ${slot.new[0]}`);
};
const gapOf = (task: string) => {
  const read = alignFormFill(DEMO, task, steps, page);
  return read && 'gap' in read ? read.gap : undefined;
};

describe('formSteps: a demonstration that only fills a form and sends it', () => {
  it('reads typing, a drop-down, a radio of a group and a last press', () => {
    expect(formSteps(steps)?.map((field) => field.type)).toEqual(['typed', 'choice', 'typed', 'choice', 'typed']);
  });

  it('is no form when a press stands before the end, or a step of another kind is taken', () => {
    expect(formSteps([steps[5]!, ...steps])).toBeUndefined();
    expect(formSteps([...steps.slice(0, 5), step(demo.all, { type: 'click', target: { elementId: demo.clear.id } }), steps[5]!])).toBeUndefined();
    expect(formSteps([step(demo.all, { type: 'press', keys: 'Enter' }), ...steps])).toBeUndefined();
  });
});

describe('gluesFormValues: a template slot holding several of the form values', () => {
  it('finds one that runs across a name, an age and two choices, and no step used', () => {
    expect(gluesFormValues({ old: ['Clover, a 6-year-old male tortoise'], new: ['Ziggy, an 11-year-old male hamster'], list: false, kind: 'text' }, steps)).toBe(true);
    expect(gluesFormValues({ old: ['Clover', 'a 6-year-old male tortoise'], new: ['Ziggy', 'an 11-year-old male hamster'], list: true, kind: 'text' }, steps)).toBe(true);
  });

  it('lets a slot holding one value, or a value a step used whole, pass', () => {
    expect(gluesFormValues({ old: ['Clover'], new: ['Ziggy'], list: false, kind: 'text' }, steps)).toBe(false);
    expect(gluesFormValues({ old: ['6-year-old'], new: ['11-year-old'], list: false, kind: 'text' }, steps)).toBe(false);
    expect(gluesFormValues({ old: ['Clover', 'Tortoise'], new: ['Ziggy', 'Hamster'], list: true, kind: 'text' }, steps)).toBe(false);
  });
});

describe('formValues: a task read for a form', () => {
  it('joins digit groups written apart and tells a count from a long digit group', () => {
    const values = formValues(DEMO, [], demo.all);
    expect(values.map((value) => [value.kind, value.value])).toEqual([['name', 'Clover'], ['count', '6'], ['digits', '07286 814339']]);
  });

  it('takes no name the page shows as a caption', () => {
    expect(formValues('Fill it in for Pepper and press Save.', [], page).map((value) => value.text)).toEqual(['Pepper']);
  });
});

describe('alignFormFill: each field the demonstration filled takes one value of the new task', () => {
  it('reads a terse note by its values: name at the segment start, species and sex by the page, age and phone by kind', () => {
    expect(slotsOf('Pepper | parrot | female | 7 yrs | 07928 317649')).toEqual(['Tortoise → Parrot', 'Male → Female', 'Clover → Pepper', '6 → 7', '07286 814339 → 07928 317649']);
  });

  it('reads a question with the age in words and a two-word option', () => {
    expect(slotsOf('Can you add Bruno, our eight-year-old guinea pig (female), with phone 07123 456789?')).toEqual(['Tortoise → Guinea pig', 'Male → Female', 'Clover → Bruno', '6 → 8', '07286 814339 → 07123 456789']);
  });

  it('reads a "label: value" note and a relayed message', () => {
    expect(slotsOf('New pet - name: Otis; species: dog; sex: male; age: 4; tel: 07555 123456.')).toEqual(['Tortoise → Dog', 'Clover → Otis', '6 → 4', '07286 814339 → 07555 123456']);
    expect(slotsOf('From Sam: "new patient Nala, female cat, age 3, phone 07111 222333"')).toEqual(['Tortoise → Cat', 'Male → Female', 'Clover → Nala', '6 → 3', '07286 814339 → 07111 222333']);
  });

  it('refuses a sex said only by a word the page does not show ("a girl", "she")', () => {
    expect(gapOf('Pickle is our new guinea pig, a girl, 2 years old - call 07547 509424.')).toMatch(/no option of the control where the demonstration chose "Male"/);
    expect(gapOf('Could you sign up our tortoise Waffles, please? She is 12; my number is 07339 527681.')).toMatch(/no option/);
  });

  it('refuses a second species: two options of one control', () => {
    expect(gapOf('Register Pepper, a 7-year-old female parrot or cat. Owner\'s phone: 07928 317649.')).toMatch(/2 options \("Parrot", "Cat"\)/);
  });

  it('reads no drop-down prompt ("Choose…") as an option the task names', () => {
    expect(slotsOf('Choose | parrot | female | 7 yrs | 07928 317649 | Pepper')).toContain('Tortoise → Parrot');
  });

  it('refuses a task that leaves a field without a value', () => {
    expect(gapOf('Register Pepper, a female parrot.')).toMatch(/0 value\(s\) of kind count/);
    expect(gapOf('Register Pepper, a 7-year-old female parrot.')).toMatch(/0 value\(s\) of kind digits/);
  });

  it('refuses a count said of something the form has no field for', () => {
    expect(gapOf('Register Pepper, a female parrot weighing 3 kg. Owner\'s phone: 07928 317649.')).toMatch(/"3" is said as .*"weighing", "kg"/);
    // The species beside both counts is a choice, no cue: "tortoise" of "a male tortoise, 6" does not make "3 toys" an age.
    expect(gapOf('Register Pepper, a female tortoise with 3 toys. Owner\'s phone: 07928 317649.')).toMatch(/"toys"/);
    expect(gapOf('Register Pepper, a female parrot with 3 toys. Owner\'s phone: 07928 317649.')).toMatch(/"toys"/);
    expect(gapOf('Register Pepper, a female parrot, 12 months old. Owner\'s phone: 07928 317649.')).toMatch(/"months"/);
  });

  it("refuses a name that says whose the pet is, or a name of another length (an owner's full name)", () => {
    expect(gapOf("Register Sam's 7-year-old female parrot. Owner's phone: 07928 317649.")).toMatch(/no name like the demonstration's/);
    expect(gapOf("Register a 7-year-old female parrot for Sam Okafor. Owner's phone: 07928 317649.")).toMatch(/no name like the demonstration's/);
  });

  it('refuses a value no field takes, and two of one kind not told apart', () => {
    expect(gapOf("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649, or 07928 317650.")).toMatch(/2 value\(s\) of kind digits/);
    expect(gapOf("Register Pepper and Milo, a 7-year-old female parrot. Owner's phone: 07928 317649.")).toMatch(/2 value\(s\) of kind name/);
  });

  it('refuses another request on the same page', () => {
    expect(gapOf('Clear the form.')).toBeDefined();
    expect(gapOf("Delete Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649.")).toMatch(/delete|remove/);
    expect(gapOf("Don't register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649.")).toBeDefined();
  });

  it('reads no verb opening the text as a name', () => {
    expect(gapOf('Update | parrot | female | 7 yrs | 07928 317649')).toMatch(/0 value\(s\) of kind name/);
  });

  it('types no name the page shows as a caption', () => {
    // "Save" is the sender here: the only capitalised word is no name, so the name field has none.
    expect(gapOf('Save | parrot | female | 7 yrs | 07928 317649')).toMatch(/0 value\(s\) of kind name/);
  });

  it('refuses a demonstration whose chosen caption its task does not say', () => {
    const girl = 'Pickle is our new guinea pig, a girl, 2 years old - call 07547 509424.';
    const read = alignFormFill(girl, 'Pepper | parrot | female | 7 yrs | 07928 317649', [
      step(demo.all, { type: 'type', text: 'Pickle', target: { elementId: demo.name.id } }),
      step(demo.all, { type: 'select', option: 'Guinea pig', target: { elementId: demo.species.id } }),
      step(demo.all, { type: 'type', text: '2', target: { elementId: demo.age.id } }),
      step(demo.all, { type: 'click', target: { elementId: demo.sexes[1]!.id } }),
      step(demo.all, { type: 'type', text: '07547 509424', target: { elementId: demo.phone.id } }),
      step(demo.all, { type: 'click', target: { elementId: demo.go.id } }),
    ], page);
    expect(read && 'gap' in read ? read.gap : '').toMatch(/chose "Female", which its task does not say/);
  });
});

describe('alignFormFill: nearby wordings a person might write end correct or refused', () => {
  it('reads a name where it names the thing the form is about', () => {
    expect(slotsOf('Please add our parrot Pepper (female), age 7, phone 07928 317649.')).toEqual(['Tortoise → Parrot', 'Male → Female', 'Clover → Pepper', '6 → 7', '07286 814339 → 07928 317649']);
    expect(slotsOf('Register a female parrot called Pepper, age 7, phone 07928 317649.')).toContain('Clover → Pepper');
  });

  it('refuses a name whose role is unclear: the one who writes, the one asked, the one it is for', () => {
    for (const task of ['Sam here: register a 7-year-old female parrot, phone 07928 317649.', 'Ask Sam to register a 7-year-old female parrot, phone 07928 317649.', 'Please register a 7-year-old female parrot on behalf of Sam, phone 07928 317649.', 'Sam wants a 7-year-old female parrot registered, phone 07928 317649.']) {
      expect(gapOf(task), task).toMatch(/"Sam" does not stand where it names what the form is about/);
    }
  });

  it("reads a name where the demonstration's task put its own name, after the same two words — and no other place", () => {
    const said = "Book the tortoise in as Clover: male, 6 years old, owner's phone 07286 814339.";
    const read = (task: string) => alignFormFill(said, task, steps, page);
    const same = read("Book the parrot in as Pepper: female, 7 years old, owner's phone 07928 317649.");
    expect(same && 'alignment' in same ? same.alignment.slots.map((slot) => `${slot.old[0]} → ${slot.new[0]}`) : same).toContain('Clover → Pepper');
    const other = read("Book the parrot in for Sam: female, 7 years old, owner's phone 07928 317649.");
    expect(other && 'gap' in other ? other.gap : other).toMatch(/"Sam" does not stand where it names what the form is about/);
  });

  it('refuses a count said in another measure or of another span than the age in years', () => {
    for (const task of ['Register Pepper, a female parrot we have had for 7 years. Owner\'s phone: 07928 317649.', 'Register Pepper, a female parrot turning 7. Owner\'s phone: 07928 317649.', 'Register Pepper, a female parrot, 7 in human years. Owner\'s phone: 07928 317649.', 'Register Pepper, a 7-month-old female parrot. Owner\'s phone: 07928 317649.', 'Register Pepper, 7 this year, a female parrot. Owner\'s phone: 07928 317649.']) {
      expect(gapOf(task), task).toMatch(/not as the measure of the field "Age \(years\)"/);
    }
  });

  it('takes a count beside the words the demonstration\'s count stood beside, function words too — and no other measure', () => {
    const place = (text: string, value: string) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length });
    const fits = (demoTask: string, old: string, task: string, value: string, label: string) => countFits(task, place(task, value), demoTask, place(demoTask, old), label, { old: [], new: [] });
    expect(fits('Order juice for room 12.', '12', 'Order water for room 14.', '14', 'Room')).toBe(true);
    expect(fits('Book a table for Lopez, 4 guests at 7 pm.', '4', 'Book a table for Chen, 6 guests at 8 pm.', '6', 'Guests')).toBe(true);
    expect(fits('Order juice for room 12.', '12', 'Order water for 14 nights.', '14', 'Room')).toBe(false);
    expect(fits('Book a table for Lopez, 4 guests at 7 pm.', '4', 'Book a table for Chen, 6 weeks at 8 pm.', '6', 'Guests')).toBe(false);
  });

  it('refuses a text that states what was done and asks nothing', () => {
    expect(gapOf("Pepper was registered as a 7-year-old female parrot. Owner's phone: 07928 317649.")).toBeDefined();
    expect(gapOf("Pepper, a 7-year-old female parrot, has been registered. Owner's phone: 07928 317649.")).toMatch(/only states something/);
  });

  it('refuses a choice said beside a word the demonstration had none of (said of someone else)', () => {
    expect(gapOf("Register Pepper, a 7-year-old parrot. Owner's phone: 07928 317649. Sam is male.")).toMatch(/"male" beside "sam"/);
    expect(gapOf("Register Pepper, a 7-year-old parrot. Her owner is male. Owner's phone: 07928 317649.")).toMatch(/"male" beside "owner"/);
  });

  it("refuses a phone said to be someone else's", () => {
    expect(gapOf("Register Pepper, a 7-year-old female parrot. Her vet's phone: 07928 317649.")).toMatch(/after "vet/);
    expect(gapOf("Register Pepper, a 7-year-old female parrot. Sam's phone: 07928 317649.")).toMatch(/after "sam/);
  });

  it('keeps the plus of an international number, typed as written', () => {
    expect(slotsOf("Register Pepper, a 7-year-old female parrot. Owner's phone: +44 7928 317649.")).toContain('07286 814339 → +44 7928 317649');
  });
});

describe('alignFormFill: a text that speaks of someone beside the form\'s subject', () => {
  it('refuses values that may describe a relative ("Her mother, a 7-year-old female parrot")', () => {
    expect(gapOf("Register Pepper. Her mother, a 7-year-old female parrot, lives with us. Owner's phone: 07928 317649.")).toBeDefined();
    expect(gapOf("Register Pepper. Her mother is a 7-year-old female parrot. Owner's phone: 07928 317649.")).toMatch(/"mother"/);
    expect(gapOf("Register Pepper, a 7-year-old female parrot from my neighbour. Owner's phone: 07928 317649.")).toBeDefined();
  });

  it('lets a word the page shows pass ("Owner\'s phone")', () => {
    expect(slotsOf("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649.")).toContain('Clover → Pepper');
  });
});

describe('onlyStates: a text that states and asks nothing', () => {
  it('reads a request verb, a question, "please" or a bare note as asking', () => {
    expect(onlyStates('I need a monthly Student membership for Yara Falk (yara.falk@posteo.net).', [])).toBe(false);
    expect(onlyStates('Sign Noor Akana up for the Student membership, billed yearly.', [])).toBe(false);
    expect(onlyStates('Pepper | parrot | female | 7 yrs', [])).toBe(false);
  });

  it('reads a request verb said as done, "has been" or "already" as stating', () => {
    expect(onlyStates('We added Pepper last week.', [])).toBe(true);
    expect(onlyStates('Pepper, a parrot, has been signed up.', [])).toBe(true);
    expect(onlyStates('Register Pepper? She is already registered.', [])).toBe(true);
  });
});

describe('alignFormFill: a value said in doubt, aside or as another number', () => {
  it('refuses a value with a question mark of its own', () => {
    expect(gapOf('Pepper | parrot | male? | 7 yrs | 07928 317649')).toMatch(/question mark/);
  });

  it('refuses a phrase holding no value that no field takes', () => {
    expect(gapOf('Pepper | parrot | female | 7 yrs | 07928 317649 | deceased')).toMatch(/"deceased"/);
    expect(gapOf("Register Pepper, a 7-year-old female parrot. Owner's phone: 07928 317649 (old number).")).toMatch(/"old number"/);
  });

  it('refuses a number said to be another than a phone', () => {
    expect(gapOf("Register Pepper, a 7-year-old female parrot. Owner's fax: 07928 317649.")).toMatch(/after "fax"/);
  });

  it('reads a phone said in the words a person writes before one', () => {
    expect(slotsOf('Pepper | parrot | female | 7 yrs | mobile 07928 317649')).toContain('07286 814339 → 07928 317649');
  });

  it('refuses two options of one control under any reading (a guard)', () => {
    const read = alignFormFill(DEMO, "Register Pepper, a 7-year-old female parrot (actually a cat). Owner's phone: 07928 317649.", steps, page);
    expect(read && 'guard' in read ? read.guard : false).toBe(true);
  });
});
