/**
 * Rule: "today" and "tonight" name now, which a request that names no day
 * means too.
 *
 *   "I need coffee for dinner tonight; we already have cheddar, so cross it off."
 *   "Add cheddar to the grocery list and remove milk."
 *
 * The demonstration's task said "tonight", the new one names no day: when
 * no demonstrated step showed a day or a time (no date, weekday or clock
 * time chosen, typed or pressed; no "today" row picked), the steps did what
 * any request of now does, the page's own default, so the word dropped
 * changes nothing they do — unless a page of the demonstration, or this one,
 * offers a day or a time to set (a date or time field, a day chip, a time
 * slot): there the default now is one choice among others, and a new task
 * that names its day in words no reader here sees ("on my birthday") would be
 * booked today. Only that way round: a task that adds a day ("… tomorrow") or
 * says another one asks what the steps never showed (rules/meaning-words.ts
 * keeps refusing it).
 *
 * Pure; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import { meaningWordsIn, type MeaningWord } from './meaning-words.js';
import { valueSpans } from '../value-spans.js';

/** Date keys (meaning-words.ts) that name the present day. */
const NOW_KEYS: ReadonlySet<string> = new Set(['today', 'tonight']);
const DAY_SPANS: ReadonlySet<string> = new Set(['date', 'day', 'time']);

/** Does the text name a day or a time (a date word, a date, a weekday, a clock time)? */
const namesDay = (text: string) => meaningWordsIn(text).some((meaning) => meaning.kind === 'date') || valueSpans(text).some((span) => DAY_SPANS.has(span.type));

/** Input types that set a day or a time. */
const DAY_INPUTS: ReadonlySet<string> = new Set(['date', 'time', 'datetime-local', 'month', 'week']);

/** Does a page offer a day or a time to set: a date or time field, or a control showing a day or a time ("Sat 14", "12:30")? */
export function offersDay(elements: readonly UIElement[]): boolean {
  return elements.some(
    (element) => element.interactive && (DAY_INPUTS.has(element.inputType ?? '') || namesDay(element.text) || namesDay(element.label ?? '')),
  );
}

/**
 * The demonstration's meaning words without those naming now, when the new
 * task names no day, no demonstrated step showed one and no page offers one
 * (`dayOffered`, offersDay of the pages: asked only when a word naming now
 * would go, as it reads every element); else all of them.
 */
export function withoutPresentTime(demoOnly: readonly MeaningWord[], task: string, stepStrings: readonly string[], dayOffered: () => boolean): MeaningWord[] {
  const now = (meaning: MeaningWord) => meaning.kind === 'date' && NOW_KEYS.has(meaning.key);
  if (!demoOnly.some(now) || namesDay(task) || stepStrings.some(namesDay) || dayOffered()) return [...demoOnly];
  return demoOnly.filter((meaning) => !now(meaning));
}
