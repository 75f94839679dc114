/**
 * Rule: a drop-down the demonstration never set, another of whose options the task names, is refused.
 *
 *   demonstration: "Could you register me at the climbing gym? I'm Kenji Pike, … - Student plan, paying monthly."
 *                  (Billing showed "Monthly" all along: no step touched it)
 *   task:          "From the front desk: "Lena Akana wants Student, yearly billing, email …""
 *
 * A person sees that the task asks "yearly", an option of Billing, where the
 * demonstration left Billing at "Monthly": followed as it is, the plan would
 * leave the wrong billing. When the kind judgement paired "monthly" with
 * "yearly" as a slot, rules/left-fields.ts gives the drop-down its step and
 * it is touched; when it did not (the words are no typed values), nothing
 * would set it. So: for each drop-down of the demonstration's screens no
 * step acted on, an option other than the one it showed, named whole by the
 * task (its aside left out: "Yearly (save 15%)" is "Yearly",
 * rules/option-aside.ts) and not by the demonstration's task, is a blocking
 * problem naming the field — unless the page at hand shows that option in
 * the drop-down of that name already (left as it is, it is what is asked),
 * or the word is the new value of a slot the kind judgement paired (bound,
 * or given its step by left-fields.ts: "Parking: No" → "Parking: Yes").
 *
 * Planning half only (task-clauses.ts clauseProblems). Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { targetDescriptorsOf } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';
import type { TaskSlot } from '../align-tasks.js';
import { withoutAside } from './option-aside.js';

/** A drop-down's name: its label, else its text. */
const nameOf = (element: Pick<UIElement, 'label' | 'text'>) => (element.label || element.text || '').trim();

/** Problems: each untouched drop-down of the demonstration's screens whose other option the task names (its own task not). */
export function untouchedOptionProblems(demoTask: string, task: string, steps: readonly Step[], page: readonly UIElement[] = [], slots: readonly TaskSlot[] = []): TaskValueProblem[] {
  // A value the kind judgement paired with one of the demonstration's ("Parking: No" → "Parking: Yes") is bound or
  // given its step (rules/left-fields.ts), wherever it stands: no word left unread.
  const paired = new Set(slots.flatMap((slot) => slot.new.map((value) => normalizeText(value))));
  const touched = new Set(steps.flatMap((step) => targetDescriptorsOf(step).map((target) => nameOf(target))));
  // The page at hand showing that option in the drop-down of that name already: left as it is, it is what the task asks.
  const shownHere = (name: string, option: string) =>
    page.some((element) => (element.options?.length ?? 0) > 1 && nameOf(element) === name && normalizeText(element.value ?? element.text) === normalizeText(option));
  const problems = new Map<string, TaskValueProblem>();
  for (const element of steps.flatMap((step) => step.observation.elements)) {
    const options = element.options ?? [];
    const name = nameOf(element);
    if (options.length < 2 || name === '' || touched.has(name) || problems.has(name)) continue;
    const shown = normalizeText(element.value ?? element.text ?? '');
    for (const option of options) {
      const words = withoutAside(option).trim();
      if (!/\p{L}/u.test(words) || normalizeText(option) === shown || normalizeText(words) === shown) continue;
      if (!containsWhole(task, words) || containsWhole(demoTask, words) || shownHere(name, option) || paired.has(normalizeText(words))) continue;
      problems.set(name, { text: `the task asks ${JSON.stringify(words)} of ${JSON.stringify(name)}, which no step of the demonstration set`, blocking: true });
      break;
    }
  }
  return [...problems.values()];
}
