/**
 * Rule: a form's one sending button is the same control whatever it is
 * captioned on this instance ("Update profile" demonstrated, "Save" here),
 * when its place says so and nothing else on screen could be it.
 *
 * Grounding half (used by ground-target.ts), only when the demonstrated
 * caption is nowhere on screen and no task text names it: a button stands
 * in for the demonstrated button when
 * - its place is the demonstrated one's: the same DOM id, or both are the
 *   form's submit button (type=submit), or it is the one button of the
 *   demonstrated one's kind — role, tag and a class naming it beyond its
 *   looks ("finish") — here, as the pressed one was on the demonstration's
 *   screen (a packing list's "Done" there, "Finish packing" here);
 * - both captions only keep what the form holds (control-purpose.ts's
 *   COMMIT_ONLY): "Save", "OK", or such a verb with "changes" or the
 *   form's subject as its object ("Update profile" under a title "Edit
 *   profile"; "Finish packing" under "Packing list" ends the work the
 *   same way, "Finish" alone may hand a wizard over); or both only
 *   hand a request form over ("Request refill" under a legend "Refill
 *   request", "Send", "Submit"), then only under one id and both type=submit.
 *   A caption that merely differs is no evidence of the same deed:
 *   a toggle flips "Enable" to "Disable" under one id, a shared confirm box
 *   reads "Sign out" where it read "Save changes", a form's one submit button
 *   may read "Archive" or "Book now". Any other verb or state word refuses;
 * - never in a dialog: a shared box's "OK" takes its deed from the question
 *   it asks, which the caption does not say;
 * - neither caption names another purpose: no close or back-out word
 *   (control-purpose.ts), no step onward only ("Next"), nothing deleted
 *   or reset (safety/risk-vocabulary.ts), no harm the demonstrated caption
 *   did not name ("Pay", "Send" for "Save"), no amount carried;
 * - it is the one button that could send here: no other visible worded
 *   button other than a close or
 *   back-out one. "Save" beside "Delete", or two senders, is a guess, which
 *   is refused. A button the demonstration's own screen also showed at that
 *   step, which it did not press (a grocery list's "Add" beside the "Done"
 *   pressed), is no rival: the demonstration chose past it, so "Save list"
 *   beside that "Add" is still the one sender; so is the one button of a
 *   named kind the demonstration's screen showed once, captioned anew here
 *   ("Pack selected" there, "Move to bag" here, both class="move"), never one
 *   of the pressed control's own kind. Never a button new on this
 *   screen (it may be the sender now), one captioned as the stand-in (two of
 *   it), nor one naming a harm (a "Delete", "Pay", "Send" beside: the
 *   demonstration seeing it is no evidence which of the two sends now).
 * Planning needs nothing: the demonstrated caption is kept as it was.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { ACT_WORDS, type RiskKind } from '../../../safety/risk-vocabulary.js';
import { COMMIT_ONLY, COMMIT_VERBS, advancesForm, carriesAmount, purposeOf } from './control-purpose.js';
import { dialogOf } from '../dialog-place.js';
import { classNamesControl, controlKind } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';

type Control = Pick<UIElement, 'role' | 'text' | 'label' | 'inputType' | 'attributes'>;

/** The caption a control shows: its text, else its accessible name. */
export const captionOf = (control: Pick<UIElement, 'text' | 'label'>) => (control.text.trim() || control.label || '').trim();

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

/**
 * Verbs that end the work on the form's subject and keep it, as a commit verb does, only with that subject as their
 * object: "Finish packing" under "Packing list". Alone, "Finish" may hand a wizard over for good (as "Submit"), so it
 * stays another deed; "Complete" is left out (a to-do row's "Complete" flips the row's state).
 */
const FINISH_VERBS: readonly string[] = ['finish'];

/** An object a commit verb may carry and still only commit ("Save changes"). */
const PLAIN_OBJECTS: ReadonlySet<string> = new Set(['changes']);

/** The most words a title naming the form's subject may have ("Edit profile", "Your profile"). */
const TITLE_WORDS = 4;

