/**
 * The closing press said as a verb (rules/closing-press.ts): "save the form" and "click Save" ask the one press on
 * "Save"; "delete the photo" is a clause of its own when another step clicked the photo.
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../task-clauses.js';
import { pressNamedByVerb } from './closing-press.js';
import { clauseProblems } from './task-clauses.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

const form = (): WidgetSpec[] => [
  { key: 'team', role: 'combobox', label: 'Team', options: ['—', 'Pirates', 'Wolves'] },
  { key: 'nickname', role: 'textbox', label: 'Nickname' },
  { key: 'save', role: 'button', text: 'Save' },
];

const demoTask = 'Choose Pirates for the team and type "Cato" as the nickname, then save the form.';
const record = (task = demoTask) =>
  recordDemonstration(new WidgetPageOperator(form()), task, (observation, step) =>
    [
      { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: 'Pirates' },
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Nickname').id }, text: 'Cato', replace: true },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
    ][step],
  );

const clause = (text: string, opening: string) => splitClauses(text).find((candidate) => candidate.text.startsWith(opening))!;

describe('the closing press said as a verb', () => {
  it('reads "save the form" as the press on "Save" the demonstration closed with', async () => {
    const demonstration = await record();
    expect(pressNamedByVerb(clause(demoTask, 'save'), demonstration.steps)).toBe(true);
    const task = 'Please set the team to Wolves and the nickname to "Tamsin", then click Save.';
    const problems = clauseProblems({ demoTask, task, slots: [], steps: demonstration.steps });
    expect(problems.map((problem) => problem.text).join('; ')).not.toMatch(/save the form/);
  });

  it('reads it so the other way round: the task says "save the form", the demonstration "click Save"', async () => {
    const clicked = 'Choose Pirates for the team and type "Cato" as the nickname, then click Save.';
    const demonstration = await record(clicked);
    const problems = clauseProblems({ demoTask: clicked, task: 'Choose Wolves for the team and type "Tamsin" as the nickname, then save the form.', slots: [], steps: demonstration.steps });
    expect(problems.map((problem) => problem.text).join('; ')).not.toMatch(/save the form/);
  });

  it('leaves a clause whose object another step names, or whose verb is no caption of the closing press', async () => {
    const page: WidgetSpec[] = [
      { key: 'photo', role: 'button', text: 'photo of the lake' },
      { key: 'delete', role: 'button', text: 'Delete' },
    ];
    const deleting = 'Delete the photo.';
    const demonstration = await recordDemonstration(new WidgetPageOperator(page), deleting, (observation, step) =>
      [{ type: 'click' as const, target: { elementId: find(observation, 'button', 'photo of the lake').id } }, { type: 'click' as const, target: { elementId: find(observation, 'button', 'Delete').id } }][step],
    );
    expect(pressNamedByVerb(clause(deleting, 'Delete'), demonstration.steps)).toBe(false);
    const saved = await record();
    expect(pressNamedByVerb(clause('Then submit the form.', 'submit'), saved.steps)).toBe(false);
  });

  it('refuses a "save" whose object says more than the whole form: another button, a count, a tail', async () => {
    // The reviewer's page: "Save draft" and "Submit" beside "Save"; the demonstration clicked "Save".
    const page = (): WidgetSpec[] => [...form(), { key: 'draft', role: 'button', text: 'Save draft' }, { key: 'submit', role: 'button', text: 'Submit' }];
    const clicked = 'Choose Pirates for the team and type "Cato" as the nickname, then click Save.';
    const demonstration = await recordDemonstration(new WidgetPageOperator(page()), clicked, (observation, step) =>
      [
        { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: 'Pirates' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Nickname').id }, text: 'Cato', replace: true },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
      ][step],
    );
    const opening = 'Choose Wolves for the team and type "Tamsin" as the nickname, then ';
    for (const ending of ['save the form as a draft.', 'save a draft.', 'save the form twice.', 'save the form to a file.', 'save it for later.', 'save the form again.']) {
      const task = opening + ending;
      expect(pressNamedByVerb(clause(task, 'save'), demonstration.steps), ending).toBe(false);
      const problems = clauseProblems({ demoTask: clicked, task, slots: [], steps: demonstration.steps });
      expect(problems.map((problem) => problem.text).join('; '), ending).toMatch(/also asks to "save/);
    }
    for (const ending of ['save the form.', 'save.', 'save it.', 'save all changes.', 'save everything.']) {
      expect(pressNamedByVerb(clause(opening + ending, 'save'), demonstration.steps), ending).toBe(true);
    }
  });

  it('refuses a whole word another control\'s caption holds ("save the form" beside a "Save form" button)', async () => {
    const page = (): WidgetSpec[] => [...form(), { key: 'save-form', role: 'button', text: 'Save form' }];
    const demonstration = await recordDemonstration(new WidgetPageOperator(page()), 'Click Save.', (observation, step) =>
      [{ type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } }][step],
    );
    expect(pressNamedByVerb(clause('Then save the form.', 'save'), demonstration.steps)).toBe(false);
    expect(pressNamedByVerb(clause('Then save it.', 'save'), demonstration.steps)).toBe(true);
  });

  it('refuses "click Save draft" paired with a demonstrated "save the form" that pressed "Save"', async () => {
    const page = (): WidgetSpec[] => [...form(), { key: 'draft', role: 'button', text: 'Save draft' }, { key: 'submit', role: 'button', text: 'Submit' }];
    const demonstration = await recordDemonstration(new WidgetPageOperator(page()), demoTask, (observation, step) =>
      [
        { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: 'Pirates' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Nickname').id }, text: 'Cato', replace: true },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
      ][step],
    );
    const opening = 'Choose Wolves for the team and type "Tamsin" as the nickname, then ';
    const problems = (ending: string) => clauseProblems({ demoTask, task: opening + ending, slots: [{ kind: 'text', list: false, old: ['the form'], new: ['draft'] }], steps: demonstration.steps }).filter((problem) => problem.blocking);
    expect(problems('click Save draft.').map((problem) => problem.text).join('; ')).toMatch(/names "draft"/);
    expect(problems('click Save.')).toEqual([]);
  });
});
