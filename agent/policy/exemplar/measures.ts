/**
 * Measures: the one vocabulary of comparison words ("the lightest", "the
 * best-rated", "the most recent") — which measure each refers to, the words
 * a column header or label of that measure carries ("Weight", "Rating",
 * "Added"), and lowest or highest — and how each kind of quantity is
 * written on a page (money "$129", durations "1h 45m", clock times "08:30",
 * weights "1.4 kg", sizes "2.3 MB", ratings "4.5/5" or "★ 4.5", dates
 * "Mar 14, 2026", percentages "12%", plain counts).
 *
 * Pure functions, no task knowledge: which rows there are and which element
 * of a row is clicked comes from the demonstration (superlatives.ts).
 */
import { monthOfWord } from './date-parts.js';
import { stem } from './word-forms.js';

export type QuantityKind = 'money' | 'duration' | 'time' | 'number' | 'mass' | 'size' | 'rating' | 'date' | 'percent';

export interface Superlative {
  quantity: QuantityKind;
  extreme: 'min' | 'max';
  /** Words a header or label of the compared quantity carries ("weight", "mass"); absent: any quantity of the kind. */
  measure?: readonly string[];
  /** Kinds read when some row shows none of `quantity` ("the largest": a size, else a plain number). */
  fallback?: readonly QuantityKind[];
}

/** What each measure is written as, and the words its header or label carries. */
const MEASURES = {
  price: { quantity: 'money', measure: ['price', 'cost', 'fare', 'total', 'amount'] },
  duration: { quantity: 'duration', measure: ['duration', 'length', 'runtime', 'takes'] },
  time: { quantity: 'time', measure: ['time', 'departs', 'departure', 'leaves', 'starts', 'start'], fallback: ['date'] },
  weight: { quantity: 'mass', measure: ['weight', 'mass', 'weighs'] },
  size: { quantity: 'size', measure: ['size', 'space', 'storage'], fallback: ['number'] },
  rating: { quantity: 'rating', measure: ['rating', 'rated', 'stars', 'score', 'grade'] },
  date: { quantity: 'date', measure: ['date', 'updated', 'added', 'created', 'modified', 'released', 'published', 'posted', 'uploaded', 'joined', 'listed', 'since', 'opened'] },
  percent: { quantity: 'percent', measure: ['percent', 'percentage', 'share', 'discount', 'rate'] },
} as const satisfies Record<string, { quantity: QuantityKind; measure: readonly string[]; fallback?: readonly QuantityKind[] }>;

type MeasureName = keyof typeof MEASURES;

/** Comparison words (lower case, hyphens as spaces) → the measure they refer to ('number': any plain number) and the extreme. */
const WORDS: Record<string, [MeasureName | 'number', 'min' | 'max']> = {
  cheapest: ['price', 'min'],
  priciest: ['price', 'max'],
  dearest: ['price', 'max'],
  'most expensive': ['price', 'max'],
  'least expensive': ['price', 'min'],
  'most costly': ['price', 'max'],
  'least costly': ['price', 'min'],
  'highest priced': ['price', 'max'],
  'lowest priced': ['price', 'min'],
  shortest: ['duration', 'min'],
  quickest: ['duration', 'min'],
  fastest: ['duration', 'min'],
  longest: ['duration', 'max'],
  slowest: ['duration', 'max'],
  // "The salad that takes the least time": how long it takes, not a clock time ("earliest" says that).
  'least time': ['duration', 'min'],
  'most time': ['duration', 'max'],
  earliest: ['time', 'min'],
  soonest: ['time', 'min'],
  latest: ['time', 'max'],
  lightest: ['weight', 'min'],
  heaviest: ['weight', 'max'],
  smallest: ['size', 'min'],
  largest: ['size', 'max'],
  biggest: ['size', 'max'],
  'best rated': ['rating', 'max'],
  'top rated': ['rating', 'max'],
  'highest rated': ['rating', 'max'],
  'worst rated': ['rating', 'min'],
  'lowest rated': ['rating', 'min'],
  newest: ['date', 'max'],
  'most recent': ['date', 'max'],
  'most recently': ['date', 'max'],
  'least recent': ['date', 'min'],
  'least recently': ['date', 'min'],
  oldest: ['date', 'min'],
  // Gone longest without a change: the oldest date of its last change ("the stalest project", "longest without an update").
  stalest: ['date', 'min'],
  'longest without': ['date', 'min'],
  // A length read off a chart mark (mark-extents.ts) or a number its row shows.
  tallest: ['number', 'max'],
  lowest: ['number', 'min'],
  highest: ['number', 'max'],
  fewest: ['number', 'min'],
  least: ['number', 'min'],
  most: ['number', 'max'],
};

