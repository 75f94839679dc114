/**
 * Rule: the control that opens a page's menu is the same control whatever
 * it is captioned on this instance ("All courses ▾" demonstrated, "Explore
 * ▾" here), when it shows itself a menu toggle and nothing else on screen
 * could be it.
 *
 * A person who opened "the menu" opens it again by what the control is — a
 * button marked as opening a list (a ▾ after its caption, a ☰ before it) —
 * and where it sits, not by the word written on it. Grounding half (used by
 * ground-target.ts), only when the demonstrated caption is nowhere on screen
 * and the demonstration's task does not name it:
 * - the demonstrated control's caption carries a menu mark (▾ ▼ ⌄ after it,
 *   ☰ ≡ before it); a caption without one ("Products", "Sign in") says
 *   nothing about opening a menu, so nothing stands in for it;
 * - the element is of the demonstrated control's kind (role, tag and class)
 *   and is a menu toggle itself: its caption carries a menu mark, or it
 *   says whether it is expanded (aria-expanded);
 * - it is the only such element on screen: two toggles of that kind ("Sort
 *   ▾" and "Filter ▾", a navigation bar of "Products ▾", "Solutions ▾") make
 *   which one is meant a guess, which is refused.
 * The caption's words that stand in a task are that task's value (a menu
 * the task names, "open the Products menu"): such a caption never has a
 * stand-in, the slot or the text decides.
 *
 * Pure functions over a target descriptor and the current elements.
 */
import { boxCentre, type UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { controlKind } from '../planned-step.js';
import { containsWhole } from '../text-match.js';
import { bareName } from './tree-path.js';

/** Marks after a caption that say the control drops a list open. */
const DROP_MARK = /[▾▼⌄⏷]\s*$/u;
/** Marks before a caption that say the control opens a menu (the "hamburger"). */
const MENU_MARK = /^\s*[☰≡]/u;

/** Does a caption carry a menu mark (a ▾ after it, a ☰ before it)? */
export function marksMenu(caption: string | undefined): boolean {
  const text = caption ?? '';
  return DROP_MARK.test(text) || MENU_MARK.test(text);
}

type Control = Pick<UIElement, 'role' | 'tag' | 'text' | 'label' | 'attributes' | 'states'> & { box?: UIElement['box'] };

/** How far (logical pixels, centre to centre) a stand-in may sit from the demonstrated toggle: a bar's own slot, not the bar's other end. */
const SAME_SLOT_PX = 120;

/** Is this element a menu toggle: marked as one by its caption, or saying whether it is expanded? */
function isMenuToggle(element: Control): boolean {
  return marksMenu(element.text) || marksMenu(element.label) || element.states.expanded !== undefined;
}

/**
 * Does `element` stand in for the demonstrated menu toggle `descriptor`,
 * whose caption is not on screen? Undefined when it does not; else the
 * words that say why (for the grounding's reason).
 */
export function menuToggleStandIn(
  descriptor: Pick<TargetDescriptor, 'role' | 'tag' | 'text' | 'label' | 'attributes'> & { box?: TargetDescriptor['box'] },
  element: Control,
  elements: readonly Control[],
  demoTask: string | undefined,
): string | undefined {
  const caption = descriptor.text || descriptor.label || '';
  if (!marksMenu(caption)) return undefined;
  const words = bareName(caption);
  if (words !== '' && demoTask !== undefined && containsWhole(demoTask, words)) return undefined;
  const kind = controlKind(descriptor);
  if (controlKind(element) !== kind || !isMenuToggle(element)) return undefined;
  const toggles = elements.filter((other) => !other.states.hidden && controlKind(other) === kind && isMenuToggle(other));
  if (toggles.length !== 1 || toggles[0] !== element) return undefined;
  // Where it sits: the account menu or the language picker at the bar's other end is another menu of one class.
  if (descriptor.box && element.box) {
    const [there, here] = [boxCentre(descriptor.box), boxCentre(element.box)];
    if (Math.hypot(there.x - here.x, there.y - here.y) > SAME_SLOT_PX) return undefined;
  }
  return `the one menu toggle of its kind on screen (${JSON.stringify(element.text || element.label || '')} for ${JSON.stringify(caption)})`;
}
