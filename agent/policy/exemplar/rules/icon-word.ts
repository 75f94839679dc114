/**
 * Rule: a wordless control the task names by a word its class carries. A
 * rich-text editor's toolbar (Quill: `ql-bold`, `ql-italic`, `ql-underline`)
 * shows icons with no text or label; the demonstration clicked the one its
 * task named ("the style italics" → `ql-italic`). A new task naming another
 * ("bold") clicks the wordless control of the same role whose class names
 * that word — never the demonstrated icon again, which was the silent wrong
 * action before this rule (the slot was taken for wording).
 *
 * Planning half (`markIconWords`): a task slot no step used whose old value
 * names a class word of exactly one demonstrated wordless click target (the
 * same word, or one a short ending longer: "italics" / "italic", "underlined"
 * / "underline") becomes that step's pick; the slot is used. A wordless icon
 * named by a word both tasks say is picked by that word too, so demonstrations
 * of different words agree. Only a control that alone on its page carries the
 * word (a toolbar's button, not one icon per row) is picked so.
 * Grounding half (`groundIconWord`): the one wordless control of that role
 * whose class names the new word; none or several is a refusal.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import { classWords, isWordless, targetDescriptorsOf, type PlannedStep, type RuleContext } from '../planned-step.js';
import { sameStem } from '../word-forms.js';

export interface IconWordPick {
  role: string;
  /** The task's word for the demonstrated control, and the new task's. */
  old: string;
  new: string;
}

/** Score of the one control whose class names the task's word. */
const ICON_WORD_SCORE = 0.8;

const oneWord = (value: string | undefined): value is string => value !== undefined && /^\p{L}{3,}$/u.test(value.trim());

/** The word named one wordless control of the role on the demonstrated page (a toolbar's, not one icon per row). */
function onlyOneNamed(planned: PlannedStep, role: string, word: string): boolean {
  return planned.step.observation.elements.filter((element) => element.role === role && isWordless(element) && classWords(element, { letters: true }).some((name) => sameStem(name, word))).length === 1;
}

export function markIconWords(steps: readonly PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes'>): void {
  for (let index = context.unusedSlots.length - 1; index >= 0; index--) {
    const slot = context.unusedSlots[index]!;
    const [old, now] = [slot.old[0], slot.new[0]];
    if (slot.list || slot.old.length !== 1 || !oneWord(old) || !oneWord(now)) continue;
    const hits = steps.filter((planned) => {
      if (planned.step.action.type !== 'click' || planned.iconWord) return false;
      const target = targetDescriptorsOf(planned.step)[0];
      return target !== undefined && isWordless(target) && classWords(target, { letters: true }).some((word) => sameStem(word, old));
    });
    if (hits.length !== 1 || !onlyOneNamed(hits[0]!, targetDescriptorsOf(hits[0]!.step)[0]!.role, old)) continue;
    const planned = hits[0]!;
    planned.iconWord = { role: targetDescriptorsOf(planned.step)[0]!.role, old, new: now };
    context.unusedSlots.splice(index, 1);
    context.notes.push(`demonstrated step ${planned.sourceIndex + 1} clicked the wordless ${planned.iconWord.role} whose class names ${JSON.stringify(old)}: clicks the one whose class names ${JSON.stringify(now)}`);
  }
  // A wordless icon named by a word both tasks say: found by that word, so that demonstrations of other words
  // (another style) pick the same control for this task and agree.
  const taskWords = new Set(context.task.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 3));
  for (const planned of steps) {
    if (planned.step.action.type !== 'click' || planned.iconWord) continue;
    const target = targetDescriptorsOf(planned.step)[0];
    if (!target || !isWordless(target)) continue;
    const classes = classWords(target, { letters: true });
    const named = [...new Set(context.demoTask.toLowerCase().split(/[^\p{L}]+/u))].filter((word) => taskWords.has(word) && classes.some((name) => sameStem(name, word)));
    if (named.length !== 1 || !onlyOneNamed(planned, target.role, named[0]!)) continue;
    planned.iconWord = { role: target.role, old: named[0]!, new: named[0]! };
    context.notes.push(`demonstrated step ${planned.sourceIndex + 1} clicked, at a point, the wordless ${target.role} whose class names ${JSON.stringify(named[0])}: clicks the one whose class names it`);
  }
}

export function groundIconWord(pick: IconWordPick, elements: readonly UIElement[]): { ok: true; action: Action; score: number; reason: string } | { ok: false; score: number; reason: string } {
  const fits = elements.filter((element) => !element.states.hidden && element.role === pick.role && isWordless(element) && classWords(element, { letters: true }).some((word) => sameStem(word, pick.new)));
  if (fits.length !== 1) {
    return { ok: false, score: 0, reason: `the demonstration clicked the wordless ${pick.role} whose class names ${JSON.stringify(pick.old)}; ${fits.length === 0 ? 'no' : fits.length} wordless ${pick.role} here ${fits.length > 1 ? 'have classes that name' : 'has a class that names'} ${JSON.stringify(pick.new)}` };
  }
  const element = fits[0]!;
  return { ok: true, action: { type: 'click', target: { elementId: element.id } }, score: ICON_WORD_SCORE, reason: `[${element.id}] is the wordless ${pick.role} whose class (${element.attributes?.['class'] ?? ''}) names ${JSON.stringify(pick.new)}, as the demonstrated one named ${JSON.stringify(pick.old)}` };
}
