/**
 * Rule: the page's own item names decide where a list with "and" splits.
 *
 * "Select Spaghetti and Meatballs from the menu" names one dish when the
 * menu lists "Spaghetti and Meatballs"; "Pick Salt and Pepper Chips, Cola"
 * names two. The words alone cannot tell ("Fish and Chips" may be one dish
 * or two), so the names a page shows whole decide: of the ways to cut the
 * list at "and" / "&" (commas always cut), the one whose every item the page
 * names is the reading. An item the page names whole wins over a cut whose
 * pieces it names nowhere.
 *
 * - One such reading: the list is read that way.
 * - Two or more (the page lists "Fish", "Chips" and "Fish and Chips"): the
 *   page cannot decide either, and the reading is ambiguous: the plan is
 *   refused, saying which readings the page allows (rules/task-values.ts).
 * - None (the page shows no item of the list, or only some): nothing is
 *   decided here, and the list is read as before (align-tasks.ts).
 *
 * For the demonstration's task the names are the texts its steps acted on;
 * for the new task, the names the current page shows. Pure functions.
 */
import { spanText, type TaskToken } from '../task-tokens.js';

/** How the page reads a list's tokens: its items, or the readings it cannot choose between. */
export type NameReading = { items: TaskToken[][] } | { ambiguous: string[][] };

/** Cuts the page may close up ("Salt and Pepper Chips"); a comma or "or" always separates. */
const JOINING = new Set(['and', '&']);
/** More "and"s than this in one list are not tried two ways each (2^n readings). */
const MAX_JOINS = 6;

/**
 * The list `tokens` (a gap of the alignment, separators included) read by
 * the names the page shows whole (`isName`, on the phrase as written);
 * undefined when the page decides nothing.
 */
export function readByPageNames(tokens: readonly TaskToken[], source: string, isName: (phrase: string) => boolean): NameReading | undefined {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start]!.kind === 'separator') start++;
  while (end > start && tokens[end - 1]!.kind === 'separator') end--;
  const body = tokens.slice(start, end);
  // Items and the separator after each.
  const items: TaskToken[][] = [];
  const cuts: TaskToken[] = [];
  let current: TaskToken[] = [];
  for (const token of body) {
    if (token.kind !== 'separator') {
      current.push(token);
      continue;
    }
    if (current.length === 0) return undefined;
    items.push(current);
    cuts.push(token);
    current = [];
  }
  if (current.length > 0) items.push(current);
  const joinable = cuts.map((cut) => JOINING.has(cut.norm));
  const joins = joinable.filter(Boolean).length;
  if (joins === 0 || joins > MAX_JOINS || items.length !== cuts.length + 1) return undefined;

  const readings: TaskToken[][][] = [];
  const positions = joinable.flatMap((can, index) => (can ? [index] : []));
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const closed = new Set(positions.filter((_, bit) => mask & (1 << bit)));
    const groups: TaskToken[][] = [[...items[0]!]];
    for (let index = 0; index < cuts.length; index++) {
      if (closed.has(index)) groups[groups.length - 1]!.push(cuts[index]!, ...items[index + 1]!);
      else groups.push([...items[index + 1]!]);
    }
    if (groups.every((group) => isName(spanText(source, group)))) readings.push(groups);
  }
  if (readings.length === 0) return undefined;
  if (readings.length === 1) return { items: readings[0]! };
  return { ambiguous: readings.map((groups) => groups.map((group) => spanText(source, group))) };
}

/** What a refusal says about a list the page cannot read one way. */
export function ambiguousReadingText(readings: readonly (readonly string[])[]): string {
  const shown = readings.map((items) => items.map((item) => JSON.stringify(item)).join(' + '));
  return `the task's list can be read as ${shown.join(' or as ')}, and the page names every one of those items, so it cannot tell which is meant`;
}
