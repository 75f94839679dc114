/**
 * Rule: plain lower-case words that change what is done are never wording.
 *
 * An alignment may leave a lower-case slot no demonstrated step acted on
 * ("largest" → "smallest", "today" → "tomorrow", "kg" → "lb", "up" → "down"),
 * or a word standing in one task text only ("Do not tick …"). Wording such as
 * "please" / "kindly" or "box" / "text field" may differ freely; these words
 * may not: following the demonstration would do what its task asked, not
 * what this one asks. task-values.ts refuses the plan when they differ.
 *
 * Kinds (each word has a key; words of one key are the same request —
 * "largest" / "biggest", "every" / "all"):
 * state (on / off: intent-words.ts), negation (not, never, without …),
 * comparison (superlatives of measures.ts, comparatives), ordinal (first,
 * 5th, last), direction (up / down, ascending / descending …), quantity
 * (all, both, none, half …), date (today, tomorrow, monday, morning, am …),
 * unit (kg, lb, hours, percent …), colour and size words.
 *
 * Pure functions over task texts; no task knowledge.
 */
import { WEEKDAY_WRITINGS } from '../date-parts.js';
import { captionRanges, isActionVerb, stateKey, switchingVerbState, verbPhraseAt, wordsOf } from '../intent-words.js';
import { superlativeOf } from '../measures.js';
import { numberWordValue } from '../number-words.js';
import { isNegation, withoutValueNo } from './negation-words.js';
import { ordinalNumber } from './ranked-pick.js';
import { withoutFormWords } from './value-transforms.js';
import { directionPhrases } from './sort-direction.js';

export type MeaningKind = 'state' | 'negation' | 'comparison' | 'ordinal' | 'direction' | 'quantity' | 'date' | 'unit' | 'colour' | 'size';

export interface MeaningWord {
  kind: MeaningKind;
  /** Equal keys ask the same ("largest" / "biggest"); different keys of one kind ask different things. */
  key: string;
  /** The word (or two words) as written, lower case. */
  word: string;
}

/** Keys of one table: every word of a row shares the row's first word as key. */
function table(rows: readonly (readonly string[])[]): Map<string, string> {
  return new Map(rows.flatMap((row) => row.map((word) => [word, row[0]!] as const)));
}

const COMPARATIVES = table([
  ['larger', 'bigger', 'greater'], ['smaller'], ['more'], ['less', 'fewer'], ['higher'], ['lower'], ['cheaper'], ['dearer', 'pricier'],
  ['longer'], ['shorter'], ['heavier'], ['lighter'], ['older'], ['newer'], ['earlier'], ['later'], ['over', 'above'], ['under', 'below'],
]);
const DIRECTIONS = table([
  ['up', 'upward', 'upwards'], ['down', 'downward', 'downwards'], ['left'], ['right'], ['forward', 'forwards'], ['back', 'backward', 'backwards'],
  ['ascending', 'increasing'], ['descending', 'decreasing'], ['clockwise'], ['anticlockwise', 'counterclockwise'], ['top'], ['bottom'],
  ['next', 'following'], ['previous', 'prev', 'preceding'], ['before'], ['after'], ['north'], ['south'], ['east'], ['west'],
]);
const QUANTITIES = table([
  ['all', 'every', 'each', 'everything'], ['both'], ['any'], ['some'], ['half'], ['double', 'twice'], ['once', 'single'], ['several'], ['many'], ['few'], ['only'],
]);
const DATES = table([
  // A part of the day or week in the plural asks for the same ("at weekends", "I can only do mornings" / "the weekend class").
  ['today'], ['tomorrow'], ['yesterday'], ['tonight'], ['morning', 'mornings'], ['afternoon', 'afternoons'], ['evening', 'evenings'], ['night', 'nights'],
  ['noon', 'midday'], ['midnight'], ['weekend', 'weekends'], ['weekday', 'weekdays'], ['am'], ['pm'],
  ...WEEKDAY_WRITINGS,
]);
const UNITS = table([
  ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos'], ['g', 'gram', 'grams'], ['lb', 'lbs', 'pound', 'pounds'], ['oz', 'ounce', 'ounces'],
  ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'], ['meter', 'meters', 'metre', 'metres'], ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'],
  ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'], ['mi', 'mile', 'miles'], ['ft', 'foot', 'feet'], ['inch', 'inches'],
  ['l', 'liter', 'liters', 'litre', 'litres'], ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres'], ['gallon', 'gallons'],
  ['celsius'], ['fahrenheit'], ['kelvin'], ['hour', 'hours', 'hr', 'hrs'], ['minute', 'minutes', 'mins'], ['seconds', 'secs'],
  ['day', 'days'], ['week', 'weeks'], ['month', 'months'], ['year', 'years'],
  ['dollar', 'dollars', 'usd'], ['euro', 'euros', 'eur'], ['gbp'], ['yen', 'jpy'], ['percent', 'percentage'],
  ['kb'], ['mb'], ['gb'], ['tb'], ['px', 'pixel', 'pixels'], ['pt'],
]);
const COLOURS = table([
  ['red'], ['blue'], ['green'], ['yellow'], ['orange'], ['purple', 'violet'], ['pink'], ['black'], ['white'], ['grey', 'gray'], ['brown'], ['cyan'], ['magenta'],
]);
const SIZES = table([['small', 'little'], ['medium'], ['large', 'big'], ['tiny'], ['huge'], ['short'], ['long'], ['tall'], ['narrow'], ['wide']]);

