/**
 * Rule: a wordless control is known by its class words.
 *
 * A heart and a "⋯" side by side in a post carry no text and no label; what
 * tells them apart is their class ("like", "more"). The demonstration's
 * ordinal cannot: it counts siblings, and a recording made while the pointer
 * hovered may have counted them under a wrapper the page shows as clickable
 * only then. So an element that is wordless too and whose classes share no
 * word with the demonstrated control's is another control, never a stand-in
 * for it, however its place and ordinal agree: pressing it would be a
 * confident wrong action (the offline policy pressed the heart for the "⋯"
 * on the suite's post-options page).
 *
 * Grounding half (this file, called from ground-target.ts for each
 * candidate). Planning half: row-keys.ts already counts such controls as
 * unlike when it looks for the rows of a wordless icon.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { disjointClasses, isWordless } from '../planned-step.js';

/** Is `element` another wordless control than the demonstrated wordless one: both with classes, none shared? */
export function otherWordlessControl(descriptor: TargetDescriptor, element: UIElement): boolean {
  return isWordless(descriptor) && isWordless(element) && disjointClasses(descriptor, element);
}
