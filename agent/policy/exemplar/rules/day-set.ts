/**
 * Rule: a set of weekdays written as people write repeat days — "weekdays",
 * "every weekday", "at weekends", "every day", "daily", "sat/sun", "Monday,
 * Friday and Saturday" — is the set of day toggles left on.
 *
 *   demonstration: "… an alarm for 12:25 PM every weekday …"   (pressed the round day toggles until Mon–Fri were on)
 *   task:          "… an alarm for 6:35 AM every day …"        → all seven day toggles on
 *   task:          "Name: Bins out. Repeat: fri. …"            → Friday alone on, any other day the sheet started with off
 *
 * A row of day toggles ("M T W T F S S", each named by its day: checked-glyphs.ts
 * `checkableName`) is a checked set: a person presses the toggles until exactly
 * the asked days are on, turning off the days the sheet started with that the
 * task does not ask for. So a slot whose old and new values each read as days
 * ("weekday" → "day", "tue" → "fri", ["sat", "sun"] → "weekdays") becomes one
 * "ensure checked" step over the day toggles, when the demonstration's presses
 * on day toggles left on exactly the old days — and only the day toggles:
 * other toggles of the page (an AM / PM pair) are no members of the set.
 *
 * Tasks worded apart ("Alarm 05:55 sat/sun "Meds"" for "… 12:25 PM every weekday …") pair their day sets as one
 * value each where a page shows a row of day toggles (`withDaySets`, read by rules/kind-by-places.ts): "Tuesday and
 * Wednesday" is one set for the row, not two values to find two counterparts for.
 *
 * Planning half: bind-slots.ts. Grounding half: rules/checked-set.ts
 * `groundEnsureChecked` with the set's `among` names. Pure; no task knowledge.
 */
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import { checkableName, checkedOf } from '../checked-glyphs.js';
import { WEEKDAYS, WEEKDAY_WRITINGS } from '../date-parts.js';
import { containsWhole, findWhole, normalizeText } from '../text-match.js';
import { isActionVerb, wordsOf } from '../intent-words.js';
import { COMMON_WORDS, POSSESSIVES } from '../task-tokens.js';
import { targetedElements, toggledState } from '../planned-step.js';
import { EXCLUSION_WORDS, isNegation } from './negation-words.js';
import { BEING, TELLING_SUBJECTS } from './told-verbs.js';
import { ordinalValue } from './ordinal-noun.js';
import { unquoteMessages } from '../quoted-messages.js';
import type { ValueSpan } from '../value-spans.js';

const ALL = [0, 1, 2, 3, 4, 5, 6];
/** Words around a day set that say when, not which: "on weekdays", "every day", "at weekends". */
const LEAD = /^(?:(?:on|every|at|each|the)\s+)+/u;
/** The words that name a set of days, beside the weekdays' own writings (date-parts.ts `WEEKDAY_WRITINGS`). */
const SET_WORDS: Readonly<Record<string, readonly number[]>> = {
  weekday: [0, 1, 2, 3, 4], weekdays: [0, 1, 2, 3, 4], weekend: [5, 6], weekends: [5, 6], day: ALL, days: ALL, daily: ALL,
};
/**
 * Words beside a day set that thin it ("every day but weekends", "every other day", "weekends off", "other than
 * Sunday"), beside the negations and exclusion words of negation-words.ts ("apart from …", "weekends left out",
 * "weekends aside") and ordinals.
 */
const NARROWING_WORDS: ReadonlySet<string> = new Set(['but', 'other', 'than', 'off', 'alternate']);
/** How many words either side of a day set are read for a narrowing word. */
const NEAR = 3;

/** The weekdays (0 = Monday) one piece of a day set names: "weekdays", "weekend", "day" / "daily", "tue", "Friday". */
function daysOfPiece(piece: string): number[] | undefined {
  const word = piece.replace(LEAD, '').trim();
  if (Object.hasOwn(SET_WORDS, word)) return [...SET_WORDS[word]!];
  const weekday = WEEKDAY_WRITINGS.findIndex((writings) => writings.includes(word.replace(/\.$/u, '')));
  return weekday >= 0 ? [weekday] : undefined;
}

/**
 * The weekdays (0 = Monday, ascending) values name together, each a day set or a list of days ("sat/sun", "Monday,
 * Friday and Saturday"); undefined when any piece is no day.
 */
