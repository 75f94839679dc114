/**
 * Rule: a list of other length, standing where the demonstration's list stood.
 * "Seats: C4" against a demonstrated "Could you grab D2, D3 for me?", "Mark
 * "onions" and "lentils" as bought" against "Tick off "honey"", "Choose Kiwis
 * and Cherries from the list" against "Select Porto, Riga and Oslo in the
 * list": each text names one run of values ("X, Y and Z") that are items of
 * one kind of place — the seats of a map, the checkboxes of a list, the
 * options of one list box. The demonstration acted on every item of its run
 * there; the new task's items are all shown in that same kind of place on the
 * current page. A person reads the same task with another list: one list
 * slot, done by repeating the steps of one item for each new item
 * (bind-slots.ts repetition, which refuses when the demonstration's blocks
 * are not alike), and judged done only when every item is used
 * (rules/list-picks.ts).
 *
 * Every item is placed by the words its control shows, on either side: the
 * repetition finds an item's steps by those words, so a seat known by its
 * grid code alone ("D2" of a wordless seat) is in no place here and the list
 * is refused now, never paired to fail at binding (the caller gives no
 * grid-code places: rules/kind-by-places.ts).
 *
 * Only when that reading is unambiguous: one run on each side stands in that
 * place, no other value of the type stands there, and the values outside the
 * runs are as many on both sides (they are paired as before by the caller).
 * A new task asking its set as the only one ("only those", "nothing else")
 * pairs only with a demonstration that asked it so too: repeated clicks turn
 * items on, never off the ones the page had on — unless the items are the
 * options of a list box whose first pick the demonstration made with a plain
 * click (`replacing`, rules/list-picks.ts): that pick replaces the selection
 * and the later ones add to it, so the picks leave exactly the items picked.
 *
 * The repetition does to every new item what the demonstration did to its
 * own — a setting turned off is turned off again, a box ticked is ticked —
 * so the two runs must ask one state of their items: "Settings: personalised
 * ads off." never stands for "I'd like activity history and contact sync on
 * from now." (the repeated untick would find both already off, skip them,
 * and the save would leave them off), nor for "switch off X and turn on Y"
 * (one run asking both). Only states read for sure count
 * (switch-states.ts); a run whose items ask none — "Could you grab D2, D3" —
 * pairs as before. Pure, no task knowledge.
 */
import type { TaskSlot } from '../align-tasks.js';
import type { ValueSpan } from '../value-spans.js';
import { askedStates, LIST_JOINT } from './switch-states.js';
import { exclusiveWords } from './exclusive-set.js';
import { negationsIn } from './negation-words.js';
import { meaningOf } from './meaning-words.js';
import { wordsOf } from '../intent-words.js';

/** The list found: its slot, and which of each side's values it took. */
export type PlacedList = { slot: TaskSlot; oldTaken: Set<number>; newTaken: Set<number> };

/** The runs of `spans` in `text`: indices of values joined by commas / "and" only. */
export function listRuns(text: string, spans: readonly ValueSpan[]): number[][] {
  const runs: number[][] = [];
  spans.forEach((span, index) => {
    const last = runs.at(-1);
    if (last && LIST_JOINT.test(text.slice(spans[index - 1]!.end, span.start))) last.push(index);
    else runs.push([index]);
  });
  return runs;
}

/**
 * Does `text` say, before or inside the run of `spans` at `run`, a negation ("don't", "not", "except", "without") or
 * an exclusion ("all but", "everything but")? Then the run is what is left out, or what is not to be done: "Tick off
 * everything except "honey" and "milk"" asks every other item ticked, never these two.
 */
