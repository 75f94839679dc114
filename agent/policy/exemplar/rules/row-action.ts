/**
 * Rule: a row's one action button is the same control whatever the page
 * captions it on this instance ("Sign up" demonstrated on each course tile,
 * "Start learning" on each tile here), in the row the task's property chose.
 *
 * A person who enrolled in a course by its tile's button does it again on
 * the tile the new task names, whatever the button says, when nothing else
 * on the tile could be it and the caption does not say another deed.
 * Grounding half (used by ground-target.ts), only for a step whose row is
 * chosen by a row key (the task's property, rules/row-choice.ts), when the
 * demonstrated caption is nowhere on screen and no task text names it:
 * - the element is of the demonstrated control's kind (role, tag and a
 *   class; one's class words all among the other's, so the per-row "again"
 *   drawn as a glyph "again glyph" is the same kind), and the class names
 *   the control beyond its looks ("enrol",
 *   not only "btn btn-primary"): a page's author names a control for its
 *   deed, while a bare or styling-only kind says nothing of what it does
 *   (one row's "Message" and another instance's "Call" may share "btn");
 * - it is its row's only control of that kind, and every control of that
 *   kind on screen (two or more, one per row) reads the same caption (a
 *   glyph's accessible name, "↻" labelled "Order again", is its caption): the
 *   page's per-row action, not a state a row shows (a per-row "Follow" /
 *   "Following" differs by row);
 * - both captions name the same per-row deed: both take a row's offer up
 *   ("Sign up" / "Start learning"), or both do a row's past deed again
 *   ("Reorder" / "Order again" / "Repeat");
 * - both captions could do a row's deed (sender-place.ts mightSend: worded,
 *   no close or back-out word, no step onward only, nothing deleted), the
 *   new one names no risk the old did not (money, deletion, sending,
 *   credentials), and no word of one is the opposite of a word of the other
 *   ("Join" / "Leave", "Follow" / "Unfollow", "Enable" / "Disable"; a word
 *   with un- / dis- before another's).
 *
 * On a screen of one row (a category holding one course), the one control
 * of the kind stands in with no row key when the demonstration's screen too
 * showed exactly one (soleRowActionStandIn).
 *
 * Pure function over a target descriptor and the current elements.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { ACT_WORDS, type RiskKind } from '../../../safety/risk-vocabulary.js';
import { rowAncestorIds } from '../cell-place.js';
import { dialogOf } from '../dialog-place.js';
import { oppositeVerbs, verbKeyOf, wordsOf } from '../intent-words.js';
import { classNamesControl, classWords, controlKind } from '../planned-step.js';
import { normalizeText } from '../text-match.js';
import { captionOf, mightSend } from './sender-place.js';

const RISKS = Object.keys(ACT_WORDS) as RiskKind[];

/**
 * Captions that each only take a row's offer up (enrol in the course, sign up for it). A stand-in needs both
 * captions here: a deny-list of opposite words can never list every other deed ("Leave", "Sell", "Stop", "Deny",
 * "Join waitlist") nor every state a row shows ("Following", "Enrolled").
 */
const TAKE_UP: ReadonlySet<string> = new Set([
  'sign up', 'sign me up', 'join', 'enrol', 'enroll', 'enrol now', 'enroll now', 'register', 'join course', 'start learning', 'start course', 'start this course',
  'get started', 'take course', 'take this course',
]);
/**
 * Captions that each only do a row's past deed once more (order that past order again, book that trip again): a
 * food app's "Reorder" on one instance is "Order again" or "Repeat" on another. Kept apart from TAKE_UP, so a row's
 * "Reorder" never stands for another page's "Sign up".
 */
const DO_AGAIN: ReadonlySet<string> = new Set([
  'reorder', 'order again', 'repeat', 'repeat order', 'buy again', 'book again', 'get again', 'order it again', 'reorder this',
]);

/** The families of captions that each name one per-row deed: a stand-in's caption and the demonstrated one are of the same family. */
const ROW_DEEDS: readonly ReadonlySet<string>[] = [TAKE_UP, DO_AGAIN];
const plainDeed = (caption: string) => normalizeText(caption).replace(/[.!…]+$/u, '');
const sameRowDeed = (a: string, b: string) => ROW_DEEDS.some((family) => family.has(plainDeed(a)) && family.has(plainDeed(b)));

/**
 * Is the caption one of a per-row deed ("Reorder", "Sign up")? A task that says it ("Could you reorder the £9.60
 * order?") names the deed, not which control: the row key says which row, and the row's one control of the deed's
 * family, however this instance captions it, does it (ground-target.ts).
 */
export const namesRowDeed = (caption: string) => ROW_DEEDS.some((family) => family.has(plainDeed(caption)));

/** Prefixes that turn a deed into its undoing ("unfollow", "disable", "deactivate"). */
const UNDOING = ['un', 'dis', 'de'];

