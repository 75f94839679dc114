/**
 * A plan composed of parts of several demonstrations of one page (issue 11
 * §3: "several demonstrations of one task combined, rather than only the
 * single best one").
 *
 *   demonstrations: "Set Adults to 4, tick Breakfast, then click Submit."
 *                   "Pick the Twin room, enter K7Q2 as the promo code, then click OK."
 *   task:           "Type 2 in Adults, enter HX4P as the promo code, then click Go."
 *
 * No one demonstration can be followed: the first never entered a promo
 * code, the second never set the adults. A person does the adults as in the
 * first, the promo code as in the second, then the closing press both made.
 *
 * When no retrieved plan is followable (retrieve-plans.ts), the task is split
 * into its clauses (task-clauses.ts); its last clause is the shared closing
 * part when the last clause of two or more demonstrations pairs with it.
 * Each other clause is planned on each demonstration as a task of that clause
 * and the closing one alone — the demonstration narrowed to it as any plan is
 * (rules/task-clauses.ts narrowToTask), its values rebound by the usual
 * planner (plan-demonstration.ts) — and a demonstration covers the clause when
 * that plan can be followed. Every clause is taken from a demonstration that
 * covers it (the one doing it in fewest steps, then the one covering most
 * clauses, so related clauses stay together), clauses in a row from one
 * demonstration planned together; the
 * parts follow in the task's order, each without the closing steps, and the
 * closing steps — the steps every part's plan ends with alike — come once, at
 * the end. The composed plan's steps index one trajectory made of the parts'
 * demonstrated steps, so grounding reads each step as usual.
 *
 * Refused, naming the part, when a clause is covered by no demonstration,
 * when two demonstrations cover one clause with different steps (neither's
 * within the other's: an opening step left over from a clause narrowed away
 * is no difference), or when the parts do not end with the same closing
 * steps. Not attempted (undefined) when the task has fewer than two parts
 * besides its closing clause, fewer than two demonstrations of the page are
 * at hand, no clause is covered, or one demonstration would do it all.
 * Pure functions, no task knowledge; planning is handed in.
 */
import type { Trajectory } from '../../core/trajectory.js';
import { targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from './planned-step.js';
import { pairClauses, splitClauses, type TaskClause } from './task-clauses.js';
import { withoutClause } from './rules/task-clauses.js';
import { normalizeText, substitute } from './text-match.js';

/** Plan a demonstration for a task text (plan-demonstration.ts with the plan rules, on the page at hand). */
export type PlanFor = (trajectory: Trajectory, task: string) => DemonstrationPlan;

export interface ComposedPart {
  /** The demonstration the part was taken from. */
  id: string;
  demoTask: string;
  /** The task's clauses this part does. */
  clauses: string[];
}

export type Composition =
  | { kind: 'composed'; plan: DemonstrationPlan; parts: ComposedPart[] }
  | { kind: 'refused'; reason: string };

const quote = (text: string) => JSON.stringify(text);

const followable = (plan: DemonstrationPlan, minFit: number) => plan.fit >= minFit && !plan.problems.some((problem) => problem.blocking);

/** What a planned step does, its values rewritten: the same for two demonstrations that do a part alike. */
export function stepSignature(planned: PlannedStep): string {
  const target = targetDescriptorsOf(planned.step)[0];
  const name = target ? target.label || target.text || '' : '';
  return [planned.step.action.type, target?.role ?? '', normalizeText(substitute(name, planned.bindings).text)].join('|');
}

/** How many steps all the plans end with alike. */
function commonTail(plans: readonly DemonstrationPlan[]): number {
  const signatures = plans.map((plan) => plan.steps.map(stepSignature));
  const shortest = Math.min(...signatures.map((list) => list.length));
  let length = 0;
  while (length < shortest && signatures.every((list) => list[list.length - 1 - length] === signatures[0]![signatures[0]!.length - 1 - length])) length++;
  return length;
}

/** The task text with only the clauses in `keep` of those in `parts` (the others and their joining words taken out). */
function keepOnly(task: string, clauses: readonly TaskClause[], parts: readonly number[], keep: ReadonlySet<number>): string {
  let text = task;
  // From the last: a clause taken out leaves the offsets of those before it as they were.
  for (const index of [...parts].reverse()) if (!keep.has(index)) text = withoutClause(text, clauses[index]!);
  return text;
}

/** Are the steps of `short` among those of `long`, in order? */
function isWithin(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const step of long) if (at < short.length && short[at] === step) at++;
  return at === short.length;
}

