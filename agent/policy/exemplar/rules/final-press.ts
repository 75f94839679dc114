/**
 * Rule: a final press the task names by its caption ("…, then Post", "… and
 * press OK", "…, then click Next") that the demonstration did not make, or
 * made on a control of another caption ("then click Save" demonstrated,
 * "then press Post" asked).
 *
 * Planning half (`finalPressOf`, `withFinalPress`): the press clause is cut
 * off the task's end; the demonstration is planned for the rest of the task
 * (without its own closing press on the other caption, when it had one and
 * its last step pressed a control carrying that caption); then one step is
 * added: press the control carrying the task's caption. When a demonstrated
 * step already pressed a control of that caption, nothing is added (the
 * demonstration's own steps make the press).
 *
 * Grounding half (`groundFinalPress`), at the time the step comes, after the
 * other steps: exactly one visible button-like control whose caption (text
 * or accessible name) is the task's, whole words; none or several is a
 * refusal — never a guess.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { normalizeText } from '../text-match.js';
import { targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from '../planned-step.js';

export interface FinalPress {
  /** The caption the task names ("Post", "OK", "Next"). */
  caption: string;
  /** The demonstration's own closing caption it replaces, when it had one. */
  replaces?: string;
}

export interface TrailingPress {
  /** The task without its press clause, ending as a sentence. */
  rest: string;
  caption: string;
}

const PRESS_VERBS = 'press|click|hit|tap|push';
/** "…, then Post." / "… and press OK." / "…, then click the "Save" button." — a caption of up to three capitalised words, or quoted. */
const TRAILING_PRESS = new RegExp(
  String.raw`^(?<rest>.*?\S)(?<joint>\s*,\s*|\s+)(?<and>and\s+)?(?<then>then\s+)?(?:(?<verb>${PRESS_VERBS})\s+(?:on\s+)?)?(?:the\s+)?` +
    String.raw`(?:"(?<q1>[^"]{1,30})"|“(?<q2>[^”]{1,30})”|'(?<q3>[^']{1,30})'|(?<bare>\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*){0,2}))` +
    String.raw`(?:\s+button)?\s*[.!]?\s*$`,
  'u',
);

/** The press clause ending a task, when it has one: a press verb or "then" before a caption. */
export function trailingPress(task: string): TrailingPress | undefined {
  const match = TRAILING_PRESS.exec(task.trim());
  const groups = match?.groups;
  if (!groups) return undefined;
  const quoted = groups['q1'] ?? groups['q2'] ?? groups['q3'];
  const caption = (quoted ?? groups['bare'] ?? '').trim();
  // A bare capitalised word needs a press verb, or "then" after a comma or "and", to be a caption: "Add Krakow to Chosen" is not.
  if (caption === '' || (!groups['verb'] && !groups['then'])) return undefined;
  if (!groups['verb'] && !groups['joint']!.includes(',') && !groups['and']) return undefined;
  const rest = groups['rest']!.replace(/[\s,;]+$/u, '');
  return { rest: /[.!?]$/.test(rest) ? rest : `${rest}.`, caption };
}

const BUTTON_ROLES: ReadonlySet<string> = new Set(['button']);

/** The caption a control shows or is named by, normalised. */
const captionsOf = (element: { text: string; label?: string; value?: string; inputType?: string }) =>
  [element.text, element.label ?? '', element.inputType === 'submit' || element.inputType === 'button' ? (element.value ?? '') : ''].map(normalizeText).filter(Boolean);

const carries = (element: { text: string; label?: string; value?: string; inputType?: string }, caption: string) => captionsOf(element).includes(normalizeText(caption));

/** A demonstrated step that pressed a control carrying the caption. */
function pressedCaption(step: Step, caption: string): boolean {
  return step.action.type === 'click' && targetDescriptorsOf(step).some((target) => carries(target, caption));
}

/**
 * How the task's closing press differs from the demonstration's: the
 * trajectory to plan from (without its own closing press on another caption),
 * the task to plan for (without the press clause) and the press to add.
 * Undefined when the task names no closing press, or the same one as the
 * demonstration's task, or one a demonstrated step already made.
 */
