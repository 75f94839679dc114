/**
 * Rule: text that does nothing when clicked is no stand-in for a control.
 *
 * The demonstration pressed a button "Request refill"; on another instance the
 * button reads "Send", and the form's heading reads "Refill request". Matching
 * by words (the task says "request a refill") finds the heading — a click on it
 * changes nothing, and the run ends with nothing to show for its last step.
 * A person looking for the button never aims at a heading: the demonstrated
 * target was a control (a button, a link, a field, a switch), so only an element
 * the page makes clickable (a native control, an interactive role, a click
 * handler or a pointer cursor: the observation's `interactive`) may stand in
 * for it. Only elements read from the DOM say so firmly; OCR and accessibility
 * trees guess roles from other evidence and are left alone.
 *
 * Grounding half (this file, called from ground-target.ts for each candidate:
 * such an element's score is capped below the threshold, so the closing-control
 * part — the form's one sending button — or a refusal decides). Planning needs
 * nothing.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { CHOICE_ROLES, EDITABLE_ROLES } from '../planned-step.js';
import { containsWhole } from '../text-match.js';

/** Roles of controls a person acts on by clicking or typing: the demonstrated target was one of these. */
const CONTROL_ROLES: ReadonlySet<string> = new Set(['button', 'link', 'menuitem', 'tab', 'treeitem', ...CHOICE_ROLES, ...EDITABLE_ROLES]);

/** Why this element cannot stand for the demonstrated control, when it is inert text the page does not make clickable. */
export function inertStandIn(descriptor: Pick<TargetDescriptor, 'role'>, element: Pick<UIElement, 'role' | 'interactive' | 'source'>): string | undefined {
  if (element.source !== 'dom' || element.interactive !== false || !CONTROL_ROLES.has(descriptor.role)) return undefined;
  return `a ${element.role} that does nothing when clicked is no stand-in for the demonstrated ${descriptor.role}`;
}

/**
 * The words of a vanished caption that the task names (ground-target.ts looks for the control showing them), kept only
 * when some element that could be the demonstrated control shows them all: "bag" of "Add to bag ↓", named by "… in my
 * bag", finds only the heading "In the bag" — no control — so the words find nothing, and the control is looked for by
 * what it is, as any captioned anew (rules/transfer-button.ts, rules/sender-place.ts), or refused.
 */
export function wordsOnControls(descriptor: Pick<TargetDescriptor, 'role'>, elements: readonly UIElement[], words: string[]): string[] {
  const bare = words.map((word) => word.replace(/[^\p{L}\p{N}]+$/u, ''));
  const shows = (element: UIElement) => [element.text, element.label ?? '', element.value ?? ''].some((field) => bare.every((word) => containsWhole(field, word)));
  return words.length === 0 || elements.some((element) => !element.states.hidden && !inertStandIn(descriptor, element) && shows(element)) ? words : [];
}

