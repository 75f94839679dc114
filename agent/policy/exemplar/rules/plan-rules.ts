/**
 * The plan-level rules of "never silently wrong", applied to every plan the
 * offline policy makes from a retrieved demonstration (exemplar-policy.ts):
 * a demonstrated menu path followed at
 * the new task's depth (menu-path.ts), picks in one list box that must add up (list-picks.ts), every listed item
 * picked (list-picks.ts), a choice by comparison that the plan must make on
 * the page (comparison-choice.ts), and a demonstration whose own replay did
 * something else (unverified-demonstration.ts), a task on the whole followed from
 * one on a part or the reverse (whole-scope.ts), a slot cutting a value of one kind out of a value of another
 * (cut-values.ts), a tick box or switch the plan would leave in the other state than
 * the task asks of it (toggle-asked-state.ts), a demonstrated step that set what the task still names left out of
 * the plan (dropped-asked-step.ts), a name or a range typed into a field that counts (count-field-values.ts), a task
 * that asks no deed of the demonstration's kind — a question, a report of the past, a request undone in the same
 * text, a condition no step weighs (task-mood.ts). Each adds a blocking problem
 * in words a user understands; the policy then refuses the plan. An exclusive
 * set of names ("and no others") is made exactly, whatever the demonstration
 * had to turn off (exclusive-set.ts).
 */
import { droppedRowKeyPlan } from './dropped-row-key.js';
import type { DemonstrationPlan } from '../planned-step.js';
import { comparisonProblem } from './comparison-choice.js';
import { accumulatePicks, listPickProblems } from './list-picks.js';
import type { TaskValueProblem } from './task-values.js';
import { unverifiedProblem } from './unverified-demonstration.js';
import { menuPathPlan } from './menu-path.js';
import { treePathPlan } from './tree-path.js';
import { feedSearchPlan } from './feed-search.js';
import { rowControlProblems } from './row-control.js';
import { wholeScopeProblem } from './whole-scope.js';
import { cutValueProblems } from './cut-values.js';
import { exclusiveSetPlan } from './exclusive-set.js';
import { toggleStateProblems } from './toggle-asked-state.js';
import { droppedAskedStepProblems } from './dropped-asked-step.js';
import { moodProblem } from './task-mood.js';
import type { UIElement } from '../../../core/observation.js';
import { countFieldProblems } from './count-field-values.js';

/** `page`: the elements the page shows now, when planning for a page at hand (a condition's words are looked for there). */
export function applyPlanRules(demonstrationPlan: DemonstrationPlan, page?: readonly UIElement[]): DemonstrationPlan {
  // A menu path of another depth or wording is followed by its names (menu-path.ts).
  const path = menuPathPlan(demonstrationPlan) ?? treePathPlan(demonstrationPlan) ?? demonstrationPlan;
  // A row key the new task's wording left out: the one value it names in its place, or a refusal (dropped-row-key.ts).
  const keyed = droppedRowKeyPlan(path);
  // A row named by a property is looked for as deep as the list goes (feed-search.ts).
  const searched = feedSearchPlan(keyed) ?? keyed;
  // "(and no others)": the named items on and every other one off, whatever the demonstration had to turn off (exclusive-set.ts).
  const plan = exclusiveSetPlan(searched) ?? searched;
  const picks = accumulatePicks(plan.steps);
  const next: DemonstrationPlan = { ...plan, steps: picks.steps, notes: [...plan.notes, ...picks.notes] };
  const problems: TaskValueProblem[] = [...listPickProblems(next), ...rowControlProblems(next)];
  const comparison = comparisonProblem(next);
  if (comparison) problems.push(comparison);
  // "2" → "18" of "March 18": a slot cutting a value of one kind out of another (cut-values.ts).
  problems.push(...cutValueProblems(next));
  // "personalised ads off" followed for "activity history on": the untick would leave it off (toggle-asked-state.ts).
  problems.push(...toggleStateProblems(next));
  // A demonstrated step that set what the task still names, which no step of the plan does any more (dropped-asked-step.ts).
  problems.push(...droppedAskedStepProblems(next));
  // "Rossi" or "6 to 8" typed where the demonstration typed the count of guests (count-field-values.ts).
  problems.push(...countFieldProblems(next));
  const scope = wholeScopeProblem(next);
  if (scope) problems.push(scope);
  // "Are … on?", "I had … on.", "… and turn them off again.", "… if Sam agrees.": no deed of the demonstration's kind (task-mood.ts).
  const mood = moodProblem(plan.trajectory.task, plan.task, page);
  if (mood) problems.push(mood);
  const unverified = unverifiedProblem(plan.trajectory);
  if (unverified) problems.push(unverified);
  return { ...next, problems: [...plan.problems, ...problems] };
}
