/**
 * Retrieval for the offline policy: the k closest demonstrations (each of the
 * agent's own runs among them replaced by the demonstration it re-grounded,
 * rules/own-run-source.ts) and every
 * other one recorded on this page (page-demonstrations.ts), each planned for
 * the new task; the ones it may follow (fit at least minFit, no
 * blocking problem), best first; and why none can be followed when none can.
 * The retrieval event says, for each, how it fits and which others of its
 * kind it is combined with (combine-plans.ts).
 */
import type { ExemplarMemory, RetrievalFilters, RetrievedExemplar } from '../../core/exemplar-memory.js';
import type { PolicyContext } from '../../core/policy.js';
import { planDemonstration, type DemonstrationPlan } from './plan-demonstration.js';
import { applyPlanRules } from './rules/plan-rules.js';
import { withIntentSynonyms } from './intent-words.js';
import { withRoleWords } from './rules/named-roles.js';
import { kinOf } from './combine-plans.js';
import { demonstrationPage, pageIdentity, pagePreference } from './same-page.js';
import { composePlan, type Composition } from './compose-plans.js';
import { moodProblem } from './rules/task-mood.js';
import { withPageDemonstrations } from './page-demonstrations.js';
import { throughOwnRunSources } from './rules/own-run-source.js';

export interface RetrievedPlans {
  /** The plans the policy may follow, best first. */
  plans: DemonstrationPlan[];
  /** Every retrieved demonstration's plan, usable or not, best fit first: to explain a refusal. */
  candidates: DemonstrationPlan[];
  /** Demonstrations retrieved (before the fit filter). */
  retrievedCount: number;
  /** No one demonstration could be followed and no plan could be composed of this page's (compose-plans.ts): why, for the refusal. */
  compositionRefusal?: string;
}

/** How much less an unverified demonstration's template fit counts when choosing one (fit is 0..1). */
const UNVERIFIED_FIT_PENALTY = 0.05;

/** Stored as unverified by the recorder (its replay right after recording failed); older and agent trajectories are neither. */
export function isUnverified(plan: DemonstrationPlan): boolean {
  return plan.trajectory.metadata.verified === false;
}

function preferenceFit(plan: DemonstrationPlan): number {
  return plan.fit - (isUnverified(plan) ? UNVERIFIED_FIT_PENALTY : 0);
}

function loopCount(plan: DemonstrationPlan): number {
  return plan.steps.reduce((sum, step) => sum + (step.navigate?.demonstrated ?? step.search?.demonstrated ?? 0), 0);
}

export async function retrievePlans(
  context: PolicyContext,
  options: { memory: ExemplarMemory; k: number; filters: RetrievalFilters; minFit: number },
): Promise<RetrievedPlans> {
  // Worded another way ("Answer" for "Reply"): the intent's other words find those demonstrations too (intent-words.ts).
  // Who gives and who gets, with no word of giving ("Bob is waiting for …"): words of passing on find them too (rules/named-roles.ts).
  const query = { task: withRoleWords(withIntentSynonyms(context.task)), state: context.abstracted.text };
  const retrieved: RetrievedExemplar[] = await options.memory.retrieve(query, options.k, options.filters);
  // The agent's own runs are followed through the demonstrations they re-grounded (rules/own-run-source.ts).
  const lookup = options.memory.get ? (id: string) => options.memory.get!(id) : undefined;
  const { exemplars: closest, notes: ownRunNotes } = await throughOwnRunSources(retrieved, lookup, options.filters);
  // Every demonstration recorded on this page counts, not only those among the k closest (page-demonstrations.ts).
  const widened = await withPageDemonstrations(options.memory, query, closest, options.filters, context.abstracted);
  const found = widened.exemplars;
  const all = found
    .filter((exemplar) => exemplar.trajectory.steps.length > 0)
    .map((exemplar) => applyPlanRules(planDemonstration(exemplar.trajectory, context.task, context.observation.elements, context.abstracted), context.observation.elements));
  // A plan that leaves a value of the task unused (or uses one it does not name) would be wrong, however well it fits.
  // Only those recorded on this page when one of them is of this kind of task (same-page.ts).
  const page = pagePreference(all, context.abstracted, options.minFit);
  const plans = all.filter((plan) => plan.fit >= options.minFit && !plan.problems.some((problem) => problem.blocking) && page.keep(plan));
  const candidates = [...all].sort((a, b) => page.compare(a, b) || b.fit - a.fit);
  // Best template fit first — a demonstration that did not replay when recorded counts a little less, so a
  // verified one of about the same fit wins —; among equals, the one whose loops went round more; then
  // retrieval order (sort is stable).
  plans.sort((a, b) => preferenceFit(b) - preferenceFit(a) || loopCount(b) - loopCount(a));
  // None can be followed: a plan composed of parts of this page's demonstrations, each doing some clauses of the task (compose-plans.ts).
  const here = pageIdentity(context.abstracted);
  const composed =
    plans.length === 0 && here !== undefined
      ? composePlan({
          task: context.task,
          demonstrations: all.filter((plan) => demonstrationPage(plan.trajectory) === here).map((plan) => plan.trajectory),
          minFit: options.minFit,
          plan: (trajectory, task) => applyPlanRules(planDemonstration(trajectory, task, context.observation.elements), context.observation.elements),
        })
      : undefined;
  // The whole task's mood weighs on the composed plan as on any other: its parts were each planned for a clause (task-mood.ts).
  const composedMood = composed?.kind === 'composed' ? moodProblem(composed.plan.trajectory.task, context.task, context.observation.elements) : undefined;
  const composition: Composition | undefined = composedMood ? { kind: 'refused', reason: composedMood.text } : composed;
  if (composition?.kind === 'composed') plans.push(composition.plan);
  const composedParts = composition?.kind === 'composed' ? composition.parts : [];
  const composedFrom = new Set(composedParts.map((part) => part.id)).size;
  context.emit({
    type: 'retrieval',
    step: context.step,
    exemplars: [...found, ...leftOutOwnRuns(retrieved, found, ownRunNotes)].map((exemplar) => {
      const plan = all.find((candidate) => candidate.trajectory.id === exemplar.trajectory.id);
      const slots = plan?.alignment.slots.map((slot) => `${slot.old.join(', ')} → ${slot.new.join(', ')}`).join('; ');
      const problems = plan?.problems.filter((problem) => problem.blocking).map((problem) => problem.text) ?? [];
      // Followable demonstrations of one kind are combined: their next steps are compared before each action (combine-plans.ts).
      const kin = plan && plans.includes(plan) ? kinOf(plans, plan).length : 0;
      const clausesDone = composedParts.filter((part) => part.id === exemplar.trajectory.id).flatMap((part) => part.clauses);
      const why = [
        exemplar.why,
        ownRunNotes.get(exemplar.trajectory.id) ?? '',
        widened.added.has(exemplar.trajectory.id) ? widened.note : '',
        `template fit ${(plan?.fit ?? 0).toFixed(2)}${plan && plan.fit < options.minFit ? ' (too low to follow)' : ''}`,
        slots ? `slots ${slots}` : '',
        ...(plan?.notes ?? []),
        problems.length ? `not followed: ${problems.join('; ')}` : '',
        exemplar.trajectory.metadata.verified === false ? 'unverified: it did not replay when recorded' : '',
        kin > 0 ? `combined with ${kin} other demonstration(s) of this kind (same page, tasks alike): their next steps are compared before each action` : '',
        clausesDone.length > 0 ? `part of a plan composed from ${composedFrom} demonstrations of this page: it does ${clausesDone.map((clause) => JSON.stringify(clause)).join(', ')}` : '',
      ];
      return { id: exemplar.trajectory.id, task: exemplar.trajectory.task, score: exemplar.score, why: why.filter(Boolean).join('; ') };
    }),
  });
  return { plans, candidates, retrievedCount: found.length, ...(composition?.kind === 'refused' ? { compositionRefusal: composition.reason } : {}) };
}