export function finalPressOf(trajectory: Trajectory, task: string): { trajectory: Trajectory; rest: string; press: FinalPress } | undefined {
  const asked = trailingPress(task);
  if (!asked) return undefined;
  const own = trailingPress(trajectory.task);
  if (own && normalizeText(own.caption) === normalizeText(asked.caption)) return undefined;
  const acted = trajectory.steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done');
  if (acted.some((step) => pressedCaption(step, asked.caption))) return undefined;
  if (!own) return { trajectory, rest: asked.rest, press: { caption: asked.caption } };
  // The demonstration closed with another caption: its last acted step must be that press, and only it carried the caption.
  const last = acted.at(-1);
  if (!last || !pressedCaption(last, own.caption) || acted.filter((step) => pressedCaption(step, own.caption)).length !== 1) return undefined;
  // Kept in place as a step not to follow (plans skip steps that did not work), so every other step keeps its index and
  // the state after the step before it (a slider's value read after its drag) stays where rules read it.
  const steps = trajectory.steps.map((step) => (step === last ? { ...step, result: { ...step.result, ok: false, code: 'replaced-by-task-caption' } } : step));
  return { trajectory: { ...trajectory, task: own.rest, steps }, rest: asked.rest, press: { caption: asked.caption, replaces: own.caption } };
}

/** The plan made for the rest of the task, with the press added as its last step (and the whole task as its task). */
export function withFinalPress(plan: DemonstrationPlan, original: Trajectory, task: string, press: FinalPress): DemonstrationPlan {
  const last = plan.steps.at(-1)?.step ?? original.steps.at(-1);
  // No place on the demonstrated page: the control is found by its caption when the step comes.
  const target = { role: 'button', text: press.caption, box: { x: 0, y: 0, width: 0, height: 0 } };
  const step: Step = {
    index: original.steps.length,
    observation: last?.observation ?? { text: '', elements: [] },
    // Element 0 stands for the target described below (describe-step.ts names it); groundFinalPress finds the real one.
    action: { type: 'click', target: { elementId: 0 } },
    targets: [target],
    timings: {},
  };
  const planned: PlannedStep = { sourceIndex: original.steps.length, step, bindings: [], finalPress: press };
  const note = press.replaces
    ? `the task closes with a press on ${JSON.stringify(press.caption)} where the demonstration pressed ${JSON.stringify(press.replaces)}: presses the one control captioned ${JSON.stringify(press.caption)} instead`
    : `the task closes with a press on ${JSON.stringify(press.caption)}, which the demonstration did not make: presses the one control captioned ${JSON.stringify(press.caption)} after its steps`;
  return { ...plan, trajectory: original, task, steps: [...plan.steps, planned], notes: [note, ...plan.notes] };
}

type Grounding = { ok: true; action: Action; score: number; reason: string } | { ok: false; score: number; reason: string };

/** Score of the one visible control carrying the task's caption. */
const FINAL_PRESS_SCORE = 0.85;

export function groundFinalPress(press: FinalPress, elements: readonly UIElement[]): Grounding {
  const fits = elements.filter(
    (element) => !element.states.hidden && !element.states.disabled && (BUTTON_ROLES.has(element.role) || element.inputType === 'submit') && carries(element, press.caption),
  );
  if (fits.length !== 1) {
    return { ok: false, score: 0, reason: `the task closes with a press on ${JSON.stringify(press.caption)}; ${fits.length === 0 ? 'no' : fits.length} visible button${fits.length > 1 ? 's' : ''} here carr${fits.length > 1 ? 'y' : 'ies'} that caption` };
  }
  const element = fits[0]!;
  return { ok: true, action: { type: 'click', target: { elementId: element.id } }, score: FINAL_PRESS_SCORE, reason: `[${element.id}] is the one button captioned ${JSON.stringify(press.caption)}, the press the task closes with` };
}
