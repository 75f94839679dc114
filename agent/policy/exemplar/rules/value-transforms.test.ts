import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { applyTransform, namedForms, transformFor, transformsBetween } from './value-transforms.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

const page = (): WidgetPageOperator =>
  new WidgetPageOperator([
    { key: 'text', role: 'textbox', label: 'Your text' },
    { key: 'submit', role: 'button', text: 'Submit' },
  ] satisfies WidgetSpec[]);

/** A person who types `typed` into the field and submits. */
function demonstrate(task: string, typed: string) {
  return recordDemonstration(page(), task, (observation, step) =>
    [
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Your text').id }, text: typed },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
    ][step],
  );
}

async function typedFor(demo: Awaited<ReturnType<typeof demonstrate>>, task: string) {
  const operator = page();
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  return { result, typed: operator.values.get('text') };
}

describe('the closed set of text transforms', () => {
  it('applies each form', () => {
    const as = { case: 'as-written', spacing: 'as-written', order: 'as-written' } as const;
    expect(applyTransform({ ...as, case: 'lower' }, 'Hello WORLD')).toBe('hello world');
    expect(applyTransform({ ...as, case: 'upper' }, 'Hello world')).toBe('HELLO WORLD');
    expect(applyTransform({ ...as, case: 'capitalised' }, 'hELLO wORLD')).toBe('Hello world');
    expect(applyTransform({ ...as, case: 'title' }, 'hELLO wORLD')).toBe('Hello World');
    expect(applyTransform({ ...as, spacing: 'no-spaces' }, 'Hello  World')).toBe('HelloWorld');
    expect(applyTransform({ ...as, order: 'reversed' }, 'abc d')).toBe('d cba');
  });

  it('learns which forms turn the task value into the typed text, and none for an unrelated text', () => {
    expect(transformsBetween('Hello World', 'hello world').map((t) => t.case)).toEqual(['lower']);
    expect(transformsBetween('Hello World', 'HELLOWORLD')).toEqual([{ case: 'upper', spacing: 'no-spaces', order: 'as-written' }]);
    expect(transformsBetween('Hello World', 'Goodbye')).toEqual([]);
  });

  it('reads the form a task names, quoted text left out, and several forms for a word that may mean several', () => {
    expect(namedForms('Type "Hello" in lower case and press Submit.')).toEqual({ case: { forms: ['lower'], words: ['lower case'] } });
    expect(namedForms('Enter "x" in all caps.').case?.forms).toEqual(['upper']);
    expect(namedForms('Write "x" using capital letters only.').case?.forms).toEqual(['upper']);
    expect(namedForms('Write "x" with every word capitalised.').case?.forms).toEqual(['title']);
    expect(namedForms('Write "x" capitalised.').case?.forms).toEqual(['capitalised', 'title']);
    expect(namedForms('Type "x" without spaces.').spacing?.forms).toEqual(['no-spaces']);
    expect(namedForms('Type "Small Letters" into the box.')).toEqual({});
  });
});

