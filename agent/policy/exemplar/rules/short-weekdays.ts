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
 * chip ("Fri 20"), a day's button or option ("Friday", "Sat"), a day toggle
 * showing a letter titled with its day ("M" for Monday), a dated option
 * ("Wed, Sep 24") —, and only there, and only where a day stands: after a
 * label's colon or "on" / "every" / "until" … with no noun after it, before a
 * time, after one with no word after it ("Alarm 12:10 mon "Yoga""), or in a pair or list of such days ("sat/sun" is two days). "Book a
 * table on the sun deck" and "I sat by the window" name no day. Such a word
 * becomes a day span whose value is the page's own writing of that weekday
 * where a control shows it alone (a bar or button "Sat"), else the weekday
 * written in full, the form the day readers of rules/day-options.ts take
 * ("Friday" for the chip "Fri 24"). Lower case only:
 * a capitalised "Fri" is read as a name already, which the page places.
 *
 * Pure; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import { WEEKDAYS, WEEKDAY_WRITINGS } from '../date-parts.js';
import type { ValueSpan } from '../value-spans.js';
import { checkableName } from '../checked-glyphs.js';
import { dayReadings, isWeekdayAlone, shownDay } from './day-options.js';

/** Does a whole text show a weekday as a day to choose: "Sat", "Friday", "Fri 20", "Wed, Sep 24"? */
function showsWeekday(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '' || trimmed.length > 40) return false;
  if (isWeekdayAlone(trimmed) || (dayReadings(trimmed)?.some((reading) => reading.weekday !== undefined) ?? false)) return true;
  const shown = shownDay(trimmed);
  return shown.weekday !== undefined && shown.month !== undefined;
}

/**
 * Does the page offer days to choose: a control, its label or one of its options showing a weekday, or a day
 * toggle's letter named by its label or title ("M" titled "Monday": checked-glyphs.ts `checkableName`)?
 */
export function offersWeekdays(page: readonly UIElement[]): boolean {
  return page.some((element) => element.interactive && [element.text, element.label ?? '', checkableName(element), ...(element.options ?? [])].some(showsWeekday));
}

/** The short writings ("fri", "tues", "thurs") and the weekday each names (0 = Monday). */
const SHORT_WRITINGS: readonly [string, number][] = WEEKDAY_WRITINGS.flatMap((writings, weekday) => writings.slice(1).map((writing): [string, number] => [writing, weekday]));
const SHORT = new RegExp(`(?<![\\p{L}\\p{N}])(${SHORT_WRITINGS.map(([writing]) => writing).sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}\\p{N}])`, 'giu');

/** Words a day follows directly ("on fri", "every tue", "until sat"). */
const DAY_PREPOSITION = /(?<![\p{L}\p{N}])(?:on|every|from|until|till|by|for)\s+$/iu;
/** A time of day: "14:00", "2pm", "2:30 p.m.". */
const TIME = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}`;
/** What may follow a day: punctuation, the end, a number or a time, "or" / "and" / "to" ("on sat, 7pm", "from mon to fri"). */
const AFTER_DAY = new RegExp(String.raw`^\.?(?:\s*$|\s*[.,;:!?)/&\-–—]|\s+(?:or|and|to|at)?\s*\d|\s+(?:or|and|to)(?![\p{L}\p{N}]))`, 'iu');
/** A time right after the word: "fri 2pm", "fri, 14:00", "fri at 2pm". */
const TIME_AFTER = new RegExp(String.raw`^\.?,?\s*(?:at\s+)?(?:${TIME})(?![\p{L}\p{N}])`, 'iu');
/** A clock time right before the word: "12:10 mon", "7pm sat" (a bare number is none: "2 sun loungers"). */
const TIME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}:.])(?:${TIME})\s*,?\s*$`, 'iu');
/** A word right after it: the short weekday is then a word of a noun phrase ("7pm sun deck"). */
const WORD_AFTER = /^\s+\p{L}/u;
/** What joins two days of a pair or list: "sat/sun", "mon, wed and fri", "mon-fri", "tue or thu", "mon to fri". */
const DAY_JOINT = /^\.?\s*(?:[/,&\-–]|,?\s*(?:and|or|to))\s*$/iu;

/**
 * Does the short weekday at `start`–`end` of `text` stand where a day stands — "sun" in "Book a table on the sun
 * deck" or "the sun terrace", "sat" in "I sat by the window" do not: right after a label's colon or a day's
 * preposition with no noun after it ("Repeat: tue", "on sat, 7pm"), before a time ("fri 2pm"), or joined to another
 * short weekday of `shorts` (lower-case ones, each [start, end]) in a pair or list ("sat/sun", "mon, wed and fri")?
 */
function standsAsDay(text: string, start: number, end: number, shorts: readonly [number, number][]): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if ((/:\s*$/u.test(before) || DAY_PREPOSITION.test(before)) && AFTER_DAY.test(after)) return true;
  if (TIME_AFTER.test(after)) return true;
  if (TIME_BEFORE.test(before) && !WORD_AFTER.test(after)) return true;
  return shorts.some(([otherStart, otherEnd]) =>
    otherEnd <= start ? DAY_JOINT.test(text.slice(otherEnd, start)) : end <= otherStart && DAY_JOINT.test(text.slice(end, otherStart)));
}

/** The one whole text of a control of the page that shows the weekday alone ("Sat", "Saturday"), as written there. */
function pageWriting(weekday: number, page: readonly UIElement[]): string | undefined {
  const texts = new Set(
    page
      .filter((element) => element.interactive)
      .flatMap((element) => [element.text, element.label ?? ''])
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => isWeekdayAlone(text) && WEEKDAYS[weekday]!.slice(0, 3).toLowerCase() === text.slice(0, 3).toLowerCase()),
  );
  return texts.size === 1 ? [...texts][0] : undefined;
}

/**
 * `spans` of `text` with its short weekdays read as days, when `page` offers days: each one alone and lower case
 * ("fri"; never one inside a quote or another value) is a day span valued as the page writes that weekday alone, else
 * in full ("Friday"). Else `spans` unchanged.
 */
export function withShortWeekdays(text: string, spans: readonly ValueSpan[], page: readonly UIElement[]): ValueSpan[] {
  const found = [...text.matchAll(SHORT)].filter((match) => match[1] === match[1]!.toLowerCase());
  if (found.length === 0 || !offersWeekdays(page)) return [...spans];
  const shorts = found.map((match): [number, number] => [match.index ?? 0, (match.index ?? 0) + match[1]!.length]);
  const added: ValueSpan[] = [];
  for (const match of found) {
    const word = match[1]!;
    const start = match.index ?? 0;
    const end = start + word.length;
    // Inside a quote or another value it stays that value's; a word where no day stands is a word ("the sun deck").
    if (spans.some((span) => start < span.end && end > span.start)) continue;
    if (!standsAsDay(text, start, end, shorts)) continue;
    const weekday = SHORT_WRITINGS.find(([writing]) => writing === word)![1];
    added.push({ type: 'day', text: word, value: pageWriting(weekday, page) ?? WEEKDAYS[weekday]!, words: 1, start, end });
  }
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}
