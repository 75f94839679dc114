/**
 * Rule: a slot that only words the same request another way is no value.
 *
 * Two phrasings align word by word around the values, and what differs is
 * often just the verb: "Go to" → "Open the" (Support), "press OK" → "hit Go"
 * (a caption that varies per instance). Such a slot has no counterpart in any
 * demonstrated step, so the plan counts it unused and refuses or fits low.
 * A person reads both verbs as one request:
 *
 * - both sides nothing but an intent phrase of one intent (intent-words.ts;
 *   click and open count as one, and giving a value, "Book", stands for
 *   choosing or typing it): wording, the slot is dropped;
 * - both sides an intent phrase of one intent followed by more words: the
 *   slot is those words ("OK" → "Go"). A clause verb outside the intents
 *   counts by what it asks (intent-words.ts verbKeyOf): "Move Bjorn" →
 *   "Drag Kwame" is the slot "Bjorn" → "Kwame"; "Send Ines" → "Move Dario",
 *   two requests, stays whole.
 *
 * - both sides the same words once the words naming the kind of control
 *   ("field", "box", "input", "form", "button") and glue are set aside: "the
 *   name field" and "the name" name one place, the slot is dropped; so
 *   do two words naming a pop-up ("the pop-up" / "the notice").
 *
 * Verbs of different intents ("Delete" → "Open") stay a slot, and the
 * policy refuses as before. Pure function, no task knowledge.
 */
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { PLACE_ROLE_WORDS } from '../control-nouns.js';
import { compatibleIntents, intentInText, intentMatches, isPopUpWord, verbKeyOf, verbPhraseAt } from '../intent-words.js';

/** Words around a verb that carry nothing ("Open the", "Go to it"). */
const GLUE = new Set(['the', 'a', 'an', 'to', 'on', 'it', 'and', 'then', 'please']);

/** Words before a verb that only ask politely or say what comes next ("then click Save" / "press Go"). */
const COURTESY = new Set(['please', 'kindly', 'now', 'then']);


/** A slot side's words with role words (control-nouns.ts) and glue set aside ("the name field" → "name"). */
function placeWords(text: string): string {
  return [...text.matchAll(WORD)].map((word) => word[0].toLowerCase()).filter((word) => !PLACE_ROLE_WORDS.has(word) && !GLUE.has(word)).join(' ');
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * A slot side as its leading intent and the words after it (as written), else undefined. `context`: the task
 * text the side stands in, whose words after a verb the slot ends with tell what it asks ("Get rid of" the notice).
 */
function split(text: string, context?: string): { intent: string; rest: string } | undefined {
  const words = [...text.matchAll(WORD)];
  const lower = words.map((word) => word[0].toLowerCase());
  const match = intentMatches(lower)[0];
  const opening = clauseVerbAt(lower);
  const first = opening && (!match || match.start > opening.start) ? opening : match;
  // A courtesy word before the verb ("Please schedule") asks nothing of its own.
  if (!first || lower.slice(0, first.start).some((word) => !COURTESY.has(word))) return undefined;
  const intent = first.end === words.length ? intentInText(words.slice(first.start).map((word) => word[0]).join(' '), context) ?? first.intent : first.intent;
  let at = first.end;
  while (at < words.length && GLUE.has(lower[at]!)) at++;
  const rest = at >= words.length ? '' : text.slice(words[at]!.index).trim().replace(/[.,;:!?]+$/, '');
  // Glue after the rest ("OK and") is no part of it either.
  const trimmed = rest.replace(new RegExp(`(?:\\s+(?:${[...GLUE].join('|')}))+$`, 'iu'), '');
  return { intent: intent === 'click' ? 'choose' : intent, rest: trimmed };
}

/** A clause verb (no intent phrase) opening the words, courtesy aside, as what it asks ("Drag" → move), else undefined. */
function clauseVerbAt(lower: readonly string[]): { intent: string; start: number; end: number } | undefined {
  let start = 0;
  while (start < lower.length && COURTESY.has(lower[start]!)) start++;
  const verb = verbPhraseAt(lower, start);
  return verb === undefined ? undefined : { intent: verbKeyOf(verb), start, end: start + verb.split(' ').length };
}

/**
 * The alignment with slots that only reword one request dropped or narrowed to what follows the verb.
 * `texts`: the two task texts, whose words after a slot's verb tell what it asks ("Get rid of the notice").
 */
export function settleIntentSlots(alignment: TaskAlignment, texts?: { old: string; new: string }): TaskAlignment {
  let changed = false;
  const slots = alignment.slots.flatMap((slot): TaskSlot[] => {
    if (slot.list || slot.kind !== 'text') return [slot];
    // "name field" → "name": the same place, named with or without the kind of control.
    const place = placeWords(slot.old[0]!);
    const other = placeWords(slot.new[0]!);
    // "the pop-up" / "the notice": words naming what the page put in the way name one thing (two of them: closing-control.ts refuses).
    if (place !== '' && (place === other || (isPopUpWord(place) && isPopUpWord(other)))) {
      changed = true;
      return [];
    }
    const a = split(slot.old[0]!, texts?.old);
    const b = split(slot.new[0]!, texts?.new);
    if (!a || !b || !compatibleIntents(a.intent, b.intent) || (a.rest === '') !== (b.rest === '')) return [slot];
    changed = true;
    if (a.rest === '') return [];
    return a.rest.toLowerCase() === b.rest.toLowerCase() ? [] : [{ ...slot, old: [a.rest], new: [b.rest] }];
  });
  return changed ? { ...alignment, slots } : alignment;
}
