/**
 * A search: clicks through tabs / section headers the task does not explain
 * (Tab #1, Tab #2…), or scrolls, right before a step whose target the task
 * names, looked for that target — when it did not show before them. The plan
 * makes them one step that goes on until the target shows (the policy tries
 * the demonstrated ones first).
 */
import type { UIElement } from '../../../core/observation.js';
import { groundStep, type StepGrounding } from '../ground-step.js';
import { groundTarget } from '../ground-target.js';
import { containsWhole, normalizeText, substitute } from '../text-match.js';
import { likeRevealed } from './reveal-toggle.js';
import { screenSignature, scrollKey, scrollLimit, scrollStalled } from './scroll-depth.js';
import { targetDescriptorsOf, type PlannedStep } from '../planned-step.js';

/** Score of a search click: the demonstration searched the same way, but which element holds the goal is a guess. */
const SEARCH_SCORE = 0.75;

/** Does the task name a planned step's target: its text or label carries a slot value, or appears in the task? */
export function taskNamesTarget(planned: PlannedStep, demoTask: string): boolean {
  return targetDescriptorsOf(planned.step).some(
    (target) =>
      substitute(target.text, planned.bindings).changed ||
      substitute(target.label ?? '', planned.bindings).changed ||
      (normalizeText(target.text) !== '' && containsWhole(demoTask, target.text.trim())),
  );
}

/** Did the goal's demonstrated target already show on the screen the step was taken on (same role and text, not hidden)? */
function goalShownAt(planned: PlannedStep, goal: PlannedStep): boolean {
  const target = targetDescriptorsOf(goal.step)[0];
  const text = normalizeText(target?.text);
  if (!target || text === '') return false;
  return planned.step.observation.elements.some((element) => element.role === target.role && !element.states.hidden && normalizeText(element.text) === text);
}

/**
 * Clicks on elements of one role whose text the task does not explain (Tab #1,
 * Tab #2…), right before a step whose target the task names, were a search
 * for that target: mark them so the new run keeps looking until it appears.
 */
export function markSearches(steps: PlannedStep[], notes: string[], demoTask: string): void {
  for (let goal = steps.length - 1; goal > 0; goal--) {
    const goalStep = steps[goal]!;
    if (goalStep.search || !taskNamesTarget(goalStep, demoTask)) continue;
    const goalRole = targetDescriptorsOf(goalStep.step)[0]?.role;
    const kindOf = (planned: PlannedStep): string | undefined => {
      const action = planned.step.action;
      if (action.type === 'scroll') return 'scroll';
      const target = targetDescriptorsOf(planned.step)[0];
      if (action.type !== 'click' || !target || planned.intendedChecked !== undefined || planned.ensureChecked) return undefined;
      if (taskNamesTarget(planned, demoTask) || target.role === goalRole) return undefined;
      return `click:${target.role}`;
    };
    let start = goal;
    let kind: string | undefined;
    while (start > 0) {
      const previous = kindOf(steps[start - 1]!);
      if (previous === undefined || (kind !== undefined && previous !== kind)) break;
      kind = previous;
      start--;
    }
    if (start === goal || kind === undefined) continue;
    const first = steps[start]!;
    // Clicks made while the goal already showed did not look for it ("Add →" pressed with the next pick in view).
    if (kind !== 'scroll' && goalShownAt(first, goalStep)) continue;
    if (kind === 'scroll') {
      steps.splice(start, goal - start, { ...first, search: { mode: 'scroll', role: 'scroll', tried: [], demonstrated: goal - start } });
      notes.push(`scrolls (demonstrated steps ${first.sourceIndex + 1}–${goalStep.sourceIndex}) until the next target shows`);
    } else {
      const role = kind.slice('click:'.length);
      const tried = steps.slice(start, goal).map((planned) => targetDescriptorsOf(planned.step)[0]!);
      steps.splice(start, goal - start, { ...first, search: { mode: 'click', role, tried, demonstrated: goal - start } });
      notes.push(`looks through the ${role}s (demonstrated steps ${first.sourceIndex + 1}–${goalStep.sourceIndex}) until the next target shows`);
    }
    goal = start;
  }
}

/**
 * Grounding half of a scroll search whose goal does not show yet: one more
 * scroll, as deep as the list goes within a bound; a list that stopped
 * moving has ended (rules/scroll-depth.ts). `prefix` keys this step's scrolls
 * among the visit keys.
 */
export function groundScrollSearch(
  planned: PlannedStep,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  demoTask: string,
  goalReason: string,
): { grounding: StepGrounding; visitKey?: string } {
  const done = [...visited].filter((key) => key.startsWith(prefix)).length;
  const limit = scrollLimit(planned.search!.demonstrated);
  const signature = screenSignature(elements);
  const scroll = groundStep(planned, elements, demoTask);
  if (done >= limit) return { grounding: { ok: false, score: 0, reason: `scrolled ${done} times; still: ${goalReason}` } };
  if (scrollStalled(visited, prefix, signature)) return { grounding: { ok: false, score: 0, reason: `scrolled ${done} times, the last ones moving nothing (the end of the list); still: ${goalReason}` } };
  if (!scroll.ok || !('action' in scroll)) return { grounding: scroll };
  return { visitKey: scrollKey(prefix, done, signature), grounding: { ...scroll, reason: `scroll on, as the demonstration did, until the next target shows (${goalReason})` } };
}

/** Grounding half of a click search whose goal does not show yet: the next element to look in, until every one was. */
export function groundClickSearch(
  search: NonNullable<PlannedStep['search']>,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  threshold: number,
  goalReason: string,
): { grounding: StepGrounding; visitKey?: string } {
  const next = nextToExplore(visited, threshold, search, elements);
  if (!next) return { grounding: { ok: false, score: 0, reason: `looked through every ${search.role}; still: ${goalReason}` } };
  return {
    visitKey: next.key,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: next.element.id } },
      score: SEARCH_SCORE,
      reason: `look in ${next.element.role} ${JSON.stringify(next.element.text || next.element.label || '')} for the next target, as the demonstration did (${goalReason})`,
    },
  };
}

/** The next element of a search: the demonstrated ones first, then the others of the role top to bottom. */
function nextToExplore(visited: ReadonlySet<string>, threshold: number, search: NonNullable<PlannedStep['search']>, elements: readonly UIElement[]): { element: UIElement; key: string } | undefined {
  const keyOf = (element: UIElement) => `${element.role}:${normalizeText(element.text || element.label)}`;
  for (const descriptor of search.tried) {
    const grounding = groundTarget(descriptor, [], elements);
    if (grounding.element && grounding.score >= threshold && !visited.has(keyOf(grounding.element))) {
      return { element: grounding.element, key: keyOf(grounding.element) };
    }
  }
  const others = elements
    .filter((element) => element.role === search.role && likeRevealed(element, search.tried) && !element.states.hidden && !element.states.disabled && !visited.has(keyOf(element)))
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const element = others[0];
  return element ? { element, key: keyOf(element) } : undefined;
}
