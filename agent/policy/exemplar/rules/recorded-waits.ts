/**
 * Rule: a person who waited for the page before an input ("click it once it
 * is enabled", "buy when the price drops below $40") did not act at once, and
 * neither may a replay.
 *
 * Recording half (the browser recorder, at each input): when the input came
 * after a pause and the page had changed since the last look before it — the
 * target was not there, or was disabled, or a number on the page moved — the
 * step keeps that as `details.waitFor` (a RecordedWait).
 *
 * Planning half (plan-demonstration.ts via page-reads.ts): the planned step
 * carries the wait — also in a stored run of the policy's own, whose
 * wait-until step (dropped) or click `when` is taken as the recorded wait; for a watched number the comparison comes from the new
 * task's own words ("below $40", "more than 12"), and the number it names is
 * then a task value the plan uses. A demonstration that waited for a number
 * while the new task names no comparison is not followed blindly: the plan
 * records the problem and the policy refuses with it.
 *
 * The grounding half is wait-turns.ts.
 */
import { z } from 'zod';
import type { Action, Comparison, WaitFor } from '../../../core/action.js';
import type { Observation, UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';

/** Least pause, ms, between the last look before an input and the input, for the input to count as awaited. */
export const MIN_PAUSE_MS = 500;
/** Farthest a watched number may have moved on the page between two looks and still be the same place, px. */
const SAME_PLACE_PX = 6;

const BoxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const RecordedWaitSchema = z.discriminatedUnion('kind', [
  /** The target was not on the page before the pause. */
  z.object({ kind: z.literal('shows'), pauseMs: z.number().nonnegative() }),
  /** The target was there but disabled before the pause. */
  z.object({ kind: z.literal('enabled'), pauseMs: z.number().nonnegative() }),
  /** A number elsewhere on the page changed during the pause (the person watched it). */
  z.object({
    kind: z.literal('value'),
    pauseMs: z.number().nonnegative(),
    /** Where the number showed: role, text at the input, box. */
    element: z.object({ role: z.string(), text: z.string(), box: BoxSchema }),
    before: z.number(),
    at: z.number(),
  }),
]);
export type RecordedWait = z.infer<typeof RecordedWaitSchema>;

/** A recorded wait together with what the new task says to wait for. */
export type PlannedWait = RecordedWait & {
  /** For a watched number: the new task's comparison ("below 40"). */
  comparison?: { comparison: Comparison; number: number; words: string };
  /**
   * For a watched number the demonstration's task named ("Globex price: $57"
   * for "until Globex costs less than $60"): the name in the new task, which
   * chooses the number to watch on the page.
   */
  named?: { old: string; new: string };
  /** Why the wait cannot be replayed for the new task, in a user's words. */
  problem?: string;
};

/** The recorded wait of a stored step, if it has a well-formed one. */
export function recordedWaitOf(step: Step): RecordedWait | undefined {
  const parsed = RecordedWaitSchema.safeParse(step.details?.['waitFor']);
  return parsed.success ? parsed.data : undefined;
}

/** The first number in a text ("$1,204.50" → 1204.5), if any. */
export function numberIn(text: string): number | undefined {
  const match = /-?\d[\d,]*(?:\.\d+)?/.exec(text);
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

const COMPARISON_WORDS: readonly [RegExp, Comparison][] = [
  [/\b(?:at most|no more than|not more than|up to)\s*$/i, 'at-most'],
  [/\b(?:at least|no less than|not less than)\s*$/i, 'at-least'],
  [/\b(?:below|under|less than|lower than|cheaper than|beneath|drops? (?:to )?below|falls? (?:to )?below)\s*$/i, 'below'],
  [/\b(?:above|over|more than|higher than|greater than|exceeds?|rises? (?:to )?above|goes above)\s*$/i, 'above'],
  [/\b(?:exactly|equals?|reaches|hits)\s*$/i, 'equal'],
];

/** The comparison a task names before a number: "drops below $40" → below 40; undefined when there is none, or several. */
export function taskComparison(task: string): { comparison: Comparison; number: number; words: string } | undefined {
  const found: { comparison: Comparison; number: number; words: string }[] = [];
  for (const match of task.matchAll(/[$€£]?\s?(-?\d[\d,]*(?:\.\d+)?)/g)) {
    const before = task.slice(0, match.index);
    for (const [pattern, comparison] of COMPARISON_WORDS) {
      const words = pattern.exec(before);
      if (words) {
        found.push({ comparison, number: Number(match[1]!.replace(/,/g, '')), words: `${words[0].trim()} ${match[0].trim()}` });
        break;
      }
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

// ---------- recording half ----------

const nameOf = (element: UIElement) => normalizeText(element.text || element.label || element.value || '');

/** The element of `before` that is `target` (same role and name; the nearest when several are). */
function sameElement(before: Observation, target: UIElement): UIElement | undefined {
  const name = nameOf(target);
  const centre = (element: UIElement) => [element.box.x + element.box.width / 2, element.box.y + element.box.height / 2] as const;
  const [x, y] = centre(target);
  return before.elements
    .filter((element) => element.role === target.role && nameOf(element) === name && !element.states.hidden)
    .sort((a, b) => Math.hypot(centre(a)[0] - x, centre(a)[1] - y) - Math.hypot(centre(b)[0] - x, centre(b)[1] - y))[0];
}

/** A number that changed between the two looks: the same place, the same words around it, another number. */
function changedNumber(before: Observation, at: Observation, target: UIElement): RecordedWait | undefined {
  const wordsOf = (text: string) => normalizeText(text.replace(/-?\d[\d,]*(?:\.\d+)?/g, '#'));
  for (const element of at.elements) {
    if (element.id === target.id || element.interactive || element.states.hidden) continue;
    const now = numberIn(element.text);
    if (now === undefined) continue;
    const then = before.elements.find(
      (candidate) =>
        candidate.role === element.role &&
        Math.abs(candidate.box.x - element.box.x) <= SAME_PLACE_PX &&
        Math.abs(candidate.box.y - element.box.y) <= SAME_PLACE_PX &&
        wordsOf(candidate.text) === wordsOf(element.text),
    );
    const earlier = then === undefined ? undefined : numberIn(then.text);
    if (earlier === undefined || earlier === now) continue;
    return { kind: 'value', pauseMs: 0, element: { role: element.role, text: element.text, box: element.box }, before: earlier, at: now };
  }
  return undefined;
}

/**
 * What the person waited for before this input, if anything: `before` is the
 * last look at the page before the input, `at` the page as the input found
 * it, `pauseMs` the time between them.
 */
export function detectRecordedWait(before: Observation | undefined, at: Observation, action: Action, pauseMs: number): RecordedWait | undefined {
  if (!before || pauseMs < MIN_PAUSE_MS) return undefined;
  if (action.type !== 'click' && action.type !== 'select' && action.type !== 'type') return undefined;
  const target = action.target && 'elementId' in action.target ? at.elements.find((element) => element.id === (action.target as { elementId: number }).elementId) : undefined;
  if (!target) return undefined;
  const pause = Math.round(pauseMs);
  const earlier = sameElement(before, target);
  if (!earlier) return { kind: 'shows', pauseMs: pause };
  if (earlier.states.disabled && !target.states.disabled) return { kind: 'enabled', pauseMs: pause };
  const moved = changedNumber(before, at, target);
  return moved ? { ...moved, pauseMs: pause } : undefined;
}

// ---------- planning half ----------

/**
 * Give each planned step its recorded wait; a watched number takes the new
 * task's comparison, and the number the task names for it counts as used.
 */
export function markRecordedWaits(steps: PlannedStep[], options: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes'>): void {
  const carried = carryOwnWaits(steps);
  for (const planned of steps) {
    const wait = recordedWaitOf(planned.step) ?? carried.get(planned) ?? ownConditionOf(planned.step);
    if (!wait) continue;
    planned.waitFor = planWait(wait, options.demoTask, options.task, planned.sourceIndex);
    if (wait.kind === 'value') nameWatchedNumber(planned.waitFor, wait.element.text, options.unusedSlots, options.notes);
    const comparison = planned.waitFor.comparison;
    if (comparison) {
      const demonstrated = taskComparison(options.demoTask);
      const used = new Set([comparison.number, ...(demonstrated ? [demonstrated.number] : [])].map(String));
      for (let index = options.unusedSlots.length - 1; index >= 0; index--) {
        const slot = options.unusedSlots[index]!;
        // The number, or the comparison's own words ("less" → "more" in "less than $60" / "more than $56").
        const comparisonWords = slot.new.every((value) => containsWhole(comparison.words, value)) && slot.old.every((value) => demonstrated !== undefined && containsWhole(demonstrated.words, value));
        if (!slot.list && ([...slot.old, ...slot.new].some((value) => used.has(String(numberIn(value)))) || comparisonWords)) options.unusedSlots.splice(index, 1);
      }
    }
    options.notes.push(
      wait.kind === 'value'
        ? `demonstrated step ${planned.sourceIndex + 1} waited for ${JSON.stringify(wait.element.text)} to change: ${comparison ? `acts once it is ${comparison.words}` : 'the task names no value to wait for'}`
        : `demonstrated step ${planned.sourceIndex + 1} waited ${wait.pauseMs} ms for its target to ${wait.kind === 'shows' ? 'appear' : 'become enabled'}: waits for it too`,
    );
  }
}

/** A condition a stored run of the policy's own waited for (a wait-until, or a click's `when`), as a recorded wait. */
function waitOfCondition(step: Step, wait: WaitFor): RecordedWait | undefined {
  const pauseMs = Math.round(wait.timeoutMs / 3);
  const until = wait.until;
  if ('shows' in until) return { kind: 'shows', pauseMs };
  if ('enabled' in until) return { kind: 'enabled', pauseMs };
  const element = step.observation.elements.find((candidate) => candidate.id === until.value.elementId);
  const number = element ? numberIn(element.text) : undefined;
  if (!element || number === undefined) return undefined;
  return { kind: 'value', pauseMs, element: { role: element.role, text: element.text, box: element.box }, before: number, at: number };
}

/** A click of the policy's own stored run that waited for a condition before pressing. */
function ownConditionOf(step: Step): RecordedWait | undefined {
  return step.action.type === 'click' && step.action.when ? waitOfCondition(step, step.action.when) : undefined;
}

/**
 * The policy's own stored runs wait with a wait-until step: it is taken out
 * of the plan (nothing grounds a wait), and the step after it keeps what it
 * waited for, as a recorded wait.
 */
function carryOwnWaits(steps: PlannedStep[]): Map<PlannedStep, RecordedWait> {
  const carried = new Map<PlannedStep, RecordedWait>();
  for (let index = steps.length - 1; index >= 0; index--) {
    const action = steps[index]!.step.action;
    if (action.type !== 'wait-until') continue;
    const next = steps[index + 1];
    const wait = next ? waitOfCondition(steps[index]!.step, action) : undefined;
    if (next && wait && !carried.has(next)) carried.set(next, wait);
    steps.splice(index, 1);
  }
  return carried;
}

/**
 * The name that chose the watched number: a value of the demonstration's task
 * the watched text shows ("Globex" in "Globex price: $57.87") and no step used.
 * The new task's counterpart chooses the number to watch (wait-turns.ts), so the
 * slot is used.
 */
function nameWatchedNumber(wait: PlannedWait, watchedText: string, unusedSlots: TaskSlot[], notes: string[]): void {
  for (let index = unusedSlots.length - 1; index >= 0; index--) {
    const slot = unusedSlots[index]!;
    const [old, now] = [slot.old[0], slot.new[0]];
    if (slot.list || slot.old.length !== 1 || slot.new.length !== 1 || !old || !now || numberIn(old) !== undefined) continue;
    if (!containsWhole(watchedText, old)) continue;
    wait.named = { old, new: now };
    unusedSlots.splice(index, 1);
    notes.push(`the demonstration watched the number shown with ${JSON.stringify(old)}: watches the one shown with ${JSON.stringify(now)}`);
    return;
  }
}

/** A recorded wait for a task: a watched number takes the comparison the task names, or the problem that it names none. */
export function planWait(wait: RecordedWait, demoTask: string, task: string, sourceIndex: number): PlannedWait {
  if (wait.kind !== 'value') return wait;
  const comparison = taskComparison(task);
  if (comparison) return { ...wait, comparison };
  return {
    ...wait,
    problem: `the demonstration waited at step ${sourceIndex + 1} for ${JSON.stringify(wait.element.text)} to change before acting, and this task names no value to wait for (such as "below 40")${taskComparison(demoTask) ? '' : '; nor did the demonstration\'s'}`,
  };
}
