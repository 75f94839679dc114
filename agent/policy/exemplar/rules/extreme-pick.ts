/**
 * An extreme pick: "the cheapest flight" — a click on one of several alike
 * rows that held the extreme of the quantity a superlative of the task names
 * becomes a comparison by the new task's superlative (superlatives.ts).
 */
import type { UIElement } from '../../../core/observation.js';
import type { StepGrounding } from '../ground-step.js';
import { normalizeText } from '../text-match.js';
import { tokenizeTask } from '../task-tokens.js';
import { extremeOf, superlativeOf } from '../superlatives.js';
import { kindOf, targetedElements, type PlannedStep } from '../planned-step.js';

/** Score of a superlative pick: the comparison held in the demonstration; the rows are read from their texts. */
const EXTREME_PICK_SCORE = 0.8;

/**
 * A click on one of several alike elements (a "Book" button per row) whose
 * row held the lowest or highest quantity that a superlative of the task
 * names ("cheapest" → lowest price): the choice was a comparison, so the new
 * run compares the rows on screen by the new task's superlative. Returns the
 * (lower-cased) superlatives the demonstration chose by.
 */
export function markExtremePicks(steps: PlannedStep[], notes: string[], demoTask: string): Set<string> {
  const used = new Set<string>();
  const words = tokenizeTask(demoTask).filter((token) => token.kind === 'word' && superlativeOf(token.norm));
  if (words.length === 0) return used;
  for (const planned of steps) {
    if (planned.step.action.type !== 'click' || planned.search || planned.ensureChecked || planned.rankedPick || planned.navigate || planned.rowKeys) continue;
    if (planned.intendedChecked !== undefined) continue;
    const element = targetedElements(planned.step)[0];
    if (!element) continue;
    const elements = planned.step.observation.elements;
    const kind = kindOf(element);
    const peers = elements.filter((other) => kindOf(other) === kind && !other.states.hidden);
    for (const word of words) {
      const found = extremeOf(peers, elements, superlativeOf(word.norm)!);
      if (!('element' in found) || found.element.id !== element.id) continue;
      const rebound = planned.bindings.find((binding) => normalizeText(binding.old) === word.norm);
      const newWord = rebound ? rebound.new.trim() : word.text;
      const choice = superlativeOf(newWord);
      planned.extremePick = { kind, word: newWord, ...(choice ? { choice } : {}) };
      used.add(word.norm);
      notes.push(
        `demonstrated step ${planned.sourceIndex + 1} chose the ${word.text} of ${peers.length} rows (${found.values.join(', ')}): picks the ${newWord} row`,
      );
      break;
    }
  }
  return used;
}

/** Grounding half: the row on screen that holds the extreme the task's superlative asks for. */
export function groundExtremePick(pick: NonNullable<PlannedStep['extremePick']>, elements: readonly UIElement[]): StepGrounding {
  const peers = elements.filter((element) => kindOf(element) === pick.kind && !element.states.hidden);
  if (!pick.choice) {
    return { ok: false, score: 0, reason: `the demonstration chose by comparing rows, but ${JSON.stringify(pick.word)} names no comparison known here` };
  }
  const found = extremeOf(peers, elements, pick.choice);
  return 'element' in found
    ? {
        ok: true,
        action: { type: 'click', target: { elementId: found.element.id } },
        score: EXTREME_PICK_SCORE,
        reason: `[${found.element.id}] is in the ${pick.word} of ${peers.length} rows (${pick.choice.extreme === 'min' ? 'lowest' : 'highest'} ${pick.choice.quantity} ${found.value} of ${found.values.join(', ')}), as the demonstration chose`,
      }
    : { ok: false, score: 0, reason: `cannot tell the ${pick.word} row: ${found.reason}` };
}
