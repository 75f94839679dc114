/**
 * Rule: a suggestion picked because it begins (and ends) with the letters the
 * task gives — "an item that starts with "Slo"" → "Slovakia" — is picked
 * again by the new letters: the one of its kind that begins with the new
 * start (and ends with the new ending, when the demonstrated pick ended with
 * one of the task's values), not the demonstrated item, which the new
 * letters never bring up.
 *
 * Told by the demonstration alone: its clicked item's caption begins with a
 * task value (old side of a binding) that is no whole word of it — or is that
 * whole value, given twice by the task (as start and end) and bound to two
 * other values now. The first
 * such item on screen, in document order, is clicked — any of them fits the
 * task's words as the demonstrated one fitted; none shows yet: one short wait
 * for the list to come (a suggestion list opens a moment after the typing),
 * then a refusal that names the letters.
 *
 * Pure functions; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { StepGrounding } from '../ground-step.js';
import type { PlannedStep } from '../planned-step.js';
import type { Binding } from '../text-match.js';

export interface AffixPick {
  role: string;
  start: { old: string; new: string };
  end?: { old: string; new: string };
}

/** How long to wait once for a suggestion list to open, ms. */
export const AFFIX_WAIT_MS = 800;

/** A task value that is letters only (two or more): no number, whose digits run on into other numbers. */
const LETTERS = /^\p{L}{2,}$/u;
const LOWER = /\p{Ll}/u;
/** Items of a list a pick is made from. */
const ITEM_ROLES = new Set(['option', 'menuitem', 'listitem', 'treeitem', 'gridcell']);

/** The affix pick a demonstrated click stands for, else undefined. */
export function affixPickOf(planned: PlannedStep): AffixPick | undefined {
  const { step, bindings } = planned;
  if (step.action.type !== 'click' || !('elementId' in step.action.target)) return undefined;
  const id = step.action.target.elementId;
  const target = step.observation.elements.find((element) => element.id === id);
  const caption = target?.text.trim() ?? '';
  if (!target || !caption || !ITEM_ROLES.has(target.role)) return undefined;
  const changed = bindings.filter((binding) => LETTERS.test(binding.old) && LETTERS.test(binding.new) && binding.old !== binding.new);
  // The start: a task value the caption begins with, cut inside a word (not the caption's whole first word) …
  const cut = changed
    .filter((binding) => caption.startsWith(binding.old) && caption.length > binding.old.length && LOWER.test(caption[binding.old.length]!))
    .sort((a, b) => b.old.length - a.old.length)[0];
  // … or the whole caption, when another task value is its end too ("starts with "Niue" and ends with "Niue"", bound
  // now to "An" and "ica"): one item cannot be two other values at once, so they are its letters.
  // The first such value is the start, as the typing step before the pick took the first binding of its text.
  const whole = cut ? undefined : changed.find((binding) => binding.old === caption);
  const start = cut ?? (whole && endOf(changed, caption, whole) ? whole : undefined);
  if (!start) return undefined;
  const end = endOf(changed, caption, start);
  return { role: target.role, start: { old: start.old, new: start.new }, ...(end ? { end: { old: end.old, new: end.new } } : {}) };
}

/** A binding other than the start whose old value the caption ends with (the whole caption only as another new value than the start's). */
function endOf(changed: readonly Binding[], caption: string, start: Binding): Binding | undefined {
  return changed.find(
    (binding) => binding !== start && caption.endsWith(binding.old) && (caption.length > binding.old.length || (binding.old === start.old && binding.new !== start.new)),
  );
}

/** The click on the first shown item of the pick's kind that begins (and ends) with the new letters; a wait once; else a refusal. */
export function groundAffixPick(pick: AffixPick, elements: readonly UIElement[], waited: boolean): { grounding: StepGrounding; wait?: boolean } {
  const fits = elements.filter(
    (element) => element.role === pick.role && !element.states.hidden && element.text.trim().startsWith(pick.start.new) && (!pick.end || element.text.trim().endsWith(pick.end.new)),
  );
  const words = `begins with ${JSON.stringify(pick.start.new)}${pick.end ? ` and ends with ${JSON.stringify(pick.end.new)}` : ''}`;
  const chosen = fits[0];
  if (chosen) {
    return { grounding: { ok: true, action: { type: 'click', target: { elementId: chosen.id } }, score: 1, reason: `[${chosen.id}] ${pick.role} ${JSON.stringify(chosen.text.trim())} ${words}, as the demonstrated pick began with ${JSON.stringify(pick.start.old)}${pick.end ? ` and ended with ${JSON.stringify(pick.end.old)}` : ''}` } };
  }
  if (!waited) return { grounding: { ok: true, action: { type: 'wait', ms: AFFIX_WAIT_MS }, score: 1, reason: `no ${pick.role} that ${words} shows yet: wait ${AFFIX_WAIT_MS} ms for the list to open` }, wait: true };
  return { grounding: { ok: false, score: 0, reason: `no ${pick.role} ${words} (the demonstration picked one that began with ${JSON.stringify(pick.start.old)})` } };
}
