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
 *   slot is those words ("OK" → "Go").
 *
 * Verbs of different intents ("Delete" → "Open") stay a slot, and the
 * policy refuses as before. Pure function, no task knowledge.
 */
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { compatibleIntents, intentMatches } from '../intent-words.js';

/** Words around a verb that carry nothing ("Open the", "Go to it"). */
const GLUE = new Set(['the', 'a', 'an', 'to', 'on', 'it', 'and', 'then', 'please']);

/** Words before a verb that only ask politely or say what comes next ("then click Save" / "press Go"). */
const COURTESY = new Set(['please', 'kindly', 'now', 'then']);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A slot side as its leading intent and the words after it (as written), else undefined. */
function split(text: string): { intent: string; rest: string } | undefined {
  const words = [...text.matchAll(WORD)];
  const lower = words.map((word) => word[0].toLowerCase());
  const first = intentMatches(lower)[0];
  // A courtesy word before the verb ("Please schedule") asks nothing of its own.
  if (!first || lower.slice(0, first.start).some((word) => !COURTESY.has(word))) return undefined;
  let at = first.end;
  while (at < words.length && GLUE.has(lower[at]!)) at++;
  const rest = at >= words.length ? '' : text.slice(words[at]!.index).trim().replace(/[.,;:!?]+$/, '');
  // Glue after the rest ("OK and") is no part of it either.
  const trimmed = rest.replace(new RegExp(`(?:\\s+(?:${[...GLUE].join('|')}))+$`, 'iu'), '');
  return { intent: first.intent === 'click' ? 'choose' : first.intent, rest: trimmed };
}

/** The alignment with slots that only reword one request dropped or narrowed to what follows the verb. */
export function settleIntentSlots(alignment: TaskAlignment): TaskAlignment {
  let changed = false;
  const slots = alignment.slots.flatMap((slot): TaskSlot[] => {
    if (slot.list || slot.kind !== 'text') return [slot];
    const a = split(slot.old[0]!);
    const b = split(slot.new[0]!);
    if (!a || !b || !compatibleIntents(a.intent, b.intent) || (a.rest === '') !== (b.rest === '')) return [slot];
    changed = true;
    if (a.rest === '') return [];
    return a.rest.toLowerCase() === b.rest.toLowerCase() ? [] : [{ ...slot, old: [a.rest], new: [b.rest] }];
  });
  return changed ? { ...alignment, slots } : alignment;
}
