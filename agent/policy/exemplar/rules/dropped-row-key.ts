/**
 * Rule: a row key the new task's wording left out.
 *
 * "Show me the item listed Jul 11, please." was demonstrated as a click on
 * the title link of the card that shows "Jul 11": the date chose the card
 * (row-keys.ts). "Show me the item Mei listed." reads almost the same, and
 * the wording alignment may pair the two sentences with no slot at all — the
 * date simply gone. Followed as it stands, the plan would look for the
 * demonstrated title ("Oak desk lamp"), a card the new task never chose.
 *
 * So a plain click whose target's row was chosen by a value of the
 * demonstration's task that the new task does not carry (and that the target's
 * own caption does not hold) needs a new key: the one value the new task names
 * that the demonstration's task does not and no slot took ("Mei" — the person
 * who listed, posted or sent the item, shown in its card) becomes the step's
 * row key, with the demonstrated key's way of telling rows apart (its caption
 * as row data) but not its place in the row (a seller's name shows where the
 * date did not). The grounding then acts only in a row like the demonstrated
 * one that shows it (exactly one, rules/row-choice.ts), or refuses. With no
 * such value, or several, the plan is refused in plain words: which row is
 * meant would be a guess.
 *
 * A row may also be chosen by a plain word of the demonstration's task that
 * no value reading takes ("remove the coffee beans": the row showing
 * "Coffee beans", and no other row shows "coffee"). When the new task does
 * not carry that word and no slot took it, the demonstrated row is not the
 * new task's: the plan is refused (no new key is guessed for a plain word).
 *
 * Pure function over a plan.
 */
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { ownTextHolds } from '../row-keys.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { valueSpans } from '../value-spans.js';
import { COMMON_WORDS, tokenizeTask } from '../task-tokens.js';
import { rowKeyOf } from './row-choice.js';

/** Fields of a planned step that already say how its target is chosen: such a step is left as it is. */
const CHOSEN_OTHERWISE: readonly (keyof PlannedStep)[] = [
  'rowKeys', 'valuePick', 'pagedItem', 'ensureChecked', 'search', 'rankedPick', 'extremePick', 'menuPath', 'calendarDay', 'treePath',
  'feedSearch', 'figurePick', 'copyFrom', 'lookup', 'clickCount', 'countOf', 'rowDeed', 'deedConfirmation',
];

const isPlainClick = (planned: PlannedStep) =>
  (planned.step.action.type === 'click' || planned.step.action.type === 'double-click') &&
  !CHOSEN_OTHERWISE.some((field) => planned[field] !== undefined);

/** The values a text names, in the form written (value-spans.ts). */
const namedValues = (text: string): string[] => [...new Set(valueSpans(text).map((span) => span.text.trim()).filter((value) => value !== ''))];

/** Rekey (or refuse) plain clicks whose demonstrated row key the new task left out; the plan unchanged when none did. */
export function droppedRowKeyPlan(plan: DemonstrationPlan): DemonstrationPlan {
  const demoTask = plan.trajectory.task;
  const carried = (value: string) => containsWhole(plan.task, value) || normalizeText(plan.task).includes(normalizeText(value));
  // A value inside a slot is the slot's business (bind-slots.ts): only values the alignment left out count here.
  const inSlot = (value: string, side: 'old' | 'new') => plan.alignment.slots.some((slot) => slot[side].some((phrase) => containsWhole(phrase, value)));
  const dropped = namedValues(demoTask).filter((value) => !carried(value) && !inSlot(value, 'old'));
  // Plain words of the demonstration's task (no common word, no number) the new task does not carry: row keys read below.
  const droppedWords = [...new Set(tokenizeTask(demoTask).filter((token) => token.kind === 'word' && /^\p{L}{3,}$/u.test(token.norm) && !COMMON_WORDS.has(token.norm)).map((token) => token.text))]
    .filter((word) => !carried(word) && !inSlot(word, 'old') && !dropped.some((value) => containsWhole(value, word)));
  if (dropped.length === 0 && droppedWords.length === 0) return plan;
  // The new task's own values: named in neither the demonstration's task nor a slot.
  const fresh = namedValues(plan.task).filter((value) => !containsWhole(demoTask, value) && !inSlot(value, 'new'));

  let changed = false;
  const notes: string[] = [];
  const problems: DemonstrationPlan['problems'] = [];
  const steps = plan.steps.map((planned) => {
    if (!isPlainClick(planned)) return planned;
    const target = targetDescriptorsOf(planned.step)[0];
    const keys = dropped.flatMap((value) => {
      if (target && ownTextHolds({ text: target.text ?? '', label: target.label }, value)) return [];
      const found = rowKeyOf(planned.step, value);
      return found ? [{ value, found }] : [];
    });
    if (keys.length === 0) {
      const word = droppedWords.find((candidate) => !(target && ownTextHolds({ text: target.text ?? '', label: target.label }, candidate)) && rowKeyOf(planned.step, candidate));
      if (word === undefined) return planned;
      changed = true;
      problems.push({
        text: `the demonstration acted in the row that shows ${JSON.stringify(word)}, a word of its task this task does not name, so which row is meant here is a guess (demonstrated step ${planned.sourceIndex + 1})`,
        blocking: true,
      });
      return planned;
    }
    changed = true;
    const old = keys.map((key) => JSON.stringify(key.value)).join(' and ');
    if (fresh.length !== 1) {
      problems.push({
        text: `the demonstration chose the row that shows ${old}, which this task does not name, and this task names ${fresh.length === 0 ? 'no other value' : `${fresh.length} other values (${fresh.map((value) => JSON.stringify(value)).join(', ')})`} to choose its row by, so which row is meant is a guess (demonstrated step ${planned.sourceIndex + 1})`,
        blocking: true,
      });
      return planned;
    }
    const value = fresh[0]!;
    notes.push(`finds the row that shows ${JSON.stringify(value)} where the demonstration acted in the row of ${old}, which this task does not name (demonstrated step ${planned.sourceIndex + 1})`);
    const captionData = keys.some((key) => key.found.captionData);
    return { ...planned, rowKeys: [{ old: keys[0]!.value, new: value, ...(captionData ? { captionData: true as const } : {}) }] };
  });
  if (!changed) return plan;
  return { ...plan, steps, notes: [...plan.notes, ...notes], problems: [...plan.problems, ...problems] };
}
