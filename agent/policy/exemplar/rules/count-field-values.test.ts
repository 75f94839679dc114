/**
 * rules/count-field-values.ts on a table booking (the form of form-fill-booking.review.test.ts): the demonstration
 * "Book a table for Lopez, 4 guests at 7 pm, outdoor seating." typed 4 into Guests. A name or a range bound to that
 * 4 is refused by name; one number — digits or a word — is not this rule's to refuse.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets, type WidgetMove } from '../../../../test/kits/exemplar/widget-runs.js';
import { planDemonstration } from '../plan-demonstration.js';
import { applyPlanRules } from './plan-rules.js';
import { countFieldProblems } from './count-field-values.js';

const form = (countLabel: string): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Reserve a table' },
  { key: 'name', role: 'textbox', label: 'Name', attributes: { id: 'r-name' } },
  { key: 'guests', role: 'textbox', label: countLabel, attributes: { id: 'r-guests' } },
  { key: 'go', role: 'button', text: 'Book' },
];
const find = (observation: Observation, label: string) => observation.elements.find((element) => element.label === label)!;
const type = (label: string, text: string): WidgetMove => (observation) => ({ type: 'type', target: { elementId: find(observation, label).id }, text });
const press: WidgetMove = (observation) => ({ type: 'click', target: { elementId: observation.elements.find((element) => element.text === 'Book')!.id } });

async function problemsFor(demo: Trajectory, widgets: WidgetSpec[], task: string) {
  const page = await new WidgetPageOperator(widgets).observe();
  const plan = applyPlanRules(planDemonstration(demo, task, page.elements));
  return { own: countFieldProblems(plan).map((problem) => problem.text), all: plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text) };
}

describe('a count field takes a count', () => {
  const demonstrate = (label = 'Guests', typed = '4', task = 'Book a table for Lopez, 4 guests.') => demonstrateOnWidgets(form(label), task, [type('Name', 'Lopez'), type(label, typed), press]);

  it('refuses a name bound to the demonstrated count ("Chen and Rossi, 6 guests" read as the list "Lopez, 4")', async () => {
    const { own, all } = await problemsFor(await demonstrate(), form('Guests'), 'Book a table for Chen and Rossi, 6 guests.');
    expect(own).toEqual(['the plan would type "Rossi" into "Guests", which takes a count (the demonstration typed "4"): "Rossi" is no number']);
    expect(all).toContain(own[0]);
  });
  it('refuses a range of guests, however written', async () => {
    for (const [task, range] of [['Book a table for Chen, 6 to 8 guests.', '6 to 8'], ['Book a table for Chen, 6-8 guests.', '6-8']] as const) {
      expect((await problemsFor(await demonstrate(), form('Guests'), task)).own, task).toEqual([`the task gives "${range}" for "Guests", a range and no one count: how many is for a person to decide`]);
    }
  });
  it('leaves one number alone, in digits or in words', async () => {
    for (const task of ['Book a table for Chen, 6 guests.', 'Book a table for Chen, six guests.']) {
      expect((await problemsFor(await demonstrate(), form('Guests'), task)).own, task).toEqual([]);
    }
  });
  it('judges no field the demonstration typed words into, nor a field whose label counts nothing', async () => {
    const names = await demonstrateOnWidgets(form('Guest names'), 'Book a table for Lopez, 4 guests.', [type('Name', 'Lopez'), type('Guest names', '4'), press]);
    expect((await problemsFor(names, form('Guest names'), 'Book a table for Chen and Rossi, 6 guests.')).own).toEqual([]);
    const words = await demonstrateOnWidgets(form('Guests'), 'Book a table for Lopez with Ana.', [type('Name', 'Lopez'), type('Guests', 'Ana'), press]);
    expect((await problemsFor(words, form('Guests'), 'Book a table for Chen with Bo and Cy.')).own).toEqual([]);
  });
});
