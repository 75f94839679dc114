/**
 * Rule: several values of one type pair up by the words around them.
 *
 * "Send bo@x.org a message "rain check" with the subject "lunch"" and
 * "Subject "budget", message "see you": send it to al@y.net" each hold two
 * quoted texts, in the opposite order. Pairing them in order would type the
 * subject into the message field. A person reads the word in front of each
 * ("message", "subject") and pairs those that share it; what is left (a
 * value with no telling word, or none shared) pairs in order among itself.
 * Words that tell the same part of what is written ("titled" / "subject",
 * "details" / "description") are the same word here; where both sides tell
 * parts and the pairing puts a title with a body, the texts disagree
 * (cueConflict) and the judgement refuses rather than type one into the
 * other's field.
 *
 * Pure function over character spans; no task knowledge.
 */
import { wordsOf } from '../intent-words.js';
import { pairByRoles, type Placed } from './value-roles.js';

/** Words that say nothing about which value follows them. */
const GLUE = new Set(['a', 'an', 'the', 'with', 'to', 'and', 'or', 'of', 'for', 'as', 'in', 'on', 'at', 'by', 'it', 'its', 'is', 'then', 'please', 'your', 'my', 'this', 'that']);

/**
 * Words telling which part of a written thing a text is: its title or name, or its body. Words of one group tell the
 * same part ("titled X" / "subject: X").
 */
const PART_CUES: readonly ReadonlySet<string>[] = [
  new Set(['title', 'titled', 'entitled', 'called', 'named', 'name', 'label', 'labelled', 'labeled', 'subject', 'heading', 'headline', 'summary']),
  new Set(['description', 'describe', 'described', 'details', 'detail', 'body', 'message', 'note', 'comment', 'comments']),
];

/** The part a cue word tells (its group's index), undefined for any other word. */
function partOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const part = PART_CUES.findIndex((group) => group.has(word));
  return part < 0 ? undefined : part;
}

/** A cue word's key for pairing: its part when it tells one, else the word itself. */
function cueKey(word: string | undefined): string | undefined {
  const part = partOf(word);
  return part === undefined ? word : `part ${part}`;
}

export type { Placed };

/** The nearest telling word before a value, inside its clause (a full stop, semicolon or colon ends the search). */
function wordBefore(text: string, value: Placed, others: readonly Placed[]): string | undefined {
  let from = 0;
  for (const other of others) if (other.end <= value.start && other.end > from) from = other.end;
  const clause = text.slice(from, value.start).split(/[.;!?]\s/).pop() ?? '';
  const words = wordsOf(clause).filter((word) => !GLUE.has(word));
  return words.at(-1);
}

/**
 * Pair `olds` (in the demonstration's task) with `news` (in the new task),
 * both of one type and as many: by the part each plays when both texts tell
 * every part ("from Madrid to Prague" / "Oslo flights out of Dublin":
 * rules/value-roles.ts); else first the values whose word before them is
 * the same on both sides and belongs to one value on each side, then the rest
 * in order. Returns index pairs [old, new], in old order.
 */
export function pairByContext(oldText: string, olds: readonly Placed[], newText: string, news: readonly Placed[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (olds.length !== news.length) return pairs;
  if (olds.length < 2) return olds.map((_, index) => [index, index]);
  const byRoles = pairByRoles(oldText, olds, newText, news);
  if (byRoles) return byRoles;
  const oldWords = olds.map((value) => cueKey(wordBefore(oldText, value, olds)));
  const newWords = news.map((value) => cueKey(wordBefore(newText, value, news)));
  const once = (words: readonly (string | undefined)[], word: string) => words.filter((candidate) => candidate === word).length === 1;
  const takenNew = new Set<number>();
  const byOld = new Map<number, number>();
  for (const [index, word] of oldWords.entries()) {
    if (word === undefined || !once(oldWords, word) || !once(newWords, word)) continue;
    const match = newWords.indexOf(word);
    byOld.set(index, match);
    takenNew.add(match);
  }
  const restNew = news.map((_, index) => index).filter((index) => !takenNew.has(index));
  let next = 0;
  for (let index = 0; index < olds.length; index++) pairs.push([index, byOld.get(index) ?? restNew[next++]!]);
  return pairs;
}

/**
 * Where `pairs` ([old, new] indexes) put a value told as one part of a written thing ("titled X") with one told as
 * another ("Description: Y"): what disagrees, in words; undefined when no pair does.
 */
export function cueConflict(oldText: string, olds: readonly Placed[], newText: string, news: readonly Placed[], pairs: Iterable<readonly [number, number]>): string | undefined {
  for (const [index, at] of pairs) {
    const oldWord = wordBefore(oldText, olds[index]!, olds);
    const newWord = wordBefore(newText, news[at]!, news);
    const [oldPart, newPart] = [partOf(oldWord), partOf(newWord)];
    if (oldPart !== undefined && newPart !== undefined && oldPart !== newPart) return `the demonstration's value told by "${oldWord}" would stand for this task's told by "${newWord}"`;
  }
  return undefined;
}

/** Every way of giving each of `count` olds a distinct new among `options(old)`; stops counting past two. */
export function assignments(count: number, options: (old: number) => number[]): number[][] {
  const found: number[][] = [];
  const walk = (index: number, chosen: number[]) => {
    if (found.length > 1) return;
    if (index === count) {
      found.push([...chosen]);
      return;
    }
    for (const option of options(index)) if (!chosen.includes(option)) walk(index + 1, [...chosen, option]);
  };
  walk(0, []);
  return found;
}
