/**
 * Rule: a drop-down option is named by its words before a parenthesised aside.
 *
 *   options: "Monthly", "Yearly (save 15%)"      task: "… billed yearly"
 *
 * A person reads "Yearly (save 15%)" as the option "Yearly" with a remark
 * after it, and picks it for "yearly". The option is the one whose text
 * equals the value, or else the one option whose text, a trailing "(…)"
 * left out, does; two such options, or none, name nothing.
 *
 * Used by left-fields.ts (does the drop-down offer the new value?) and by
 * ground-step.ts (which option a bound value selects).
 */
import { normalizeText } from '../text-match.js';

/** An option's text without a trailing parenthesised aside ("Yearly (save 15%)" → "Yearly"); itself when it has none. */
export function withoutAside(option: string): string {
  return option.replace(/\s*\([^()]*\)\s*$/, '');
}

/** The option `value` names: equal to it, else the one option equal to it once its aside is left out. */
export function optionNamed(value: string, options: readonly string[]): string | undefined {
  const wanted = normalizeText(value);
  if (wanted === '') return undefined;
  const exact = options.find((option) => normalizeText(option) === wanted);
  if (exact !== undefined) return exact;
  const aside = options.filter((option) => withoutAside(option) !== option && normalizeText(withoutAside(option)) === wanted);
  return aside.length === 1 ? aside[0] : undefined;
}
