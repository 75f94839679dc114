/**
 * Rule: a list does not go on into the rest of the sentence.
 *
 * "… with peppers, delivered to 96 Station Road": the comma after the one
 * topping ends the list, and "delivered" starts a phrase of its own (a
 * participle followed by a preposition). The word-by-word alignment cannot
 * tell, and against a demonstration's "topped with peppers and olives to …"
 * it reads the list as [peppers, delivered]. An item after a comma that is
 * one lower-case "-ed" / "-ing" word followed by a preposition, and no data the
 * demonstration acted on, is cut from the list with everything after it.
 * So is "then" after a comma ("… at 09:00, then click Done" against a
 * demonstration's "… at 12:00; click Send"): it opens the next clause.
 *
 * Pure function, no task knowledge beyond English word shapes.
 */
import type { TaskAlignment } from '../align-tasks.js';

const PREPOSITIONS = new Set(['to', 'with', 'by', 'for', 'at', 'on', 'in', 'from', 'into', 'onto']);
/** Words that open a sentence's next clause after a comma: never a list item. */
const CLAUSE_OPENERS = new Set(['then']);

/** The items of a list up to the first that starts the sentence's next phrase. */
function cutAtPhrase(items: readonly string[], text: string, isData: (norm: string) => boolean): string[] {
  let at = 0;
  for (const [index, item] of items.entries()) {
    const found = text.indexOf(item, at);
    if (found < 0) return [...items];
    const between = text.slice(at, found);
    at = found + item.length;
    if (index === 0 || !/^\s*,\s*$/.test(between)) continue;
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(at))?.[1]?.toLowerCase();
    const phrase = /^\p{Ll}+(?:ed|ing)$/u.test(item.trim()) && next !== undefined && PREPOSITIONS.has(next);
    const opener = CLAUSE_OPENERS.has(item.trim());
    if ((phrase || opener) && !isData(item.trim().toLowerCase())) return items.slice(0, index);
  }
  return [...items];
}

/** The alignment with list slots cut where the sentence's next phrase begins. */
export function endListsAtPhrases(alignment: TaskAlignment, demoTask: string, newTask: string, isData: (norm: string) => boolean): TaskAlignment {
  let changed = false;
  const slots = alignment.slots.map((slot) => {
    if (!slot.list) return slot;
    const old = cutAtPhrase(slot.old, demoTask, isData);
    const value = cutAtPhrase(slot.new, newTask, isData);
    if (old.length === slot.old.length && value.length === slot.new.length) return slot;
    changed = true;
    return { ...slot, old, new: value, list: old.length > 1 || value.length > 1 };
  });
  return changed ? { ...alignment, slots } : alignment;
}
