/**
 * Rule: a repeat the weekly day toggles cannot say is never set as a weekly one.
 *
 *   demonstration: "Name: Yoga. Repeat: tue. Time: 2:35 PM."         (pressed the round day toggles until Tuesday alone was on)
 *   task:          "Name: Bins. Repeat: tue, fortnightly. Time: 2:35 PM."   → refused
 *
 * A row of seven day toggles ("M T W T F S S") says which days of every week an alarm rings. A person asked for
 * "fortnightly", "every other Tuesday", "every 3 days", "monthly", "the first Monday", "yearly" or "just once"
 * sees that the toggles cannot say it: pressing Tuesday alone would ring every Tuesday, the wrong alarm. Where the
 * page offers such a period elsewhere (a "Repeat" list with "Every 2 weeks"), setting it is a step the
 * demonstration never showed. Either way the plan is refused, saying why. "every day", "daily", "weekdays",
 * "weekly", "every week", "every Tuesday", "once a week" are weekly repeats the toggles say, and stay as they were.
 *
 * Asked only when the demonstration pressed day toggles of a row of seven (rules/day-set.ts `dayTogglePositions`),
 * and only when the two task texts read to other periods: a demonstration whose own task said "fortnightly" did
 * what that asks. Quoted names ("Monthly review") are values of their own and are not read, nor are the capitalised
 * words of a name field's value ("Name: Monthly standup. Repeat: tue.").
 *
 * Planning half only (plan-demonstration.ts adds the problem). Pure; no task knowledge.
 */
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import { WEEKDAY_WRITINGS } from '../date-parts.js';
import { wordsOf } from '../intent-words.js';
import { numberWordValue } from '../number-words.js';
import { unquoteMessages } from '../quoted-messages.js';
import { dayTogglePositions, showsDayToggles } from './day-set.js';
import { EVERY_SECOND } from './meaning-words.js';
import { isNegation } from './negation-words.js';
import { ordinalValue } from './ordinal-noun.js';
import type { TaskValueProblem } from './task-values.js';

/**
 * The one list of period words a row of weekly day toggles cannot say, each with the repeat it names. "weekly",
 * "daily" and the weekdays are no members: the toggles say those.
 */
export const PERIOD_WORDS: ReadonlyMap<string, string> = new Map([
  ...['fortnightly', 'fortnight', 'fortnights', 'biweekly', 'bi-weekly'].map((word) => [word, 'every 2 weeks'] as const),
  ...['monthly', 'month', 'months'].map((word) => [word, 'every month'] as const),
  ...['bimonthly', 'bi-monthly', 'semimonthly', 'semi-monthly'].map((word) => [word, 'twice a month or every 2 months'] as const),
  ['quarterly', 'every 3 months'],
  ...['yearly', 'annually', 'annual', 'year', 'years'].map((word) => [word, 'every year'] as const),
  ...['hourly', 'hour', 'hours'].map((word) => [word, 'every hour'] as const),
  ...['once', 'one-off', 'one-time'].map((word) => [word, 'once'] as const),
]);

/** Is the word a weekday as some writing of it spells it, one or many ("tue", "Tuesdays")? */
const isWeekday = (word: string | undefined) => word !== undefined && WEEKDAY_WRITINGS.some((writings) => writings.includes(word) || writings.includes(word.replace(/s$/u, '')));

/** The unit of time a cadence counts in ("every 2 weeks", "every other Tuesday": weeks; "every 3rd day": days; "every other weekday"). */
function cadenceUnit(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const singular = word.replace(/s$/u, '');
  if (singular === 'day') return 'day';
  if (singular === 'weekday' || singular === 'weekend') return singular;
  if (singular === 'week' || isWeekday(word)) return 'week';
  if (singular === 'month' || singular === 'year' || singular === 'hour') return singular;
  return undefined;
}

/**
 * Words that make a bare "month" / "year" a repeat ("every month", "once a year", "per year", "of each month"), and a
 * bare "hour" ("every hour", "per hour": "in an hour" is a time, not a repeat).
 */