/** Words that make the word after them a comparison ("the most reviewed", "the fewest stops", "the highest score"). */
const DEGREES: Record<string, 'min' | 'max'> = { most: 'max', least: 'min', fewest: 'min', highest: 'max', lowest: 'min', maximum: 'max', minimum: 'min' };

/**
 * Things counted on a page whose number "the most …" / "the fewest …" compares
 * ("the most reviewed", "the fewest stops"); another word after "most" is a
 * quality, not a count ("the most wonderful").
 */
const COUNTED = [
  'reviews', 'reviewed', 'ratings', 'votes', 'voted', 'downloads', 'downloaded', 'views', 'viewed', 'comments', 'commented',
  'likes', 'liked', 'followers', 'sales', 'sold', 'orders', 'ordered', 'installs', 'stops', 'items', 'files', 'members',
  'messages', 'unread', 'posts', 'replies', 'answers', 'seats', 'rooms', 'pages', 'tickets', 'points', 'goals', 'wins',
  'stars', 'players', 'students', 'visits', 'visitors', 'subscribers', 'stock', 'units', 'copies', 'tasks', 'issues',
];

/** A comparison as its words: lower case, hyphens and runs of spaces as one space ("Best-rated" → "best rated"). */
export const phraseKey = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, ' ').trim();
const key = phraseKey;

/** The measure whose header words include `word`, if any ("rating" → rating, "price" → price). */
function measureNamed(word: string): MeasureName | undefined {
  const wanted = stem(word);
  return (Object.keys(MEASURES) as MeasureName[]).find((name) => MEASURES[name].measure.some((header) => stem(header) === wanted));
}

function choiceOf(measure: MeasureName | 'number', extreme: 'min' | 'max', words?: readonly string[]): Superlative {
  if (measure === 'number') return { quantity: 'number', extreme, ...(words ? { measure: words } : {}) };
  const entry: { quantity: QuantityKind; measure: readonly string[]; fallback?: readonly QuantityKind[] } = MEASURES[measure];
  return { quantity: entry.quantity, extreme, measure: entry.measure, ...(entry.fallback ? { fallback: entry.fallback } : {}) };
}

/**
 * The choice a word or phrase names ("cheapest", "the lightest", "best-rated",
 * "most recent", "most reviewed"), if it is a comparison: a word of the
 * vocabulary, or most / least / fewest / highest / lowest and the word the
 * quantity's header or label carries.
 */
export function superlativeOf(word: string): Superlative | undefined {
  const text = key(word).replace(/^the /, '');
  if (Object.prototype.hasOwnProperty.call(WORDS, text)) return choiceOf(...WORDS[text]!);
  // "the lightest tent", "best-rated one": the comparison and the noun it qualifies.
  const words = text.split(' ');
  if (words.length === 2 && Object.prototype.hasOwnProperty.call(WORDS, words[0]!) && !Object.prototype.hasOwnProperty.call(DEGREES, words[0]!)) return choiceOf(...WORDS[words[0]!]!);
  const head = words.slice(0, 2).join(' ');
  if (words.length === 3 && Object.prototype.hasOwnProperty.call(WORDS, head)) return choiceOf(...WORDS[head]!);
  const degree = DEGREES[words[0] ?? ''];
  if (degree && words.length === 2 && /^\p{L}{3,}$/u.test(words[1]!)) {
    const measure = measureNamed(words[1]!);
    if (measure) return choiceOf(measure, degree);
    const counted = stem(words[1]!);
    if (COUNTED.some((word) => stem(word) === counted)) return choiceOf('number', degree, [words[1]!]);
  }
  return undefined;
}