/** Does a word of one caption undo or oppose a word of the other ("Join" / "Leave", "Follow" / "Unfollow")? */
export function opposedCaptions(a: string, b: string): boolean {
  const left = wordsOf(a);
  const right = wordsOf(b);
  const undoes = (x: string, y: string) => UNDOING.some((prefix) => x === `${prefix}${y}`);
  return left.some((x) => right.some((y) => undoes(x, y) || undoes(y, x) || oppositeVerbs(verbKeyOf(x), verbKeyOf(y))));
}

type Control = Pick<UIElement, 'id' | 'role' | 'tag' | 'text' | 'label' | 'attributes' | 'states' | 'parentId'>;

/**
 * Does `element` stand in for the demonstrated row control `descriptor`,
 * whose caption is not on screen? Undefined when it does not; else the
 * words that say why (for the grounding's reason).
 */
export function rowActionStandIn(
  descriptor: Pick<TargetDescriptor, 'role' | 'tag' | 'text' | 'label' | 'attributes'>,
  element: UIElement,
  elements: readonly UIElement[],
): string | undefined {
  if (!classNamesControl(descriptor) || !sameControlKind(element, descriptor)) return undefined;
  const wanted = spokenCaption({ text: descriptor.text, label: descriptor.label });
  const here = spokenCaption(element);
  if (!mightSend(wanted) || !mightSend(here)) return undefined;
  if (!sameRowDeed(wanted, here)) return undefined;
  if (RISKS.some((risk) => ACT_WORDS[risk].test(here) && !ACT_WORDS[risk].test(wanted))) return undefined;
  if (opposedCaptions(wanted, here)) return undefined;
  const peers = elements.filter((other: Control) => !other.states.hidden && sameControlKind(other, descriptor));
  if (peers.length < 2 || peers.some((peer) => normalizeText(spokenCaption(peer)) !== normalizeText(here))) return undefined;
  // Its row holds no other control of the kind: its nearest container holds none of the others.
  if (rowAncestorIds(element, elements, peers, 1).length === 0) return undefined;
  return `its row's one ${JSON.stringify(here)}, the action every row here carries (${peers.length} rows), for ${JSON.stringify(wanted)}`;
}

/**
 * The same per-row deed on a screen of one row: a category holding one course shows one tile, its one "Join course"
 * where the demonstration's one tile read "Sign up". No row key chose the row — there was none to choose. Undefined
 * unless `element` is of the demonstrated control's kind (a class naming it), the only visible one of that kind here
 * and the only one on the demonstration's screen at that step (two there, or two here, and which row is a guess),
 * both captions name the same per-row deed (TAKE_UP, DO_AGAIN), no risk the demonstrated caption did not name, no
 * opposed words, and no dialog around it. Unknown without the demonstration's screen.
 */
export function soleRowActionStandIn(
  descriptor: Pick<TargetDescriptor, 'role' | 'tag' | 'text' | 'label' | 'attributes'>,
  element: UIElement,
  elements: readonly UIElement[],
  demoElements: readonly UIElement[] = [],
): string | undefined {
  if (!classNamesControl(descriptor) || !sameControlKind(element, descriptor) || element.states.hidden || element.states.disabled) return undefined;
  const wanted = spokenCaption({ text: descriptor.text, label: descriptor.label });
  const here = spokenCaption(element);
  if (!mightSend(wanted) || !mightSend(here) || !sameRowDeed(wanted, here)) return undefined;
  if (RISKS.some((risk) => ACT_WORDS[risk].test(here) && !ACT_WORDS[risk].test(wanted))) return undefined;
  if (opposedCaptions(wanted, here)) return undefined;
  if (dialogOf(element, elements) !== undefined) return undefined;
  const peersHere = elements.filter((other) => !other.states.hidden && sameControlKind(other, descriptor));
  const peersThere = demoElements.filter((other) => !other.states.hidden && sameControlKind(other, descriptor));
  if (peersHere.length !== 1 || peersHere[0]!.id !== element.id || peersThere.length !== 1) return undefined;
  return `the one ${JSON.stringify(here)} here, as the demonstration's screen showed one ${JSON.stringify(wanted)}: the same per-row deed on a screen of one row`;
}

/** A caption as a person reads it: its words, or for a glyph ("↻") its accessible name ("Order again"). */
function spokenCaption(control: Pick<UIElement, 'text' | 'label'>): string {
  const text = control.text.trim();
  return /\p{L}/u.test(text) ? text : (control.label ?? '').trim() || captionOf(control);
}

/**
 * Of the demonstrated control's kind: the same role and tag, and the class words of one all among the other's
 * ("again" / "again glyph": the page's per-row control drawn as a glyph on this instance), never disjoint classes.
 */
function sameControlKind(control: Pick<UIElement, 'role' | 'tag' | 'attributes'>, descriptor: Pick<TargetDescriptor, 'role' | 'tag' | 'attributes'>): boolean {
  if (controlKind(control) === controlKind(descriptor)) return true;
  if (control.role !== descriptor.role || (control.tag ?? '') !== (descriptor.tag ?? '')) return false;
  const [mine, wanted] = [classWords(control), classWords(descriptor)];
  if (mine.length === 0 || wanted.length === 0) return false;
  return mine.every((word) => wanted.includes(word)) || wanted.every((word) => mine.includes(word));
}
