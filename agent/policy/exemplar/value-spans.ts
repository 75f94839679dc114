/**
 * The values a task text names, found by their type rather than by where
 * they sit in the sentence: quoted text, e-mail addresses, @handles, dates in any
 * common written form, a grid's codes ("C5", "Row E, seats 5 and 6": grid-codes.ts), days with no year ("Thursday", "24 September", "10/13": what a list
 * of days offers, rules/day-options.ts), times of day, file names, codes (a password or reference,
 * "Kite_quartz48"; a seat "C5" is a code too), numbers (digits or words; "2.5kg" is
 * 2.5, its unit a word) and names (capitalised words inside the sentence, "Last,
 * First" read as "First Last"; a product with its strength, "Omeprazole 20mg").
 *
 * The sender of a relayed message ("Message from Dana: "…"") is none, nor the source of a quoted text ("Bio from my
 * LinkedIn: "…"").
 *
 * Each value carries the form a demonstration's steps would use: a date as
 * its ISO form (what a date input holds), a number word as digits, a
 * "Costa, Lara" name as "Lara Costa". Pure functions.
 */
import { MONTH_NAMES, WEEKDAYS, parseNumericDate } from './date-parts.js';
import { measureUnitPattern } from './measures.js';
import { captionRanges, heldKeyRanges, intentOfPhrase, isActionVerb } from './intent-words.js';
import { NUMBER_WORD_PATTERN, numberWordValue } from './number-words.js';
import { quoteSources, quotedMessages, relaySenders, unquoteMessages } from './quoted-messages.js';
import { numberListRanges } from './task-tokens.js';
import { gridCodes } from './grid-codes.js';
import { dayReadings, WEEKDAY_THE_DAY } from './rules/day-options.js';

export type ValueType = 'quoted' | 'email' | 'handle' | 'date' | 'day' | 'time' | 'file' | 'code' | 'number' | 'name';

export interface ValueSpan {
  type: ValueType;
  /** As written in the task (quotes stripped). */
  text: string;
  /** The form a step would use: ISO date, digits, "First Last". */
  value: string;
  /** Number of words, for names ("Lena Tanaka" 2, "Norway" 1): names pair only with names as long. */
  words: number;
  start: number;
  end: number;
}

// In a date with its year a month may be abbreviated with a full stop ("Sep. 24, 2026").
const MONTH = `(?:${MONTH_NAMES.map((name) => `${name}|${name.slice(0, 3)}\\.?`).join('|')})`;
// A day with no year: a weekday ("Thursday"; not one word of a name, "Tuesday Lunch"), a weekday with its day of the
// month ("Tue the 11th"), a month and day ("24 September", "17 Mar", "Sep 24th"), a numeric "10/13".
// A month first is written in full: an abbreviated "Jul 11" stays a row's data as before (rules/dropped-row-key.ts);
// after the day ("17 Mar") an abbreviation is the month all the same.
const DAY_MONTH = `(?:${MONTH_NAMES.join('|')})`;
const SHORT_MONTH = `(?:${MONTH_NAMES.join('|')}|${MONTH_NAMES.map((name) => `${name.slice(0, 3)}`).join('|')})`;
const WEEKDAY = `(?:${WEEKDAYS.map((name) => `[${name[0]}${name[0]!.toLowerCase()}]${name.slice(1)}`).join('|')})`;
const DAY = `(?:(?<![\\p{L}])${WEEKDAY_THE_DAY}(?![\\p{L}\\p{N}])|${DAY_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:])|(?<![\\p{N}.,/:])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${SHORT_MONTH}(?![\\p{L}])|(?<![\\p{N}.,/:])\\d{1,2}/\\d{1,2}(?![\\p{N}/]|[.,]\\d)|(?<![\\p{L}])${WEEKDAY}(?![\\p{L}]|\\s+(?!${DAY_MONTH})\\p{Lu}))`;
const FILE_EXTENSIONS = ['pdf', 'txt', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'csv', 'zip', 'tar', 'gz', 'md', 'json', 'xml', 'html', 'mp3', 'mp4', 'wav', 'odt', 'ods', 'rtf', 'log'];

// A number written with its unit, glued or spaced ("20mg", "50 mcg", "2.5kg", "16 GB"): a measure (measures.ts).
const UNITS = measureUnitPattern();
const MEASURE = `\\d+(?:\\.\\d+)?(?:(?:${UNITS})|\\s(?:${measureUnitPattern(true)}))(?![\\p{L}\\p{N}])`;
const NAME_WORDS = `\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*`;

