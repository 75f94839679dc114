import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { describeDrop } from './drop-target.js';

const element = (id: number, role: string, text: string, box: UIElement['box'], parentId?: number, ordinal?: number): UIElement => ({
  id,
  role,
  text,
  states: {},
  box,
  source: 'dom',
  interactive: true,
  ...(parentId === undefined ? {} : { parentId }),
  ...(ordinal === undefined ? {} : { ordinal }),
});

// A list of three items 20 px apart inside a page-wide area, and an empty stretch of page below.
const observation: Observation = {
  elements: [
    element(1, 'list', 'a b c', { x: 0, y: 0, width: 100, height: 60 }),
    element(2, 'listitem', 'a', { x: 0, y: 0, width: 100, height: 18 }, 1, 0),
    element(3, 'listitem', 'b', { x: 0, y: 20, width: 100, height: 18 }, 1, 1),
    element(4, 'listitem', 'c', { x: 0, y: 40, width: 100, height: 18 }, 1, 2),
  ],
} as unknown as Observation;

describe('what a recorded point drop was made on', () => {
  it('is the slot of the list the dragged item took', () => {
    expect(describeDrop(observation, { elementId: 4 }, { x: 50, y: 4 })).toEqual({ details: { dropOn: { slot: 1, of: 3, from: 3 } }, warnings: [] });
  });

  it('is flagged when the point lies on nothing describable', () => {
    const { details, warnings } = describeDrop(observation, { elementId: 4 }, { x: 300, y: 300 });
    expect(details).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('drag end: the drop point (300, 300) lies on no element the recording can describe')]);
  });

  it('says nothing of a drop stored on an element', () => {
    expect(describeDrop(observation, { elementId: 4 }, { elementId: 2 })).toEqual({ warnings: [] });
  });
});