/** Qualifiers that thin a repeat to every second one ("every other day", "every alternate week"). */
export const EVERY_SECOND: ReadonlySet<string> = new Set(['other', 'alternate']);

/**
 * A cadence at `index`: after "every" / "each", an ordinal or "other" before a date or time unit ("every second
 * weekday", "every other day", "every 3rd week"). A date word, compared across whole texts: an ordinal alone is
 * loose (one text may just say more), but a cadence one text adds changes which days are meant.
 */
function cadenceAt(words: readonly string[], index: number): MeaningWord | undefined {
  const [word, next] = [words[index]!, words[index + 1]];
  if (index === 0 || !['every', 'each'].includes(words[index - 1]!) || next === undefined) return undefined;
  const rank = EVERY_SECOND.has(word) ? 2 : /^\d+$/.test(word) ? undefined : ordinalNumber(word);
  const unit = DATES.get(next) ?? UNITS.get(next);
  if (rank === undefined || unit === undefined) return undefined;
  return { kind: 'date', key: `every ${rank} ${unit}`, word: `${word} ${next}` };
}

/** What one lower-cased word (or two, "most recent") changes, if anything. */
export function meaningOf(word: string): MeaningWord | undefined {
  if (isNegation(word)) return { kind: 'negation', key: 'not', word };
  const state = stateKey(word);
  if (state !== undefined) return { kind: 'state', key: state, word };
  const superlative = superlativeOf(word);
  if (superlative) return { kind: 'comparison', key: `${superlative.quantity}:${superlative.extreme}:${(superlative.measure ?? []).join('/')}`, word };
  const tables: [MeaningKind, Map<string, string>][] = [
    ['comparison', COMPARATIVES], ['direction', DIRECTIONS], ['quantity', QUANTITIES], ['date', DATES], ['unit', UNITS], ['colour', COLOURS], ['size', SIZES],
  ];
  for (const [kind, keys] of tables) {
    const key = keys.get(word);
    if (key !== undefined) return { kind, key, word };
  }
  // "first", "5th", "last" (a bare number is a value of its own: task-values.ts blocks on it already).
  if (!/^\d+$/.test(word) && numberWordValue(word) === undefined) {
    const rank = ordinalNumber(word);
    if (rank !== undefined) return { kind: 'ordinal', key: String(rank), word };
  }
  return undefined;
}

/**
 * The text with its quoted values, the captions after a press verb ("click No"), a label's "No" and the
 * wordings of a value's letter case and spacing ("without spaces", "every word capitalised":
 * rules/value-transforms.ts judges those; "backwards" is as often a direction) blanked out: those are values,
 * not requests.
 */
