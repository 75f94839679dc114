/**
 * Rule: the task's own instruction, shown on the page, is never a target.
 *
 * Many pages print the request being carried out in a band above the work
 * ("reorder | £17.64", "Get the Golden Dragon order again."). A person reads
 * it and looks past it: it names the order, it is not the order. Read as an
 * element, though, it holds every value the task names, so it "shows the row
 * key" as well as the real row does and ties with the real control (or
 * stands in for it when the control's caption varies) — a guess, refused, on
 * every instance.
 *
 * So: an element read from the page that does nothing when clicked and whose
 * text is the task itself (case, spacing and end punctuation aside) is left
 * out of what the steps are grounded on.
 *
 * Why it is safe: only the whole task text said by an inert element is left
 * out. A control captioned with the task's words (a button "Reorder"), a row
 * that shows only some of them ("Noodle Bar £17.64"), and a heading that
 * repeats a part of the task all stay; so do elements read by OCR or an
 * accessibility tree, which guess whether an element is clickable. Leaving the
 * band out can only remove a candidate, never add one, so a step that was a
 * guess between the band and one real element now has that one element to
 * weigh on its own evidence, against the same threshold.
 *
 * Grounding half (ground-plan-step.ts, for every planned step). Pure, no task
 * knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import { normalizeText } from '../text-match.js';

/** Is this element the page showing the task's own instruction: inert, read from the DOM, its text the whole task? */
export function showsTaskItself(element: Pick<UIElement, 'text' | 'interactive' | 'source'>, task: string): boolean {
  const wanted = normalizeText(task);
  return wanted !== '' && element.source === 'dom' && element.interactive === false && normalizeText(element.text) === wanted;
}

/** The elements without the ones that only show the task being carried out. */
export function withoutTaskEcho(elements: readonly UIElement[], task: string): readonly UIElement[] {
  const kept = elements.filter((element) => !showsTaskItself(element, task));
  return kept.length === elements.length ? elements : kept;
}
