import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';

/**
 * Refusals found by review (issue 11): the lone marked toggle of the demonstrated kind stands in for a demonstrated menu
 * toggle whose caption is gone. A page's dropdowns commonly share one library class ("nav-link dropdown-toggle"
 * in Bootstrap): when the demonstrated menu is gone from this instance, the one toggle left is another menu —
 * the account menu, the language picker — far from where the demonstrated one sat. Each asserts a refusal, and
 * failed before its mend (session 28).
 */
let nextId = 1;
function element(role: string, text: string, x: number, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x, y, width: 70, height: 12 }, source: 'dom', interactive: true, ...extra };
}
const dropdown = { class: 'nav-link dropdown-toggle', href: '#' };
/** The demonstrated "All courses ▾" at the left of a Bootstrap navbar. */
const demonstrated: TargetDescriptor = {
  role: 'link', tag: 'a', text: 'All courses ▾', attributes: dropdown, ordinal: 0, box: { x: 90, y: 12, width: 70, height: 12 }, context: 'Learnly All courses ▾ Pricing Blog Sara ▾',
};
/**
 * This instance's navbar: the catalogue is plain links now ("Courses", "Paths"), and the one dropdown left is at
 * the far right — the signed-in user's menu or the language picker.
 */
const navbar = (lone: string) => {
  const toggle = element('link', lone, 900, 12, { tag: 'a', attributes: dropdown, states: { expanded: false } });
  const elements = [
    element('link', 'Learnly', 10, 12, { tag: 'a', attributes: { class: 'navbar-brand' } }),
    element('link', 'Courses', 90, 12, { tag: 'a', attributes: { class: 'nav-link' } }),
    element('link', 'Paths', 170, 12, { tag: 'a', attributes: { class: 'nav-link' } }),
    element('link', 'Pricing', 250, 12, { tag: 'a', attributes: { class: 'nav-link' } }),
    toggle,
  ];
  return { toggle, elements };
};
const demoTask = 'In the catalogue go to Languages › Italian and enrol in the course there.';

describe('menu-toggle (refusals found by review): the one toggle left is another menu', () => {
  for (const lone of ['Sara Lindqvist ▾', 'English ▾', 'My account ▾']) {
    it(`"All courses ▾" is not ${JSON.stringify(lone)}`, () => {
      const { elements } = navbar(lone);
      const grounding = groundTarget(demonstrated, [], elements, { demoTask });
      expect(grounding.score, `pressed ${JSON.stringify(grounding.element?.text)} — ${grounding.reason}`).toBeLessThan(0.55);
    });
  }
});
