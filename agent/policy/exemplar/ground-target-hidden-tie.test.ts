import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import type { TargetDescriptor } from '../../core/trajectory.js';
import { groundTarget } from './ground-target.js';

/**
 * Review probe (issue 11), ground-target's near tie: only the runner-up (candidates[1]) is compared with the best.
 * When the runner-up is the best control seen twice (its OCR reading on a desktop screen), the old ×0.8 applies and
 * the third candidate — a DIFFERENT element tied with the best — is never looked at. So one more reading of one card's
 * button turns the refusal of "Message in which of two cards?" into a click on one of them. Failed before its mend (session 28).
 */
let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 80, height: 20 }, source: 'dom', interactive: true, ...extra };
}
function descriptor(role: string, text: string, y: number, extra: Partial<TargetDescriptor> = {}): TargetDescriptor {
  return { role, text, box: { x: 10, y, width: 80, height: 20 }, ...extra };
}

describe('ground-target (a refusal found by review): a near tie hidden behind one control seen twice', () => {
  it('refuses two cards\' "Message" buttons whether or not one of them is also read by OCR', () => {
    // A desktop contacts app, read from the accessibility tree (no tags, no classes); the demonstrated button lay between two cards.
    const first = element('button', 'Message', 100, { box: { x: 10, y: 100, width: 80, height: 20 } });
    const second = element('button', 'Message', 100, { box: { x: 200, y: 100, width: 80, height: 20 } });
    const want = descriptor('button', 'Message', 100, { box: { x: 108, y: 100, width: 80, height: 20 } });
    expect(groundTarget(want, [], [first, second]).score).toBeLessThan(0.55);
    // The same screen with the second card's button also read by OCR: still two cards, still a guess.
    const read = element('button', 'Message', 101, { source: 'ocr', box: { x: 201, y: 101, width: 78, height: 19 } });
    const grounding = groundTarget(want, [], [first, second, read]);
    expect(grounding.score, `pressed [${grounding.element?.id}] — ${grounding.reason}`).toBeLessThan(0.55);
  });
});
