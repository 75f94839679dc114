/**
 * A count written with the thing counted, pulled apart: the alignment reads
 * "one candles" → "two mugs" (or "Apples twice" → "Pears 3 times") as one
 * slot, but a person reads two changes, how many (one → two) and which row
 * (candles → mugs). Each becomes its own slot, so the row is found by its
 * name and the count by the click-count rule (rules/click-count.ts).
 *
 * A count opens the slot's text (digits or a number word, with "more",
 * "fewer", "less" or "extra" after it, which say the direction, not the
 * count) or closes it ("twice", "3 times"); both sides must hold one and
 * something besides it (digits before a name — "7 Mill" → "85 Elm", a
 * house number — are no count). Counts equal on both sides ("two" / "2") make no
 * slot; neither do equal remainders. A number word standing for the
 * demonstration's digits is written as digits ("4" → "one" is "4" → "1": the
 * field the demonstration typed "4" into takes "1"). Pure functions, no task knowledge.
 */
import type { TaskAlignment, TaskSlot } from './align-tasks.js';
import { tokenizeTask, type TaskToken } from './task-tokens.js';
import { articleCount, countValue, isTimesWord, numberWordValue } from './number-words.js';
import { sameNoun } from './word-forms.js';
import type { ValueSpan } from './value-spans.js';
import { countPairs } from './counted-items.js';

/** Words after a count that belong to its phrase ("two more mugs"). */
const COUNT_FOLLOWERS = new Set(['more', 'fewer', 'less', 'extra']);

const isCountToken = (token: TaskToken | undefined) =>
  token !== undefined && ((token.kind === 'number' && /^[-−]?\d+$/.test(token.text)) || (token.kind === 'word' && numberWordValue(token.text) !== undefined));

/** The count a slot's text holds and the rest of it, else undefined. */
export function countAndRest(text: string): { count: string; rest: string } | undefined {
  const tokens = tokenizeTask(text);
  if (tokens.length < 2) return undefined;
  const slice = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end).trim();
  // Leading: "two more mugs", "3 apples".
  if (isCountToken(tokens[0])) {
    const from = COUNT_FOLLOWERS.has(tokens[1]!.norm) ? 2 : 1;
    if (from < tokens.length && tokens.slice(from).some((token) => token.kind === 'word' || token.kind === 'quoted')) return { count: tokens[0]!.text, rest: slice(from, tokens.length) };
  }
  // Trailing: "Apples twice", "Pears 3 times".
  const last = tokens.length - 1;
  if (isTimesWord(tokens[last]!.text)) return { count: tokens[last]!.text, rest: slice(0, last) };
  if (last >= 2 && /^times?$/.test(tokens[last]!.norm) && isCountToken(tokens[last - 1])) return { count: slice(last - 1, last + 1), rest: slice(0, last - 1) };
  return undefined;
}

/** "a guest" / "an apple" as a count of one, when what follows is what `counted` counts ("guests", "apples"). */
function articleAndRest(text: string, counted: string): { count: string; rest: string } | undefined {
  const match = /^\s*(\S+)\s+(.+?)\s*$/u.exec(text);
  const count = match ? articleCount(match[1]!) : undefined;
  return match && count !== undefined && sameCounted(match[2]!, counted) ? { count, rest: match[2]! } : undefined;
}

/** The same thing counted, for one or for several: "2 posts" and "1 post", "boxes" and "box", "berries" and "berry". */
export function sameCounted(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
  const [left, right] = [words(a), words(b)];
  return left.length === right.length && left.every((word, index) => sameNoun(word, right[index]!));
}

/** The alignment with each count-plus-thing slot split in two (see the head of this file). */
export function splitCountSlots(alignment: TaskAlignment): TaskAlignment {
  let changed = false;
  const slots = alignment.slots.flatMap((slot): TaskSlot[] => {
    if (slot.list || slot.reanchored || slot.old.length !== 1 || slot.new.length !== 1) return [slot];
    const old = countAndRest(slot.old[0]!);
    // "3 guests" → "a guest": where the demonstration's text had a count, an article before the same thing counts one.
    const now = countAndRest(slot.new[0]!) ?? (old ? articleAndRest(slot.new[0]!, old.rest) : undefined);
    if (!old || !now || old.rest === '' || now.rest === '') return [slot];
    // Digits before a name are no count ("7 Mill" → "85 Elm": a house number and its street).
    const beforeName = (text: string, part: { count: string; rest: string }) => /^[-−]?\d+$/.test(part.count) && text.trim().startsWith(part.count) && /^\p{Lu}/u.test(part.rest);
    if (beforeName(slot.old[0]!, old) || beforeName(slot.new[0]!, now)) return [slot];
    changed = true;
    const parts: TaskSlot[] = [];
    if (countValue(old.count) !== countValue(now.count)) {
      // In the demonstration's form: digits typed for "4" are digits for "one" (a field takes "1", not "one"). A count
      // written as a word stays one: as digits it would read as a number on the page (a row's count, a rank).
      const digits = /^[-−]?\d+$/.test(old.count);
      const value = digits && numberWordValue(now.count) !== undefined ? numberWordValue(now.count)! : now.count;
      parts.push({ old: [old.count], new: [value], list: false, kind: digits && /^[-−]?\d+$/.test(value) ? 'number' : 'text' });
    }
    // What is counted is a value: left unused, the plan is refused (rules/task-values.ts).
    if (!sameCounted(old.rest, now.rest)) parts.push({ old: [old.rest], new: [now.rest], list: false, kind: 'text', counted: true });
    return parts;
  });
  return changed ? { ...alignment, slots } : alignment;
}