export function daySetOf(values: readonly string[]): number[] | undefined {
  const days = new Set<number>();
  for (const value of values) {
    const pieces = normalizeText(value).split(/\s*(?:[/,&]|\band\b)\s*/u).filter((piece) => piece !== '');
    if (pieces.length === 0) return undefined;
    for (const piece of pieces) {
      const found = daysOfPiece(piece);
      if (!found) return undefined;
      for (const day of found) days.add(day);
    }
  }
  return days.size > 0 ? [...days].sort((a, b) => a - b) : undefined;
}

// A weekday in the plural ("not on sundays") is that day.
const isDayWord = (word: string) => [word, word.replace(/s$/u, '')].some((form) => Object.hasOwn(SET_WORDS, form) || WEEKDAY_WRITINGS.some((writings) => writings.includes(form)));

/**
 * Does `text` say more about its day set than the slot `values` hold? A day word outside them ("every day but
 * weekends" read as the slot "day": "weekends" left out) or, beside them, a word that narrows the set ("but", "not",
 * "except", "other", "second"): the slot then holds part of the day phrase only, and its days are not the asked
 * ones. Quoted names ("Sunday run") are values of their own and read as no day; a quoted message someone relays
 * (quoted-messages.ts) is read as task text. True too when a value is not found, and — given the task's other
 * values (`others`) — when the phrase is told of someone, not asked ("I rest at weekends": toldOfSomeoneElse).
 */
export function saysMoreThanDaySet(text: string, values: readonly string[], others?: readonly string[]): boolean {
  // A relayed message (`From Mum: "set yourself an alarm … every day …"`) is task text: only its marks go.
  const unquoted = unquoteMessages(text);
  const masked = unquoted.replace(/"[^"]*"|“[^”]*”/gu, (quoted) => ' '.repeat(quoted.length));
  const places = values.map((value) => findWhole(masked, value));
  if (places.length === 0 || places.some((place) => !place)) return true;
  const start = Math.min(...places.map((place) => place!.start));
  const end = Math.max(...places.map((place) => place!.end));
  if (others !== undefined && toldOfSomeoneElse(unquoted, masked, { start, end }, others)) return true;
  const [before, after] = [wordsOf(masked.slice(0, start)), wordsOf(masked.slice(end))];
  if ([...before, ...after].some(isDayWord)) return true;
  // The days of a thing being replaced ("… instead of the one at weekends", "replacing the weekend one"): another
  // alarm's days, not the asked ones.
  if (clauseWordsBefore(masked, start).some((word) => REPLACING_WORDS.has(word))) return true;
  // The bare days opening their clause and followed by more than "only" or a time ("Weekends stay as they are",
  // "weekends I sleep in", "Sundays mean lie-ins"): the clause's subject or the time of something told, not the days
  // asked — asked days stand alone ("Repeat: weekends."), with "only", or with a time ("Weekdays at 7").
  if (!LEAD.test(normalizeText(masked.slice(start, end))) && clauseWordsBefore(masked, start).length === 0) {
    const next = clauseWordsAfter(masked, end)[0];
    if (next !== undefined && !BARE_DAYS_FOLLOWERS.has(next) && !/^\d/u.test(next)) return true;
  }
  // The days as a sentence's subject ("Weekends are for sleeping in", "Sundays are family time"): what they are or
  // are for, told, not the days asked.
  if (BEING.has(after[0] ?? '') && !/[.;:!?,]/u.test(masked.slice(end, end + masked.slice(end).search(/\p{L}/u)))) return true;
  // A range ("Monday to Friday", "mon-fri") holds the days between its ends, which the slot values do not name.
  if (/[-–—]|\b(?:to|through|thru|till|until)\b/iu.test(masked.slice(start, end))) return true;
  const near = [...before.slice(-NEAR), ...after.slice(0, NEAR)];
  return near.some((word) => isNegation(word) || EXCLUSION_WORDS.has(word) || NARROWING_WORDS.has(word) || (!/^\d+$/u.test(word) && ordinalValue(word) !== undefined));
}

