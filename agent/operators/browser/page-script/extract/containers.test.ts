// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import { createRepeatedSiblingCheck, dissolveWeakContainers, keptParent } from './containers.js';

describe('createRepeatedSiblingCheck', () => {
  it('finds siblings of one tag and class, but not layout parts told apart by an id', () => {
    const { $ } = setBody(`
      <div><div class="card" id="a"></div><div class="card" id="b"></div><div class="other" id="c"></div></div>
      <div><div id="query"></div><div id="area"></div></div>`);
    const repeated = createRepeatedSiblingCheck();
    expect(['a', 'b', 'c', 'query', 'area'].map((id) => repeated($(`#${id}`)))).toEqual([true, true, false, false, false]);
  });
});

describe('dissolveWeakContainers', () => {
  it('removes weak containers with fewer than two kept children, counting a dissolved one’s children as its parent’s', () => {
    // 0 weak root [1 weak [2 text], 3 strong [4 text], 5 weak [6 weak [7 text, 8 text]]]
    const parents = [undefined, 0, 1, 0, 3, 0, 5, 6, 6];
    const strength = new Map([[0, false], [1, false], [3, true], [5, false], [6, false]]);
    const removed = dissolveWeakContainers(parents, strength);
    expect(removed).toEqual([false, true, false, false, false, true, false, false, false]);
    expect(keptParent(parents[2], parents, removed)).toBe(0);
    expect(keptParent(parents[6], parents, removed)).toBe(0);
    expect(keptParent(parents[7], parents, removed)).toBe(6);
  });
});
