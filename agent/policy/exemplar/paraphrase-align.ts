/**
 * Task texts worded differently from the demonstration's ("Get rid of X
 * using its trash icon." for "Delete Y."): the word-by-word alignment
 * (align-tasks.ts) finds too little template to follow. A person reads
 * them as the same task because they ask for the same thing (intent-words.ts)
 * about values of the same types (value-spans.ts). This module
 *
 * - refuses an alignment that mistook differing intents for a value
 *   ("Archive" → "Answer", "Delete X" → "Open Y": another kind of task);
 * - narrows a slot of filler words around one number ("Please send five" →
 *   "I'd like two") to the number, when the demonstration never acted on the filler;
 * - when the alignment is too weak, builds one from typed values instead:
 *   same intents, every value of one type paired with the other's value of
 *   that type in order, every word of the demonstration's task that it acted
 *   on accounted for (an intent, a value, a word both texts share, or a word
 *   matched by the words around it: "the start date" / "the due date"), and
 *   no new value left over. Anything less keeps the weak alignment, so the
 *   policy refuses as before.
 */
import type { TaskAlignment, TaskSlot } from './align-tasks.js';
import { compatibleIntents, intentInText, intentMatches, intentsOf, sameIntents, wordsOf } from './intent-words.js';
import { valueSpans, type ValueSpan } from './value-spans.js';
import { numberWordValue } from './number-words.js';
import { typedReadsGluedValues } from './rules/glued-values.js';
import { pairByContext } from './rules/value-context.js';
import { settleIntentSlots } from './rules/intent-slots.js';
import { endListsAtPhrases } from './rules/list-end.js';
import { byRoles } from './rules/named-roles.js';
import { articleCountSpans, sameCounted } from './count-slots.js';
import { joinNameSpans } from './rules/and-names.js';
import { addedNegation } from './rules/negation-words.js';
import { escapeRegExp } from '../../core/reg-exp.js';

/** Names shown whole, for each side (align-tasks.ts's `AlignOptions.names`). */
export interface PageNames {
  old?: (phrase: string) => boolean;
  new?: (phrase: string) => boolean;
}

/** A typed-value alignment scores this, plus up to PARAPHRASE_SPREAD for shared wording: just above the follow line. */
const PARAPHRASE_BASE = 0.55;
const PARAPHRASE_SPREAD = 0.1;
/** Words of the new task neither text explains, beyond which it may ask for more than the demonstration did. */
const MAX_UNEXPLAINED_WORDS = 3;

/** Words that carry no value of their own. */
const FILLER = new Set([
  'a', 'an', 'the', 'to', 'of', 'for', 'from', 'in', 'on', 'at', 'by', 'as', 'with', 'into', 'onto', 'using', 'via',
  'its', 'it', 'his', 'her', 'their', 'this', 'that', 'is', 'are', 'be', 'who', 'which', 'then', 'when', 'please',
  'and', 'or', 'field', 'box', 'button', 'i', "i'd", 'like', 'would', 'want', 'need', 'you', 'your', 'my', 'me',
]);
/** Words that narrow what is asked ("all but X", "only X") without negating: like a negation, never added wording here. */
const LIMITING_WORDS = new Set(['but', 'only']);

/**
 * The alignment the policy should judge by: `alignment` with differing
 * intents refused and filler narrowed, or a typed-value alignment when the
 * wording differs too much for the word-by-word one.
 */
export function reconcileWording(demoTask: string, newTask: string, alignment: TaskAlignment, isData: (norm: string) => boolean, names?: PageNames): TaskAlignment {
  const conflict = alignment.slots.some((slot) => slotConflicts(slot, demoTask, newTask));
  // "Go to" → "Open the", "press OK" → "hit Go": one request worded another way (rules/intent-slots.ts).
  const narrowed = conflict ? { ...alignment, score: 0 } : settleIntentSlots(narrowFiller(endListsAtPhrases(endLists(alignment, demoTask, newTask), demoTask, newTask, isData), demoTask, newTask, isData), { old: demoTask, new: newTask });
  // A word-by-word alignment as good as any paraphrase can be stands; a weaker one may have mistaken wording for values.
  // A sender and a recipient pair by the part they play, however the sentence orders them: rules/named-roles.ts.
  const paraphrased = paraphraseAlignment(demoTask, newTask, isData, names);
  // …unless it tore a value from its counterpart, which the typed values pair (rules/glued-values.ts).
  const torn = paraphrased !== undefined && typedReadsGluedValues(narrowed, paraphrased, true, { old: demoTask, new: newTask });
  if (narrowed.score >= PARAPHRASE_BASE + PARAPHRASE_SPREAD && !torn) return byRoles(demoTask, newTask, narrowed);
  // A value the word alignment glued to differing words ("has 23" → "with 9"), paired on its own: rules/glued-values.ts.
  return byRoles(demoTask, newTask, paraphrased && (torn || paraphrased.score > narrowed.score || typedReadsGluedValues(narrowed, paraphrased)) ? paraphrased : narrowed);
}

