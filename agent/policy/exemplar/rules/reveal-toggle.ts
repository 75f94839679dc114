/**
 * Rule: a search that opened things to reveal its target opens only things
 * like the ones the demonstration opened.
 *
 * A demonstration that clicked a control the task does not name (a ☰ toggle,
 * a tab, a section header) right before the target the task names was
 * revealing that target; the plan looks through such controls until the
 * target shows, and skips them when it already shows (a navigation already
 * open is never clicked shut). The demonstrated control is found by its
 * descriptor first; its caption may differ on another instance ("Menu",
 * "☰", "Navigation"), so the others looked into are those of the same role,
 * tag and class — never any control of the role (the page's own clickable
 * body, a "Like" button in a row), which would be an action the
 * demonstration never showed.
 *
 * Pure function over a search's demonstrated controls and one element.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { controlKind } from '../planned-step.js';

/** Is `element` a control like one the search step opened in the demonstration (same role, tag and class)? */
export function likeRevealed(element: Pick<UIElement, 'role' | 'tag' | 'attributes'>, tried: readonly TargetDescriptor[]): boolean {
  if (tried.length === 0) return true;
  return tried.some((control) => controlKind(control) === controlKind(element));
}