/** The own runs left out (their demonstration is gone), shown in the retrieval event with why. */
function leftOutOwnRuns(retrieved: readonly RetrievedExemplar[], kept: readonly RetrievedExemplar[], notes: ReadonlyMap<string, string>): RetrievedExemplar[] {
  const keptIds = new Set(kept.map((exemplar) => exemplar.trajectory.id));
  return retrieved.filter((exemplar) => !keptIds.has(exemplar.trajectory.id) && notes.has(exemplar.trajectory.id));
}

/**
 * Why no retrieved demonstration can be followed, for a user: the closest
 * one is of another kind of task, or it leaves values of this task unused.
 */
export function explainNoPlan(candidates: readonly DemonstrationPlan[], minFit: number, compositionRefusal?: string): { reason: string; help: string } {
  const single = explainOne(candidates, minFit);
  // Why this page's demonstrations could not be composed into one plan either (compose-plans.ts).
  return compositionRefusal ? { ...single, reason: `${single.reason}; nor can a plan be composed of this page's demonstrations: ${compositionRefusal}` } : single;
}

function explainOne(candidates: readonly DemonstrationPlan[], minFit: number): { reason: string; help: string } {
  const best = candidates[0];
  if (!best) {
    return {
      reason: 'no demonstration in memory matches the task',
      help: 'a demonstration of this task (understudy record), or a model for the hybrid policy (--policy hybrid)',
    };
  }
  const others = candidates.length > 1 ? ` (and ${candidates.length - 1} other retrieved demonstration(s) fit no better)` : '';
  const closest = `the closest demonstration, ${JSON.stringify(best.trajectory.task)},`;
  const blocking = best.problems.filter((problem) => problem.blocking).map((problem) => problem.text);
  // A template that matches but leaves values unused (low fit for that reason) is explained by those values.
  if (best.fit < minFit && (best.alignment.score < minFit || blocking.length === 0)) {
    // Its slot-by-slot gaps would only list the differences between two kinds of task: the fit says it.
    return {
      reason: `${closest} is of another kind of task: its task text matches this one at ${Math.round(best.alignment.score * 100)}% (template fit ${best.fit.toFixed(2)}, below ${minFit})${best.kindGap ? `, and read by its values' kinds and places on this page they do not align: ${best.kindGap}` : ''}${others}`,
      help: 'a demonstration of this kind of task (understudy record), or a model for the hybrid policy (--policy hybrid)',
    };
  }
  const ownHelp = best.problems.find((problem) => problem.blocking && problem.help)?.help;
  return {
    reason: `${closest} cannot do all this task asks: ${blocking.join('; ')}${others}`,
    help: ownHelp ?? 'a demonstration of a task that uses every value this one names (record one with understudy record), or a model for the hybrid policy (--policy hybrid)',
  };
}