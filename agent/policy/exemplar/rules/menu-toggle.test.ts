import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { marksMenu, menuToggleStandIn } from './menu-toggle.js';

let nextId = 1;
function element(role: string, text: string, x: number, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x, y, width: 50, height: 12 }, source: 'dom', interactive: true, ...extra };
}
const toggleClass = { class: 'menu-toggle' };
/** The demonstrated toggle of a course site's bar ("All courses ▾"), a div made clickable by a delegated handler. */
const demonstrated = (text: string, attributes: Record<string, string> = toggleClass): TargetDescriptor => ({
  role: 'button', tag: 'div', text, attributes, ordinal: 0, box: { x: 6, y: 55, width: 50, height: 12 }, context: `${text} Home`,
});
/** The bar on another instance: the toggle captioned anew, a crumb, and two course tiles with their enrol buttons. */
const page = (caption: string, extra: UIElement[] = []) => {
  const toggle = element('button', caption, 6, 55, { tag: 'div', attributes: toggleClass });
  const crumb = element('text', 'Home', 60, 55, { tag: 'span', interactive: false });
  const tiles = [0, 1].map((index) => element('button', 'Enrol', 120, 90 + 30 * index, { tag: 'button', attributes: { class: 'enrol' }, ordinal: index }));
  return { toggle, elements: [toggle, crumb, ...tiles, ...extra] };
};
const task = 'In the catalogue go to Languages › Italian and enrol in the course there.';

describe('menu-toggle', () => {
  it('reads menu marks: a ▾ after the caption, a ☰ before it', () => {
    expect(['Explore ▾', '☰ Categories', 'Menu ▼', '≡ Menu'].map(marksMenu)).toEqual([true, true, true, true]);
    expect(['Explore', 'Products ›', 'Sort ▴', '▾ expand all rows here', ''].map(marksMenu)).toEqual([false, false, false, false, false]);
  });

  it('grounds the one menu toggle of the demonstrated kind whatever its caption ("All courses ▾" → "Explore ▾", "☰ Categories")', () => {
    for (const caption of ['Explore ▾', '☰ Categories', 'Browse ▾']) {
      const { toggle, elements } = page(caption);
      expect(menuToggleStandIn(demonstrated('All courses ▾'), toggle, elements, task)).toMatch(/the one menu toggle of its kind/);
      const grounding = groundTarget(demonstrated('All courses ▾'), [], elements, { demoTask: task });
      expect(grounding.element?.id).toBe(toggle.id);
      expect(grounding.score).toBeGreaterThan(0.55);
      expect(grounding.reason).toMatch(/its caption differs, but it is the one menu toggle of its kind on screen/);
    }
    // A toggle that says it is collapsed (aria-expanded) is one too, mark or not.
    const { toggle, elements } = page('Categories');
    toggle.states = { expanded: false };
    expect(groundTarget(demonstrated('All courses ▾'), [], elements, { demoTask: task }).element?.id).toBe(toggle.id);
  });

  it('refuses when two toggles of that kind show ("Sort ▾" beside "Filter ▾")', () => {
    const rival = element('button', 'Filter ▾', 60, 55, { tag: 'div', attributes: toggleClass });
    const { toggle, elements } = page('Sort ▾', [rival]);
    expect(menuToggleStandIn(demonstrated('Explore ▾'), toggle, elements, task)).toBeUndefined();
    expect(groundTarget(demonstrated('Explore ▾'), [], elements, { demoTask: task }).score).toBeLessThan(0.55);
  });

  it('stands nothing in for a caption without a menu mark, nor an element that is no toggle or of another kind', () => {
    // "Products" opened a menu, but nothing in its caption says so: "Services" may be a page of its own.
    const plain = page('Services');
    expect(groundTarget(demonstrated('Products'), [], plain.elements, { demoTask: task }).score).toBeLessThan(0.55);
    // The only element of the demonstrated kind carries no mark and says nothing of being expanded.
    const unmarked = page('Explore');
    expect(menuToggleStandIn(demonstrated('All courses ▾'), unmarked.toggle, unmarked.elements, task)).toBeUndefined();
    expect(groundTarget(demonstrated('All courses ▾'), [], unmarked.elements, { demoTask: task }).score).toBeLessThan(0.55);
    // A marked control of another class (a language picker "English ▾") is not the menu toggle.
    const other = page('Explore ▾');
    other.toggle.attributes = { class: 'lang-picker' };
    expect(menuToggleStandIn(demonstrated('All courses ▾'), other.toggle, other.elements, task)).toBeUndefined();
    expect(groundTarget(demonstrated('All courses ▾'), [], other.elements, { demoTask: task }).score).toBeLessThan(0.55);
  });

  it('leaves a toggle the task names to the task: "Open the Products menu" never opens "Solutions ▾"', () => {
    const { toggle, elements } = page('Solutions ▾');
    const named = 'Open the Products menu and choose Laptops.';
    expect(menuToggleStandIn(demonstrated('Products ▾'), toggle, elements, named)).toBeUndefined();
    expect(groundTarget(demonstrated('Products ▾'), [], elements, { demoTask: named }).score).toBeLessThan(0.55);
  });
});