/** Marks that end the clause a day phrase stands in ("…, I rest at weekends."). */
const CLAUSE_MARKS = /[.;:!?,]/u;
/** Words that may open a clause before its subject ("and I rest …", "so we …", "because I …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'because', 'as', 'since', 'though', 'although', 'while']);
/** Words saying that what follows them is being replaced ("instead of the one at weekends", "replacing …"). */
const REPLACING_WORDS: ReadonlySet<string> = new Set(['instead', 'replacing', 'replace', 'replaces', 'replaced']);
/** Words that may follow bare days opening a clause and leave them the days asked ("weekends only", "weekdays at 7"). */
const BARE_DAYS_FOLLOWERS: ReadonlySet<string> = new Set(['only', 'at', 'please']);
/** A subject's determiner ("the gym is closed …", "my wife works …"): a clause told of a thing or someone named so. */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', ...POSSESSIVES]);

/** Where the clause holding `at` opens in `masked`: after the last clause mark before it. */
const clauseOpening = (masked: string, at: number) =>
  Math.max(...[...masked.slice(0, at).matchAll(new RegExp(CLAUSE_MARKS, 'gu'))].map((match) => match.index ?? -1), -1) + 1;

/** The words of the clause before `at`, past the words that open it ("and", "so"). */
function clauseWordsBefore(masked: string, at: number): string[] {
  const words = wordsOf(masked.slice(clauseOpening(masked, at), at));
  let from = 0;
  while (CLAUSE_OPENERS.has(words[from] ?? '')) from++;
  return words.slice(from);
}

/** The words of the clause after `at`, up to its closing mark. */
function clauseWordsAfter(masked: string, at: number): string[] {
  const close = masked.slice(at).search(CLAUSE_MARKS);
  return wordsOf(masked.slice(at, close < 0 ? masked.length : at + close));
}
/** Words after a subject that ask for something ("I need it on weekdays", "we would like it daily"): a request, no telling. */
const ASKING_WORDS: ReadonlySet<string> = new Set(['want', 'wants', 'need', 'needs', 'like', 'love', 'would', 'will', 'could', 'can', 'should', 'must']);

/**
 * Is the day phrase at `place` said of what someone does ("I rest at weekends", "we're away on weekdays") rather than
 * asked: its clause opens with a telling subject (told-verbs.ts) that asks nothing ("I need …", "I'd like …" ask), and
 * names none of the task's other values — "I've got gym on weekdays, so …" names what the alarm is for, and its days
 * are the alarm's; "I rest at weekends" names nothing of it, and may as well say the days to leave out. Days fronted
 * before the clause ("at weekends I sleep in") are read with the subject that follows them. A subject named with a
 * determiner and followed by more words ("The gym is closed at weekends", "My wife works …", "the kids are home …")
 * tells of that thing or person even where it names a value of the task: the gym being closed says nothing of when the
 * alarm rings.
 */