/**
 * The articles of `task` that count one ("add a guest") where `demoTask`
 * has a count before the same thing counted ("add 3 guests"): each a number
 * span of value "1". Only articles right before a word the demonstration's
 * count counted, and only where `task` has fewer numbers than `demoTask`
 * (`missing`): an article anywhere else stays grammar.
 */
export function articleCountSpans(demoTask: string, demoNumbers: readonly { start: number; end: number }[], task: string, missing: number): ValueSpan[] {
  if (missing <= 0) return [];
  const counted = demoNumbers.flatMap((span) => {
    const next = /^\s+([\p{L}]+)/u.exec(demoTask.slice(span.end))?.[1];
    return next ? [next] : [];
  });
  const found: ValueSpan[] = [];
  for (const match of task.matchAll(/(?<![\p{L}\p{N}])(an?)\s+([\p{L}]+)/giu)) {
    if (articleCount(match[1]!) === undefined || !counted.some((word) => sameCounted(word, match[2]!))) continue;
    const start = match.index ?? 0;
    found.push({ type: 'number', text: match[1]!, value: '1', words: 1, start, end: start + match[1]!.length });
  }
  return found.length <= missing ? found : [];
}

/**
 * The counts of one `task` gives by an article ("add a guest") where
 * `demoTask` counted the same thing with a number ("add 3 guests"): ["1"], else [].
 */
export function articleCountsGiven(demoTask: string, task: string): string[] {
  const numbers = (text: string) => tokenizeTask(text).filter(isCountToken);
  const demoNumbers = numbers(demoTask);
  return articleCountSpans(demoTask, demoNumbers, task, demoNumbers.length - numbers(task).length).map((span) => span.value);
}

/**
 * The alignment with every count the two texts give with what it counts
 * ("4 adults and 1 children" → "1 adults and 2 children", "adults: 2" →
 * "adults: 3") read as one slot per noun — old count → new count, marked with
 * the noun (counted-items.ts) — in place of whatever slots the word alignment
 * cut them into (a list ["4 adults", "1"], two slots "2" → "3" and "2" → "1").
 * Only when every slot holding such a count holds nothing else; a count that
 * stays the same makes no slot. Counts as digits (the form a field takes).
 */
export function pairCountSlots(alignment: TaskAlignment, demoTask: string, task: string): TaskAlignment {
  const pairs = countPairs(demoTask, task);
  if (pairs.length === 0) return alignment;
  const itemValue = (item: string, side: 'old' | 'new') => {
    const whole = countValue(item);
    if (whole !== undefined && !isTimesWord(item) && !/times?$/i.test(item.trim())) return pairs.some((pair) => Number(pair[side].value) === whole) ? 'count' : 'other';
    const parts = countAndRest(item);
    const value = parts ? countValue(parts.count) : undefined;
    return parts && value !== undefined && pairs.some((pair) => Number(pair[side].value) === value && sameNoun(pair[side].noun, parts.rest.split(/\s+/)[0]!)) ? 'count' : 'other';
  };
  const kept: TaskSlot[] = [];
  let dropped = false;
  for (const slot of alignment.slots) {
    const kinds = [...slot.old.map((item) => itemValue(item, 'old')), ...slot.new.map((item) => itemValue(item, 'new'))];
    if (!kinds.includes('count')) kept.push(slot);
    else if (kinds.every((kind) => kind === 'count')) dropped = true;
    else return alignment; // a slot that mixes a count with another value: the alignment stands as it is
  }
  if (!dropped) return alignment;
  const counts: TaskSlot[] = pairs
    .filter((pair) => pair.old.value !== pair.new.value)
    .map((pair) => ({ old: [pair.old.value], new: [pair.new.value], list: false, kind: 'number', countOf: pair.old.noun }));
  return { ...alignment, slots: [...kept, ...counts] };
}
