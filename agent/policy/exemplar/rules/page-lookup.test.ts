import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import type { Action } from '../../../core/action.js';
import type { ActionResult } from '../../../core/operator.js';
import type { Observation } from '../../../core/observation.js';

/** The widget page with a clipboard: copy takes a field's whole value, paste puts it into a field. */
class ClipboardPage extends WidgetPageOperator {
  clipboard = '';
  copied: string[] = [];
  private shown: Observation | undefined;
  constructor(private readonly specs: WidgetSpec[]) {
    super(specs);
  }
  override async observe(): Promise<Observation> {
    this.shown = await super.observe();
    return this.shown;
  }
  private keyOf(action: Action): string | undefined {
    if (!('target' in action) || !action.target || !('elementId' in action.target)) return undefined;
    const id = action.target.elementId;
    const index = this.shown?.elements.findIndex((element) => element.id === id) ?? -1;
    return index >= 0 ? this.specs[index]?.key : undefined;
  }
  override async execute(action: Action): Promise<ActionResult> {
    if (action.type === 'copy') {
      const key = this.keyOf(action);
      if (key === undefined) return super.execute(action);
      this.clipboard = this.values.get(key) ?? '';
      this.copied.push(key);
      return { ok: true, durationMs: 0 };
    }
    if (action.type === 'paste') {
      const key = this.keyOf(action);
      if (key === undefined) return super.execute(action);
      this.values.set(key, this.clipboard);
      return { ok: true, durationMs: 0 };
    }
    return super.execute(action);
  }
}

/** Cards whose values sit in read-only fields after their captions (copied whole with Ctrl+A, Ctrl+C). */
function fieldCards(people: readonly Person[]): ClipboardPage {
  const widgets: WidgetSpec[] = [];
  people.forEach((person, index) => {
    widgets.push(
      { key: `card-${index}`, role: 'group', text: person.name },
      { key: `name-${index}`, role: 'text', text: person.name, parent: `card-${index}` },
      { key: `cap-phone-${index}`, role: 'listitem', text: 'Phone', parent: `card-${index}` },
      { key: `phone-${index}`, role: 'textbox', parent: `card-${index}` },
      { key: `cap-city-${index}`, role: 'listitem', text: 'City', parent: `card-${index}` },
      { key: `city-${index}`, role: 'textbox', parent: `card-${index}` },
    );
  });
  widgets.push({ key: 'answer', role: 'textbox', label: 'Answer' }, { key: 'submit', role: 'button', text: 'Submit' });
  const page = new ClipboardPage(widgets);
  people.forEach((person, index) => {
    page.values.set(`phone-${index}`, person.phone);
    page.values.set(`city-${index}`, person.city);
  });
  return page;
}

interface Person {
  name: string;
  phone: string;
  city: string;
}

/** A directory table: column headers over one row group per person (cells under their header's x). */
function table(people: readonly Person[]): WidgetSpec[] {
  const widgets: WidgetSpec[] = [
    { key: 'h-name', role: 'columnheader', text: 'Name', x: 10 },
    { key: 'h-phone', role: 'columnheader', text: 'Phone', x: 120 },
    { key: 'h-city', role: 'columnheader', text: 'City', x: 230 },
  ];
  people.forEach((person, index) => {
    widgets.push(
      { key: `row-${index}`, role: 'row', text: `${person.name} ${person.phone} ${person.city}`, x: 10 },
      { key: `name-${index}`, role: 'cell', text: person.name, parent: `row-${index}`, x: 10 },
      { key: `phone-${index}`, role: 'cell', text: person.phone, parent: `row-${index}`, x: 120 },
      { key: `city-${index}`, role: 'cell', text: person.city, parent: `row-${index}`, x: 230 },
    );
  });
  widgets.push({ key: 'answer', role: 'textbox', label: 'Answer' }, { key: 'submit', role: 'button', text: 'Submit' });
  return widgets;
}

