/**
 * Rule: a weekday written short — "salon: fri, 14:00", "Repeat: tue",
 * "sat/sun" — is a day where the page offers days.
 *
 *   demonstration: "Book me in on Monday at 12:00."   (pressed the chip "Mon 16")
 *   task:          "salon: fri, 14:00"                → the day "Friday", pressed as the chip showing it
 *
 * value-spans.ts reads a weekday written in full ("Friday", "friday") and a
 * short one beside its day of the month ("Thu 13"); a short one alone is read
 * there as no day, for "sat", "sun", "wed", "mar" are words of their own too.
 * A person reads "fri" as Friday on a page that offers days to choose — a day
 * chip ("Fri 20"), a day's button or option ("Friday", "Sat"), a dated option
 * ("Wed, Sep 24") —, and only there. Such a word, standing alone (a slash may
 * join two: "sat/sun" is two days), becomes a day span whose value is the
 * weekday written in full, the form the day readers of rules/day-options.ts
 * take. A capitalised one read as a name ("Fri") is that day instead.
 *
 * Pure; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import { WEEKDAYS, WEEKDAY_WRITINGS } from '../date-parts.js';
import type { ValueSpan } from '../value-spans.js';
import { dayReadings, isWeekdayAlone, shownDay } from './day-options.js';

/** Does a whole text show a weekday as a day to choose: "Sat", "Friday", "Fri 20", "Wed, Sep 24"? */
function showsWeekday(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '' || trimmed.length > 40) return false;
  if (isWeekdayAlone(trimmed) || (dayReadings(trimmed)?.some((reading) => reading.weekday !== undefined) ?? false)) return true;
  const shown = shownDay(trimmed);
  return shown.weekday !== undefined && shown.month !== undefined;
}

/** Does the page offer days to choose: a control, its label or one of its options showing a weekday? */
export function offersWeekdays(page: readonly UIElement[]): boolean {
  return page.some((element) => element.interactive && [element.text, element.label ?? '', ...(element.options ?? [])].some(showsWeekday));
}

/** The short writings ("fri", "tues", "thurs") and the weekday each names (0 = Monday). */
const SHORT_WRITINGS: readonly [string, number][] = WEEKDAY_WRITINGS.flatMap((writings, weekday) => writings.slice(1).map((writing): [string, number] => [writing, weekday]));
const SHORT = new RegExp(`(?<![\\p{L}\\p{N}])(${SHORT_WRITINGS.map(([writing]) => writing).sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}\\p{N}])`, 'giu');

/**
 * `spans` of `text` with its short weekdays read as days, when `page` offers days: each one alone, lower case or
 * capitalised ("fri", "Fri"; never "FRI" nor one inside a quote or another value), is a day span valued as the
 * weekday in full ("Friday"); a name span that is only that word gives way to it. Else `spans` unchanged.
 */
export function withShortWeekdays(text: string, spans: readonly ValueSpan[], page: readonly UIElement[]): ValueSpan[] {
  const found = [...text.matchAll(SHORT)].filter((match) => {
    const word = match[1]!;
    return word === word.toLowerCase() || word === word[0]!.toUpperCase() + word.slice(1).toLowerCase();
  });
  if (found.length === 0 || !offersWeekdays(page)) return [...spans];
  let kept = [...spans];
  const added: ValueSpan[] = [];
  for (const match of found) {
    const word = match[1]!;
    const start = match.index ?? 0;
    const end = start + word.length;
    const overlapping = kept.filter((span) => start < span.end && end > span.start);
    // A name that is only this word ("Fri" capitalised) is the day; any other value holding it keeps it.
    if (overlapping.some((span) => !(span.type === 'name' && span.start === start && span.end === end))) continue;
    kept = kept.filter((span) => !overlapping.includes(span));
    const weekday = SHORT_WRITINGS.find(([writing]) => writing === word.toLowerCase())![1];
    added.push({ type: 'day', text: word, value: WEEKDAYS[weekday]!, words: 1, start, end });
  }
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