interface Cover {
  trajectory: Trajectory;
  plan: DemonstrationPlan;
}

export function composePlan(input: { task: string; demonstrations: readonly Trajectory[]; minFit: number; plan: PlanFor }): Composition | undefined {
  const { task, minFit } = input;
  const clauses = splitClauses(task);
  if (clauses.length < 2 || input.demonstrations.length < 2) return undefined;
  const lastIndex = clauses.length - 1;
  // The closing clause: the last of the task, paired with the last of the demonstrations that end alike.
  const closing = input.demonstrations.filter((trajectory) => {
    const pairing = pairClauses(trajectory.task, task);
    return pairing.demo.length >= 2 && pairing.pairs[lastIndex]!.includes(pairing.demo.length - 1);
  });
  const hasClosing = closing.length >= 2;
  const demonstrations = hasClosing ? closing : input.demonstrations;
  const partClauses = clauses.map((_, index) => index).filter((index) => !hasClosing || index !== lastIndex);
  // One part besides the closing one: nothing to compose.
  if (partClauses.length < 2) return undefined;

  // Which demonstrations cover each clause: planned for that clause (and the closing one) alone, followable.
  const covers = new Map<number, Cover[]>();
  for (const index of partClauses) {
    const text = keepOnly(task, clauses, partClauses, new Set([index]));
    covers.set(
      index,
      demonstrations.flatMap((trajectory) => {
        const plan = input.plan(trajectory, text);
        return followable(plan, minFit) ? [{ trajectory, plan }] : [];
      }),
    );
  }
  const covered = partClauses.filter((index) => covers.get(index)!.length > 0);
  if (covered.length === 0) return undefined;
  const allPlans = partClauses.flatMap((index) => covers.get(index)!.map((cover) => cover.plan));
  const tail = hasClosing ? commonTail(allPlans) : 0;

  const uncovered = partClauses.filter((index) => covers.get(index)!.length === 0);
  if (uncovered.length > 0) {
    const shown = covered.map((index) => `${quote(clauses[index]!.text)} as in ${quote(covers.get(index)![0]!.trajectory.task)}`).join('; ');
    return {
      kind: 'refused',
      reason: `no demonstration recorded on this page shows how to ${uncovered.map((index) => quote(clauses[index]!.text)).join(' or ')}, so no plan can be composed of them (the rest could be done: ${shown})`,
    };
  }
  if (hasClosing && tail === 0) {
    return { kind: 'refused', reason: `the demonstrations that do the parts of this task do not end with the same closing steps for ${quote(clauses[lastIndex]!.text)}, so no plan can be composed of them` };
  }
  const body = (cover: Cover) => cover.plan.steps.slice(0, cover.plan.steps.length - tail).map(stepSignature);
  // Two demonstrations doing one clause with different steps — neither's steps within the other's (a tab another
  // clause of its own needed and left opened is no difference) —: which is right cannot be told.
  for (const index of partClauses) {
    const list = covers.get(index)!;
    for (const [at, cover] of list.entries()) {
      const other = list.slice(at + 1).find((next) => !isWithin(body(cover), body(next)) && !isWithin(body(next), body(cover)));
      if (other) {
        return {
          kind: 'refused',
          reason: `the demonstrations ${quote(cover.trajectory.task)} and ${quote(other.trajectory.task)} do ${quote(clauses[index]!.text)} with different steps, so no plan can be composed of them`,
        };
      }
    }
  }

  const reach = (trajectory: Trajectory) => partClauses.filter((index) => covers.get(index)!.some((cover) => cover.trajectory === trajectory)).length;
  // One demonstration doing every clause: its own plan (and its refusal) stands.
  if (demonstrations.some((trajectory) => reach(trajectory) === partClauses.length)) return undefined;
  // Each clause from the demonstration doing it in fewest steps, then the one covering most clauses (related clauses
  // stay together), then the best fit.
  const chosen = partClauses.map((index) => {
    const list = [...covers.get(index)!].sort((a, b) => body(a).length - body(b).length || reach(b.trajectory) - reach(a.trajectory) || b.plan.fit - a.plan.fit);
    return { index, cover: list[0]! };
  });
  if (new Set(chosen.map((choice) => choice.cover.trajectory)).size < 2) return undefined;
  // Clauses in a row from one demonstration, planned together when that plan is followable; else one by one.
  const parts: { indices: number[]; cover: Cover }[] = [];
  for (const choice of chosen) {
    const previous = parts[parts.length - 1];
    if (previous && previous.cover.trajectory === choice.cover.trajectory) previous.indices.push(choice.index);
    else parts.push({ indices: [choice.index], cover: choice.cover });
  }
  const planned = parts.flatMap((part) => {
    if (part.indices.length === 1) return [part];
    const plan = input.plan(part.cover.trajectory, keepOnly(task, clauses, partClauses, new Set(part.indices)));
    if (followable(plan, minFit) && (!hasClosing || commonTail([plan, ...allPlans]) === tail)) return [{ indices: part.indices, cover: { trajectory: part.cover.trajectory, plan } }];
    return part.indices.map((index) => ({ indices: [index], cover: chosen.find((choice) => choice.index === index)!.cover }));
  });

  // One trajectory of the parts' demonstrated steps; each part's closing steps left out but the last's.
  const steps: PlannedStep[] = [];
  const demonstrated: Trajectory['steps'] = [];
  planned.forEach((part, at) => {
    const plan = part.cover.plan;
    const last = at === planned.length - 1;
    const body = last ? plan.steps : plan.steps.slice(0, plan.steps.length - tail);
    const closingSteps = plan.steps.slice(body.length);
    // A part before the last ends where its closing steps (else its done) began.
    const done = plan.trajectory.steps.findIndex((step) => step.action.type === 'done');
    const cut = last ? plan.trajectory.steps.length : closingSteps.length > 0 ? Math.min(...closingSteps.map((step) => step.sourceIndex)) : done >= 0 ? done : plan.trajectory.steps.length;
    const offset = demonstrated.length;
    demonstrated.push(...plan.trajectory.steps.slice(0, cut));
    steps.push(...body.map((step) => ({ ...step, sourceIndex: step.sourceIndex + offset })));
  });
  const plans = planned.map((part) => part.cover.plan);
  const final = plans[plans.length - 1]!;
  const ids = [...new Set(planned.map((part) => part.cover.trajectory.id))];
  const composedParts: ComposedPart[] = planned.map((part) => ({ id: part.cover.trajectory.id, demoTask: part.cover.trajectory.task, clauses: part.indices.map((index) => clauses[index]!.text) }));
  const partTasks = planned.map((part, at) => {
    const text = part.cover.plan.trajectory.task;
    const own = splitClauses(text);
    return at === planned.length - 1 || !hasClosing || own.length < 2 ? text : withoutClause(text, own[own.length - 1]!);
  });
  const trajectory: Trajectory = {
    ...final.trajectory,
    id: `composed:${ids.join('+')}`,
    task: partTasks.join(' '),
    steps: demonstrated,
    metadata: { ...final.trajectory.metadata, composedFrom: ids, ...(plans.some((plan) => plan.trajectory.metadata.verified === false) ? { verified: false } : {}) },
  };
  const plan: DemonstrationPlan = {
    trajectory,
    task,
    alignment: {
      score: Math.min(...plans.map((one) => one.alignment.score)),
      slots: plans.flatMap((one) => one.alignment.slots),
      anchors: plans.reduce((sum, one) => sum + one.alignment.anchors, 0),
      unpaired: plans.flatMap((one) => one.alignment.unpaired),
    },
    steps,
    ...(final.answer !== undefined ? { answer: final.answer } : {}),
    ...(final.answerOnScreen ? { answerOnScreen: true } : {}),
    unusedSlots: [],
    problems: [],
    fit: Math.min(...plans.map((one) => one.fit)),
    notes: [
      `composed from ${ids.length} demonstrations recorded on this page: ${composedParts.map((part) => `${part.clauses.map(quote).join(', ')} as in ${quote(part.demoTask)}`).join('; ')}${tail > 0 ? `; the closing step${tail === 1 ? '' : 's'} they share (${quote(clauses[lastIndex]!.text)}) done once, at the end` : ''}`,
      ...plans.flatMap((one) => one.notes),
    ],
  };
  return { kind: 'composed', plan, parts: composedParts };
}