/** The same directory as cards: a name, then caption / value pairs. */
function cards(people: readonly Person[]): WidgetSpec[] {
  const widgets: WidgetSpec[] = [];
  people.forEach((person, index) => {
    widgets.push(
      { key: `card-${index}`, role: 'group', text: `${person.name} Phone ${person.phone} City ${person.city}` },
      { key: `name-${index}`, role: 'text', text: person.name, parent: `card-${index}` },
      { key: `cap-phone-${index}`, role: 'listitem', text: 'Phone', parent: `card-${index}` },
      { key: `phone-${index}`, role: 'listitem', text: person.phone, parent: `card-${index}` },
      { key: `cap-city-${index}`, role: 'listitem', text: 'City', parent: `card-${index}` },
      { key: `city-${index}`, role: 'listitem', text: person.city, parent: `card-${index}` },
    );
  });
  widgets.push({ key: 'answer', role: 'textbox', label: 'Answer' }, { key: 'submit', role: 'button', text: 'Submit' });
  return widgets;
}

const DEMO_PEOPLE: Person[] = [
  { name: 'Oscar Ellis', phone: '555-6997', city: 'Lisbon' },
  { name: 'Wade Reyes', phone: '555-1405', city: 'Krakow' },
  { name: 'Kofi Garcia', phone: '555-2361', city: 'Oslo' },
];
const NEW_PEOPLE: Person[] = [
  { name: 'Elena Vance', phone: '555-1136', city: 'Vienna' },
  { name: 'Sven Garcia', phone: '555-3499', city: 'Cork' },
  { name: 'Lena Young', phone: '555-5003', city: 'Krakow' },
];
const task = (what: string, who: string) => `Enter the ${what} of ${who} into the field and press Submit.`;

/** A person who reads the value off the page and types it (what a paste of a selected cell records too). */
function demonstrate(widgets: WidgetSpec[], demoTask: string, typed: string) {
  return recordDemonstration(new WidgetPageOperator(widgets), demoTask, (observation, step) =>
    [
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Answer').id }, text: typed },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
    ][step],
  );
}

async function run(demo: Awaited<ReturnType<typeof demonstrate>>, widgets: WidgetSpec[], newTask: string) {
  const operator = new WidgetPageOperator(widgets);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(newTask);
  return { result, typed: operator.values.get('answer') ?? '' };
}