const PERIOD_LEADS: ReadonlySet<string> = new Set(['every', 'each', 'a', 'per', 'of']);
const HOUR_LEADS: ReadonlySet<string> = new Set(['every', 'each', 'per']);
/** Words after which a bare "once" is the repeat ("just once", "Repeat: once"), and before which it is ("once only"). */
const ONCE_BEFORE: ReadonlySet<string> = new Set(['just', 'only', 'repeat', 'repeats', 'ring', 'rings']);
const ONCE_AFTER: ReadonlySet<string> = new Set(['only', 'off']);
/** Words after which "once" is never the repeat: "at once" is now. */
const ONCE_NOT_AFTER: ReadonlySet<string> = new Set(['at']);

/** Fields whose value is a name, written "Name: …" ("Name: Monthly standup. Repeat: tue."). */
const NAME_FIELD = /\b(?:name|title|label)\s*:\s*([^.!?;,()]*)/giu;

/** A field saying the repeat itself ("Repeat: tue", "Days: sat/sun"). */
const REPEAT_FIELD = /\b(?:repeats?|days)\s*:/iu;

/**
 * `text` with the capitalised words of a name field's value blanked, where a field of its own says the repeat: "Name:
 * Monthly standup. Repeat: tue." names the alarm, as a quoted "Monthly standup" would, and repeats on Tuesdays; the
 * value runs to its clause's end. A lower-case word there ("Name: Bins monthly") may be the repeat written after the
 * name, and is still read; so is a name field's word where no field says the repeat ("Name: Fortnightly bins.").
 */
function maskNameFields(text: string): string {
  if (!REPEAT_FIELD.test(text)) return text;
  return text.replace(NAME_FIELD, (field: string, value: string) => field.slice(0, field.length - value.length) + value.replace(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu, (word) => ' '.repeat(word.length)));
}

export interface RepeatPeriod {
  /** The repeat, as a person says it: "every 2 weeks", "every month", "once". */
  key: string;
  /** The words of the text that say it: "fortnightly", "every other tuesday". */
  written: string;
}

/**
 * The repeats the words of `text` ask that a row of weekly day toggles cannot say: a period word (PERIOD_WORDS,
 * "month" / "year" / "hour" only after "every", "a", "per", "of" …; "once" only as the repeat, never "at once" nor "once you
 * are in"), a cadence of two or more ("every other day", "every 2 weeks", "every second Tuesday", "each third
 * month", "every-other-week", "alternate weeks"), an ordinal weekday ("the first Monday", "last Friday of the month") or "do not repeat". Quoted values
 * ("Monthly review") and a name field's capitalised words ("Name: Monthly standup") are not read; a relayed message is
 * task text (quoted-messages.ts).
 */
