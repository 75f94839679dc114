/**
 * Rule: a row chosen by a value one task puts after a preposition and the other does not.
 *
 *   demonstration: "Sign me up for the Singing course that runs at weekends."   (pressed Join in the row "… · Weekends")
 *   task:          "Sign me up for the Piano course that runs self-paced."      → the row that shows "self-paced"
 *
 * The two texts differ by "at weekends" / "self-paced": the "at" is how the one
 * sentence leads to its value, the value is "weekends". A person looks for the
 * row that shows "self-paced" where the demonstration pressed in the row that
 * showed "weekends". So when the slot's old value is found in no row as it
 * stands, and exactly one side leads with function words ("at", "on", "in the"),
 * the values without them are the row key.
 *
 * Never guessed: both sides leading with their own prepositions ("from London" /
 * "to Paris") differ by what the preposition says, and stay as they are — a row
 * showing "Paris" may be the one from Paris. At grounding the step acts only
 * when exactly one row like the demonstrated one shows the new value
 * (`unledRowKeyProblem`): none or several is a refusal, never a pick by the
 * demonstrated row's position.
 *
 * The row must also be like the demonstrated one in what else both tasks say of
 * it, and show the value where that row showed it (`markUnledRows`):
 * - a content word both tasks share that the demonstrated row showed ("the
 *   Singing course", the row "Singing in practice") is shown by the row too: the
 *   one self-paced row "Piano for all" is no Singing course, and is refused;
 * - the value shows in the same element of its kind as in the demonstrated row
 *   (its column: the schedule, the row's second text), not anywhere in the row:
 *   "Evenings of song", a self-paced course, shows "evenings" in its title only.
 *
 * The same value said another way ("weekends" / "the weekend", "at weekends" / "at the weekend": the same leading
 * words but for articles, each word in another form of it) keys the demonstrated row's value on both sides
 * (`rowKeySaidAnotherWay`), held to the same checks: exactly one row like the demonstrated one shows it.
 *
 * Planning half: bind-slots.ts, where a slot's old value finds no row as written
 * (the key is marked `unled`), and `markUnledRows` (plan-demonstration.ts).
 * Grounding half: ground-step.ts.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { keyColumn, likeInRowsShowing, rowShows, showsInColumn } from '../row-keys.js';
import { stepStrings, targetDescriptorsOf, targetedElements, type PlannedStep, type RowKey } from '../planned-step.js';
import { isFunctionWord, spanText, tokenizeTask } from '../task-tokens.js';
import { containsWhole } from '../text-match.js';
import { sharedContentWords } from './row-words.js';
import { wordsOf } from '../intent-words.js';
import { sameStem } from '../word-forms.js';

/** The text after its leading function words ("at weekends" → "weekends"), and whether it had any. */
function afterLeadingFunctionWords(text: string): { rest: string; led: boolean } {
  const tokens = tokenizeTask(text);
  let first = 0;
  while (first < tokens.length && isFunctionWord(tokens[first]!)) first++;
  return { rest: first === tokens.length ? '' : spanText(text, tokens.slice(first)), led: first > 0 };
}

/** Articles, which change no value ("at weekends" / "at the weekend"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * The same value said another way, both sides led alike: the same leading function words but for articles and the
 * same words after them in another form of each (word-forms.ts sameStem: "at weekends" / "at the weekend",
 * "weekends" / "the weekend"). The old
 * value's words then key the row on both sides ({ old: "weekends", new: "weekends" }): the demonstrated row's value is
 * the one asked. Undefined for any other pair — other prepositions ("on" / "at", "from" / "to"), other words, or a
 * word more ("at the weekend after next").
 */