/** Patterns in order of precedence; a later one never claims characters an earlier one took. */
const PATTERNS: { type: ValueType; pattern: RegExp }[] = [
  { type: 'quoted', pattern: /"([^"]*)"|“([^”]*)”/g },
  { type: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  // A user's handle ("@pavel", "@maria_k"; "@kwame's" is @kwame): a person named as feeds write them, lower case or not.
  { type: 'handle', pattern: /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*/gu },
  {
    type: 'date',
    pattern: new RegExp(
      `\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4})\\b`,
      'gi',
    ),
  },
  { type: 'day', pattern: new RegExp(DAY, 'gu') },
  // A time of day ("14:10", "7:18 AM", "7:18 a.m."): one value, not two numbers and a name; a full stop after "AM" ends the sentence.
  { type: 'time', pattern: /(?<![\d:])\d{1,2}:\d{2}(?:\s?[AaPp](?:\.[Mm]\.|[Mm]))?(?![\d:])/g },
  { type: 'file', pattern: new RegExp(`(?<![\\p{L}\\p{N}.@])[\\p{L}\\p{N}_-]+\\.(?:${FILE_EXTENSIONS.join('|')})(?![\\p{L}\\p{N}])`, 'giu') },
  // A code written as one word of letters ending in digits ("Kite_quartz48", "Tango.lumen15", "Maplekite28"): a
  // password, a reference — one value, not a name and a number; an ordinal ("2nd"), a time ("9am") or "B12" is none.
  { type: 'code', pattern: /(?<![\p{L}\p{N}_.@-])(?=(?:[\p{N}_.-]*\p{L}){3})\p{L}[\p{L}\p{N}]*(?:[_.-][\p{L}\p{N}]+)*\p{N}{2,}(?![\p{L}\p{N}_@]|[.-][\p{L}\p{N}])/gu },
  // A reference: one or two capitals and three or more digits ("order #C4115", "order number B5895", "flight LH1234"):
  // an order's or a booking's number, one value, not a name "C" and a loose number (a grid's "B12" is read above).
  { type: 'code', pattern: /(?<![\p{L}\p{N}_.@'’+-])\p{Lu}{1,2}\p{N}{3,}(?![\p{L}\p{N}_@]|[.,:/-]\p{N}|[.-]\p{L})/gu },
  // A product named with its strength or size ("Omeprazole 20mg", "Levothyroxine 50 mcg"): one name, as a page's option reads it.
  { type: 'name', pattern: new RegExp(`${NAME_WORDS}\\s+${MEASURE}`, 'gu') },
  // A number glued to its unit ("2.5kg") is the number; the unit stays a word of the text, compared as words are.
  { type: 'number', pattern: new RegExp(`(?<![\\p{L}\\p{N}.,/:-])\\d+(?:\\.\\d+)?(?:(?=(?:${UNITS})(?![\\p{L}\\p{N}]))|(?![\\p{L}\\p{N}]|[.,/:-]\\d))|\\b(?:${NUMBER_WORD_PATTERN})\\b`, 'giu') },
  // "Costa, Lara" (a family name, a comma, a given name) or a run of capitalised words, possessive 's dropped.
  { type: 'name', pattern: /\p{Lu}[\p{Ll}'’-]+,\s\p{Lu}[\p{Ll}'’-]+(?=\s+[—–-]|\s*[.;:)]|$)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu },
];

/** The date a written date stands for, as YYYY-MM-DD; undefined when it is none. */
export function isoDate(text: string): string | undefined {
  const pad = (value: number) => String(value).padStart(2, '0');
  const numeric = parseNumericDate(text.trim())[0];
  if (numeric) return `${numeric.year}-${pad(numeric.month)}-${pad(numeric.day)}`;
  const words = text.replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1').replace(/[.,]/g, ' ').split(/\s+/).filter((word) => word && word.toLowerCase() !== 'of');
  if (words.length !== 3) return undefined;
  const month = (word: string) => MONTH_NAMES.findIndex((name) => name.toLowerCase() === word.toLowerCase() || name.slice(0, 3).toLowerCase() === word.toLowerCase()) + 1;
  const [a, b, c] = words as [string, string, string];
  const monthFirst = month(a) > 0;
  const monthIndex = monthFirst ? month(a) : month(b);
  const day = Number(monthFirst ? b : a);
  const year = Number(c);
  if (monthIndex <= 0 || !(day >= 1 && day <= 31) || !(year >= 1000 && year <= 9999)) return undefined;
  return `${year}-${pad(monthIndex)}-${pad(day)}`;
}

/** Is the character offset at the start of a sentence (a capital there is grammar, not a name)? */
function sentenceStart(text: string, offset: number, openings: readonly number[] = []): boolean {
  const before = text.slice(0, offset).trimEnd();
  // A relayed message's first word opens its sentence (quoted-messages.ts): `openings`, where messages begin.
  return before === '' || /[.!?;]["”)]?$/.test(before) || openings.some((at) => at <= offset && text.slice(at, offset).trim() === '');
}

/** The typed values of a task text, left to right. */
export function valueSpans(source: string): ValueSpan[] {
  // A quoted message someone relays is task text: the values inside it are found by their type (quoted-messages.ts).
  const text = unquoteMessages(source);
  const openings = quotedMessages(source).map((message) => message.innerStart);
  // Who relays a message ("Message from Dana: "…"") passes the task on: no value of it (quoted-messages.ts).
  // So does where a quoted text comes from ("Bio from my LinkedIn: "…"").
  const taken: [number, number][] = [...relaySenders(source), ...quoteSources(source)].map((sender) => [sender.start, sender.end]);
  // "(hold Ctrl to pick several)": a key the person holds, no value (intent-words.ts).
  taken.push(...heldKeyRanges(text));
  const spans: ValueSpan[] = [];
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);
  // "[16,5,15]": a list of numbers, each a value of its own (task-tokens.ts).
  for (const range of numberListRanges(text)) {
    for (const item of text.slice(range.start, range.end).matchAll(/\d+/g)) {
      const start = range.start + (item.index ?? 0);
      spans.push({ type: 'number', text: item[0], value: item[0], words: 1, start, end: start + item[0].length });
    }
    taken.push([range.start, range.end]);
  }
  for (const { type, pattern } of PATTERNS) {
    // A grid's code ("C5", "Row E, seats 5 and 6" → E5, E6) is a code too, one value each (grid-codes.ts).
    if (type === 'code') {
      for (const code of gridCodes(text)) {
        if (!free(code.start, code.end)) continue;
        taken.push([code.start, code.end]);
        spans.push({ type, text: text.slice(code.start, code.end), value: code.value, words: 1, start: code.start, end: code.end });
      }
    }
    for (const match of text.matchAll(pattern)) {
      let start = match.index ?? 0;
      let raw = match[0];
      if (type === 'name') {
        // A capitalised word opening the sentence is grammar ("Register …"), so are intents, months and "I";
        // but not a control's caption after a pressing verb ("hit Send"), nor a person named as the sentence's subject.
        const captions = captionRanges(text);
        const caption = (at: number) => captions.some(([from, to]) => at >= from && at < to);
        const words = [...raw.matchAll(/\S+/g)].map((word) => ({ text: word[0], at: start + (word.index ?? 0) }));
        const opening = openingName(text, words, openings);
        while (words.length > 0 && !caption(words[0]!.at) && ((sentenceStart(text, words[0]!.at, openings) && !opening) || notAName(words[0]!.text))) words.shift();
        // A measure left without the name before it ("20mg" opening a sentence) is read as its number below.
        if (words.length === 0 || /^\p{N}/u.test(words[0]!.text) || words.some((word) => !caption(word.at) && notAName(word.text))) continue;
        start = words[0]!.at;
        raw = text.slice(start, words[words.length - 1]!.at + words[words.length - 1]!.text.length);
      }
      const end = start + raw.length;
      if (!free(start, end)) continue;
      const value = valueOf(type, match, raw);
      if (value === undefined) continue;
      taken.push([start, end]);
      spans.push({ type, text: type === 'quoted' ? (match[1] ?? match[2] ?? '') : cleanName(type, raw), value, words: value.split(/\s+/).length, start, end });
    }
  }
  return withoutPointingCounts(text, spans.sort((a, b) => a.start - b.start));
}

/**
 * A number word after a demonstrative ("C5 and C6 - those two please", "Row C, seat 1 - that one") points back at
 * the values just named, as many as it counts: no value of its own.
 */
function withoutPointingCounts(text: string, spans: ValueSpan[]): ValueSpan[] {
  return spans.filter((span, index) => {
    if (span.type !== 'number' || !/^\p{L}+$/u.test(span.text) || !/\b(?:that|this|those|these)\s+$/iu.test(text.slice(0, span.start))) return true;
    return spans.slice(0, index).filter((before) => before.type !== 'number').length !== Number(span.value);
  });
}

/** Words that open a sentence capitalised without being anyone's name ("The", "Please", "Tomorrow"). */
const OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'his', 'her', 'their', 'its', 'please', 'then', 'now', 'next',
  'first', 'finally', 'also', 'today', 'tomorrow', 'yesterday', 'tonight', 'if', 'when', 'once', 'after', 'before', 'on', 'in', 'at', 'for',
  'from', 'to', 'with', 'and', 'but', 'or', 'so', 'every', 'each', 'all', 'no', 'only', 'dear', 'hello', 'hi', 'hey', 'ok', 'okay', 'yes', 'new',
  ...WEEKDAYS.map((day) => day.toLowerCase()),
]);

