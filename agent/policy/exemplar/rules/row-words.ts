/**
 * Rule: a row told by a plain word both tasks share.
 *
 * "Three fewer pencils and add two more bulbs" was demonstrated on a cart
 * whose rows each show an item word, a "−", a count and a "+"; the new task
 * "Add two more bulbs" leaves the pencils out (rules/task-clauses.ts). The
 * "+" presses happened in the row that shows "bulbs" — a word the two tasks
 * share, so the alignment makes no slot of it, and it is no name, quote or
 * handle (value-spans.ts `sharedValues`), so nothing made it a row key: the
 * presses were grounded by the demonstrated place, in whatever row now sits
 * there. Rows move between instances (a shuffled list, a re-sorted table).
 *
 * Planning half (`markRowWords`): a content word both task texts share that
 * the demonstrated row itself shows (its own words in the demonstration's
 * observation — not a caption the step clicked, which the grounding compares
 * already) and no other row like it shows, becomes the step's row key
 * (row-keys.ts), marked as a word. Verbs, change words ("more", "fewer"),
 * number words, function and courtesy words never do: they say what to do or
 * how much, never which row.
 *
 * A control inside a dialog is keyed by no row word: the dialog stands over the
 * rows, and whatever of the page around it shows the word is no row of its.
 *
 * Grounding half (`rowWordProblem`): the step acts only when exactly one row
 * like the demonstrated one shows the word now; none or several is a refusal
 * in plain words, never a pick by position.
 *
 * Pure functions over the plan and an observation.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { isIntentWord } from '../intent-words.js';
import { numberWordValue } from '../number-words.js';
import { keyPlace, likeInRowsShowing, rowShows, isRowKey, ownTextHolds } from '../row-keys.js';
import { isHarmlessAlone, tokenizeTask } from '../task-tokens.js';
import { containsWhole } from '../text-match.js';
import { stepStrings, targetDescriptorsOf, targetedElements, type PlannedStep, type RowKey } from '../planned-step.js';
import { CHANGE_WORDS } from './change-words.js';
import { dialogOf } from '../dialog-place.js';

/** Shortest word that can tell a row ("ox" or "id" says too little). */
const MIN_LETTERS = 3;

/** The content words (lower case, as the second text writes them) both task texts hold, in the second text's order. */
export function sharedContentWords(first: string, second: string): string[] {
  const content = (text: string) =>
    tokenizeTask(text).filter(
      (token) =>
        token.kind === 'word' &&
        !isHarmlessAlone(token) &&
        /^\p{L}[\p{L}'’-]*$/u.test(token.text) &&
        token.text.length >= MIN_LETTERS &&
        !isIntentWord(token.text) &&
        !Object.prototype.hasOwnProperty.call(CHANGE_WORDS, token.norm) &&
        numberWordValue(token.text) === undefined,
    );
  const ofFirst = new Set(content(first).map((token) => token.norm));
  return [...new Set(content(second).filter((token) => ofFirst.has(token.norm)).map((token) => token.norm))];
}

export interface RowWordInput {
  demoTask: string;
  task: string;
  slots: readonly TaskSlot[];
  notes: string[];
}

/**
 * Adds a word key to each demonstrated click, hover or double-click whose
 * row — and only its row — shows a content word both tasks share; a step
 * already keyed by a slot or a shared value keeps its keys. `rowKeys` is the
 * map of bind-slots.ts (positions in `demonstrated`).
 */
export function markRowWords(
  demonstrated: readonly { step: Step; index: number }[],
  rowKeys: Map<number, RowKey[]>,
  input: RowWordInput,
): void {
  const inSlots = input.slots.flatMap((slot) => [...slot.old, ...slot.new]);
  const strings = demonstrated.flatMap(({ step }) => stepStrings(step));
  const words = sharedContentWords(input.demoTask, input.task).filter(
    // A word a step typed or clicked by its caption is compared by the grounding already; a slot's word is bound.
    (word) => !strings.some((text) => containsWhole(text, word)) && !inSlots.some((value) => containsWhole(value, word)),
  );
  for (const word of words) {
    const keyed = demonstrated.flatMap(({ step }, position) => (rowKeys.has(position) || !keyedBy(step, word) ? [] : [position]));
    if (keyed.length === 0) continue;
    for (const position of keyed) {
      const step = demonstrated[position]!.step;
      const element = targetedElements(step)[0]!;
      const place = keyPlace(element, step.observation.elements, word);
      rowKeys.set(position, [{ old: word, new: word, word: true, ...(place === undefined ? {} : { place }) }]);
    }
    input.notes.push(`finds the row that shows ${JSON.stringify(word)}, a word both tasks name, as the demonstration did (demonstrated step(s) ${keyed.map((position) => demonstrated[position]!.index + 1).join(', ')}), wherever it now is`);
  }
}

/** Did the step act in the one row (of several alike) whose own words, in its observation, show the word? */
function keyedBy(step: Step, word: string): boolean {
  if (step.action.type !== 'click' && step.action.type !== 'hover' && step.action.type !== 'double-click') return false;
  const element = targetedElements(step)[0];
  if (!element || ownTextHolds(element, word)) return false;
  // A control of a dialog stands over the list behind it, in no row of it: its words are the dialog's, not a row's.
  if (dialogOf(element, step.observation.elements)) return false;
  // The row's own words as observed, not only the recorded context of the target.
  return rowShows(element, step.observation.elements, word, false) && isRowKey(element, step.observation.elements, word);
}

/**
 * Before a word-keyed step acts: the rows like the demonstrated one that
 * show the word now. Exactly one is the row; none or several is a refusal,
 * in words a user understands. Undefined when the step has no word key.
 */
export function rowWordProblem(planned: PlannedStep, elements: readonly UIElement[]): string | undefined {
  const keys = (planned.rowKeys ?? []).filter((key) => key.word);
  if (keys.length === 0) return undefined;
  const target = targetDescriptorsOf(planned.step)[0];
  if (!target) return undefined;
  const caption = JSON.stringify(target.text.trim() || target.label?.trim() || target.role);
  for (const key of keys) {
    const rows = likeInRowsShowing(target, elements, key.new, key.place);
    if (rows.length === 1) continue;
    if (rows.length === 0) {
      return `the demonstration pressed ${caption} in the row of ${JSON.stringify(key.new)}, a word both tasks name, and no row like it shows ${JSON.stringify(key.new)} here (demonstrated step ${planned.sourceIndex + 1})`;
    }
    return `the demonstration pressed ${caption} in the row of ${JSON.stringify(key.new)}, a word both tasks name, and ${rows.length} rows show ${JSON.stringify(key.new)} here, so which one is meant is a guess (demonstrated step ${planned.sourceIndex + 1})`;
  }
  return undefined;
}