/** Every comparison phrase of the vocabulary with two words ("best rated", "most recent"), for finding them in a task. */
export function comparisonPhrases(): string[] {
  return Object.keys(WORDS).filter((phrase) => phrase.includes(' '));
}

/** One quantity found in a text: its value (in the kind's base unit), where it starts and ends, and for dates the scale. */
export interface FoundQuantity {
  value: number;
  index: number;
  end: number;
  /** Dates: 'year' (absolute), 'day' (month and day, no year), 'ago' (relative); values of different scales do not compare. */
  scale?: string;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const MONEY = new RegExp(String.raw`[$€£]\s?${NUMBER}|${NUMBER}\s?(?:USD|EUR|GBP|dollars?|euros?)\b`, 'gi');
const DURATION_HM = /(?<![\d:])(\d+)\s?h(?:ours?|rs?)?\.?\s*(?:(\d+)\s?m(?:in(?:utes?|s)?)?\b)?/gi;
/**
 * Minutes written out ("25 min", "40 mins", "10 minutes"). The unit ends where no small letter or digit follows:
 * a tag shown right after it reads into it when the page's texts are joined ("40 minVegan ✓" for "40 min" beside a
 * "Vegan ✓" badge), while "10 mint" is no duration.
 */
const DURATION_M = /(?<![\d:])(\d+)\s?(?:min|Min|MIN)(?:utes?|s|UTES?|S)?(?![\p{Ll}\d])/gu;
/**
 * Minutes written as a bare "m" against the number ("25m", "15mVG"): read only where the text writes no other
 * duration and no distance ("800m · 1.2 km" is metres), since "m" is metres too.
 */
const DURATION_BARE_M = /(?<![\d:.,$€£¥])(\d+)m(?![\p{Ll}\d²³])(?!\s+\p{Ll})/gu;
const DISTANCE = /\d\s?(?:km|mi|miles?|metres?|meters?|ft|yards?|yd)\b|\b(?:distance|metres?|meters?)\b/i;
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?!\d)\s*(am|pm)?/gi;
const MASS = new RegExp(String.raw`(?<![\d.,])${NUMBER}\s?(kg|kilos?|kilograms?|g|grams?|lbs?|pounds?|oz|ounces?)\b`, 'gi');
const SIZE = new RegExp(String.raw`(?<![\d.,])${NUMBER}\s?(bytes?|B|KB|kB|MB|GB|TB|KiB|MiB|GiB|TiB)\b`, 'g');
const RATING_OF = new RegExp(String.raw`(?<![\d.,])${NUMBER}\s?(?:/|out of)\s?(5|10|100)\b(?!\s?%)`, 'gi');
const RATING_STAR = new RegExp(String.raw`[★⭐]\s?${NUMBER}|(?<![\d.,])${NUMBER}\s?(?:[★⭐]|stars?\b)`, 'gi');
const STAR_RUN = /[★☆½]{2,}/g;
const PERCENT = new RegExp(String.raw`(?<![\d.,])(-?\d+(?:[.,]\d+)?)\s?%`, 'g');
const BARE = /(?<![\d:.,/$€£])\d+(?:\.\d+)?(?![\d:]|[.,]\d)/g;

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b(?:,?\s+(\d{4})\b)?`, 'gi');
const AGO = /\b(\d+|an?|one)\s+(minute|hour|day|week|month|year)s?\s+ago\b|\b(today|yesterday)\b/gi;

const MASS_GRAMS: Record<string, number> = { kg: 1000, kilo: 1000, kilos: 1000, kilogram: 1000, kilograms: 1000, g: 1, gram: 1, grams: 1, lb: 453.6, lbs: 453.6, pound: 453.6, pounds: 453.6, oz: 28.35, ounce: 28.35, ounces: 28.35 };
const SIZE_BYTES: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };
const AGO_DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

/**
 * Units a number is written with as a measure of its own ("Omeprazole 20mg",
 * "5 ml", "2.5kg", "16 GB"): the masses and sizes above by their short forms,
 * and volumes, lengths and doses. A regular-expression alternation, longest first,
 * matching either case ("mg", "GB"), to follow the digits; `spaced` leaves out the
 * one-letter units ("5 l", "3 m" read as a word after a number would be guesses); a lone
 * "b" ("Flat 5b") is no unit.
 */
const OTHER_UNITS = ['g', 'mg', 'mcg', 'µg', 'ml', 'cl', 'dl', 'l', 'mm', 'cm', 'm', 'km', 'iu'];
export function measureUnitPattern(spaced = false): string {
  const short = [...Object.keys(MASS_GRAMS), ...Object.keys(SIZE_BYTES)].filter((unit) => unit.length > 1 && unit.length <= 3 && !/^(?:byte|kilo|gram|pound)/.test(unit));
  const units = [...new Set([...short, ...OTHER_UNITS])].filter((unit) => !spaced || unit.length > 1);
  const eitherCase = (unit: string) => [...unit].map((letter) => (letter.toUpperCase() === letter ? letter : `[${letter}${letter.toUpperCase()}]`)).join('');
  return units.sort((a, b) => b.length - a.length).map(eitherCase).join('|');
}

const num = (text: string) => Number(text.replace(',', '.'));
const found = (match: RegExpExecArray, value: number, scale?: string): FoundQuantity => ({ value, index: match.index, end: match.index + match[0].length, ...(scale ? { scale } : {}) });
const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)];

/** A month written in full or cut ("Mar", "sept.") → 0–11 (date-parts.ts reads it). */
const monthIndex = (written: string) => monthOfWord(written) - 1;

function datesIn(text: string): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  const day = (year: number | undefined, month: number, date: number) => (year ?? 0) * 372 + month * 31 + date;
  for (const match of all(ISO_DATE, text)) out.push(found(match, day(Number(match[1]), Number(match[2]) - 1, Number(match[3])), 'year'));
  for (const match of all(MONTH_DAY, text)) {
    const year = match[3] ? Number(match[3]) : undefined;
    out.push(found(match, day(year, monthIndex(match[1]!), Number(match[2])), year ? 'year' : 'day'));
  }
  for (const match of all(DAY_MONTH, text)) {
    const year = match[3] ? Number(match[3]) : undefined;
    out.push(found(match, day(year, monthIndex(match[2]!), Number(match[1])), year ? 'year' : 'day'));
  }
  for (const match of all(AGO, text)) {
    if (match[3]) out.push(found(match, match[3].toLowerCase() === 'today' ? 0 : -1, 'ago'));
    else out.push(found(match, -(/^\d+$/.test(match[1]!) ? Number(match[1]) : 1) * AGO_DAYS[match[2]!.toLowerCase()]!, 'ago'));
  }
  // "12 Jan 4" read as "12 Jan" and "Jan 4": the first pattern that took the place keeps it.
  const kept: FoundQuantity[] = [];
  for (const candidate of out) if (!kept.some((other) => candidate.index < other.end && other.index < candidate.end)) kept.push(candidate);
  return kept.sort((a, b) => a.index - b.index);
}

/**
 * The calendar dates (month and day, with or without a year) written in
 * `text` that read one way only: a month word between two numbers ("Jun 12
 * Mar" — a lead called Jun beside the date "12 Mar") is two readings, and
 * neither is kept.
 */
export function unambiguousDatesIn(text: string): FoundQuantity[] {
  const readings = [...all(MONTH_DAY, text), ...all(DAY_MONTH, text)].map((match) => ({ index: match.index, end: match.index + match[0].length }));
  const overlapped = (date: FoundQuantity) => readings.some((other) => !(other.index === date.index && other.end === date.end) && other.index < date.end && date.index < other.end);
  return datesIn(text).filter((date) => (date.scale === 'day' || date.scale === 'year') && !overlapped(date));
}

/** Every quantity of `kind` written in `text`, in order (money in units, durations and times in minutes, masses in grams, sizes in bytes, dates in days). */
export function quantitiesIn(text: string, kind: QuantityKind): FoundQuantity[] {
  switch (kind) {
    case 'money':
      return all(MONEY, text).map((match) => found(match, num(match[1] ?? match[2]!)));
    case 'duration': {
      const hm = all(DURATION_HM, text).map((match) => found(match, Number(match[1]) * 60 + Number(match[2] ?? 0)));
      let m = all(DURATION_M, text).filter((match) => !hm.some((other) => match.index >= other.index && match.index < other.end));
      if (hm.length === 0 && m.length === 0 && !DISTANCE.test(text)) m = all(DURATION_BARE_M, text);
      return [...hm, ...m.map((match) => found(match, Number(match[1])))].sort((a, b) => a.index - b.index);
    }
    case 'time':
      return all(TIME, text).map((match) => {
        let hours = Number(match[1]) % (match[3] ? 12 : 24);
        if (match[3]?.toLowerCase() === 'pm') hours += 12;
        return found(match, hours * 60 + Number(match[2]));
      });
    case 'mass':
      return all(MASS, text).map((match) => found(match, num(match[1]!) * MASS_GRAMS[match[2]!.toLowerCase()]!));
    case 'size':
      return all(SIZE, text).map((match) => found(match, num(match[1]!) * SIZE_BYTES[match[2]!.toLowerCase()]!));
    case 'rating': {
      const of = all(RATING_OF, text).map((match) => found(match, (num(match[1]!) / Number(match[2])) * 5));
      const stars = all(RATING_STAR, text).map((match) => found(match, num(match[1] ?? match[2]!)));
      const runs = all(STAR_RUN, text).map((match) => found(match, [...match[0]].reduce((sum, glyph) => sum + (glyph === '★' ? 1 : glyph === '½' ? 0.5 : 0), 0)));
      return [...of, ...stars, ...runs].sort((a, b) => a.index - b.index);
    }
    case 'date':
      return datesIn(text);
    case 'percent':
      return all(PERCENT, text).map((match) => found(match, num(match[1]!)));
    case 'number':
      return all(BARE, text).map((match) => found(match, Number(match[0])));
  }
}

/** The first quantity of `kind` written in `text`; a plain number is the money if the text shows some, else its only bare number. */
export function quantityIn(text: string, kind: QuantityKind): number | undefined {
  if (kind === 'number') {
    const money = quantitiesIn(text, 'money')[0];
    if (money) return money.value;
    const numbers = text.match(/(?<![\d:.])\d+(?:\.\d+)?(?![\d:])/g) ?? [];
    return numbers.length === 1 ? Number(numbers[0]) : undefined;
  }
  if (kind === 'duration') {
    // Hours and minutes before minutes alone, wherever each stands (as rows were always read).
    const hm = [...text.matchAll(DURATION_HM)][0];
    if (hm) return Number(hm[1]) * 60 + Number(hm[2] ?? 0);
  }
  return quantitiesIn(text, kind)[0]?.value;
}

/** Does a header or label ("Weight", "Reviews", "Date added") carry one of the measure's words? */
export function labelMatches(label: string, measure: readonly string[]): boolean {
  const words = new Set((label.match(/\p{L}+/gu) ?? []).map(stem));
  return measure.some((word) => (word.match(/\p{L}+/gu) ?? []).every((part) => words.has(stem(part))));
}

/** How a measure's quantity is named to a user ("weight", "rating", "price"). */
export function measureName(choice: Superlative): string {
  return choice.measure?.[0] ?? (choice.quantity === 'number' ? 'number' : choice.quantity);
}
