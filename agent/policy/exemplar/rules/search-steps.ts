/**
 * A search: clicks through tabs / section headers the task does not explain
 * (Tab #1, Tab #2…), or scrolls, right before a step whose target the task
 * names, looked for that target. The plan makes them one step that goes on
 * until the target shows (the policy tries the demonstrated ones first).
 */
import { containsWhole, normalizeText, substitute } from '../text-match.js';
import { targetDescriptorsOf, type PlannedStep } from '../planned-step.js';

/** Does the task name a planned step's target: its text or label carries a slot value, or appears in the task? */
export function taskNamesTarget(planned: PlannedStep, demoTask: string): boolean {
  return targetDescriptorsOf(planned.step).some(
    (target) =>
      substitute(target.text, planned.bindings).changed ||
      substitute(target.label ?? '', planned.bindings).changed ||
      (normalizeText(target.text) !== '' && containsWhole(demoTask, target.text.trim())),
  );
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
