/**
 * A count field and what it takes — the one place that knows it. A field a person types how many into (a number
 * input, a spin button, or a field whose short label names what is counted: "Guests", "Number of people",
 * "Tickets", "Nights", "Qty") takes one number: "6", "six", "2.5". Never a name ("Rossi" of "Chen and Rossi, 6
 * guests"), and never a range ("6 to 8", "6-8", "between 6 and 8", "6 or 7"): a range leaves the count for someone
 * to choose, and the field cannot hold it. A bound ("6 or more") is no count either.
 *
 * Read by rules/count-field-values.ts (a planned typing into a count field) and rules/form-fill.ts (the count a
 * form's field takes). Pure functions; the noun list is of things people count on forms, no page's words.
 */
import type { UIElement } from '../../core/observation.js';
import { wordsOf } from './intent-words.js';
import { NUMBER_WORD_PATTERN, numberWordValue } from './number-words.js';
import { sameNoun } from './word-forms.js';

/** Things a form counts with a number of its own field ("Guests", "Adults", "Nights", "Qty"). */
const COUNTED_NOUNS: readonly string[] = [
  'guests', 'people', 'persons', 'adults', 'children', 'kids', 'infants', 'babies', 'travellers', 'travelers', 'passengers',
  'attendees', 'participants', 'players', 'diners', 'tickets', 'nights', 'rooms', 'seats', 'beds', 'copies', 'items', 'units',
  'pieces', 'packs', 'bags', 'quantity', 'qty', 'count', 'headcount',
];

/** Words a count's label adds after its noun without changing it: "Guests (max 8)". */
const LIMIT_WORDS: ReadonlySet<string> = new Set(['max', 'min', 'maximum', 'minimum', 'total', 'up']);

/** Label openings that ask how many: "Number of guests", "No. of rooms", "How many people". */
const HOW_MANY = /^(?:number of|no\.? of|# of|how many)\b/u;

/** Is the field one a person types how many into? A number input or spin button, or a short label naming a count. */
export function isCountField(field: Pick<UIElement, 'role' | 'label' | 'text' | 'attributes'>): boolean {
  if (field.role === 'spinbutton' || field.attributes?.['type'] === 'number') return true;
  const label = (field.label || field.text || '').trim().toLowerCase();
  const words = wordsOf(label);
  if (words.length === 0 || words.length > 4) return false;
  // The head noun counts: "Guests", "Guest (max 8)" — not "Guest names", a field of names.
  const head = words.filter((word) => !/^\p{N}+$/u.test(word) && !LIMIT_WORDS.has(word)).at(-1);
  return HOW_MANY.test(label) || (head !== undefined && COUNTED_NOUNS.some((noun) => sameNoun(head, noun)));
}

/** A range of numbers written as one value: "6 to 8", "6-8", "6–8", "between 6 and 8", "6 or 7", "six to eight". */
const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORD_PATTERN})`;
const RANGE = new RegExp(`^(?:between\\s+)?${NUMBER}\\s*(?:-|–|—|to|till|until|or|and)\\s*${NUMBER}$`, 'iu');

/**
 * How a text reads as what a count field takes: one number (digits, a sign or decimals, or a number word), a range
 * of two, or something else (a name, a bound "6 or more", a phrase).
 */
export function countReading(text: string): 'count' | 'range' | 'other' {
  const trimmed = text.trim();
  if (/^[-−]?\d+(?:[.,]\d+)?$/u.test(trimmed) || numberWordValue(trimmed) !== undefined) return 'count';
  return RANGE.test(trimmed) ? 'range' : 'other';
}
