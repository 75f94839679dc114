/**
 * Rule: an amount of money is its number, however the task writes it.
 *
 *   demonstration: "Pay Maya Nowak: 54.16 dollars, note "the taxi""   (typed "54.16" into Amount)
 *   task:          "Pay Sam Kim: $50, note "book club""
 *   slot:          "54.16 dollars" → "$50"
 *
 *   demonstration: "I owe Jonah Nowak $117 for groceries - please send it."   (clicked "Jonah Nowak", typed "117")
 *   task:          "I owe Anika Kim 89.81 dollars for pizza night - please send it."
 *   slot:          "Jonah Nowak $117" → "Anika Kim 89.81 dollars"
 *
 * "$50", "50 dollars", "50 USD", "€50" are one kind of value (measures.ts
 * reads them): an amount field takes the number, and no step types the "$"
 * or the word "dollars" the task wrote round it. So a slot whose old and new
 * values each hold exactly one amount binds the amounts' numbers ("54.16" →
 * "50"), and what stands beside the amount (a payee's name) binds as its own
 * part ("Jonah Nowak" → "Anika Kim"). Every part must have been used by a
 * demonstrated step — the amount typed, the name clicked — else the slot stays
 * unused, as before: a value no step used is never dropped.
 *
 * Planning half: bind-slots.ts (`moneyBindings`), for a slot no step used
 * whole. Grounding half: none (the typed text is rewritten by the bindings).
 */
import { quantitiesIn } from '../measures.js';
import { normalizeText, type Binding } from '../text-match.js';

interface AmountPiece {
  /** The amount's number as written ("54.16", "50"). */
  number: string;
  /** The value without the amount, its separators trimmed ("Jonah Nowak"; "" when the value is the amount alone). */
  rest: string;
}

/** The one amount of money a value holds, and what stands beside it; undefined for none or several. */
export function amountPiece(value: string): AmountPiece | undefined {
  const found = quantitiesIn(value, 'money');
  if (found.length !== 1) return undefined;
  const { index, end } = found[0]!;
  const number = /\d+(?:[.,]\d+)?/.exec(value.slice(index, end))?.[0];
  if (!number) return undefined;
  const rest = `${value.slice(0, index)} ${value.slice(end)}`.replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—.-]+$/gu, '');
  return { number, rest };
}

/**
 * Bindings for a slot whose values are each one amount of money (with maybe a
 * name beside it): the numbers, and the rest part by part. Undefined when
 * either value holds no amount or several, when one has words beside its
 * amount and the other none, or when a changed part was used by no step.
 */
export function moneyBindings(old: string, value: string, used: (text: string) => boolean): Binding[] | undefined {
  const before = amountPiece(old);
  const after = amountPiece(value);
  if (!before || !after) return undefined;
  if ((before.rest === '') !== (after.rest === '')) return undefined;
  if (!used(before.number)) return undefined;
  const bindings: Binding[] = [{ old: before.number, new: after.number }];
  if (before.rest !== '' && normalizeText(before.rest) !== normalizeText(after.rest)) {
    if (!used(before.rest)) return undefined;
    bindings.push({ old: before.rest, new: after.rest });
  }
  return bindings;
}