/** Is `word` the subject of the form on screen: a word of a short title, not of any control's caption? */
function namesSubject(word: string, elements: readonly UIElement[]): boolean {
  return elements.some(
    (element) =>
      !element.interactive &&
      !element.states.hidden &&
      element.text.trim().split(/\s+/).length <= TITLE_WORDS &&
      containsWhole(element.text, word),
  );
}

/**
 * The verbs of a caption that hands a request form over ("Request refill", "Send", "Submit"): each says only
 * "send what is written here". None keeps a draft ("Save draft" is not "Submit"), none names a state that flips.
 */
const HAND_OVER_VERBS: readonly string[] = ['submit', 'send', 'request'];

/**
 * Does a caption only hand the form over: a hand-over verb alone ("Send", "Submit"), or with the form's subject as
 * its object ("Request refill" under a legend "Refill request", "Submit request")?
 */
export function onlyHandsOver(caption: string, elements: readonly UIElement[]): boolean {
  const words = caption.toLowerCase().replace(/[.!…]+$/u, '').trim().split(/\s+/);
  const [verb, ...rest] = words;
  if (verb === undefined || !HAND_OVER_VERBS.includes(verb) || rest.length > 1) return false;
  return rest.every((word) => word === 'request' || namesSubject(word, elements));
}

/**
 * Does a caption only commit what the form holds: a commit word alone ("Save", "OK"), or a commit verb
 * whose object is "changes" or the form's subject ("Update profile", "Finish packing" under "Packing list")? Any other word — another verb, a
 * state ("Disable", "Unfollow", "Sign out", "Make public", "Save draft"), a hand-over for good ("Submit")
 * — is another deed, or may be.
 */
export function onlyCommits(caption: string, elements: readonly UIElement[]): boolean {
  const words = caption.toLowerCase().replace(/[.!…]+$/u, '').trim().split(/\s+/);
  const [verb, ...rest] = words;
  if (verb === undefined) return false;
  if (rest.length === 0) return COMMIT_ONLY.includes(verb);
  if (FINISH_VERBS.includes(verb)) return rest.length === 1 && namesSubject(rest[0]!, elements);
  if (!COMMIT_VERBS.includes(verb) || rest.length > 1) return false;
  return rest.every((word) => PLAIN_OBJECTS.has(word) || namesSubject(word, elements));
}

const submits = (control: Control) => control.inputType === 'submit' || control.attributes?.['type'] === 'submit';

/** The visible elements of one control kind (role, tag and class). */
const ofKind = (elements: readonly UIElement[], kind: string) => elements.filter((other) => !other.states.hidden && controlKind(other) === kind);

/**
 * Is `element` the one control of the demonstrated one's kind — role, tag and a class that names it beyond its looks
 * ("finish", not "btn btn-primary": planned-step.ts classNamesControl) — here, and was the pressed one the one of that
 * kind on the demonstration's screen? Then it is the same control, captioned anew. Unknown without that screen.
 */
function oneOfNamedKind(descriptor: Control, element: UIElement, elements: readonly UIElement[], demoElements: readonly UIElement[]): boolean {
  if (!classNamesControl(descriptor) || controlKind(descriptor) !== controlKind(element) || demoElements.length === 0) return false;
  const kind = controlKind(element);
  const here = ofKind(elements, kind);
  return here.length === 1 && here[0]!.id === element.id && ofKind(demoElements, kind).length === 1;
}

/** Where the element's place is the demonstrated button's, in words; undefined when it is not. */
function samePlace(descriptor: Control, element: UIElement, elements: readonly UIElement[], demoElements: readonly UIElement[]): string | undefined {
  const id = descriptor.attributes?.['id'];
  if (id && element.attributes?.['id'] === id) return `the same id=${JSON.stringify(id)}`;
  if (submits(descriptor) && submits(element)) return 'both send their form (type=submit)';
  // "Done" (class="finish") pressed there, "Finish packing" (class="finish") the one such button here.
  if (oneOfNamedKind(descriptor, element, elements, demoElements)) return `the one button of its class (${JSON.stringify(element.attributes?.['class'] ?? '')}) here and on the demonstration's screen`;
  return undefined;
}

/**
 * Does `element` stand in for the demonstrated button by its place as the one sender on screen?
 * The evidence in words when it does, undefined otherwise. The caller has found the demonstrated
 * caption absent from the screen and unnamed by the task.
 */