function negatedRun(text: string, spans: readonly ValueSpan[], run: readonly number[]): boolean {
  // The words outside the values, up to the run's end ("all but" of a quoted "all but gone" is the value's).
  const said = spans.reduce((masked, span) => masked.slice(0, span.start) + ' '.repeat(span.end - span.start) + masked.slice(span.end), text).slice(0, spans[run.at(-1)!]!.end);
  if (negationsIn(said).length > 0) return true;
  const words = wordsOf(said);
  return words.some((word, index) => word === 'but' && index > 0 && meaningOf(words[index - 1]!)?.kind === 'quantity');
}

/**
 * Do the two runs ask their items into more than one state ("personalised ads off" / "activity history and contact
 * sync on", or "switch off X and turn on Y" in one run)? The states read for sure (switch-states.ts askedStates) must
 * all be one: the repetition does the demonstrated item's deed to every new item.
 */
function statesDiffer(demoTask: string, olds: readonly ValueSpan[], run: readonly number[], newTask: string, values: readonly ValueSpan[], newRun: readonly number[]): boolean {
  const asked = [...askedStates(demoTask, run.map((index) => olds[index]!)), ...askedStates(newTask, newRun.map((at) => values[at]!))];
  return new Set(asked.filter((state) => state !== undefined)).size > 1;
}

/**
 * The list slot pairing a run of the demonstration's values (`olds`, acted on at `places[i]`) with a run of the new
 * task's (`values`, shown at `shown[j]` on the current page) of another length, or undefined.
 */
export function placedListSlot(
  demoTask: string,
  olds: readonly ValueSpan[],
  places: readonly ReadonlySet<string>[],
  newTask: string,
  values: readonly ValueSpan[],
  shown: readonly ReadonlySet<string>[],
  kind: TaskSlot['kind'],
  replacing: ReadonlySet<string> = new Set(),
): PlacedList | undefined {
  if (olds.length === 0 || values.length === 0) return undefined;
  // "Choose exactly X and Y" where the demonstration only picked its items: repeated clicks turn items on, never off the
  // ones the page had on — but in a list box whose first pick replaced the selection (`replacing`), the picks are the set.
  const onlyAdds = exclusiveWords(newTask).exclusive && !exclusiveWords(demoTask).exclusive;
  // Old runs whose every item was acted on in one common kind of place.
  const candidates = listRuns(demoTask, olds).flatMap((run) => {
    const common = [...places[run[0]!]!].filter((place) => run.every((index) => places[index]!.has(place)));
    return common.map((place) => ({ run, place }));
  });
  const found: PlacedList[] = [];
  for (const { run, place } of candidates) {
    if (onlyAdds && !replacing.has(place)) continue;
    // No other demonstrated value of the type stood in that place: the run is the whole list there.
    if (olds.some((_, index) => !run.includes(index) && places[index]!.has(place))) continue;
    const newRuns = listRuns(newTask, values).filter((candidate) => candidate.every((at) => shown[at]!.has(place)));
    if (newRuns.length !== 1) continue;
    const newRun = newRuns[0]!;
    // A run said as left out or not to be done on either side is no list of items to act on.
    if (negatedRun(demoTask, olds, run) || negatedRun(newTask, values, newRun)) continue;
    // A run asked on never stands for one asked off: the repeated deed would leave the new items as they were, or undo them.
    if (statesDiffer(demoTask, olds, run, newTask, values, newRun)) continue;
    if (newRun.length === run.length || run.length + newRun.length < 3) continue;
    if (values.some((_, at) => !newRun.includes(at) && shown[at]!.has(place))) continue;
    if (olds.length - run.length !== values.length - newRun.length) continue;
    found.push({
      slot: { old: run.map((index) => olds[index]!.value), new: newRun.map((at) => values[at]!.value), list: true, kind },
      oldTaken: new Set(run),
      newTaken: new Set(newRun),
    });
  }
  // One run may share several kinds of place (a checkbox and its label): the same pairing found twice is one.
  const distinct = new Set(found.map((list) => JSON.stringify([[...list.oldTaken], [...list.newTaken]])));
  return distinct.size === 1 ? found[0] : undefined;
}
