import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { remapAction } from './record-through-recorder.js';

function element(id: number, role: string, text: string, y: number): UIElement {
  return { id, role, text, box: { x: 2, y, width: 100, height: 20 }, interactive: true, states: {}, source: 'dom' } as UIElement;
}
function observation(elements: UIElement[]): Observation {
  return { sequence: 1, environment: 'browser', elements, viewport: { width: 160, height: 210, deviceScaleFactor: 1 }, capturedAt: 0 } as Observation;
}

describe('remapAction', () => {
  const before = observation([element(1, 'textbox', '', 50), element(2, 'button', 'Submit', 80)]);

  it('moves element ids to the same elements of a newer observation', () => {
    const after = observation([element(7, 'text', 'Hi', 10), element(8, 'textbox', '', 50), element(9, 'button', 'Submit', 80)]);
    expect(remapAction({ type: 'click', target: { elementId: 2 } }, before, after)).toEqual({ type: 'click', target: { elementId: 9 } });
    expect(remapAction({ type: 'drag', from: { elementId: 1 }, to: { elementId: 2 } }, before, after)).toEqual({ type: 'drag', from: { elementId: 8 }, to: { elementId: 9 } });
  });

  it('gives up when an element moved or is gone, rather than acting elsewhere', () => {
    expect(remapAction({ type: 'click', target: { elementId: 2 } }, before, observation([element(3, 'button', 'Submit', 120)]))).toBeUndefined();
    expect(remapAction({ type: 'click', target: { elementId: 2 } }, before, observation([element(3, 'button', 'Cancel', 80)]))).toBeUndefined();
  });
});
