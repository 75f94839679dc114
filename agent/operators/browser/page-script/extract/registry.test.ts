import { describe, expect, it } from 'vitest';
import type { DomElement, DomNode, DomWindow } from '../dom-types.js';
import { numberElements, storeRegistry } from './registry.js';
import type { ExtractedElement } from './types.js';

const element = (index: number, parentId?: number, attributes?: Record<string, string>): ExtractedElement => ({
  parentId,
  role: 'text',
  tag: 'p',
  text: `t${index}`,
  states: {},
  box: { x: 0, y: 0, width: 1, height: 1 },
  interactive: false,
  attributes,
  id: index,
});

describe('numberElements', () => {
  it('numbers the kept elements from 1, points children at kept ancestors, marks the focused one', () => {
    const nodes = [0, 1, 2, 3].map((index) => ({ index }) as unknown as DomNode);
    const out = [element(0, undefined, { id: 'root' }), element(1, 0), element(2, 1), element(3, 0)];
    const numbered = numberElements(out, nodes, [false, true, false, false], nodes[2] as DomElement, null);
    expect(numbered.elements.map((kept) => [kept.id, kept.parentId, kept.text])).toEqual([
      [1, undefined, 't0'],
      [2, 1, 't2'],
      [3, 1, 't3'],
    ]);
    expect('parentId' in numbered.elements[0]!).toBe(false);
    expect('attributes' in numbered.elements[1]!).toBe(false);
    expect(numbered.elements[1]!.states).toEqual({ focused: true });
    expect(numbered.focusedId).toBe(2);
    expect(numbered.newId).toEqual([1, -1, 2, 3]);
    expect(numbered.registry[2]).toBe(nodes[2]);
  });

  it('never marks the body as focused', () => {
    const body = {} as DomElement;
    const numbered = numberElements([element(0)], [body], [false], body, body);
    expect(numbered.focusedId).toBeUndefined();
  });

  it('stores the registry under its Symbol.for key', () => {
    const window = {} as DomWindow;
    storeRegistry(window, 'understudy.test-registry', 7, []);
    expect(window[Symbol.for('understudy.test-registry')]).toEqual({ sequence: 7, nodes: [] });
  });
});
