/**
 * rules/dropped-asked-step.ts on the survey the teaching bench found it on (stay-survey, seed 2): the demonstration
 * 'Can you give wi-fi a "Poor" and location a "Good"? We would stay again.' planned for 'Can you give wi-fi a "Great"
 * and value for money a "Good"? …'. The plan the bench followed had folded the Wi-Fi click into a search for the next
 * row (rules/feed-search.ts, mended since); the guard refuses any plan that leaves out such a step, whichever rule
 * drops it, and leaves alone the steps a plan leaves out on purpose.
 */
import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../../core/trajectory.js';
import { planDemonstration, type DemonstrationPlan } from '../plan-demonstration.js';
import { applyPlanRules } from './plan-rules.js';
import { droppedAskedStepProblems } from './dropped-asked-step.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { SurveyPageOperator } from '../../../../test/kits/exemplar/survey-page.js';

const DEMONSTRATED = 'Can you give wi-fi a "Poor" and location a "Good"? We would stay again.';
const ASKED = 'Can you give wi-fi a "Great" and value for money a "Good"? We would stay again.';
const SEED_2_ROWS = ['Staff', 'Value for money', 'Wi-Fi', 'Cleanliness'];

/** Wi-Fi "Poor", Location "Good", Yes, Done on the demonstration's instance. */
async function demonstrate(): Promise<Trajectory> {
  const wanted = [['Wi-Fi', 'Poor'], ['Location', 'Good'], ['again', 'Yes'], ['Done']];
  return recordDemonstration(new SurveyPageOperator(['Wi-Fi', 'Breakfast', 'Staff', 'Location']), DEMONSTRATED, (observation, step) => {
    const [row, value] = wanted[step] ?? [];
    if (row === undefined) return undefined;
    const rowOf = (parentId: number | undefined) => observation.elements.find((element) => element.role === 'cell' && element.parentId === parentId)?.text;
    const target = observation.elements.find((element) =>
      row === 'Done' ? element.text === 'Done' : row === 'again' ? element.text === value : element.role === 'radio' && element.value === value && rowOf(element.parentId) === row,
    );
    return target ? { type: 'click', target: { elementId: target.id } } : undefined;
  });
}

async function planFor(task: string): Promise<DemonstrationPlan> {
  const page = await new SurveyPageOperator(SEED_2_ROWS).observe();
  return applyPlanRules(planDemonstration(await demonstrate(), task, page.elements, page.page));
}

const texts = (plan: DemonstrationPlan) => droppedAskedStepProblems(plan).map((problem) => problem.text);
/** The plan without the planned steps for demonstrated step `index` (0-based). */
const without = (plan: DemonstrationPlan, index: number): DemonstrationPlan => ({ ...plan, steps: plan.steps.filter((planned) => planned.sourceIndex !== index) });

describe('a demonstrated step that set what the task still names, left out of the plan', () => {
  it('passes the plan made now: every rating step is there', async () => {
    const plan = await planFor(ASKED);
    expect(texts(plan)).toEqual([]);
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
  });

  it('refuses the plan the bench followed: the Wi-Fi click folded into a search for the next row', async () => {
    const plan = await planFor(ASKED);
    const folded: DemonstrationPlan = {
      ...plan,
      steps: [{ sourceIndex: 0, step: plan.trajectory.steps[0]!, bindings: [], feedSearch: { deltaY: 80, demonstrated: 1 } }, ...without(plan, 0).steps],
    };
    expect(texts(folded)).toEqual(['the plan leaves out demonstrated step 1 (click the radio, for "Poor" and "Wi-Fi"), though the task still asks for it']);
    expect(droppedAskedStepProblems(folded)[0]!.blocking).toBe(true);
  });

  it.each([
    // The bench's task, and the rows named in the other order: Wi-Fi is still named, "Poor" still carried to a new rating.
    [ASKED, 0, '"Poor" and "Wi-Fi"'],
    ['Can you give value for money a "Good" and wi-fi a "Great"? We would stay again.', 0, '"Poor" and "Wi-Fi"'],
    // A row the demonstration did not use takes Location's place: "location" is carried to it by a slot, "Good" said again.
    ['Can you give wi-fi a "Great" and cleanliness a "Good"? We would stay again.', 1, '"Good" and "Location"'],
    // Both rows new: each demonstrated rating carried to one.
    ['Can you give staff a "Great" and cleanliness a "Poor"? We would stay again.', 0, '"Poor" and "Wi-Fi"'],
    ['Can you give staff a "Great" and cleanliness a "Poor"? We would stay again.', 1, '"Good" and "Location"'],
  ])('%s: leaving out the demonstrated step at %i is refused, naming %s', async (task, index, named) => {
    const plan = without(await planFor(task), index);
    expect(texts(plan)).toEqual([expect.stringContaining(`demonstrated step ${index + 1} (click the radio, for ${named})`)]);
  });

  it('leaves alone a step the task asks nothing of: the Location rating for a task rating Wi-Fi alone, the "Yes" of a task that never says it', async () => {
    const plan = await planFor(ASKED);
    expect(texts({ ...without(plan, 1), task: 'Can you give wi-fi a "Great"? We would stay again.', alignment: { ...plan.alignment, slots: plan.alignment.slots.filter((slot) => slot.old[0] === 'Poor') } })).toEqual([]);
    expect(texts(without(plan, 2))).toEqual([]);
  });

  it('never reads a press, and counts the steps a checked set or a repeated block stands for', async () => {
    const plan = await planFor(ASKED);
    // "Done" named by both texts, its press left out: a press is no value set.
    expect(texts({ ...without(plan, 3), task: `${ASKED} Then Done.`, trajectory: { ...plan.trajectory, task: `${DEMONSTRATED} Then Done.` } })).toEqual([]);
    const [first, ...rest] = plan.steps;
    // The Wi-Fi radio stood for by one "make exactly these checked" step of its role.
    expect(texts({ ...plan, steps: [{ ...rest[0]!, ensureChecked: { role: 'radio', names: ['Great'] } }, ...rest.slice(1)] })).toEqual([]);
    // … or by a repeated block's copy for an item, on a radio of the same kind.
    expect(texts({ ...plan, steps: [{ ...rest[0]!, item: 0 }, ...rest.slice(1)] })).toEqual([]);
    // A copy for an item on another kind of control stands for nothing here.
    expect(texts({ ...plan, steps: [{ ...plan.steps.at(-1)!, item: 0 }, ...rest] }).length).toBe(1);
    expect(first!.sourceIndex).toBe(0);
  });
});
