/**
 * Re-grounding: find, on a fresh observation, the element a stored step
 * targeted. Element ids are numbered per observation, so a replay must match
 * by what the element looked like (its TargetDescriptor), never by id.
 * Pure: no page access.
 */
import type { Action, Target } from '../../core/action.js';
import type { Observation, UIElement } from '../../core/observation.js';
import type { TargetDescriptor } from '../../core/trajectory.js';
import { treeGuessOf } from '../exemplar/rules/tree-guess.js';

export interface GroundedElement {
  element: UIElement;
  score: number;
}

/** Lowest score accepted; role + exact text alone pass it. */
export const MIN_GROUNDING_SCORE = 5;

/** Score how well an element matches a descriptor; higher is better. */
export function matchScore(descriptor: TargetDescriptor, element: UIElement): number {
  let score = 0;
  score += element.role === descriptor.role ? 3 : -3;
  if (descriptor.tag !== undefined) score += element.tag === descriptor.tag ? 1 : -1;
  if (descriptor.text) score += element.text === descriptor.text ? 3 : element.text.trim().toLowerCase() === descriptor.text.trim().toLowerCase() ? 2 : -2;
  else if (element.text) score -= 0.5;
  if (descriptor.label !== undefined) score += element.label === descriptor.label ? 2 : -1;
  if (descriptor.inputType !== undefined) score += element.inputType === descriptor.inputType ? 1 : -1;
  if (descriptor.ordinal !== undefined && element.ordinal !== undefined) score += element.ordinal === descriptor.ordinal ? 1 : -0.5;
  for (const key of ['id', 'name'] as const) {
    const wanted = descriptor.attributes?.[key];
    if (wanted !== undefined) score += element.attributes?.[key] === wanted ? 2 : -1;
  }
  score += classScore(descriptor.attributes?.['class'], element.attributes?.['class']);
  // Position breaks ties between look-alikes: up to 2 points, fading over ~100 px.
  const dx = element.box.x + element.box.width / 2 - (descriptor.box.x + descriptor.box.width / 2);
  const dy = element.box.y + element.box.height / 2 - (descriptor.box.y + descriptor.box.height / 2);
  score += 2 * Math.max(0, 1 - Math.hypot(dx, dy) / 100);
  return score;
}

/**
 * Wordless icons side by side (a heart and a "⋯" in a post) differ only by
 * their class words: up to 2 points for the words shared, −1 when both have
 * classes and share none. The ordinal cannot tell them apart: it counts
 * siblings, and a hover can change which element is the parent (a wrapper
 * that looks clickable only while hovered, as when the person recorded it).
 */
function classScore(wanted: string | undefined, has: string | undefined): number {
  const a = classWords(wanted);
  if (a.size === 0) return 0;
  const b = classWords(has);
  if (b.size === 0) return -0.5;
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared === 0 ? -1 : (2 * shared) / (a.size + b.size - shared);
}

const classWords = (value: string | undefined) => new Set((value ?? '').split(/\s+/).filter(Boolean));

/**
 * A wordless target (no text, no label: an icon) is known by its class words
 * alone, so a wordless element whose classes share none of them is another
 * icon, however close: never the target. Measured on post-options under load:
 * the replay's first look came before the "⋯" icon's image had loaded (no
 * size, so not on the page), the heart beside it was the best match left, and
 * the replay pressed it — scored −1 with every action "ok". Not matching it
 * makes the replay wait for the "⋯" (replay-policy.ts), or refuse.
 */
export function isAnotherIcon(descriptor: TargetDescriptor, element: UIElement): boolean {
  if (descriptor.text.trim() !== '' || descriptor.label || element.text.trim() !== '' || element.label) return false;
  const wanted = classWords(descriptor.attributes?.['class']);
  const has = classWords(element.attributes?.['class']);
  return wanted.size > 0 && has.size > 0 && ![...wanted].some((word) => has.has(word));
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * A target with words is never an element whose words share none of them:
 * "Vortex" is not "Lara", however alike their role, class and place. Measured
 * on ui-menu: the replay's look after clicking "Lara" came before its
 * sub-menu opened, "Lara" (now as active as "Vortex" was) scored past the
 * threshold, and the replay clicked it again instead of waiting for
 * "Vortex" (replay-policy.ts).
 */
export function isAnotherNamed(descriptor: TargetDescriptor, element: UIElement): boolean {
  const wanted = wordsOf(descriptor.text);
  const has = wordsOf(element.text);
  return wanted.size > 0 && has.size > 0 && ![...wanted].some((word) => has.has(word));
}

/**
 * OCR's guess inside a named application's window whose tree was not read
 * this time (rules/tree-guess.ts) stands for no stored target that was not
 * such a guess itself: the application's own description of the control
 * exists and was not read, and OCR's layout now calls its radio buttons
 * radio, so role and text alone would pass the threshold on a guess. A guess
 * in no known window ('': a Tk form's OCR reading when the read failed) is
 * matched as before.
 */
export function isGuessAtTree(descriptor: TargetDescriptor, element: UIElement): boolean {
  return Boolean(treeGuessOf(element)) && treeGuessOf(descriptor) === undefined;
}

/** The element of `observation` that best matches `descriptor`, if one is good enough (never another icon, never other words, never OCR's guess at a tree). */
export function groundDescriptor(descriptor: TargetDescriptor, observation: Observation): GroundedElement | undefined {
  let best: GroundedElement | undefined;
  for (const element of observation.elements) {
    if (isAnotherIcon(descriptor, element) || isAnotherNamed(descriptor, element) || isGuessAtTree(descriptor, element)) continue;
    const score = matchScore(descriptor, element);
    if (!best || score > best.score) best = { element, score };
  }
  return best && best.score >= MIN_GROUNDING_SCORE ? best : undefined;
}

export type RegroundResult = { ok: true; action: Action } | { ok: false; reason: string };

/**
 * Rewrite a stored action's element targets onto `observation`, using the
 * step's descriptors in the order of the action's element targets.
 */
export function regroundAction(action: Action, descriptors: readonly TargetDescriptor[], observation: Observation): RegroundResult {
  let next = 0;
  let failure: string | undefined;
  const map = <T extends Target | undefined>(target: T): T => {
    if (target === undefined || !('elementId' in target)) return target;
    const descriptor = descriptors[next++];
    if (!descriptor) {
      failure ??= `no target descriptor was stored for element ${target.elementId}`;
      return target;
    }
    const grounded = groundDescriptor(descriptor, observation);
    if (!grounded) {
      const icon = !descriptor.text.trim() && descriptor.attributes?.['class'] ? ` (class ${JSON.stringify(descriptor.attributes['class'])})` : '';
      failure ??= `no element like ${descriptor.role} ${JSON.stringify(descriptor.text)}${icon} on the page`;
      return target;
    }
    return { elementId: grounded.element.id } as T;
  };
  let rewritten: Action;
  switch (action.type) {
    case 'click':
    case 'double-click':
    case 'right-click':
    case 'hover':
    case 'copy':
      rewritten = { ...action, target: map(action.target) };
      break;
    case 'select':
      rewritten = { ...action, target: map(action.target) };
      break;
    case 'type':
    case 'scroll':
    case 'paste':
      rewritten = { ...action, target: map(action.target) } as Action;
      break;
    case 'drag':
      rewritten = { ...action, from: map(action.from), to: map(action.to) };
      break;
    default:
      rewritten = action;
  }
  return failure ? { ok: false, reason: failure } : { ok: true, action: rewritten };
}
