/**
 * Rule: a value copied into a field from the page row whose key is that
 * field's label ("Language" row → the field "Language:") is read, on a new
 * page, from the row whose key is the label of the field typed into now —
 * never from the demonstration's table position.
 *
 * Planning half (`fieldKeyOf`): the demonstration typed a text read off its
 * page (rules/typed-values.ts) and the caption just before that text is the
 * label of the very field it typed into: the row was chosen by the field.
 *
 * Grounding half (`fieldKeyedValueFor`): once the field is grounded, find the
 * one element away from it that shows its label, and read the element right
 * after it in the same row. Refuse when the field has no label, the key shows
 * nowhere or more than once, or nothing sits after it: a value from another
 * row would be a wrong answer, not a guess.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { sameRow } from '../cell-place.js';
import { normalizeText } from '../text-match.js';

/** Score of a value read in the row the field's label names. */
const KEYED_SCORE = 0.9;

const shown = (element: UIElement) => (element.text.trim() !== '' ? element.text : (element.value ?? ''));

/** Is the caption before a copied value the label of the field typed into (the row picked by the field)? */
export function fieldKeyOf(field: TargetDescriptor | undefined, caption: string | undefined): boolean {
  const label = normalizeText(field?.label);
  return label !== '' && normalizeText(caption) === label;
}

/** The text in the row keyed by the grounded field's label, or why there is none. */
export function fieldKeyedValueFor(
  field: UIElement | undefined,
  valueKind: { role: string },
  elements: readonly UIElement[],
): { ok: true; text: string; score: number; reason: string } | { ok: false; reason: string } {
  const label = normalizeText(field?.label);
  if (!field || label === '') return { ok: false, reason: 'the demonstration read the value in the row named by its field\'s label, and the field found now has no label' };
  const visible = elements.filter((element) => !element.states.hidden);
  const keys = visible.filter((element) => element.id !== field.id && !element.interactive && normalizeText(shown(element)) === label);
  const read = keys.flatMap((key) => {
    const index = visible.indexOf(key);
    const next = visible[index + 1];
    return next && next.role === valueKind.role && sameRow(key, next) && normalizeText(shown(next)) !== '' ? [next] : [];
  });
  if (read.length !== 1) {
    return { ok: false, reason: `the value belongs in the row named ${JSON.stringify(field.label)}, and ${read.length === 0 ? 'no' : read.length} row${read.length === 1 ? '' : 's'} with that key and a value show${read.length === 1 ? 's' : ''} on the page` };
  }
  const text = shown(read[0]!).trim();
  return { ok: true, text, score: KEYED_SCORE, reason: `reads ${JSON.stringify(text)} on the page ([${read[0]!.id}]) in the row named by the field's label ${JSON.stringify(field.label)}` };
}
