import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { PlannedStep } from '../planned-step.js';
import type { StepGrounding } from '../ground-step.js';
import { groundListScroll } from './list-scroll.js';

const box = (y: number, height = 30) => ({ x: 40, y, width: 80, height });
const el = (id: number, role: string, tag: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement =>
  ({ id, role, tag, text, box: box(y), states: {}, source: 'dom', interactive: true, ...extra }) as UIElement;

/** An opened styled drop-down: a 100 px scrolling view over a taller list of options, the first two in view. */
function openList(shown: string[], more = true): UIElement[] {
  const view = el(4, 'group', 'div', shown.join(' '), 100, { attributes: { scrollable: 'y' }, box: box(100, 100) });
  const list = el(5, 'list', 'ul', shown.join(' '), 100, { parentId: 4, box: box(100, more ? 280 : 90) });
  return [view, list, ...shown.map((text, index) => el(10 + index, 'button', 'li', text, 100 + 40 * index, { parentId: 5, box: box(100 + 40 * index, 40) }))];
}

const pickStep = (bindings: PlannedStep['bindings']): PlannedStep => ({
  sourceIndex: 1,
  bindings,
  step: { observation: { text: '', elements: [] }, action: { type: 'click', target: { elementId: 10 } }, targets: [{ role: 'button', tag: 'li', text: '5ft 9in', box: box(100, 40) }] } as unknown as Step,
});
const failed: StepGrounding = { ok: false, score: 0.3, reason: 'no option reads "5ft 11in"' };

describe('an option below a list\'s view is scrolled into view inside the list (rules/list-scroll.ts)', () => {
  it('turns the wheel over the list that holds more options below its view, until the view shows nothing new', () => {
    const planned = pickStep([{ old: '9in', new: '11in' }]);
    const first = groundListScroll(planned, openList(['5ft 9in', '5ft 10in']), new Set(), 'list:1:', failed);
    expect(first.grounding).toMatchObject({ ok: true, action: { type: 'scroll', target: { elementId: 4 }, deltaY: 80 } });
    expect(first.stay).toBe(true);
    // The view did not change after the turn: the end of the list, refused.
    const stuck = groundListScroll(planned, openList(['5ft 9in', '5ft 10in']), new Set([first.visitKey!]), 'list:1:', failed);
    expect(stuck.grounding.ok).toBe(false);
    expect(stuck.grounding.reason).toContain('"5ft 11in" did not come into view');
  });

  it('brings an option cut off at the list\'s bottom edge into view before clicking it', () => {
    const elements = openList(['Oslo', 'Porto', 'Ghent']); // Ghent's middle (y 200) is at the view's bottom edge (100..200)
    const grounded: StepGrounding = { ok: true, action: { type: 'click', target: { elementId: 12 } }, score: 0.8, reason: 'same text "Ghent"' };
    const turn = groundListScroll(pickStep([{ old: '5ft 9in', new: 'Ghent' }]), elements, new Set(), 'list:1:', grounded, 0.55);
    expect(turn.grounding).toMatchObject({ ok: true, action: { type: 'scroll', target: { elementId: 4 }, deltaY: 50 } });
    const inView: StepGrounding = { ok: true, action: { type: 'click', target: { elementId: 11 } }, score: 0.8, reason: 'same text "Porto"' };
    expect(groundListScroll(pickStep([]), elements, new Set(), 'list:1:', inView, 0.55).grounding).toBe(inView);
  });

  it('leaves the step alone when the caption is no slot, or no list holds more below its view', () => {
    expect(groundListScroll(pickStep([]), openList(['5ft 9in', '5ft 10in']), new Set(), 'list:1:', failed).grounding).toBe(failed);
    expect(groundListScroll(pickStep([{ old: '9in', new: '11in' }]), openList(['5ft 9in', '5ft 10in'], false), new Set(), 'list:1:', failed).grounding).toBe(failed);
  });
});
