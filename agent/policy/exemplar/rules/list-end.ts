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
 * A list's last item does not take in the place it is picked from either
 * ("…, Tomato Soup from the menu"): withoutPlaceTails.
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

/** Determiners that open a place phrase ("from the menu", "on this list"). */
const PLACE_TAIL = /\s+(\p{Ll}+)\s+(?:the|this|that|these|those|my|your|our)(?:\s+\p{Ll}+){1,2}\s*$/u;

/**
 * A list's last item without the place the list is picked from: "Select Mac
 * and Cheese, Tomato Soup from the menu" lists two dishes, and "from the
 * menu" (a preposition, a determiner and one or two lower-case words, none of
 * them data) says where they are — the step ticked "Tomato Soup". Cut only
 * when the item before it is a name (capitalised, or data the demonstration
 * acted on), and only once the alignment is settled: the place stays wording
 * the texts share or not, no item of the list.
 */
export function withoutPlaceTails(alignment: TaskAlignment, isData: (norm: string) => boolean): TaskAlignment {
  const trim = (items: readonly string[]): readonly string[] => {
    const last = items.at(-1);
    const match = last === undefined ? null : PLACE_TAIL.exec(last);
    if (!last || !match || !PREPOSITIONS.has(match[1]!)) return items;
    const head = last.slice(0, match.index).trim();
    if (head === '' || last.slice(match.index).trim().split(/\s+/).some((word) => isData(word.toLowerCase()))) return items;
    return /^\p{Lu}/u.test(head) || isData(head.toLowerCase()) ? [...items.slice(0, -1), head] : items;
  };
  let changed = false;
  const slots = alignment.slots.map((slot) => {
    if (!slot.list) return slot;
    const [old, value] = [trim(slot.old), trim(slot.new)];
    if (old === slot.old && value === slot.new) return slot;
    changed = true;
    return { ...slot, old: [...old], new: [...value] };
  });
  return changed ? { ...alignment, slots } : alignment;
}
