/**
 * Task text as tokens for alignment: quoted strings stay whole (they are the
 * most common slot) — a quoted message someone relays is read as task text —, numbers and dates stay whole, words, and single
 * punctuation marks. List separators (",", "and", "or", ";", "&", ">") are marked
 * because they never anchor an alignment: they glue list items together. An "or" between items offers a choice
 * the task leaves to a person, which rules/offered-choice.ts refuses unless the demonstration's task offered it too.
 */

import { unquoteMessages } from './quoted-messages.js';
import { WEEKDAY_THE_DAY } from './rules/day-options.js';

export type TokenKind = 'quoted' | 'number' | 'word' | 'punctuation' | 'separator';

export interface TaskToken {
  kind: TokenKind;
  /** The token as written; for quoted strings, the content without the quotes. */
  text: string;
  /** Lower-cased `text`, for comparisons. */
  norm: string;
  /** Character offsets in the source text, [start, end), including quotes. */
  start: number;
  end: number;
  /**
   * An item of a list of numbers written as one ("[16,5,15]"): one value per
   * control in page order, so it never anchors an alignment on its own — the
   * list is compared whole, item by item.
   */
  inNumberList?: true;
}

const SEPARATOR_WORDS = new Set(['and', 'or', '&']);
/** ">" joins the levels of a path ("File > Save as"), which behave like a list. */
const SEPARATOR_MARKS = new Set([',', ';', '>', '→']);

// Order matters: quoted strings, then compound numbers (dates, times, decimals), then words, then any mark.
// Words joined by . @ + - _ / (e-mail addresses, host names, "e-mail") stay one token.
const TOKEN_PATTERN =
  /"([^"]*)"|“([^”]*)”|(?<![\p{L}\p{N}])'([^']*)'(?![\p{L}\p{N}])|(\d+(?:[.,:/-]\d+)+(?![\p{L}]))|([\p{L}\p{N}_]+(?:(?:['’]|[.@+\-/]+)[\p{L}\p{N}_]+)*)|(\S)/gu;

/** Split a task text into alignment tokens. */
export function tokenizeTask(text: string): TaskToken[] {
  const tokens: TaskToken[] = [];
  // A quoted message someone relays ("Dana wrote: "can you get …"") is task text, its values and verb read as such (quoted-messages.ts).
  const read = unquoteMessages(text);
  for (const match of read.matchAll(TOKEN_PATTERN)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const quoted = match[1] ?? match[2] ?? match[3];
    let kind: TokenKind;
    let value: string;
    if (quoted !== undefined) {
      kind = 'quoted';
      value = quoted;
    } else if (match[4] !== undefined) {
      kind = 'number';
      value = match[4];
    } else if (match[5] !== undefined) {
      value = match[5];
      kind = SEPARATOR_WORDS.has(value.toLowerCase()) ? 'separator' : /^\d+$/.test(value) ? 'number' : 'word';
    } else {
      value = match[6] ?? match[0];
      kind = SEPARATOR_MARKS.has(value) || value === '&' ? 'separator' : 'punctuation';
    }
    tokens.push({ kind, text: value, norm: value.toLowerCase(), start, end });
  }
  return signedNumbers(read, wholeDatesAndTimes(read, numberLists(read, tokens)));
}

/**
 * Whole numbers joined by commas are a list, one value per item, when they
 * stand in brackets ("[16,5,15]", "[16, 5, 15]") or, written with no space,
 * cannot be one number with thousands commas (a group after the first that
 * is not three digits): "16,5,15" is three values, "1,000" stays one.
 */
export function numberListRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.,])\d+(?:,\s*\d+)+(?![\p{L}\p{N}]|[.,]\d)/gu)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const bracketed = /[[(]\s*$/.test(text.slice(0, start)) && /^\s*[\])]/.test(text.slice(end));
    const groups = match[0].split(',');
    if (bracketed || (!/\s/.test(match[0]) && groups.slice(1).some((group) => group.length !== 3))) ranges.push({ start, end });
  }
  return ranges;
}

/** Tokens inside a list of numbers (numberListRanges): a compound number split into its numbers and commas, every number marked. */
function numberLists(text: string, tokens: TaskToken[]): TaskToken[] {
  const ranges = numberListRanges(text);
  if (ranges.length === 0) return tokens;
  return tokens.flatMap((token) => {
    if (token.kind !== 'number' || !ranges.some((range) => range.start <= token.start && token.end <= range.end)) return [token];
    const parts: TaskToken[] = [];
    for (const part of token.text.matchAll(/\d+|,/g)) {
      const start = token.start + (part.index ?? 0);
      const number = part[0] !== ',';
      parts.push({ kind: number ? 'number' : 'separator', text: part[0], norm: part[0], start, end: start + part[0].length, ...(number ? { inNumberList: true as const } : {}) });
    }
    return parts;
  });
}

/**
 * A minus sign written against a number ("Select -3", "(−8)") is part of the value: "-3" is not the
 * "3" of another task (measured on use-spinner: the three up-clicks of "3" were replayed for "-3").
 * A dash between spaced numbers ("5 - 10") or inside a word stays a mark.
 */