/**
 * A run of capitalised words opening a sentence that names a person as its
 * subject ("Ingrid Wolff is here", "Ingrid Wolff: check her in"): two or more
 * capitalised words, the first no verb, opener, month or intent, and the
 * sentence going on with a verb of being or having, or a pause. "Book Tuesday
 * …" and "Bookmark Theo's post" are a verb and its object.
 */
function openingName(text: string, words: readonly { text: string; at: number }[], openings: readonly number[] = []): boolean {
  if (words.length < 2 || !sentenceStart(text, words[0]!.at, openings)) return false;
  const first = words[0]!.text.toLowerCase();
  if (OPENERS.has(first) || isActionVerb(first) || notAName(words[0]!.text) || /[,'’]/.test(words[0]!.text)) return false;
  const last = words[words.length - 1]!;
  const after = text.slice(last.at + last.text.length);
  return /^(?:\s*[,:;—–]|\s+-\s|\s+(?:is|are|was|were|has|have|had|needs|wants|should|will|would|can|could|must|may|just|arrived|came|left|joined)\b)/u.test(after);
}

/** Capitalised words that are no name: intents ("Delete"), month names, "I" and its forms. */
function notAName(word: string): boolean {
  const bare = word.replace(/[,]$/, '');
  return intentOfPhrase(bare) !== undefined || MONTH_NAMES.some((name) => name.toLowerCase() === bare.toLowerCase()) || /^I(?:['’]\p{L}+)?$/u.test(bare);
}

function cleanName(type: ValueType, raw: string): string {
  return type === 'name' ? raw.replace(/['’]s$/u, '') : raw;
}

function valueOf(type: ValueType, match: RegExpMatchArray, raw: string): string | undefined {
  switch (type) {
    case 'quoted':
      return match[1] ?? match[2] ?? '';
    case 'date':
      return isoDate(raw);
    case 'day':
      return dayReadings(raw) ? raw.replace(/\.$/, '') : undefined;
    case 'number':
      return numberWordValue(raw) ?? raw;
    case 'name': {
      const name = cleanName(type, raw);
      const comma = /^(\S+),\s(\S+)$/u.exec(name);
      return comma ? `${comma[2]} ${comma[1]}` : name;
    }
    default:
      return raw;
  }
}

/**
 * The values a task gives in the form a field takes, lower-cased: a date
 * written "15 March 1972" gives "1972-03-15" (what a date input holds), a
 * count written "two" gives "2".
 */
export function valueFormsIn(task: string): string[] {
  return valueSpans(task).filter((span) => span.type === 'date' || span.type === 'number').map((span) => span.value.toLowerCase());
}

/** Types of value that name one thing a person would find on a page (a name, a quote, a handle, an address, a file). */
const FINDABLE: ReadonlySet<ValueType> = new Set(['name', 'quoted', 'handle', 'email', 'file']);

/** The findable values two task texts both name, alike ("Find Gus …" and "Find Gus …"), in the second text's order. */
export function sharedValues(first: string, second: string): string[] {
  const ofFirst = new Set(valueSpans(first).filter((span) => FINDABLE.has(span.type)).map((span) => span.value));
  return [...new Set(valueSpans(second).filter((span) => FINDABLE.has(span.type) && ofFirst.has(span.value)).map((span) => span.value))];
}
