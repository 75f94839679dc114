/**
 * Rule: a count the task gives with what it counts ("2 adults", "Adults: 2",
 * a slot marked `countOf`, counted-items.ts) goes into the field that noun
 * labels, and only there. The plain old → new binding would rewrite every
 * step that typed the old count — with "2 adults and 2 children" → "3 adults
 * and 1 child" both fields typed "2", and one of them would get the other's
 * count. So the count bindings leave the plan's shared bindings, and each
 * field step that typed or chose a count gets the count of the noun its label
 * names ("Adults", "Number of children").
 *
 * Only where the page labels its fields by the nouns counted: when no field
 * step's label names any of them ("Order 3 mugs" into "Quantity"), the
 * bindings stand as they were. Where some do, a field step that typed a
 * changed count and whose label names no counted noun, or two, is refused
 * (never a count typed into another noun's field), and so is a field whose
 * noun's count in the demonstration was not the number it typed.
 */
import { countValue } from '../number-words.js';
import { countPairs, type CountPair } from '../counted-items.js';
import { sameNoun } from '../word-forms.js';
import { enteredValue } from '../../../core/action.js';
import { stepStrings, targetDescriptorsOf, type PlannedStep } from '../planned-step.js';
import { containsWhole } from '../text-match.js';
import type { TaskValueProblem } from './task-values.js';
import type { TaskSlot } from '../align-tasks.js';

/** The words a field is known by: its label, else its placeholder or name. */
function fieldWords(planned: PlannedStep): string[] {
  const target = targetDescriptorsOf(planned.step)[0];
  const attributes: Record<string, string> = target?.attributes ?? {};
  const text = target?.label || attributes.placeholder || attributes.name || attributes['aria-label'] || '';
  return text.match(/\p{L}+/gu) ?? [];
}

/** The pairs whose noun one of the field's words (fieldWords) names. */
const pairsNaming = (words: readonly string[], pairs: readonly CountPair[]) =>
  pairs.filter((pair) => words.some((word) => sameNoun(word, pair.old.noun) || sameNoun(word, pair.new.noun)));

/**
 * Binds each counted slot to the field its noun labels (see the head of this
 * file). Returns the problems that refuse the plan; `unusedSlots` loses a
 * count slot once its field is found.
 */
export function markCountedFields(steps: PlannedStep[], input: { demoTask: string; task: string; slots: readonly TaskSlot[]; unusedSlots: TaskSlot[]; notes: string[] }): TaskValueProblem[] {
  const counted = input.slots.filter((slot) => slot.countOf !== undefined);
  if (counted.length === 0) return [];
  const pairs = countPairs(input.demoTask, input.task);
  // A count no step typed, chose or clicked by its text is not carried out by a target's place among its
  // siblings ("1 adults" left as it was, then the 1st button pressed): unused, unless a later rule uses it (click-count.ts).
  for (const slot of counted) {
    const shown = steps.some((planned) => stepStrings(planned.step).some((text) => containsWhole(text, slot.old[0]!)));
    if (!shown && !input.unusedSlots.includes(slot)) input.unusedSlots.push(slot);
  }
  const fields = steps.filter((planned) => {
    const text = enteredValue(planned.step.action);
    return text !== undefined && countValue(text) !== undefined && !/\s/.test(text.trim());
  });
  // The page must label its fields by what the task counts; else the plain bindings stand.
  if (!fields.some((planned) => pairsNaming(fieldWords(planned), pairs).length > 0)) return [];
  const countOlds = new Set(counted.map((slot) => slot.old[0]!));
  const problems: TaskValueProblem[] = [];
  const found = new Set<TaskSlot>();
  for (const planned of fields) {
    const text = enteredValue(planned.step.action)!.trim();
    const value = String(countValue(text));
    let shared = planned.bindings.filter((binding) => !countOlds.has(binding.old.trim()));
    const words = fieldWords(planned);
    const naming = pairsNaming(words, pairs);
    const label = words.join(' ');
    if (naming.length === 0) {
      if (countOlds.has(value)) problems.push({ text: `demonstrated step ${planned.sourceIndex + 1} entered ${text} into the field "${label}", which names none of the things the task counts (${pairs.map((pair) => pair.new.noun).join(', ')}), so which count goes there is unclear`, blocking: true });
      planned.bindings = shared;
      continue;
    }
    if (naming.length > 1) {
      problems.push({ text: `the field "${label}" names ${naming.map((pair) => `"${pair.new.noun}"`).join(' and ')}, so which count goes there is unclear`, blocking: true });
      continue;
    }
    const pair = naming[0]!;
    // A slot that only swaps two nouns both texts count ("Children" → "Seniors" where the clauses came in another order,
    // each noun's count paired by its noun above) is the order of the sentence, not a renamed field: dropped here.
    const counts = (noun: string) => pairs.some((candidate) => sameNoun(candidate.old.noun, noun)) && pairs.some((candidate) => sameNoun(candidate.new.noun, noun));
    const renames = (binding: { old: string; new: string }) => words.some((word) => sameNoun(word, binding.old.trim())) && !sameNoun(binding.old.trim(), binding.new.trim());
    const before = planned.bindings.length;
    planned.bindings = planned.bindings.filter((binding) => !(renames(binding) && counts(binding.old.trim()) && counts(binding.new.trim())));
    // The slots then pair the counts in sentence order too ("4" → "2", the children's): the count is the noun's own.
    const swapped = planned.bindings.length < before;
    shared = shared.filter((binding) => planned.bindings.includes(binding));
    // A slot that renames the field ("Children" → "Seniors", the task counting no children) would move the count to another noun's field.
    if (planned.bindings.some(renames)) {
      problems.push({ text: `the field "${label}" is counted by its noun, but a slot of the task renames it, so which count goes there is unclear`, blocking: true });
      continue;
    }
    if (pair.old.value !== value) {
      // The field took something other than its noun's count (worked out, or left as it was): no count binding here.
      if (pair.old.value !== pair.new.value) problems.push({ text: `the task counts ${pair.new.count} ${pair.new.noun}, but demonstrated step ${planned.sourceIndex + 1} entered ${text} into "${label}", not the demonstration's count ${pair.old.count}`, blocking: true });
      planned.bindings = shared;
      continue;
    }
    const slot = counted.find((candidate) => sameNoun(candidate.countOf!, pair.old.noun));
    if (swapped) planned.bindings = [{ old: text, new: pair.new.value }, ...shared];
    else planned.bindings = slot ? [{ old: text, new: slot.new[0]! }, ...shared] : shared;
    planned.countOf = pair.new.noun;
    if (slot) {
      found.add(slot);
      input.notes.push(`types the count of ${pair.new.noun} (${swapped ? pair.new.value : slot.new[0]}) into the field "${label}" (demonstrated step ${planned.sourceIndex + 1})`);
    }
  }
  for (let index = input.unusedSlots.length - 1; index >= 0; index--) if (found.has(input.unusedSlots[index]!)) input.unusedSlots.splice(index, 1);
  // A changed count whose noun labels no field the demonstration filled: nothing would set it.
  for (const slot of counted) {
    if (!found.has(slot) && !input.unusedSlots.includes(slot)) problems.push({ text: `the task counts ${slot.new[0]} ${slot.countOf}, but no demonstrated step entered a count into a field labelled by it`, blocking: true });
  }
  return problems;
}
