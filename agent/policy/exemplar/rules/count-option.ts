/**
 * Rule: a count bound to another count is written in the option the way the
 * demonstrated option wrote it.
 *
 *   demonstration: "… for 2 of us"   chose the option "2 adults"      (options "1 adult", "2 adults", "3 adults", "4 adults")
 *   task:          "… for three of us"                                 → "3 adults", not "three adults"
 *
 * The binding says the count changed from 2 to three; the option list writes
 * counts in digits. A person reads "three" as 3 and picks "3 adults". So when
 * the option the bindings make is not on the list, each count bound to a
 * count written the other way (digits for a number word, or a number word for
 * digits: number-words.ts) is written as the demonstrated value was, and the
 * option so made is picked when the list holds it — equal as a text, or with
 * only the counted noun in its other number ("1 adult" for "1 adults",
 * word-forms.ts sameNoun), the rest of its words the same.
 *
 * Why it is safe: it changes only how a bound count is written, never which
 * count; a binding whose old or new value is not a count ("2" → "the one",
 * "Basic" → "three") changes nothing, and an option that is not on the list
 * in that form ("3 adults + infant", "three or more") is not picked — the
 * step is refused as before.
 *
 * Pure; used by ground-step.ts when a select's bound option is not among the
 * page's options.
 */
import { normalizeText, substitute, type Binding } from '../text-match.js';
import { numberWordFor, numberWordValue } from '../number-words.js';
import { sameNoun } from '../word-forms.js';

/** A count written in digits ("3") or as a small number word ("three"); its value, else undefined. */
function countOf(text: string): { value: string; digits: boolean } | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { value: String(Number(trimmed)), digits: true };
  const word = numberWordValue(trimmed);
  return word === undefined ? undefined : { value: word, digits: false };
}

/** The bindings with each count written as its old value was written; undefined when none was written otherwise. */
export function countsWrittenAsDemonstrated(bindings: readonly Binding[]): Binding[] | undefined {
  let rewritten = false;
  const result = bindings.map((binding) => {
    const [old, now] = [countOf(binding.old), countOf(binding.new)];
    if (!old || !now || old.digits === now.digits) return binding;
    const written = old.digits ? now.value : numberWordFor(now.value);
    if (written === undefined) return binding;
    rewritten = true;
    return { old: binding.old, new: written };
  });
  return rewritten ? result : undefined;
}

/** Are two option texts the same words, but for a noun in its other number ("1 adults" / "1 adult")? */
function sameWordsButNumber(a: string, b: string): boolean {
  const [left, right] = [normalizeText(a).split(' '), normalizeText(b).split(' ')];
  return left.length === right.length && left.every((word, index) => word === right[index] || (/^\p{L}+$/u.test(word) && sameNoun(word, right[index]!)));
}

/**
 * The option `demonstratedOption` names on this list once the bound counts are written as the demonstration wrote
 * them ("2 adults" with 2 → three: "3 adults"); undefined when no count is written otherwise or no one option fits.
 */
export function countWrittenOption(demonstratedOption: string, bindings: readonly Binding[], options: readonly string[]): string | undefined {
  const written = countsWrittenAsDemonstrated(bindings);
  if (!written) return undefined;
  const made = substitute(demonstratedOption, written);
  if (!made.changed) return undefined;
  const exact = options.filter((option) => normalizeText(option) === normalizeText(made.text));
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const near = options.filter((option) => sameWordsButNumber(option, made.text));
  return near.length === 1 ? near[0] : undefined;
}