/**
 * An enumeration ends with its "and" / "or" item: "with onions and olives,
 * delivered to …" lists two toppings, and "delivered" after the comma is the
 * sentence going on, not a third item. Items after a comma that follows such
 * a last item are dropped from the list.
 */
function endLists(alignment: TaskAlignment, demoTask: string, newTask: string): TaskAlignment {
  const cut = (items: string[], text: string): string[] => {
    let at = 0;
    let closed = false;
    for (const [index, item] of items.entries()) {
      const found = text.indexOf(item, at);
      if (found < 0) return items;
      const between = index === 0 ? '' : text.slice(at, found);
      if (closed && /^\s*,\s*$/.test(between)) return items.slice(0, index);
      if (/\b(?:and|or)\b/i.test(between)) closed = true;
      at = found + item.length;
    }
    return items;
  };
  let changed = false;
  const slots = alignment.slots.map((slot) => {
    if (!slot.list) return slot;
    const old = cut(slot.old, demoTask);
    const value = cut(slot.new, newTask);
    if (old.length === slot.old.length && value.length === slot.new.length) return slot;
    changed = true;
    return { ...slot, old, new: value, list: old.length > 1 || value.length > 1 };
  });
  return changed ? { ...alignment, slots } : alignment;
}

/**
 * A slot that opens both texts with different intents ("Delete tundra.docx" →
 * "Open nimbus.docx", "Archive" → "Answer"): the leading verb is what the task
 * asks, not a value. (A quoted caption "Search" → "Delete" is a value.)
 */
function slotConflicts(slot: TaskSlot, demoTask: string, newTask: string): boolean {
  if (slot.list || slot.kind === 'quoted') return false;
  const opens = (text: string, value: string) => text.trimStart().toLowerCase().startsWith(value.trim().toLowerCase());
  const old = slot.old[0]!;
  const value = slot.new[0]!;
  if (!opens(demoTask, old) || !opens(newTask, value)) return false;
  // A verb read with its object where it stands ("Get rid of" the notice: dismiss it).
  const a = intentInText(old, demoTask) ?? intentsOf(old)[0];
  const b = intentInText(value, newTask) ?? intentsOf(value)[0];
  return a !== undefined && b !== undefined && !compatibleIntents(a, b);
}

/**
 * A text's opening phrase split at its one number ("Please send | five |",
 * "I'd like | four | medium"): the words before the number ask, they are no
 * part of the value; the words after it are a value of their own. Undefined
 * when the asking words hold data the demonstration acted on, capitals (a
 * name) or another number.
 */
function openingNumber(phrase: string, text: string, isData: (norm: string) => boolean): { number: string; rest: string } | undefined {
  if (!text.trimStart().toLowerCase().startsWith(phrase.trim().toLowerCase())) return undefined;
  const isNumber = (word: string) => /^\d+$/.test(word) || numberWordValue(word) !== undefined;
  const words = [...phrase.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)];
  const at = words.findIndex((word) => isNumber(word[0].toLowerCase()));
  if (at < 1 || words.slice(at + 1).some((word) => isNumber(word[0].toLowerCase()))) return undefined;
  const asking = words.slice(0, at).map((word) => word[0]);
  if (asking.some((word) => isData(word.toLowerCase())) || asking.slice(1).some((word) => /\p{Lu}/u.test(word)) || /\p{Lu}/u.test(asking[0]!.slice(1))) return undefined;
  const number = words[at]![0];
  const rest = phrase.slice((words[at]!.index ?? 0) + number.length).trim();
  return { number: numberWordValue(number) ?? number, rest };
}

