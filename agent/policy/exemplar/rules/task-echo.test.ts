import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { showsTaskItself, withoutTaskEcho } from './task-echo.js';

let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 140, height: 9 }, source: 'dom', interactive: role === 'button', ...extra };
}

/** A past-orders page: the task band on top, then one card per order with its total and its reorder control. */
function ordersPage(task: string, totals: readonly string[], caption: string) {
  const band = element('text', task, 2, { tag: 'div', attributes: { id: 'query' } });
  const elements: UIElement[] = [band];
  const buttons: UIElement[] = [];
  totals.forEach((total, index) => {
    const y = 60 + 40 * index;
    const card = element('listitem', `Noodle Bar Tue 4 Mar Ramen ${total} ${caption}`, y, { tag: 'li' });
    const button = element('button', caption, y + 20, { tag: 'button', parentId: card.id, attributes: { class: 'again', type: 'button' }, ordinal: 0 });
    elements.push(card, element('text', total, y + 20, { parentId: card.id, tag: 'span' }), button);
    buttons.push(button);
  });
  return { band, elements, buttons };
}

const reorder: TargetDescriptor = { role: 'button', tag: 'button', text: 'Reorder', attributes: { class: 'again', type: 'button' }, ordinal: 0, box: { x: 106, y: 153, width: 45, height: 11 } };

describe('task-echo', () => {
  it('leaves out only an inert element read from the page whose text is the whole task', () => {
    const task = 'reorder | £17.64';
    expect(showsTaskItself(element('text', 'reorder | £17.64', 2), task)).toBe(true);
    expect(showsTaskItself(element('text', '  Reorder | £17.64. ', 2), task)).toBe(true);
    // A control captioned with the task's words, a part of the task, or an element an OCR pass read: kept.
    expect(showsTaskItself(element('button', 'reorder | £17.64', 2), task)).toBe(false);
    expect(showsTaskItself(element('text', '£17.64', 2), task)).toBe(false);
    expect(showsTaskItself(element('text', 'reorder | £17.64', 2, { source: 'ocr' }), task)).toBe(false);
    expect(showsTaskItself(element('text', '', 2), '')).toBe(false);
  });

  it('never offers the band as the named order\'s control: a refusal names what is on the page, and the row\'s control is weighed alone', () => {
    const task = 'reorder | £17.64';
    const rowKeys = [{ old: '34.01', new: '17.64' }];
    const demoTask = 'Could you reorder the order that came to £34.01, please?';
    // The named order is not in view (further down the list): only the band shows its total, and was offered for it.
    const away = ordersPage(task, ['£23.02', '£71.64', '£32.90'], 'Order again');
    expect(groundTarget(reorder, [], away.elements, { demoTask, rowKeys }).element?.id).toBe(away.band.id);
    const after = groundTarget(reorder, [], withoutTaskEcho(away.elements, task), { demoTask, rowKeys });
    expect(after.element).toBeUndefined();
    expect(after.reason).not.toContain('"reorder | £17.64"');
    // Worded controls of the demonstrated kind: the named order's one is taken, the band left out.
    const { band, elements, buttons } = ordersPage(task, ['£23.02', '£17.64', '£32.90'], 'Order again');
    const taken = groundTarget(reorder, [], withoutTaskEcho(elements, task), { demoTask, rowKeys });
    expect(taken.element?.id).toBe(buttons[1]!.id);
    expect(taken.score).toBeGreaterThan(0.55);
    expect(withoutTaskEcho(elements, task)).not.toContain(band);
  });

  it('still refuses when two orders show the named total, or none does', () => {
    const task = 'reorder | £17.64';
    const rowKeys = [{ old: '34.01', new: '17.64' }];
    const demoTask = 'Could you reorder the order that came to £34.01, please?';
    const twice = ordersPage(task, ['£17.64', '£23.02', '£17.64'], 'Order again');
    expect(groundTarget(reorder, [], withoutTaskEcho(twice.elements, task), { demoTask, rowKeys }).score).toBeLessThan(0.55);
    // A total that differs by one digit's place is another order (£71.64 is not £17.64).
    const near = ordersPage(task, ['£23.02', '£71.64', '£17.46'], 'Order again');
    expect(groundTarget(reorder, [], withoutTaskEcho(near.elements, task), { demoTask, rowKeys }).element).toBeUndefined();
  });
});