export function repeatPeriodsIn(text: string): RepeatPeriod[] {
  const masked = maskNameFields(unquoteMessages(text).replace(/"[^"]*"|“[^”]*”/gu, ' , '));
  // Each clause apart: "every day, 2 weeks from now" is no cadence of two weeks.
  const found: RepeatPeriod[] = [];
  for (const clause of masked.toLowerCase().split(/[.,;:!?()]/u)) {
    // "every-other-week" read as its words; a period word written with a hyphen ("bi-weekly") stays whole.
    const words = wordsOf(clause).flatMap((word) => (PERIOD_WORDS.has(word) ? [word] : word.split('-')));
    for (let index = 0; index < words.length; index++) {
      const [before, word, next, after] = [words[index - 1], words[index]!, words[index + 1], words[index + 2]];
      if (word === 'every' || word === 'each') {
        const count = EVERY_SECOND.has(next ?? '') ? 2 : next === undefined ? undefined : /^\d+$/u.test(next) ? Number(next) : Number(numberWordValue(next) ?? ordinalValue(next) ?? Number.NaN);
        const unit = cadenceUnit(after);
        if (count !== undefined && count >= 2 && unit) {
          found.push({ key: `every ${count} ${unit}s`, written: `${word} ${next} ${after}` });
          index += 2;
          continue;
        }
      }
      // "on alternate Tuesdays", "alternate weeks": every second one without "every".
      if (word === 'alternate' && before !== 'every' && before !== 'each' && cadenceUnit(next)) {
        found.push({ key: `every 2 ${cadenceUnit(next)}s`, written: `${word} ${next}` });
        index += 1;
        continue;
      }
      // "the first Monday", "last Friday of the month", "2nd Tuesday": one day of a month.
      if (isWeekday(next) && !/^\d+$/u.test(word) && ordinalValue(word) !== undefined && !(before === 'every' || before === 'each')) {
        found.push({ key: 'one weekday of a month', written: `${word} ${next}` });
        index += 1;
        continue;
      }
      // "Don't repeat", "never repeats", "Repeat: never" (the colon splits the clause: "never" alone after "repeat").
      if (/^repeat(?:s|ing)?$/u.test(word) && before !== undefined && isNegation(before)) {
        found.push({ key: 'once', written: `${before} ${word}` });
        continue;
      }
      const period = PERIOD_WORDS.get(word);
      if (period === undefined) continue;
      const bare = ['month', 'months', 'year', 'years', 'hour', 'hours'].includes(word);
      // "of the month" ("on the 3rd of the month") as "of each month".
      const lead = before === 'the' && words[index - 2] === 'of' ? 'of' : before;
      if (bare && !(lead !== undefined && (word.startsWith('hour') ? HOUR_LEADS : PERIOD_LEADS).has(lead))) continue;
      // "once" ending its clause or said as the repeat ("just once", "once only"); "once a week" is weekly, "once you are in" a conjunction.
      if (word === 'once' && (ONCE_NOT_AFTER.has(before ?? '') || !(next === undefined || ONCE_AFTER.has(next) || (before !== undefined && ONCE_BEFORE.has(before))))) continue;
      found.push({ key: period, written: bare && before ? `${before} ${word}` : word });
    }
  }
  return found;
}

const quote = (value: string) => JSON.stringify(value);

/** The caption of a control of the pages offering one of `periods` ("Every 2 weeks", a "Monthly" option), if any. */
function offeredPeriod(pages: readonly UIElement[], periods: readonly RepeatPeriod[]): string | undefined {
  const keys = new Set(periods.map((period) => period.key));
  for (const element of pages) {
    if (!element.interactive && element.role !== 'option') continue;
    for (const caption of [element.text, element.label ?? '', ...(element.options ?? [])]) {
      if (repeatPeriodsIn(caption).some((period) => keys.has(period.key))) return caption.trim();
    }
  }
  return undefined;
}

export interface RepeatPeriodInput {
  demoTask: string;
  task: string;
  /** The demonstrated steps. */
  steps: readonly Step[];
  /** The demonstration's pages and this one. */
  pages: readonly UIElement[];
}

/**
 * The blocking problem of a task asking a repeat the demonstration's day toggles cannot say (or the demonstration
 * having asked one this task does not), when the demonstrated steps pressed day toggles. Empty otherwise.
 */
export function repeatPeriodProblems(input: RepeatPeriodInput): TaskValueProblem[] {
  // A row of seven (a chip "Tue 11" among dated slots picks one date, and says no repeat).
  if (!dayTogglePositions(input.steps).some((position) => showsDayToggles(input.steps[position]!.observation.elements))) return [];
  const [old, now] = [repeatPeriodsIn(input.demoTask), repeatPeriodsIn(input.task)];
  const oldKeys = new Set(old.map((period) => period.key));
  const newKeys = new Set(now.map((period) => period.key));
  const added = now.filter((period) => !oldKeys.has(period.key));
  const dropped = old.filter((period) => !newKeys.has(period.key));
  if (added.length === 0 && dropped.length === 0) return [];
  const shown = offeredPeriod(input.pages, added.length > 0 ? added : dropped);
  const control = shown
    ? `; the page offers ${quote(shown)}, a control the demonstration never set, so nothing shows how to set it`
    : '';
  const text =
    added.length > 0
      ? `the task asks for the repeat ${added.map((period) => quote(period.written)).join(', ')} (${added[0]!.key}); the page's day toggles only set days of every week${control}`
      : `the demonstration's task asked for the repeat ${dropped.map((period) => quote(period.written)).join(', ')} (${dropped[0]!.key}), which this task does not, and its day toggles alone do not show how that was set${control}`;
  return [{ text, blocking: true, help: 'a demonstration of a task that asks the same repeat' }];
}