function outsideValues(text: string): string {
  // "Breakfast: No", "No. 5": a value and a number's abbreviation, no negation (negation-words.ts).
  let masked = withoutValueNo(withoutFormWords(text, ['case', 'spacing']));
  for (const [start, end] of captionRanges(masked)) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  return masked;
}

/** The short writings of the weekdays ("sun", "sat", "tues"): words of their own too ("sun hat", "I sat"). */
const SHORT_WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_WRITINGS.flatMap((writings) => writings.slice(1)));
/** Words that may follow a day written short where it names the day: "sun and mon", "sat at 7", "sun from 9", "sun the 5th". */
const AFTER_A_DAY: ReadonlySet<string> = new Set(['and', 'or', 'to', 'at', 'from', 'until', 'till', 'by', 'for', 'in', 'on', 'the', 'only', 'then', 'through', 'thru']);

/**
 * Is the short weekday at `index` the first word of a noun phrase ("sun hat", "sat nav"), not a day? It is when a
 * word follows it directly that no day is followed by: not a joint or preposition ("sun and mon", "sat at 7"), no date
 * or time word ("sun morning", "sat/sun"), no number ("sun 14:00"). At a text's end, before punctuation ("Repeat:
 * sun.") or before a number it stays a day (rules/short-weekdays.ts reads where a day stands for the pages that offer days).
 */
function shortWeekdayInPhrase(words: readonly string[], index: number): boolean {
  const next = words[index + 1];
  if (!SHORT_WEEKDAYS.has(words[index]!) || next === undefined || !/^\p{L}+$/u.test(next)) return false;
  return !AFTER_A_DAY.has(next) && !DATES.has(next) && !UNITS.has(next);
}

/**
 * `text` with the ordinal and short weekday words blanked where they stand inside a name of several words that the
 * page lists ("First aid kit", "Sun hat" of a packing list's tick boxes): there they are the name's words, not a rank or
 * a day. A person reads "pack the first aid kit" by the item the page shows, never as "the first of the aid kits".
 */
function withoutNameWords(text: string, names: Iterable<string>): string {
  let masked = text;
  for (const name of names) {
    const nameWords = name.trim().split(/\s+/);
    if (nameWords.length < 2) continue;
    const escaped = nameWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    for (const match of masked.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))) {
      let offset = match.index ?? 0;
      for (const word of match[0].split(/(\s+)/)) {
        const lower = word.toLowerCase();
        const meaning = /\S/.test(word) ? meaningOf(lower) : undefined;
        if (meaning && (meaning.kind === 'ordinal' || (meaning.kind === 'date' && SHORT_WEEKDAYS.has(lower)))) {
          masked = masked.slice(0, offset) + ' '.repeat(word.length) + masked.slice(offset + word.length);
        }
        offset += word.length;
      }
    }
  }
  return masked;
}

/**
 * The words of a text (outside its values) that change what is done, two-word comparisons ("most recent") read whole.
 * `names`: the names of several words the pages list ("First aid kit"), whose ordinal and day words are the name's.
 */
export function meaningWordsIn(text: string, names: Iterable<string> = []): MeaningWord[] {
  // "smallest first", "low to high", "A to Z": one sort order, keyed by its direction (rules/sort-direction.ts); as
  // weighty as the superlative it holds ("largest first" stands in one text only: whole-text, as "largest" was).
  let rest = withoutNameWords(outsideValues(text), names);
  const found: MeaningWord[] = [];
  for (const phrase of directionPhrases(rest)) {
    found.push({ kind: 'direction', key: phrase.direction, word: phrase.phrase.toLowerCase() });
    rest = rest.slice(0, phrase.start) + ' '.repeat(phrase.end - phrase.start) + rest.slice(phrase.end);
  }
  const words = wordsOf(rest);
  for (let index = 0; index < words.length; index++) {
    const pair = index + 1 < words.length ? superlativeOf(`${words[index]} ${words[index + 1]}`) : undefined;
    if (pair && !superlativeOf(words[index]!) && !superlativeOf(words[index + 1]!)) {
      found.push({ kind: 'comparison', key: `${pair.quantity}:${pair.extreme}:${(pair.measure ?? []).join('/')}`, word: `${words[index]} ${words[index + 1]}` });
      index++;
      continue;
    }
    const cadence = cadenceAt(words, index);
    if (cadence) {
      found.push(cadence);
      index++;
      continue;
    }
    // A verb that switches something on or off ("Switch on", "Enable", "Allow") asks a state, as "on" / "off" do.
    const verb = verbPhraseAt(words, index);
    const switched = verb === undefined ? undefined : switchingVerbState(verb);
    if (verb && switched) {
      found.push({ kind: 'state', key: switched, word: verb });
      index += verb.split(' ').length - 1;
      continue;
    }
    // A verb ("Lower the quantity", "Show …") asks for an action: the clauses compare verbs (task-clauses.ts, intent-words.ts).
    const meaning = isActionVerb(words[index]!) ? undefined : meaningOf(words[index]!);
    // "sun hat", "sat nav": a day written short that opens a noun phrase is no day.
    if (meaning && !(meaning.kind === 'date' && shortWeekdayInPhrase(words, index))) found.push(meaning);
  }
  return found;
}

