/**
 * Rule: a final press the task names by its caption ("…, then Post", "… and
 * press OK", "…, then click Next") that the demonstration did not make.
 *
 * Planning half (`finalPressOf`, `withFinalPress`): the press clause is cut
 * off the task's end; the demonstration is planned for the rest of the task;
 * then one step is added: press the control carrying the task's caption.
 * When a demonstrated step already pressed a control of that caption, nothing
 * is added (the demonstration's own steps make the press). A demonstration
 * whose task closed with a press of another caption ("then click Save"
 * demonstrated, "then press Post" asked) is left to the alignment, which
 * pairs the two captions and follows the demonstrated press — with the wait
 * or dialog that came with it — on the task's (intent-slots.ts).
 *
 * Grounding half (`groundFinalPress`), at the time the step comes, after the
 * other steps: exactly one visible button-like control whose caption (text
 * or accessible name) is the task's, whole words; none or several is a
 * refusal — never a guess.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from '../planned-step.js';
import { captionIntent, intentsOf, wordsOf } from '../intent-words.js';

export interface FinalPress {
  /** The caption the task names ("Post", "OK", "Next"). */
  caption: string;
  /**
   * The caption of the demonstration's own closing press, which its task did not
   * name ("Enter Soren in the box." closed with Save): the task's press takes its place.
   */
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

/** A click on a button-like control whose caption the demonstration's task names after a press verb ("press Apply when …"). */
function closedWithNamedPress(step: Step | undefined, task: string): boolean {
  if (!step || step.action.type !== 'click') return false;
  const pressed = [...normalizeText(task).matchAll(new RegExp(String.raw`\b(?:${PRESS_VERBS})\s+(?:on\s+)?(?:the\s+)?(.*)`, 'gu'))].map((match) => match[1]!);
  return targetDescriptorsOf(step).some(
    (target) => (BUTTON_ROLES.has(target.role) || target.inputType === 'submit') && captionsOf(target).some((caption) => pressed.some((after) => after.startsWith(caption) && containsWhole(after, caption))),
  );
}

/**
 * The caption of the demonstration's closing press when its task did not name
 * it: the last acted step (waits aside) clicked a button-like control whose
 * caption shares no word, and no intent, with the task ("Save" after "Enter
 * Soren in the box."). "Add →" after "Add Oslo to Chosen." is how the task's
 * own verb was done, not a closing press.
 */
export function unnamedClosingPress(acted: readonly Step[], task: string): string | undefined {
  const lastClick = acted.findLastIndex((step) => step.action.type !== 'wait');
  const step = acted[lastClick];
  if (!step || step.action.type !== 'click') return undefined;
  const target = targetDescriptorsOf(step).find((candidate) => BUTTON_ROLES.has(candidate.role) || candidate.inputType === 'submit');
  const caption = target ? captionsOf(target)[0] : undefined;
  if (!caption) return undefined;
  const taskWords = new Set(wordsOf(task));
  const intent = captionIntent(caption);
  if (wordsOf(caption).some((word) => taskWords.has(word)) || (intent !== undefined && intentsOf(task).includes(intent))) return undefined;
  return caption;
}

/**
 * The task to plan for (without the press clause) and the press to add.
 * Undefined when the task names no closing press, when the demonstration's
 * task closed with a press of its own (whatever its caption) — or its last
 * step pressed a control its task names anywhere —, or when a
 * demonstrated step already pressed a control carrying the caption.
 */
export function finalPressOf(trajectory: Trajectory, task: string): { rest: string; press: FinalPress } | undefined {
  const asked = trailingPress(task);
  // A demonstration that closed with a press of its own: the caption is a slot of the alignment, and the demonstrated
  // press — with what came with it (a wait before it, a dialog) — is followed with the task's caption (intent-slots.ts).
  if (!asked || trailingPress(trajectory.task)) return undefined;
  const acted = trajectory.steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done');
  if (acted.some((step) => pressedCaption(step, asked.caption))) return undefined;
  // A demonstration whose last step pressed a control its own task names ("press Apply when the board is right") closed
  // with a press too, wherever its task says so: the alignment pairs the captions, as above.
  if (closedWithNamedPress(acted.at(-1), trajectory.task)) return undefined;
  // A demonstration closed with a press its task did not name ("Enter Soren in the box." + Save) and this task names
  // another ("…, then press Post"): the task's press is the closing one, in place of the demonstrated one — never both.
  const replaces = unnamedClosingPress(acted, trajectory.task);
  return { rest: asked.rest, press: { caption: asked.caption, ...(replaces === undefined ? {} : { replaces }) } };
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
  const note = `the task closes with a press on ${JSON.stringify(press.caption)}, which the demonstration did not make: presses the one control captioned ${JSON.stringify(press.caption)} after its steps`;
  if (press.replaces === undefined) return { ...plan, trajectory: original, task, steps: [...plan.steps, planned], notes: [note, ...plan.notes] };
  // The demonstrated closing press is the plan's last click, waits aside; the task's press takes its place.
  const at = plan.steps.findLastIndex((candidate) => candidate.step.action.type !== 'wait');
  const closing = plan.steps[at];
  const pressesIt = closing !== undefined && closing.step.action.type === 'click' && targetDescriptorsOf(closing.step).some((target) => carries(target, press.replaces!));
  if (!pressesIt) {
    const problem = { text: `the demonstration closed with a press on ${JSON.stringify(press.replaces)} and this task closes with one on ${JSON.stringify(press.caption)}, but the plan does not end with the demonstrated press to put it in place of`, blocking: true };
    return { ...plan, trajectory: original, task, problems: [...plan.problems, problem] };
  }
  const replaced = `the demonstration closed with a press on ${JSON.stringify(press.replaces)}, which its task did not name; this task names ${JSON.stringify(press.caption)}: presses the one control captioned ${JSON.stringify(press.caption)} in its place`;
  return { ...plan, trajectory: original, task, steps: [...plan.steps.slice(0, at), ...plan.steps.slice(at + 1), planned], notes: [replaced, ...plan.notes] };
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
