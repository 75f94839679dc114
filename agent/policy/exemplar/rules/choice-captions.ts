/**
 * Rule: a lower-case word that names a choice of the page is a value, not wording.
 *
 * "… Student plan, paying monthly" → "… Family plan, paying yearly": "monthly" reads as plain wording, so a slot no
 * step used would only lower the fit (task-values.ts). But the page offers "Monthly" and "Yearly" as radios — the
 * demonstration left Monthly as it found it — and following its steps would leave the new task's "yearly" undone
 * while the rest is done: a confident wrong form. A slot whose word is the caption of a choice control (radio,
 * option, box, switch, a drop-down's option) on the demonstration's pages or this one is a value: unused, it blocks.
 */
import type { UIElement } from '../../../core/observation.js';
import { CHOICE_ROLES } from '../planned-step.js';
import { containsWhole } from '../text-match.js';
import { FUNCTION_WORDS } from '../task-tokens.js';

/** A caption longer than this ("I agree to the terms and the privacy policy") says words, not a choice's name. */
const MAX_CAPTION_WORDS = 4;

/** The captions of the choice controls among `elements`. */
export function choiceCaptions(elements: Iterable<UIElement>): Set<string> {
  const captions = new Set<string>();
  for (const element of elements) {
    // A drop-down's options are choices too ("Monthly" / "Yearly" of a billing <select>).
    const own = CHOICE_ROLES.has(element.role) ? [element.text, element.label] : [];
    for (const caption of [...own, ...(element.options ?? [])]) {
      const words = caption?.trim().split(/\s+/) ?? [];
      if (words.length > 0 && words.length <= MAX_CAPTION_WORDS && words[0] !== '') captions.add(caption!.trim());
    }
  }
  return captions;
}

/** Does `value` — one or two content words — stand whole in a choice's caption ("monthly" in "Monthly", "Pay monthly")? */
export function namesChoice(value: string, captions: Iterable<string>): boolean {
  const words = value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2 || words.some((word) => !/^\p{L}[\p{L}'-]*$/u.test(word)) || words.every((word) => FUNCTION_WORDS.has(word))) return false;
  for (const caption of captions) if (containsWhole(caption, value)) return true;
  return false;
}