const keyOf = (meaning: MeaningWord) => `${meaning.kind}:${meaning.key}`;
/** The direction keys of a sort order (rules/sort-direction.ts). */
const SORT_ORDERS: ReadonlySet<string> = new Set(['ascending', 'descending']);

/** The unit keys of the currency signs a text writes outside its values ("$50" → the unit "dollar"). */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'dollar', '€': 'euro', '£': 'gbp', '¥': 'yen' };
function currencySigns(text: string): Set<string> {
  return new Set([...outsideValues(text).matchAll(/[$€£¥]/gu)].map((match) => `unit:${CURRENCY_SIGNS[match[0]]}`));
}
/** "pound" names a weight and a currency alike: beside "£" on the other side it is that sign written out ("131.49 pounds" / "£44.99"). */
const POUND_WORD = /^pounds?$/;
const signWrittenOut = (meaning: MeaningWord, signs: ReadonlySet<string>) =>
  signs.has(keyOf(meaning)) || (meaning.kind === 'unit' && POUND_WORD.test(meaning.word) && signs.has(`unit:${CURRENCY_SIGNS['£']}`));

/**
 * Words that mean something else as often as not when they stand in one text
 * only ("click on", "sign up", "go back", "I am", "after typing"): compared
 * inside a slot, never across whole texts. Directions, quantities, ordinals,
 * colours and sizes likewise (one text may just say more: "the red Save").
 */