export function rowKeySaidAnotherWay(old: string, value: string): { old: string; new: string } | undefined {
  const [was, now] = [afterLeadingFunctionWords(old), afterLeadingFunctionWords(value)];
  if (!was.rest || !now.rest) return undefined;
  const lead = (text: string, rest: string) => wordsOf(text.slice(0, text.length - rest.length)).filter((word) => !ARTICLES.has(word)).join(' ');
  if (lead(old, was.rest) !== lead(value, now.rest)) return undefined;
  const [oldWords, newWords] = [wordsOf(was.rest), wordsOf(now.rest)];
  if (oldWords.length !== newWords.length || !oldWords.every((word, index) => sameStem(word, newWords[index]!))) return undefined;
  return { old: was.rest, new: was.rest };
}

/**
 * The slot's values as a row key when one side alone leads with function words: both sides without them ("at
 * weekends" / "self-paced" → "weekends" / "self-paced"). Undefined when neither or both sides lead with them, or
 * nothing but function words would be left.
 */
export function rowKeyWithoutLeadingPreposition(old: string, value: string): { old: string; new: string } | undefined {
  const [was, now] = [afterLeadingFunctionWords(old), afterLeadingFunctionWords(value)];
  if (was.led === now.led || !was.rest || !now.rest) return undefined;
  return { old: was.rest, new: now.rest };
}

/**
 * Before a step keyed by such a value acts: the rows like the demonstrated one that show it now. Exactly one is the
 * row; none or several is a refusal in plain words. Undefined when the step has no such key.
 */
export function unledRowKeyProblem(planned: PlannedStep, elements: readonly UIElement[]): string | undefined {
  const target = targetDescriptorsOf(planned.step)[0];
  if (!target) return undefined;
  const caption = JSON.stringify(target.text.trim() || target.label?.trim() || target.role);
  for (const key of (planned.rowKeys ?? []).filter((candidate) => candidate.unled)) {
    const rows = likeInRowsShowing(target, elements, key.new, key.place).filter(
      (row) => (key.column === undefined || showsInColumn(row, elements, key.new, key.column)) && (key.words ?? []).every((word) => rowShows(row, elements, word, false)),
    ).length;
    if (rows === 1) continue;
    const also = (key.words ?? []).map((word) => ` and ${JSON.stringify(word)}`).join('');
    const where = key.column === undefined ? '' : ' where the demonstrated row showed its value';
    const shown = rows === 0 ? `no row like it shows ${JSON.stringify(key.new)}${where}${also} here` : `${rows} rows show ${JSON.stringify(key.new)}${also} here, so which one is meant is a guess`;
    return `the demonstration pressed ${caption} in the row of ${JSON.stringify(key.old)}, and ${shown} (demonstrated step ${planned.sourceIndex + 1})`;
  }
  return undefined;
}

/**
 * Each unled key (bind-slots.ts) learns from the demonstrated row where it showed its value (its column) and which
 * content words both tasks share that the row showed ("Singing"): the grounding asks both of the row now.
 */
export function markUnledRows(
  demonstrated: readonly { step: Step }[],
  rowKeys: Map<number, RowKey[]>,
  input: { demoTask: string; task: string; slots: readonly TaskSlot[] },
): void {
  const inSlots = input.slots.flatMap((slot) => [...slot.old, ...slot.new]);
  const shared = sharedContentWords(input.demoTask, input.task).filter((word) => !inSlots.some((value) => containsWhole(value, word)));
  for (const [position, keys] of rowKeys) {
    const step = demonstrated[position]?.step;
    const element = step && targetedElements(step)[0];
    if (!step || !element) continue;
    const strings = stepStrings(step);
    const seen = step.observation.elements;
    for (const key of keys.filter((candidate) => candidate.unled)) {
      const column = keyColumn(element, seen, key.old);
      if (column !== undefined) key.column = column;
      // A word the step clicked by its caption ("Join") is compared by the grounding already.
      const words = shared.filter((word) => !strings.some((text) => containsWhole(text, word)) && rowShows(element, seen, word, false));
      if (words.length > 0) key.words = words;
    }
  }
}