export function senderByPlace(descriptor: TargetDescriptor, element: UIElement, elements: readonly UIElement[], demoElements: readonly UIElement[] = []): string | undefined {
  if (descriptor.role !== 'button' || element.role !== 'button' || element.states.hidden || element.states.disabled) return undefined;
  const wanted = captionOf(descriptor);
  const here = captionOf(element);
  if (!mightSend(wanted) || !mightSend(here) || carriesAmount(here)) return undefined;
  // Both must say the one deed of committing the form, or both of handing a request form over; a caption that
  // merely differs may be another deed.
  const commits = onlyCommits(wanted, elements) && onlyCommits(here, elements);
  const objectOf = (caption: string) => caption.toLowerCase().replace(/[.!…]+$/u, '').trim().split(/\s+/).slice(1).find((word) => word !== 'request');
  // "Request refill" and "Request refund" hand over two different requests: both objects, when both say one, are one word.
  const oneObject = objectOf(wanted) === undefined || objectOf(here) === undefined || objectOf(wanted) === objectOf(here);
  const handsOver = !commits && oneObject && onlyHandsOver(wanted, elements) && onlyHandsOver(here, elements);
  if (!commits && !handsOver) return undefined;
  // "Pay" or "Send" where "Save" was clicked: a harm the demonstration never chose. Sending is the deed of a
  // demonstrated hand-over ("Request refill"), so "Send" for it names none.
  if (RISKS.some((kind) => ACT_WORDS[kind].test(here) && !ACT_WORDS[kind].test(wanted) && !(handsOver && kind === 'sending'))) return undefined;
  const place = samePlace(descriptor, element, elements, demoElements);
  if (!place) return undefined;
  // A hand-over is told by its own place only: the same id, and both the form's submit button.
  if (handsOver && !(place.startsWith('the same id') && submits(descriptor) && submits(element))) return undefined;
  const box = dialogOf(element, elements);
  // A dialog's button does what its question asks ("Discard your changes?" — "OK"): its caption alone is no evidence.
  if (box !== undefined) return undefined;
  // The demonstration's screen showed a button so captioned and it pressed another: it chose past this one.
  if (demoElements.some((shown) => shown.role === 'button' && !shown.states.hidden && normalizeText(captionOf(shown)) === normalizeText(here))) return undefined;
  const rivals = elements.filter(
    (other) =>
      other.id !== element.id &&
      other.role === 'button' &&
      !other.states.hidden &&
      (worded(captionOf(other)) || submits(other)) &&
      !['close', 'cancel'].includes(purposeOf(captionOf(other)) ?? ''),
  );
  const passed = rivals.filter((other) => passedBy(other, descriptor, here, elements, demoElements));
  if (rivals.length > passed.length) return undefined;
  const beside = passed.length > 0 ? ` (beside ${passed.map((other) => JSON.stringify(captionOf(other))).join(', ')}, which the demonstration's screen showed too and it did not press)` : '';
  return `${place}, the one button here that could send${beside}`;
}

/**
 * Did the demonstration's screen at this step show a button captioned as `other` that it passed by (its press was
 * another's)? Or the one button of `other`'s named kind (role, tag, a class naming it: "move"), captioned anew here
 * as the pressed one was ("Pack selected" there, "Move to bag" here)? Never for a caption the stand-in shares (two of
 * it here) nor one naming a harm (a "Delete" beside).
 */
function passedBy(other: UIElement, descriptor: Control, here: string, elements: readonly UIElement[], demoElements: readonly UIElement[]): boolean {
  const caption = normalizeText(captionOf(other));
  if (caption === '' || caption === normalizeText(here) || RISKS.some((kind) => ACT_WORDS[kind].test(captionOf(other)))) return false;
  if (demoElements.some((shown) => shown.role === 'button' && !shown.states.hidden && normalizeText(captionOf(shown)) === caption)) return true;
  // Of the pressed control's own kind it would be the pressed control itself: never passed by.
  const kind = controlKind(other);
  return classNamesControl(other) && kind !== controlKind(descriptor) && ofKind(elements, kind).length === 1 && ofKind(demoElements, kind).length === 1;
}