const LOOSE_WORDS = new Set(['on', 'off', 'open', 'closed', 'yes', 'shown', 'selected', 'active', 'am', 'pm', 'l', 'g', 'pt', 'mi', 'ft', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', ...WEEKDAY_WRITINGS.flatMap((writings) => writings.slice(1)), 'night', 'only']);
const WHOLE_TEXT_KINDS: ReadonlySet<MeaningKind> = new Set(['state', 'negation', 'comparison', 'date', 'unit']);
// A switching verb's state ("turn on") is compared inside a slot only, as the lone "on" it stands for.
const wholeTextWord = (meaning: MeaningWord) =>
  (WHOLE_TEXT_KINDS.has(meaning.kind) && !LOOSE_WORDS.has(meaning.word) && !isActionVerb(meaning.word.split(' ')[0]!) && (meaning.kind !== 'comparison' || superlativeOf(meaning.word) !== undefined)) ||
  (meaning.kind === 'direction' && wordsOf(meaning.word).some((word) => superlativeOf(word) !== undefined));

/**
 * The meaning words of `a` and `b` that the other lacks (by key: "biggest" stands
 * for "largest"), or undefined when both ask the same. For a slot's two sides
 * ("largest" → "smallest"), or two whole texts ('whole': only the words that
 * cannot be wording there — negations, states, superlatives, dates, units).
 */
export function meaningShift(a: string, b: string, scope: 'slot' | 'whole' = 'slot', names: Iterable<string> = []): { old: MeaningWord[]; new: MeaningWord[] } | undefined {
  const keep = (meaning: MeaningWord) => scope === 'slot' || wholeTextWord(meaning);
  const listed = [...names];
  const [allLeft, allRight] = [meaningWordsIn(a, listed), meaningWordsIn(b, listed)];
  const [left, right] = [allLeft.filter(keep), allRight.filter(keep)];
  // A sort order said in any words is said ("smallest first" / "ascending"); a loose word says no key it shares.
  const said = (meaning: MeaningWord) => keep(meaning) || (meaning.kind === 'direction' && SORT_ORDERS.has(meaning.key));
  const rightKeys = new Set(allRight.filter(said).map(keyOf));
  const leftKeys = new Set(allLeft.filter(said).map(keyOf));
  // "$50" and "50 dollars" say one unit: a currency sign on the other side stands for its unit word.
  const [leftSigns, rightSigns] = [currencySigns(a), currencySigns(b)];
  const old = left.filter((meaning) => !rightKeys.has(keyOf(meaning)) && !signWrittenOut(meaning, rightSigns));
  const added = right.filter((meaning) => !leftKeys.has(keyOf(meaning)) && !signWrittenOut(meaning, leftSigns));
  // One direction, two measures ("largest first" / "newest first": size, date): two orders, each said.
  const [leftMeasured, rightMeasured] = [left.filter(measuredOrder), right.filter(measuredOrder)];
  for (const one of leftMeasured) {
    const other = rightMeasured.find((meaning) => meaning.key === one.key && orderMeasure(meaning) !== orderMeasure(one));
    if (other && !old.includes(one)) {
      old.push(one);
      added.push(other);
    }
  }
  return old.length === 0 && added.length === 0 ? undefined : { old, new: added };
}

/**
 * What a sort order's superlative measures ("largest first": size, "newest first": date, "highest first": a
 * number), undefined for a bare order ("ascending", "A to Z"), which fits any measure.
 */
function orderMeasure(meaning: MeaningWord): string | undefined {
  return wordsOf(meaning.word).map((word) => superlativeOf(word)?.quantity).find((found) => found !== undefined);
}
const measuredOrder = (meaning: MeaningWord) => meaning.kind === 'direction' && orderMeasure(meaning) !== undefined;

/**
 * What a slot no demonstrated step followed changes: the one check of task
 * values — states ("on" / "off", "yes" / "no", "checked" / "unchecked": the
 * state table of intent-words.ts), negations and the other kinds alike. A
 * quoted value is a literal, so there only a value that is one state word as a
 * whole counts ("On" → "Off"; "Turn on the lights" or "Largest" quoted is text).
 */
export function slotShift(old: string, now: string, quoted = false, names: Iterable<string> = []): { old: MeaningWord[]; new: MeaningWord[] } | undefined {
  // A value that is one word is read as a state first: a lone "No" answers "Yes", it negates nothing.
  const lone = (text: string): MeaningWord | undefined => {
    const words = wordsOf(text);
    if (words.length !== 1) return undefined;
    const state = stateKey(words[0]!);
    const meaning = state !== undefined ? { kind: 'state' as const, key: state, word: words[0]! } : meaningOf(words[0]!);
    return meaning && (!quoted || meaning.kind === 'state' || meaning.kind === 'negation') ? meaning : undefined;
  };
  const [before, after] = [lone(old), lone(now)];
  if (before && after) return keyOf(before) === keyOf(after) ? undefined : { old: [before], new: [after] };
  return quoted ? undefined : meaningShift(old, now, 'slot', names);
}

/** 'the task says "smallest" where the demonstration's said "largest" (comparison)', a refusal's opening clause. */
export function shiftText(shift: { old: MeaningWord[]; new: MeaningWord[] }): string {
  const words = (list: MeaningWord[]) => list.map((meaning) => JSON.stringify(meaning.word)).join(', ');
  const kinds = [...new Set([...shift.old, ...shift.new].map((meaning) => meaning.kind))].join(' / ');
  if (shift.old.length === 0) return `the task says ${words(shift.new)} (${kinds}), which the demonstration's task did not say`;
  if (shift.new.length === 0) return `the task does not say ${words(shift.old)} (${kinds}), which the demonstration's task said`;
  return `the task says ${words(shift.new)} where the demonstration's said ${words(shift.old)} (${kinds})`;
}