function signedNumbers(text: string, tokens: TaskToken[]): TaskToken[] {
  const result: TaskToken[] = [];
  for (const token of tokens) {
    const previous = result[result.length - 1];
    const before = previous ? text[previous.start - 1] : undefined;
    if (token.kind === 'number' && /^\d/.test(token.text) && previous?.kind === 'punctuation' && /^[-−]$/.test(previous.text) && previous.end === token.start && (before === undefined || /[\s(\[]/.test(before))) {
      const value = text.slice(previous.start, token.end);
      result[result.length - 1] = { kind: 'number', text: value, norm: value.toLowerCase(), start: previous.start, end: token.end };
      continue;
    }
    result.push(token);
  }
  return result;
}

const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * A written date ("March 10, 1980", "10 March 1980") or a 12-hour time ("5:07 PM", "5:07 p.m.") is one value, not a list or
 * two words. The full stop after "PM" ends the sentence ("… at 4:01 PM. Enter it …"): not part of the time.
 */
const WHOLE_VALUE = new RegExp(
  `\\b(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+\\d{4}|\\d{1,2}:\\d{2}\\s*[AaPp](?:\\.[Mm]\\.|[Mm]))(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * A weekday with its day of the month ("Tue the 11th", "Friday the 14th", "Thu 13", rules/day-options.ts) is one day too:
 * "on Tue the 11th" / "on Wed the 5th" is the one day "Tue the 11th" → "Wed the 5th", never "Tue" → "Wed" beside "11th" →
 * "5th" with "the" anchoring between them — split, neither half reads as a day, and no step's option shows either.
 * A month said after it ("Wed the 5th of April", "Wed the 5th April") stays with it: left out, the day would be read
 * in whatever month the page shows ("Wed, 5 Mar").
 */
/** A month's name, whole or short, as a word of its own ("April", "Apr.", never the "Mar" of "Marketing"). */
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY_WITH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY_THE_DAY}(?:,?\\s+(?:of\\s+)?${MONTH_NAME})?(?![\\p{L}\\p{N}])`, 'giu');

/** Tokens inside a written date, a weekday with its day, or a 12-hour time merged into one number token. */
function wholeDatesAndTimes(text: string, tokens: TaskToken[]): TaskToken[] {
  let merged = tokens;
  for (const match of [...text.matchAll(WHOLE_VALUE), ...text.matchAll(WEEKDAY_WITH_DAY)]) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const inside = merged.filter((token) => token.start >= start && token.end <= end);
    if (inside.length < 2 || inside.some((token) => token.kind === 'quoted')) continue;
    const value = match[0];
    merged = [...merged.filter((token) => !inside.includes(token))];
    merged.splice(merged.findIndex((token) => token.start > start) === -1 ? merged.length : merged.findIndex((token) => token.start > start), 0, { kind: 'number', text: value, norm: value.toLowerCase(), start, end });
  }
  return merged;
}

/**
 * Function words: articles and prepositions. They carry no value of their own,
 * so they anchor an alignment only weakly ("the" may pair with any other "the")
 * and a phrase that differs only by them is the same phrase.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'from', 'in', 'on', 'at', 'by', 'with', 'into', 'onto', 'as', 'via',
]);

/** Pronouns standing for an object named elsewhere ("send it", "save them", "What's it for?"): they point, never name. */
export const PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'these', 'those']);

/** Possessive determiners: whose a thing is ("my bio", "your pronouns"), never which thing. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'our', 'his', 'her', 'their', 'its']);

/** A word token that is a function word (FUNCTION_WORDS). */
export function isFunctionWord(token: TaskToken): boolean {
  return token.kind === 'word' && FUNCTION_WORDS.has(token.norm);
}

/** Courtesy and sequencing words a task may add or leave out without asking for anything else. */
export const COURTESY_WORDS: ReadonlySet<string> = new Set(['please', 'then', 'now', 'just']);

/** Words too common to be anything's name in a sentence, whatever the page shows: the function, courtesy, pronoun and possessive words, and these. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, ...COURTESY_WORDS, ...PRONOUNS, ...POSSESSIVES,
  'they', 'he', 'she', 'we', 'you', 'i', 'me', 'us', 'and', 'or', 'but', 'so', 'not', 'no', 'yes', 'ok', 'okay',
  'is', 'are', 'was', 'be', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'would', 'will', 'should',
  'want', 'need', 'like', 'more', 'less', 'all', 'any', 'some', 'one', 'too', 'also', 'there', 'here', 'up', 'off', 'out',
  'down', 'over', 'again', 'thanks', 'thank', 'hi', 'hello', 'new', 'list', 'item', 'items', 'button', 'field', 'page',
]);

/**
 * A token that may stand in one task text and not the other without changing
 * what the task asks: a function word, a courtesy word, a punctuation mark.
 * Kept small on purpose: any other word a text has alone is a difference.
 */
export function isHarmlessAlone(token: TaskToken): boolean {
  return token.kind === 'punctuation' || isFunctionWord(token) || (token.kind === 'word' && COURTESY_WORDS.has(token.norm));
}

/** The source text a run of tokens covers, quotes stripped from a lone quoted token. */
export function spanText(source: string, tokens: readonly TaskToken[]): string {
  if (tokens.length === 0) return '';
  if (tokens.length === 1) return tokens[0]!.text;
  return source.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).trim();
}

/** A run of tokens read as words, one space between them (where the source text is not at hand). */
export function tokensText(tokens: readonly TaskToken[]): string {
  return tokens.map((token) => token.text).join(' ');
}