/** "Please send five" → "I'd like two": the slot is the number (with what follows it), when the words before it only ask. */
function narrowFiller(alignment: TaskAlignment, demoTask: string, newTask: string, isData: (norm: string) => boolean): TaskAlignment {
  let changed = false;
  const slots = alignment.slots.flatMap((slot): TaskSlot[] => {
    if (slot.list || slot.kind !== 'text') return [slot];
    const a = openingNumber(slot.old[0]!, demoTask, isData);
    const b = openingNumber(slot.new[0]!, newTask, isData);
    if (a === undefined || b === undefined || (a.rest === '') !== (b.rest === '')) return [slot];
    changed = true;
    // What follows the number stays with it ("5 medium" → "5 small"): bound word by word only where the demonstration used each word.
    const join = (side: { number: string; rest: string }) => (side.rest === '' ? side.number : `${side.number} ${side.rest}`);
    return [{ old: [join(a)], new: [join(b)], list: false, kind: a.rest === '' ? 'number' : 'text' }];
  });
  return changed ? { ...alignment, slots: slots.map(dropPossessive) } : { ...alignment, slots: alignment.slots.map(dropPossessive) };
}

/** "Viktor's" → "Aiko's": the names are the values; the possessive is grammar both texts share. */
function dropPossessive(slot: TaskSlot): TaskSlot {
  if (slot.list || slot.kind !== 'text') return slot;
  const bare = (text: string) => /^(.+?)['’]s$/u.exec(text.trim())?.[1];
  const old = bare(slot.old[0]!);
  const value = bare(slot.new[0]!);
  return old !== undefined && value !== undefined ? { ...slot, old: [old], new: [value] } : slot;
}

/** The words of a text outside its values, with each value as one placeholder word of its type. */
function wordingOf(text: string, spans: readonly ValueSpan[]): string[] {
  const words: string[] = [];
  let at = 0;
  for (const span of spans) {
    words.push(...wordsOf(text.slice(at, span.start)), `⟨${span.type}⟩`);
    at = span.end;
  }
  words.push(...wordsOf(text.slice(at)));
  return words;
}

function slotKindOf(type: ValueSpan['type']): TaskSlot['kind'] {
  return type === 'quoted' ? 'quoted' : type === 'number' || type === 'date' || type === 'time' ? 'number' : 'text';
}

/** A typed-value alignment of two differently worded texts, or undefined when they may ask for different things. */
export function paraphraseAlignment(demoTask: string, newTask: string, isData: (norm: string) => boolean = () => false, names?: PageNames): TaskAlignment | undefined {
  // "Click the folder …" and "Open the folder …" both act on what the task names: one intent here.
  const acting = (text: string) => [...new Set(intentsOf(text).map((intent) => (intent === 'click' ? 'choose' : intent)))];
  const oldIntents = acting(demoTask);
  const newIntents = acting(newTask);
  const sameSet = oldIntents.length === newIntents.length && oldIntents.every((intent) => newIntents.includes(intent));
  // Else one by one, giving a value standing for typing or choosing it ("Book X, then press Go" / "Pick Y, then press OK").
  if (oldIntents.length === 0 || !(sameSet || sameIntents(intentsOf(demoTask), intentsOf(newTask)))) return undefined;

  // A name the page shows whole across an "and" is one value (rules/and-names.ts).
  const oldSpans = joinNameSpans(demoTask, valueSpans(demoTask), names?.old);
  // "add a guest" where the demonstration said "add 3 guests": the article counts one (count-slots.ts).
  const numbers = (spans: readonly ValueSpan[]) => spans.filter((span) => span.type === 'number');
  const written = joinNameSpans(newTask, valueSpans(newTask), names?.new);
  const articles = articleCountSpans(demoTask, numbers(oldSpans), newTask, numbers(oldSpans).length - numbers(written).length);
  const newSpans = [...written, ...articles].sort((a, b) => a.start - b.start);
  if (oldSpans.length === 0 || oldSpans.length !== newSpans.length) return undefined;
  // Values pair by type, in order: the n-th e-mail address of one text is the n-th of the other.
  const slots: TaskSlot[] = [];
  for (const type of new Set(oldSpans.map((span) => span.type))) {
    const olds = oldSpans.filter((span) => span.type === type);
    const values = newSpans.filter((span) => span.type === type);
    if (olds.length !== values.length) return undefined;
    // By the words before them ("subject", "message"), then in order: rules/value-context.ts.
    for (const [index, at] of pairByContext(demoTask, olds, newTask, values)) {
      const old = olds[index]!;
      const value = values[at]!;
      if (type === 'name' && old.words !== value.words) return undefined;
      if (old.value !== value.value) slots.push({ old: [old.value], new: [value.value], list: false, kind: slotKindOf(type) });
    }
  }
  if (newSpans.some((span) => !oldSpans.some((old) => old.type === span.type))) return undefined;

  const oldWords = wordingOf(demoTask, oldSpans);
  const newWords = wordingOf(newTask, newSpans);
  const intentWords = (words: string[]) => new Set(intentMatches(words).flatMap((match) => words.slice(match.start, match.end).map((_, offset) => match.start + offset)));
  const oldIntentAt = intentWords(oldWords);
  const newIntentAt = intentWords(newWords);
  const newSet = new Set(newWords);
  const oldSet = new Set(oldWords);
  if (addedNegation(demoTask, newTask, oldSpans, newSpans) || [...newSet].some((word) => LIMITING_WORDS.has(word) && !oldSet.has(word))) return undefined;

  // Every word of the demonstration's task it acted on must have a counterpart.
  const pairedNew = new Set<number>();
  for (const [index, word] of oldWords.entries()) {
    // A filler word ("at", "on") is grammar even where a step's text holds it too.
    if (word.startsWith('⟨') || oldIntentAt.has(index) || newSet.has(word) || FILLER.has(word) || !isData(word)) continue;
    // The same thing counted for one ("3 guests" / "one guest"): the word both texts share.
    if (newWords.some((other) => sameCounted(other, word))) continue;
    const counterpart = wordAround(oldWords, index, newWords, (position) => !oldSet.has(newWords[position]!) && !newIntentAt.has(position) && !newWords[position]!.startsWith('⟨') && !FILLER.has(newWords[position]!));
    if (counterpart === undefined) return undefined;
    pairedNew.add(counterpart);
    slots.push({ old: [originalWord(demoTask, word)], new: [originalWord(newTask, newWords[counterpart]!)], list: false, kind: 'text' });
  }
  const unexplained = newWords.filter((word, index) => !word.startsWith('⟨') && !newIntentAt.has(index) && !pairedNew.has(index) && !oldSet.has(word) && !FILLER.has(word) && !oldWords.some((other) => sameCounted(other, word)));
  if (unexplained.length > MAX_UNEXPLAINED_WORDS) return undefined;

  const content = (words: string[]) => new Set(words.filter((word) => !FILLER.has(word) && !word.startsWith('⟨')));
  const a = content(oldWords);
  const b = content(newWords);
  const shared = [...a].filter((word) => b.has(word)).length;
  const union = a.size + b.size - shared;
  return {
    score: PARAPHRASE_BASE + PARAPHRASE_SPREAD * (union === 0 ? 1 : shared / union),
    slots,
    anchors: shared + oldIntents.length + oldSpans.length,
    unpaired: [],
  };
}

/**
 * The word of `other` standing where `words[index]` stands, judged by the
 * words around it: the one just before the same next word ("start date" /
 * "due date"), else just after the same previous word. Only a single such
 * place counts; `free` says which words of `other` may be that counterpart.
 */
function wordAround(words: readonly string[], index: number, other: readonly string[], free: (position: number) => boolean): number | undefined {
  const unique = (positions: number[]) => (positions.length === 1 ? positions[0] : undefined);
  const next = words[index + 1];
  if (next !== undefined && !FILLER.has(next)) {
    const found = unique(other.flatMap((word, position) => (other[position + 1] === next && free(position) ? [position] : [])));
    if (found !== undefined) return found;
  }
  const previous = words[index - 1];
  if (previous !== undefined && !FILLER.has(previous)) {
    return unique(other.flatMap((word, position) => (other[position - 1] === previous && free(position) ? [position] : [])));
  }
  return undefined;
}

/** A lower-cased word as the text writes it ("start" → "Start" when so written). */
function originalWord(text: string, word: string): string {
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return match ? match[0] : word;
}
