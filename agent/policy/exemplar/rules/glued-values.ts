/**
 * Rule: a value glued to wording in a word-by-word slot.
 *
 * Two phrasings of one request ("Which folder has 23 unread mails? Open it."
 * / "Open the folder with 9 unread messages.") align word by word with a few
 * shared words, and the number lands in a slot together with the words around
 * it ("has 23" → "with 9"). No step used "has 23", so the plan cannot use the
 * slot, though the value in it is plain. The typed-value alignment
 * (paraphrase-align.ts) pairs the values by type instead; when it pairs the
 * very values such a slot holds, it reads the tasks better than the weak
 * word alignment, even when its score (which only counts shared words) is a
 * little lower. So does a slot that tore a value from its counterpart
 * ("Set" → "Enter 14:30 as", "to 10:45" → "time"): the word alignment may
 * score well on the shared words, yet no step can use such slots.
 *
 * Pure function, no task knowledge.
 */
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { valueSpans } from '../value-spans.js';
import type { TaskToken } from '../task-tokens.js';

/** Value types a slot may hold glued to wording (names are capitalised words: wording can look like them). */
const GLUED_TYPES = new Set(['number', 'quoted', 'email', 'date', 'time', 'file']);

/**
 * Does `words` hold a slot whose two sides each hold one typed value of one
 * type plus other words, which `typed` pairs value to value (or, with
 * `tornOnly`, only: a slot that tore a value from its counterpart)?
 */
export function typedReadsGluedValues(words: TaskAlignment, typed: TaskAlignment, tornOnly = false, texts?: { old: string; new: string }): boolean {
  return words.slots.some((slot) => {
    if (slot.list || slot.kind !== 'text') return false;
    const oldSpans = valueSpans(slot.old[0]!).filter((span) => GLUED_TYPES.has(span.type));
    const newSpans = valueSpans(slot.new[0]!).filter((span) => GLUED_TYPES.has(span.type));
    // Torn apart: a value on one side only, its counterpart in another slot ("Set" → "Enter 14:30 as", "to 10:45" → "time").
    // (A name too, for a torn value: the typed alignment pairs it only with a name of as many words.)
    const withNames = (text: string) => valueSpans(text).filter((span) => GLUED_TYPES.has(span.type) || span.type === 'name');
    const [oldTorn, newTorn] = [withNames(slot.old[0]!), withNames(slot.new[0]!)];
    if (oldTorn.length + newTorn.length === 1) return tornValue(slot, words.slots, oldTorn[0] ?? newTorn[0]!, oldTorn.length === 1 ? 'old' : 'new', typed, texts);
    if (oldSpans.length + newSpans.length === 1) return tornValue(slot, words.slots, oldSpans[0] ?? newSpans[0]!, oldSpans.length === 1 ? 'old' : 'new', typed, texts);
    if (tornOnly || oldSpans.length !== 1 || newSpans.length !== 1 || oldSpans[0]!.type !== newSpans[0]!.type) return false;
    const glued = (text: string, span: { start: number; end: number }) => /[\p{L}\p{N}]/u.test(text.slice(0, span.start) + text.slice(span.end));
    if (!glued(slot.old[0]!, oldSpans[0]!) && !glued(slot.new[0]!, newSpans[0]!)) return false;
    return typed.slots.some((pair) => pair.old[0] === oldSpans[0]!.value && pair.new[0] === newSpans[0]!.value);
  });
}

/**
 * A slot holding a typed value on one side only, with words on the other,
 * whose counterpart stands in another slot or, written in its task, in none
 * (the word alignment tore the two apart: "Enter Bob as" → "Change", and
 * "to Ada" left alone): `typed` reads it better when it pairs those very values.
 */
function tornValue(slot: TaskSlot, slots: readonly TaskSlot[], span: { type: string; value: string }, side: 'old' | 'new', typed: TaskAlignment, texts?: { old: string; new: string }): boolean {
  const other = side === 'old' ? 'new' : 'old';
  if (!/[\p{L}]/u.test(slot[other][0]!)) return false;
  const inSlot = (candidate: TaskSlot, value: string) => !candidate.list && valueSpans(candidate[other][0]!).some((found) => found.type === span.type && found.value === value);
  const slotted = (value: string) => slots.some((candidate) => candidate[other].some((text) => text.includes(value)));
  return typed.slots.some(
    (pair) =>
      !pair.list &&
      pair[side][0] === span.value &&
      (slots.some((elsewhere) => elsewhere !== slot && inSlot(elsewhere, pair[other][0]!)) ||
        (texts !== undefined && !slotted(pair[other][0]!) && valueSpans(texts[other]).some((found) => found.type === span.type && found.value === pair[other][0]))),
  );
}

/** Words that open a phrase saying where or as what a value goes ("into the text field", "as the title"). */
const PLACE_WORDS = new Set(['into', 'in', 'to', 'on', 'onto', 'as', 'inside', 'under']);

/**
 * A value the demonstration's task wrote with wording glued on, against a
 * bare value in the new task: "Enter "Kasie" into the text field and press
 * Submit" / "Enter Z, press Submit" leaves the gap ""Kasie" into the text
 * field" → "Z". The value is "Kasie", the rest says where it went — which
 * the demonstrated steps show by the field they typed into. When the
 * demonstration's side holds one quoted string or number and, after it,
 * only a lower-case phrase opening with a place word that no step acted on,
 * and the new side is one token, the slot is the two values and the phrase
 * is wording. (The other way round — the new task adding where a value goes
 * — is not read: it may name another field.)
 */
export function gluedToDemonstratedValue(old: readonly TaskToken[], value: readonly TaskToken[], isData: (norm: string) => boolean): { old: TaskToken; new: TaskToken; wording: TaskToken[] } | undefined {
  const content = (tokens: readonly TaskToken[]) => tokens.filter((token) => token.kind !== 'separator');
  const [bare, ...more] = content(value);
  if (!bare || more.length > 0 || (bare.kind !== 'quoted' && bare.kind !== 'number' && bare.kind !== 'word')) return undefined;
  const side = content(old);
  const first = side[0];
  if (!first || (first.kind !== 'quoted' && first.kind !== 'number')) return undefined;
  const wording = side.slice(1).filter((token) => token.kind !== 'punctuation');
  if (wording.length === 0 || !PLACE_WORDS.has(wording[0]!.norm)) return undefined;
  if (wording.some((token) => token.kind !== 'word' || /\p{Lu}|\d/u.test(token.text) || isData(token.norm) && !PLACE_WORDS.has(token.norm))) return undefined;
  return { old: first, new: bare, wording };
}