describe('transformFor: the form the new value is typed in', () => {
  const base = { demoTask: 'Type "Hello World" in lowercase.', demoValue: 'Hello World', typed: 'hello world' };

  it('uses the form the new task names, over the one the demonstration showed', () => {
    expect(transformFor({ ...base, task: 'Type "Good Morning" in all caps.', value: 'Good Morning' })).toMatchObject({ kind: 'typed', text: 'GOOD MORNING' });
    expect(transformFor({ ...base, task: 'Type "Good Morning" in small letters.', value: 'Good Morning' })).toMatchObject({ kind: 'typed', text: 'good morning' });
  });

  it('refuses when the demonstration followed its words and the new task names no form it knows', () => {
    expect(transformFor({ ...base, task: 'Type "Good Morning" in minuscules.', value: 'Good Morning' })).toMatchObject({ kind: 'typed', text: 'good morning' });
    expect(transformFor({ ...base, task: 'Type "Good Morning" in fancy letters.', value: 'Good Morning' })).toMatchObject({ kind: 'refused' });
  });

  it('writes a part only the demonstration named as given when the task names another part in its place, and nothing else new', () => {
    const spaces = { demoTask: 'Type "MINT robin" with the spaces removed and press Submit.', demoValue: 'MINT robin', typed: 'MINTrobin' };
    expect(transformFor({ ...spaces, task: 'Type "BLOOM Meadow" in lowercase and press Submit.', value: 'BLOOM Meadow' })).toMatchObject({ kind: 'typed', text: 'bloom meadow' });
    expect(transformFor({ ...spaces, task: 'Type "amber Fern" using capital letters only and press Go.', value: 'amber Fern' })).toMatchObject({ kind: 'typed', text: 'AMBER FERN' });
    const lower = { demoTask: 'Type "Koala GRAPE" in lowercase and press Submit.', demoValue: 'Koala GRAPE', typed: 'koala grape' };
    expect(transformFor({ ...lower, task: 'Type "Onyx TANGO" with the spaces removed and press Submit.', value: 'Onyx TANGO' })).toMatchObject({ kind: 'typed', text: 'OnyxTANGO' });
    // A word of its own may name the demonstrated form in words this rule does not know.
    expect(transformFor({ ...spaces, task: 'Type "BLOOM Meadow" in lowercase and with no gaps, then press Submit.', value: 'BLOOM Meadow' })).toMatchObject({ kind: 'refused' });
    expect(transformFor({ ...lower, task: 'Type "Onyx TANGO" in tiny letters and press Submit.', value: 'Onyx TANGO' })).toMatchObject({ kind: 'refused' });
  });

  it('refuses a word that may mean two forms when they type the value differently, and takes it when they agree', () => {
    const demo = { demoTask: 'Type "hello" capitalised.', demoValue: 'hello', typed: 'Hello' };
    expect(transformFor({ ...demo, task: 'Type "good morning" capitalised.', value: 'good morning' })).toMatchObject({ kind: 'refused' });
    expect(transformFor({ ...demo, task: 'Type "morning" capitalised.', value: 'morning' })).toMatchObject({ kind: 'typed', text: 'Morning' });
    // The demonstration with the same word and two words of its own tells which form the word meant.
    const two = { demoTask: 'Type "hello there" capitalised.', demoValue: 'hello there', typed: 'Hello There' };
    expect(transformFor({ ...two, task: 'Type "good morning" capitalised.', value: 'good morning' })).toMatchObject({ kind: 'typed', text: 'Good Morning' });
  });

  it('keeps the demonstrated form when no task names one, and binds nothing for an unrelated text', () => {
    const demo = { demoTask: 'Type "Hello World" here.', demoValue: 'Hello World', typed: 'HELLO WORLD' };
    expect(transformFor({ ...demo, task: 'Type "Good Morning" here.', value: 'Good Morning' })).toMatchObject({ kind: 'typed', text: 'GOOD MORNING' });
    expect(transformFor({ ...demo, typed: 'Howdy', task: 'Type "Good Morning" here.', value: 'Good Morning' })).toEqual({ kind: 'unrelated' });
  });

  it('reads same words the demonstration did not follow as about something else ("the CAPS field")', () => {
    const demo = { demoTask: 'Type "Hello" into the CAPS field.', demoValue: 'Hello', typed: 'Hello' };
    expect(transformFor({ ...demo, task: 'Type "World" into the CAPS field.', value: 'World' })).toMatchObject({ kind: 'typed', text: 'World' });
  });
});

describe('a demonstration that typed the task value in another form, replayed', () => {
  // Failing first: before rules/value-transforms.ts the policy typed "good morning" here (the demonstration's lower case).
  it('types the new value in the case the new task names', async () => {
    const demo = await demonstrate('Type "Hello World" in lowercase and press Submit.', 'hello world');
    const { result, typed } = await typedFor(demo, 'Type "Good Morning" in uppercase and press Submit.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(typed).toBe('GOOD MORNING');
  });

  it('capitalises as the task asks where the value is written otherwise', async () => {
    const demo = await demonstrate('Type "hello WORLD" with every word capitalised and press Submit.', 'Hello World');
    const { typed } = await typedFor(demo, 'Type "good MORNING" in title case and press Submit.');
    expect(typed).toBe('Good Morning');
  });

  it('removes the spaces the task says to remove, a value form the plain substitution never found', async () => {
    const demo = await demonstrate('Type "Blue Moon" without spaces and press Submit.', 'BlueMoon');
    const plan = planDemonstration(demo, 'Type "Red Sun" without spaces and press Submit.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.typeText).toBe('RedSun');
    const { typed } = await typedFor(demo, 'Type "Red Sun" without spaces and press Submit.');
    expect(typed).toBe('RedSun');
  });

  it('types the value with its spaces, lower-cased, for a task saying "in lowercase" where the demonstration\'s said "with the spaces removed"', async () => {
    const demo = await demonstrate('Type "MINT robin" with the spaces removed and press Submit.', 'MINTrobin');
    const { result, typed } = await typedFor(demo, 'Type "BLOOM Meadow" in lowercase and press Submit.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(typed).toBe('bloom meadow');
    const spaced = await typedFor(demo, 'Type "CORAL Lantern" without spaces and press Submit.');
    expect(spaced.typed).toBe('CORALLantern');
  });

  it('refuses, naming the step, when the new task names no form the demonstration could follow', async () => {
    const demo = await demonstrate('Type "Hello World" in lowercase and press Submit.', 'hello world');
    const plan = planDemonstration(demo, 'Type "Good Morning" in fancy script and press Submit.');
    expect(plan.problems.some((problem) => problem.blocking && /step 1: .*lowercase/.test(problem.text))).toBe(true);
    const { result, typed } = await typedFor(demo, 'Type "Good Morning" in fancy script and press Submit.');
    expect(result.outcome.status).not.toBe('success');
    expect(typed ?? '').toBe('');
  });
});
