/**
 * Rule: the one button that moves the ticked things into a collection is the
 * same control whatever this instance captions it ("Add to bag ↓"
 * demonstrated, "Move to bag" or "Pack selected" here).
 *
 * A person who ticked things and pressed the button that puts them into the
 * bag presses that button again on another instance: the one button of its
 * kind under the list, whose caption still says "put the chosen things in".
 * Grounding half (used by ground-target.ts), only when the demonstrated
 * caption is nowhere on screen and no task text names it:
 * - both captions only put chosen things into a collection: a verb of
 *   TRANSFER_VERBS ("add", "move", "put", "pack"), then at most a word for
 *   the chosen things ("selected", "ticked") and a place ("to bag", "into
 *   the cart"), arrows aside. "Add all", "Move up", "Remove", "Add comment"
 *   say another deed and never stand in; a place the caption here names is
 *   the demonstrated caption's place ("Add to wishlist" is not "Add to cart"),
 *   and a caption naming a place never stands in for one that named none
 *   ("Move to archive", "Move to top" for "Pack selected": the demonstration
 *   never said where the things went, so any place is a guess) — unless that
 *   place is the page's own place for the chosen things, a heading or text
 *   that names it on this screen and on the demonstration's ("Move to bag"
 *   under "In the bag");
 * - the element is of the demonstrated control's kind (role, tag and class),
 *   the class names it beyond its looks ("move", not "btn btn-primary":
 *   planned-step.ts classNamesControl), and it is the only visible
 *   element of that kind — on this screen and, when known, on the
 *   demonstration's screen at that step (two "Add" buttons of one class,
 *   one per list, make which one a guess, which is refused);
 * - never in a dialog (a shared box's button takes its deed from the box),
 *   no risk the demonstrated caption did not name (safety/risk-vocabulary.ts:
 *   money, deletion, sending), and no word of one caption opposes a word of
 *   the other ("Add" / "Remove", "Pack" / "Unpack").
 *
 * Pure function over a target descriptor and the current elements.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { ACT_WORDS, type RiskKind } from '../../../safety/risk-vocabulary.js';
import { dialogOf } from '../dialog-place.js';
import { classNamesControl, controlKind } from '../planned-step.js';
import { containsWhole } from '../text-match.js';
import { opposedCaptions } from './row-action.js';

const RISKS = Object.keys(ACT_WORDS) as RiskKind[];

/** Verbs that put chosen things into a collection (a bag, a basket, a list on the other side). */
const TRANSFER_VERBS: ReadonlySet<string> = new Set(['add', 'move', 'put', 'pack', 'transfer']);
/** Words for the things a person chose before pressing ("Pack selected", "Move checked items"). */
const CHOSEN_WORDS: ReadonlySet<string> = new Set(['selected', 'selection', 'checked', 'ticked', 'chosen', 'marked', 'them', 'items', 'things']);
/** Words that lead to the collection ("to bag", "into the cart"). */
const TO_WORDS: ReadonlySet<string> = new Set(['to', 'into', 'in']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'your', 'a']);
/** The most words a collection's name may have ("to the packing list"). */
const PLACE_WORDS = 3;

/**
 * What a caption says when it only puts the chosen things into a collection: the place it names ("bag"), or ''
 * when it names none ("Pack selected"). Undefined for any other caption.
 */
export function transferPlace(caption: string): string | undefined {
  const words = caption.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '');
  if (words.length === 0 || !TRANSFER_VERBS.has(words[0]!)) return undefined;
  let index = 1;
  while (index < words.length && CHOSEN_WORDS.has(words[index]!)) index++;
  if (index === words.length) return '';
  if (!TO_WORDS.has(words[index]!)) return undefined;
  const place = words.slice(index + 1).filter((word) => !ARTICLES.has(word));
  if (place.length === 0 || place.length > PLACE_WORDS || place.some((word) => TRANSFER_VERBS.has(word) || CHOSEN_WORDS.has(word))) return undefined;
  return place.join(' ');
}

/**
 * Do both captions put things into a collection, and does `here` name a place the demonstrated caption did not —
 * another place ("Add to wishlist" for "Add to bag") or a place where it named none ("Move to archive", "Move to
 * top" for "Pack selected")? Then the two are different buttons however alike their words read: ground-target.ts
 * caps a candidate so captioned even when its words are close to the demonstrated caption's. A caption naming no
 * place for one that named it ("Pack selected" for "Add to bag") adds nothing and is not another place.
 */
export function namesOtherPlace(wanted: string, here: string): boolean {
  const [there, now] = [transferPlace(wanted), transferPlace(here)];
  return there !== undefined && now !== undefined && now !== '' && there !== now;
}

/** Roles that only show words (a heading over the bag, a caption): where a page names its places, not a control. */
const TEXT_ROLES: ReadonlySet<string> = new Set(['heading', 'text', 'paragraph', 'group', 'region', 'generic', 'label', 'caption', 'legend']);

/** Is `place` the page's own place for the chosen things: a heading or text names it ("In the bag") now and, when known, on the demonstration's screen? */
function pagePlace(place: string, elements: readonly UIElement[], demoElements?: readonly UIElement[]): boolean {
  const names = (shown: readonly UIElement[]) => shown.some((element) => !element.states.hidden && TEXT_ROLES.has(element.role) && containsWhole(element.text, place));
  return names(elements) && (demoElements === undefined || names(demoElements));
}

type Control = Pick<UIElement, 'id' | 'role' | 'tag' | 'text' | 'label' | 'attributes' | 'states' | 'parentId'>;

/** The visible elements of a kind. */
const ofKind = (elements: readonly Control[], kind: string) => elements.filter((other) => !other.states.hidden && controlKind(other) === kind);

/**
 * Does `element` stand in for the demonstrated transfer button `descriptor`, whose caption is not on screen?
 * Undefined when it does not; else the words that say why (for the grounding's reason).
 */
export function transferButtonStandIn(
  descriptor: Pick<TargetDescriptor, 'role' | 'tag' | 'text' | 'label' | 'attributes'>,
  element: UIElement,
  elements: readonly UIElement[],
  demoElements?: readonly UIElement[],
): string | undefined {
  if (descriptor.role !== 'button' || !classNamesControl(descriptor)) return undefined;
  const kind = controlKind(descriptor);
  if (controlKind(element) !== kind) return undefined;
  const wanted = (descriptor.text || descriptor.label || '').trim();
  const here = (element.text || element.label || '').trim();
  const [there, now] = [transferPlace(wanted), transferPlace(here)];
  if (there === undefined || now === undefined) return undefined;
  if (namesOtherPlace(wanted, here) && !(there === '' && pagePlace(now, elements, demoElements))) return undefined;
  if (RISKS.some((risk) => ACT_WORDS[risk].test(here) && !ACT_WORDS[risk].test(wanted))) return undefined;
  if (opposedCaptions(wanted, here)) return undefined;
  if (dialogOf(element, elements)) return undefined;
  const peers = ofKind(elements, kind);
  if (peers.length !== 1 || peers[0]!.id !== element.id) return undefined;
  if (demoElements && ofKind(demoElements, kind).length > 1) return undefined;
  return `the one button of its kind on screen, which puts the chosen things in as the demonstrated one did (${JSON.stringify(here)} for ${JSON.stringify(wanted)})`;
}