function toldOfSomeoneElse(unquoted: string, masked: string, place: { start: number; end: number }, others: readonly string[]): boolean {
  const opening = clauseOpening(masked, place.start);
  let subjectText = masked.slice(opening, place.start);
  let words = wordsOf(subjectText);
  let at = 0;
  while (CLAUSE_OPENERS.has(words[at] ?? '')) at++;
  if (at === words.length) {
    words = clauseWordsAfter(masked, place.end);
    subjectText = masked.slice(place.end);
    at = 0;
  }
  const said = words[at] ?? '';
  const telling = TELLING_SUBJECTS.has(said.replace(/['’](?:ve|m|re|ll|d|s)$/u, '')) && !/['’]d$/u.test(said);
  // A determiner, a noun and at least one word of what is said of it ("the gym is …"); "the alarm at weekends" is none.
  const determined = SUBJECT_DETERMINERS.has(said) && words.length - at >= 3;
  if (!telling && !determined && !namedSubject(subjectText, words, at, others)) return false;
  if (words.slice(at + 1).some((word) => ASKING_WORDS.has(word))) return false;
  if (determined) return true;
  const after = masked.slice(place.end).search(CLAUSE_MARKS);
  const clause = unquoted.slice(opening, after < 0 ? unquoted.length : place.end + after);
  return !others.some((value) => containsWhole(clause, value));
}

/**
 * Does the clause open with someone else named as its subject ("Sam rests at weekends", "Mum works on Sundays"): a
 * capitalised word that is no common word, no verb of the vocabulary and no value of the task, followed by a verb
 * said of them (an "-s" form, or one of being or having)? "Repeat at weekends" opens with a verb and no "-s" form
 * follows; "Gym at weekends" names a value of the task.
 */
function namedSubject(lead: string, words: readonly string[], at: number, others: readonly string[]): boolean {
  const said = words[at] ?? '';
  const next = words[at + 1] ?? '';
  // The word as written: a name is capitalised wherever it stands.
  const written = (lead.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).find((word) => word.toLowerCase() === said);
  if (written === undefined || !/^\p{Lu}/u.test(written) || COMMON_WORDS.has(said) || isActionVerb(said) || isDayWord(said)) return false;
  if (others.some((value) => normalizeText(value) === said)) return false;
  return BEING.has(next) || (/^\p{L}{3,}s$/u.test(next) && !/ss$/u.test(next));
}

/** The name a day toggle is known by, as `checkableName` reads it ("tuesday"). */
const dayName = (day: number) => WEEKDAYS[day]!.toLowerCase();
const DAY_NAMES = new Set(ALL.map(dayName));

export interface DayToggleSet {
  /** Positions (in the steps) of the presses on day toggles. */
  positions: number[];
  role: string;
  /** The new days, named as the toggles are. */
  names: string[];
  /** The members of the set: the seven day names; other toggles are left as they are. */
  among: string[];
}

/** Positions (in the steps) of the presses on day toggles: a toggle named by its day ("Tuesday", checkableName). */
export function dayTogglePositions(steps: readonly Step[]): number[] {
  return steps.flatMap((step, position) => {
    const target = targetedElements(step)[0];
    return toggledState(step) !== undefined && target && DAY_NAMES.has(checkableName(target)) ? [position] : [];
  });
}

/**
 * When `oldValues` and `newValues` each read as days and the steps' presses on day toggles (one role, named by their
 * days) left on exactly the old days, the set of day toggles to leave on for the new ones. Else undefined — also
 * when either task text (`texts`, the demonstration's and the new one, always read: the slot values alone cannot tell
 * "every day" from "every day but weekends") says more about its days than its slot values hold (`saysMoreThanDaySet`,
 * reading `others`, each text's other values, for a phrase told of someone).
 */
export function dayToggleSet(
  steps: readonly Step[],
  oldValues: readonly string[],
  newValues: readonly string[],
  texts: { old: string; new: string },
  others?: { old: readonly string[]; new: readonly string[] },
): DayToggleSet | undefined {
  const [oldDays, newDays] = [daySetOf(oldValues), daySetOf(newValues)];
  if (!oldDays || !newDays) return undefined;
  if (saysMoreThanDaySet(texts.old, oldValues, others?.old) || saysMoreThanDaySet(texts.new, newValues, others?.new)) return undefined;
  const positions = dayTogglePositions(steps);
  if (positions.length === 0) return undefined;
  const roles = new Set(positions.map((position) => targetedElements(steps[position]!)[0]!.role));
  if (roles.size !== 1) return undefined;
  const role = [...roles][0]!;
  const toggles = steps[positions[0]!]!.observation.elements.filter((element) => element.role === role && checkedOf(element) !== undefined && DAY_NAMES.has(checkableName(element)));
  // The whole week shows, each day once: else the demonstration saw only part of the set.
  if (toggles.length !== 7 || new Set(toggles.map(checkableName)).size !== 7) return undefined;
  const ended = new Map<string, boolean>(toggles.map((element) => [checkableName(element), Boolean(checkedOf(element))]));
  for (const position of positions) ended.set(checkableName(targetedElements(steps[position]!)[0]!), toggledState(steps[position]!)!);
  const wanted = new Set(oldDays.map(dayName));
  if (![...ended].every(([name, on]) => on === wanted.has(name))) return undefined;
  return { positions, role, names: newDays.map(dayName), among: [...DAY_NAMES] };
}

/** A day-set word standing alone ("weekdays", "at weekends", "every day", "daily"): "day" only after "every" / "each". */
const SET_PHRASE = /(?<![\p{L}\p{N}])(?:(?:on|at|every|each)\s+)?(?:weekdays?|weekends?|daily)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:every|each)\s+day(?![\p{L}\p{N}])/giu;
/** What joins two days of a list ("sat/sun", "Monday, Friday and Saturday"). */
const LIST_JOINT = /^\s*(?:[/,&]|,?\s*and)\s*$/iu;

/** The weekdays' writings, longest first ("thursday", "thurs", "thu"). */
const DAY_WRITING = WEEKDAY_WRITINGS.flat().sort((a, b) => b.length - a.length).join('|');
/** Weekdays named one by one, alone or in a list: "mon", "Monday", "mon/sat", "Tuesday and Friday". */
const DAY_LIST = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${DAY_WRITING})(?:\s*(?:[/,&]|,?\s*and)\s*(?:${DAY_WRITING}))*(?![\p{L}\p{N}])`, 'giu');

/**
 * The one repeat-day phrase each task text says ("every day", "on weekdays", "daily"; else the weekdays it names,
 * "mon" / "Monday, Friday and Saturday" — when neither text says a set word), read outside quoted names
 * ("Daily standup") but inside a relayed message; undefined unless each text says exactly one. Both tasks saying
 * "every day" (or both "mon") make no slot, yet the demonstration's presses on the day toggles were about that set: pressed as
 * they were on another sheet they leave on whatever days it started with (bind-slots.ts reads them with
 * `dayToggleSet`, which holds only when the presses left exactly the demonstration's days on).
 */
/**
 * How many repeat-day phrases a text says apart (set words and weekdays named, outside quoted names): 'Alarm 12:10
 * mon "Yoga" thu too' says two ("mon", "thu"), of which `dayPhrasesOf` reads neither as the one set.
 */
export function dayPhraseCount(text: string): number {
  const masked = unquoteMessages(text).replace(/"[^"]*"|“[^”]*”/gu, (quoted) => ' '.repeat(quoted.length));
  return [...masked.matchAll(SET_PHRASE)].length + [...masked.replace(SET_PHRASE, (found) => ' '.repeat(found.length)).matchAll(DAY_LIST)].length;
}

export function dayPhrasesOf(texts: { old: string; new: string }): { old: string; new: string } | undefined {
  const phrase = (text: string) => {
    const masked = unquoteMessages(text).replace(/"[^"]*"|“[^”]*”/gu, (quoted) => ' '.repeat(quoted.length));
    const found = [...masked.matchAll(SET_PHRASE)].map((match) => match[0]);
    return found.length === 1 ? found[0] : undefined;
  };
  const [old, value] = [phrase(texts.old), phrase(texts.new)];
  if (old && value) return { old, new: value };
  if (old || value) return undefined;
  // No set word in either: the weekdays each names, one phrase each ("Alarm 12:10 mon" / "Alarm 15:25 mon").
  const days = (text: string) => {
    const masked = unquoteMessages(text).replace(/"[^"]*"|“[^”]*”/gu, (quoted) => ' '.repeat(quoted.length));
    const found = [...masked.matchAll(DAY_LIST)].map((match) => match[0]);
    return found.length === 1 ? found[0] : undefined;
  };
  const [oldDays, newDays] = [days(texts.old), days(texts.new)];
  return oldDays && newDays ? { old: oldDays, new: newDays } : undefined;
}

/** Does the page show a row of day toggles: each of the seven days once, as a control whose on / off state can be read? */
export function showsDayToggles(page: readonly UIElement[]): boolean {
  const toggles = page.filter((element) => element.interactive && !element.states.hidden && checkedOf(element) !== undefined && DAY_NAMES.has(checkableName(element)));
  return toggles.length === 7 && new Set(toggles.map(checkableName)).size === 7;
}

/**
 * `spans` of `text` with each repeat-day set read as one day value, where a page shows a row of day toggles
 * (`offersDays`, showsDayToggles: on a calendar or a list of dated slots each day stays a value of its own): a set word
 * ("weekdays", "at weekends", "every day", "daily") and a list of day spans ("sat/sun", "Monday, Friday and Saturday")
 * become one span of type day, valued as written — the set of day toggles it names (daySetOf) is one value, however
 * many days it holds. Else `spans` unchanged.
 */
export function withDaySets(text: string, spans: readonly ValueSpan[], offersDays: boolean): ValueSpan[] {
  if (!offersDays) return [...spans];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const result: ValueSpan[] = [];
  for (const span of sorted) {
    const last = result.at(-1);
    if (span.type === 'day' && last?.type === 'day' && daySetOf([last.text]) && daySetOf([span.text]) && LIST_JOINT.test(text.slice(last.end, span.start))) {
      const joined = text.slice(last.start, span.end);
      result[result.length - 1] = { ...last, text: joined, value: joined, words: wordsOf(joined).length, end: span.end };
    } else result.push(span);
  }
  for (const match of text.matchAll(SET_PHRASE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (result.some((span) => start < span.end && end > span.start)) continue;
    result.push({ type: 'day', text: match[0], value: match[0], words: wordsOf(match[0]).length, start, end });
  }
  return result.sort((a, b) => a.start - b.start);
}
