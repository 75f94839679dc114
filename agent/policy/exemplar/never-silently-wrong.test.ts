/**
 * Issue 11 §4: the offline policy acts only on an unambiguous grounding and
 * otherwise refuses, naming the step, what is missing, and what would help.
 * Each case is a way a replayed demonstration used to act wrongly.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

function formPage(extra: WidgetSpec[] = [], field: Partial<WidgetSpec> = {}): WidgetSpec[] {
  return [
    { key: 'heading', role: 'text', text: 'Type below' },
    { key: 'field', role: 'textbox', label: 'Answer', attributes: { id: 'tt' }, ...field },
    ...extra,
    { key: 'submit', role: 'button', text: 'Submit' },
  ];
}
const enterTask = (word: string) => `Enter "${word}" into the text field and press Submit.`;

async function recordEnter(word: string) {
  return recordDemonstration(new WidgetPageOperator(formPage()), enterTask(word), (observation, step) =>
    step === 0
      ? { type: 'type', target: { elementId: find(observation, 'textbox').id }, text: word }
      : step === 1
        ? { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } }
        : undefined,
  );
}

async function runOffline(memory: InMemoryExemplars, widgets: WidgetSpec[], task: string) {
  const operator = new WidgetPageOperator(widgets);
  const policy = new ExemplarPolicy({ memory });
  const result = await new Runner({ operator, policy }).run(task);
  return { operator, policy, result };
}

const HELP = /What would help: .*demonstration.*model/;

describe('never silently wrong', () => {
  it('refuses a task value the demonstration has no step for, before acting at all', async () => {
    const memory = new InMemoryExemplars([await recordEnter('Kasie')]);
    const page = formPage([{ key: 'remember', role: 'checkbox', text: 'Remember me' }]);
    const { operator, result } = await runOffline(memory, page, 'Enter "Lon" into the text field, tick "Remember me" and press Submit.');
    expect(result.outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.reason).toMatch(/^cannot ground step 1/);
    expect(result.outcome.reason).toContain('"Remember me"');
    expect(result.outcome.reason).toMatch(/no step of the demonstration/);
    expect(result.outcome.reason).toMatch(HELP);
  });

  it('refuses wording taken for a list item ("Lon", tick "Remember me")', async () => {
    const memory = new InMemoryExemplars([await recordEnter('Kasie')]);
    const page = formPage([{ key: 'remember', role: 'checkbox', text: 'Remember me' }]);
    const { operator, result } = await runOffline(memory, page, 'Enter "Lon", tick "Remember me" into the text field and press Submit.');
    expect(result.outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.reason).toContain('the task\'s "tick \\"Remember me\\"" is not a value like the demonstration\'s "Kasie"');
  });

  it('says how many items the task names and how many the demonstration handled', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'first', role: 'textbox', label: 'First' },
      { key: 'second', role: 'textbox', label: 'Second' },
      { key: 'third', role: 'textbox', label: 'Third' },
      { key: 'submit', role: 'button', text: 'Submit' },
    ];
    const task = (names: string) => `Enter the names ${names} and press Submit.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task('Ada and Bob'), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'First').id }, text: 'Ada' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Second').id }, text: 'Bob' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(), task('Cy, Di and Ed'));
    expect(result.outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.reason).toContain('the task names 3 items (Cy, Di, Ed); the demonstration handled 2 (Ada, Bob)');
    expect(result.outcome.reason).toMatch(HELP);
  });

  it('never types a value that comes neither from the task nor from the page (a secret placeholder)', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'pass', role: 'textbox', label: 'Password', inputType: 'password' },
      { key: 'login', role: 'button', text: 'Login' },
    ];
    const task = 'Sign in as the administrator and press Login.';
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: '<secret:password-1>' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Login').id } },
      ][step],
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(), task);
    expect(result.outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.reason).toMatch(/^cannot ground step 1/);
    expect(result.outcome.reason).toContain('"<secret:password-1>"');
    expect(result.outcome.reason).toMatch(/neither in the task nor on the screen/);
  });

  it('never types a value the demonstration took from its task when this task does not give it', async () => {
    // The old value happens to be on the new page; the new task names no value to type.
    const memory = new InMemoryExemplars([await recordEnter('Kasie')]);
    const page = formPage([{ key: 'note', role: 'text', text: 'Kasie was here' }]);
    const { operator, result } = await runOffline(memory, page, 'Enter your name into the text field and press Submit.');
    expect(result.outcome.status).toBe('failed');
    expect(operator.values.get('field')).toBeUndefined();
    expect(operator.clicks).not.toContain('submit');
  });

  it('refuses a demonstration of another kind of task, saying so', async () => {
    const checkboxes: WidgetSpec[] = [
      { key: 'group', role: 'group', text: '' },
      ...['yrK', 'Qw', 'zz9'].map((word) => ({ key: `box:${word}`, role: 'checkbox', text: word, parent: 'group' })),
      { key: 'submit', role: 'button', text: 'Submit' },
    ];
    const demo = await recordDemonstration(new WidgetPageOperator(checkboxes), 'Select yrK, Qw and click Submit.', (observation, step) =>
      [
        { type: 'click' as const, target: { elementId: find(observation, 'checkbox', 'yrK').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'checkbox', 'Qw').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), formPage(), enterTask('abc'));
    expect(result.outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.reason).toMatch(/another kind of task/);
    expect(result.outcome.reason).toMatch(HELP);
  });

  it('checks the state the task asks for before the final step: a field that kept only part of the value', async () => {
    const memory = new InMemoryExemplars([await recordEnter('Kasie')]);
    const { operator, result } = await runOffline(memory, formPage([], { maxLength: 3 }), enterTask('Lonnie'));
    expect(operator.values.get('field')).toBe('Lon');
    expect(result.outcome.status).toBe('failed');
    expect(operator.clicks).not.toContain('submit');
    expect(result.outcome.reason).toMatch(/^cannot ground step 2/);
    expect(result.outcome.reason).toContain('holds "Lon", not "Lonnie"');
  });

  it('does not claim done when the last typed value did not stick', async () => {
    const page = (): WidgetSpec[] => [{ key: 'field', role: 'textbox', label: 'Search', maxLength: 4 }];
    const task = (term: string) => `Type "${term}" into the search box.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task('cats'), (observation, step) =>
      step === 0 ? { type: 'type', target: { elementId: find(observation, 'textbox').id }, text: 'cats' } : undefined,
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(), task('giraffes'));
    expect(operator.values.get('field')).toBe('gira');
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/^cannot ground step 2: the demonstration's steps are all done, but .*holds "gira", not "giraffes"/);
  });

  it('still acts when everything the task names is used and grounded', async () => {
    const memory = new InMemoryExemplars([await recordEnter('Kasie')]);
    const { operator, result } = await runOffline(memory, formPage(), enterTask('Lonnie'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('field')).toBe('Lonnie');
    expect(operator.clicks.at(-1)).toBe('submit');
  });
});

describe('values the task points to on the page (issue 11 §3)', () => {
  const page = (last: string): WidgetSpec[] => [
    { key: 'table', role: 'group', text: '' },
    { key: 'k1', role: 'text', text: 'First name', parent: 'table' },
    { key: 'v1', role: 'text', text: last === 'Smith' ? 'Ann' : 'Bea', parent: 'table' },
    { key: 'k2', role: 'text', text: 'Last name', parent: 'table' },
    { key: 'v2', role: 'text', text: last, parent: 'table' },
    { key: 'field', role: 'textbox', label: 'Answer' },
    { key: 'submit', role: 'button', text: 'Submit' },
  ];
  const task = 'Copy the last name from the table into the text field and press Submit.';

  it('types what the demonstrated source element holds now, not the demonstration\'s literal text', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(page('Smith')), task, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: 'Smith' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page('Jones'), task);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('field')).toBe('Jones');
    expect(result.trajectory.steps[0]!.thought).toMatch(/Jones.*on the page/);
    // The caption is gone and nothing stands in its place: refused, never the old literal.
    const gone = await runOffline(new InMemoryExemplars([demo]), [
      { key: 'field', role: 'textbox', label: 'Answer' },
      { key: 'submit', role: 'button', text: 'Submit' },
    ], task);
    expect(gone.result.outcome.status).toBe('failed');
    expect(gone.operator.values.get('field')).toBeUndefined();
  });

  it('copies what a source field holds (a text area to copy from)', async () => {
    const page = (text: string): WidgetSpec[] => [
      { key: 'source', role: 'textbox', label: 'Source', attributes: { id: 'source' } },
      { key: 'field', role: 'textbox', label: 'Answer', attributes: { id: 'answer' } },
      { key: 'submit', role: 'button', text: 'Submit' },
    ].map((widget) => (widget.key === 'source' ? { ...widget, text } : widget));
    const task = 'Copy the text from the area above into the answer box and press Submit.';
    const demo = await recordDemonstration(new WidgetPageOperator(page('lorem ipsum')), task, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Answer').id }, text: 'lorem ipsum' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page('dolor sit amet'), task);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('field')).toBe('dolor sit amet');
  });
});