describe('a value the task points to on the page', () => {
  it('reads the cell under the same column in the row of the new key, not the demonstrated position', async () => {
    const demo = await demonstrate(table(DEMO_PEOPLE), task('phone number', 'Wade Reyes'), '555-1405');
    const plan = planDemonstration(demo, task('phone number', 'Sven Garcia'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.lookup).toMatchObject({ mode: 'column', caption: 'Phone', key: { old: 'Wade Reyes', new: 'Sven Garcia' } });
    // Sven Garcia sits in the second row here, as Wade Reyes did: a third-row key tells a copy by place from a copy by key.
    const { result, typed } = await run(demo, table(NEW_PEOPLE), task('phone number', 'Lena Young'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(typed).toBe('555-5003');
  });

  it('reads another column when the new task names its caption', async () => {
    const demo = await demonstrate(table(DEMO_PEOPLE), task('phone number', 'Wade Reyes'), '555-1405');
    const { typed } = await run(demo, table(NEW_PEOPLE), task('city', 'Elena Vance'));
    expect(typed).toBe('Vienna');
  });

  it('reads the value after the caption in the key\'s card', async () => {
    const demo = await demonstrate(cards(DEMO_PEOPLE), task('city', 'Kofi Garcia'), 'Oslo');
    const plan = planDemonstration(demo, task('city', 'Sven Garcia'));
    expect(plan.steps[0]!.lookup).toMatchObject({ mode: 'label', caption: 'City' });
    const { result, typed } = await run(demo, cards(NEW_PEOPLE), task('phone', 'Sven Garcia'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(typed).toBe('555-3499');
  });

  it('refuses when the new task names no caption the demonstration could follow', async () => {
    const demo = await demonstrate(table(DEMO_PEOPLE), task('phone number', 'Wade Reyes'), '555-1405');
    const plan = planDemonstration(demo, task('details', 'Elena Vance'));
    expect(plan.problems.some((problem) => problem.blocking && /step 1: .*"Phone"/.test(problem.text))).toBe(true);
    const { result, typed } = await run(demo, table(NEW_PEOPLE), task('details', 'Elena Vance'));
    expect(result.outcome.status).not.toBe('success');
    expect(typed).toBe('');
  });

  it('refuses when the new key shows nowhere on the page', async () => {
    const demo = await demonstrate(table(DEMO_PEOPLE), task('phone number', 'Wade Reyes'), '555-1405');
    const { result, typed } = await run(demo, table(NEW_PEOPLE), task('phone number', 'Nadia Patel'));
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/no element shows "Nadia Patel"/);
    expect(typed).toBe('');
  });

  it('drops the clicks and Ctrl+C that only selected the value to copy, and types it as read', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(table(DEMO_PEOPLE)), task('phone number', 'Wade Reyes'), (observation, step) =>
      [
        { type: 'click' as const, target: { elementId: find(observation, 'cell', '555-1405').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'cell', '555-1405').id } },
        { type: 'press' as const, keys: 'Control+C' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Answer').id }, text: '555-1405' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    const plan = planDemonstration(demo, task('phone number', 'Lena Young'));
    expect(plan.steps.map((planned) => planned.step.action.type)).toEqual(['type', 'click']);
    expect(plan.notes.join(' ')).toMatch(/drops the demonstrated step\(s\) 1, 2, 3/);
    const { result, typed } = await run(demo, table(NEW_PEOPLE), task('phone number', 'Lena Young'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(typed).toBe('555-5003');
  });

  it('drops the selection for a copy also when clicks on the field typed into come between it and the typing (a paste into a field clicked first)', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(cards(DEMO_PEOPLE)), task('city', 'Wade Reyes'), (observation, step) =>
      [
        { type: 'double-click' as const, target: { elementId: find(observation, 'listitem', 'Krakow').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'listitem', 'Krakow').id } },
        { type: 'press' as const, keys: 'Control+C' },
        { type: 'click' as const, target: { elementId: find(observation, 'textbox', undefined, 'Answer').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'textbox', undefined, 'Answer').id } },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Answer').id }, text: 'Krakow' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    // The demonstrated city shows nowhere on the new page: a selection kept would find nothing to select.
    const plan = planDemonstration(demo, task('city', 'Elena Vance'));
    expect(plan.steps.map((planned) => planned.step.action.type)).toEqual(['click', 'click', 'type', 'click']);
    // (The double-click and the click after it on the same cell are one selection by then.)
    expect(plan.notes.join(' ')).toMatch(/drops the demonstrated step\(s\) 2, 3 that only selected and copied "Krakow"/);
    const newPeople = NEW_PEOPLE.map((person) => ({ ...person, city: person.city === 'Krakow' ? 'Porto' : person.city }));
    const { result, typed } = await run(demo, cards(newPeople), task('city', 'Elena Vance'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(typed).toBe('Vienna');
  });

  it('copies the field at the new key\'s caption when the demonstration copied a field whole and pasted it', async () => {
    const demoPage = fieldCards(DEMO_PEOPLE);
    const demo = await recordDemonstration(demoPage, task('city', 'Wade Reyes'), (observation, step) => {
      const field = (value: string) => observation.elements.find((element) => element.role === 'textbox' && element.value === value)!;
      return [
        { type: 'copy' as const, target: { elementId: field('Krakow').id } },
        { type: 'paste' as const, target: { elementId: find(observation, 'textbox', undefined, 'Answer').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step];
    });
    expect(demoPage.values.get('answer')).toBe('Krakow');
    const plan = planDemonstration(demo, task('phone', 'Lena Young'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.lookup).toMatchObject({ mode: 'label', caption: 'Phone', key: { new: 'Lena Young' } });
    const page = fieldCards(NEW_PEOPLE);
    const result = await new Runner({ operator: page, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task('phone', 'Lena Young'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.copied).toEqual(['phone-2']);
    expect(page.values.get('answer')).toBe('555-5003');
  });
});
