/**
 * Rule: a form's one sending button is the same control whatever it is
 * captioned on this instance ("Update profile" demonstrated, "Save" here),
 * when its place says so and nothing else on screen could be it.
 *
 * Grounding half (used by ground-target.ts), only when the demonstrated
 * caption is nowhere on screen and no task text names it: a button stands
 * in for the demonstrated button when
 * - its place is the demonstrated one's: the same DOM id, or both are the
 *   form's submit button (type=submit);
 * - neither caption names another purpose: no close or back-out word
 *   (control-purpose.ts), no step onward only ("Next"), nothing deleted
 *   or reset (safety/risk-vocabulary.ts), no harm the demonstrated caption
 *   did not name ("Pay", "Send" for "Save"), no amount carried;
 * - it is the one button that could send here: no other visible worded
 *   button (in its dialog, when it sits in one) other than a close or
 *   back-out one. "Save" beside "Delete", or two senders, is a guess, which
 *   is refused.
 * Planning needs nothing: the demonstrated caption is kept as it was.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { ACT_WORDS, type RiskKind } from '../../../safety/risk-vocabulary.js';
import { advancesForm, carriesAmount, purposeOf } from './control-purpose.js';
import { dialogOf } from '../dialog-place.js';

type Control = Pick<UIElement, 'role' | 'text' | 'label' | 'inputType' | 'attributes'>;

/** The caption a button shows: its text, else its accessible name. */
const captionOf = (control: Control) => (control.text.trim() || control.label || '').trim();

/** A caption in words (a glyph "+" or "▣" is an icon's, not a sender's). */
const worded = (caption: string) => /\p{L}/u.test(caption);

const RISKS = Object.keys(ACT_WORDS) as RiskKind[];

/** Could a button so captioned send a form: worded, and naming no other purpose (closing, backing out, only moving on, deleting)? */
export function mightSend(caption: string): boolean {
  if (!worded(caption)) return false;
  const purpose = purposeOf(caption);
  if (purpose === 'close' || purpose === 'cancel') return false;
  if (advancesForm(caption) && purpose !== 'commit') return false;
  return !ACT_WORDS.deletion.test(caption);
}

const submits = (control: Control) => control.inputType === 'submit' || control.attributes?.['type'] === 'submit';

/** Where the element's place is the demonstrated button's, in words; undefined when it is not. */
function samePlace(descriptor: Control, element: Control): string | undefined {
  const id = descriptor.attributes?.['id'];
  if (id && element.attributes?.['id'] === id) return `the same id=${JSON.stringify(id)}`;
  if (submits(descriptor) && submits(element)) return 'both send their form (type=submit)';
  return undefined;
}

/**
 * Does `element` stand in for the demonstrated button by its place as the one sender on screen?
 * The evidence in words when it does, undefined otherwise. The caller has found the demonstrated
 * caption absent from the screen and unnamed by the task.
 */
export function senderByPlace(descriptor: TargetDescriptor, element: UIElement, elements: readonly UIElement[]): string | undefined {
  if (descriptor.role !== 'button' || element.role !== 'button' || element.states.hidden || element.states.disabled) return undefined;
  const wanted = captionOf(descriptor);
  const here = captionOf(element);
  if (!mightSend(wanted) || !mightSend(here) || carriesAmount(here)) return undefined;
  // "Pay" or "Send" where "Save" was clicked: a harm the demonstration never chose.
  if (RISKS.some((kind) => ACT_WORDS[kind].test(here) && !ACT_WORDS[kind].test(wanted))) return undefined;
  const place = samePlace(descriptor, element);
  if (!place) return undefined;
  const box = dialogOf(element, elements);
  const rivals = elements.filter(
    (other) =>
      other.id !== element.id &&
      other.role === 'button' &&
      !other.states.hidden &&
      (box === undefined || dialogOf(other, elements)?.id === box.id) &&
      (worded(captionOf(other)) || submits(other)) &&
      !['close', 'cancel'].includes(purposeOf(captionOf(other)) ?? ''),
  );
  if (rivals.length > 0) return undefined;
  return `${place}, the one button here that could send`;
}
