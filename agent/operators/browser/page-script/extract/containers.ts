/**
 * Structure that tells repeated items apart: siblings of one tag and class
 * are items of a list; a weak container (a plain wrapper kept for its role or
 * its repetition) with fewer than two kept children is dissolved into its
 * parent after the walk. In-page code.
 */
import type { DomElement } from '../dom-types.js';
import { classNameOf, tagOf } from './dom-text.js';

/** The repeated-sibling test, counting each parent's tag+class signatures once per extraction pass. */
export function createRepeatedSiblingCheck(): (element: DomElement) => boolean {
  const signatureCounts = new Map<DomElement, Map<string, number>>();
  const signatureOf = (element: DomElement) => `${tagOf(element)}.${classNameOf(element)}`;
  return (element) => {
    const parent = element.parentElement;
    if (!parent || parent.children.length < 2) return false;
    let counts = signatureCounts.get(parent);
    if (!counts) {
      counts = new Map();
      const siblings = parent.children;
      for (let index = 0; index < siblings.length; index++) {
        const signature = signatureOf(siblings[index]!);
        counts.set(signature, (counts.get(signature) ?? 0) + 1);
      }
      signatureCounts.set(parent, counts);
    }
    // Elements told apart by an id (#query, #area) are parts of a layout, not items of a list.
    if (element.id && !classNameOf(element).trim()) return false;
    return (counts.get(signatureOf(element)) ?? 0) >= 2;
  };
}

/**
 * Which kept elements go: weak containers (strength false) left with fewer than two kept children,
 * counting the children of dissolved containers as their parent's. `parents[i]` is element i's
 * parent index; parents come before their children.
 */
export function dissolveWeakContainers(parents: (number | undefined)[], containerStrength: Map<number, boolean>): boolean[] {
  const childCount = new Array<number>(parents.length).fill(0);
  for (const parent of parents) if (parent !== undefined) childCount[parent]!++;
  const removed = new Array<boolean>(parents.length).fill(false);
  // Children come after their parents, so walk backwards: a container's count is final when reached.
  for (let index = parents.length - 1; index >= 0; index--) {
    const strong = containerStrength.get(index);
    if (strong === undefined || strong) continue;
    if (childCount[index]! >= 2) continue;
    removed[index] = true;
    const parent = parents[index];
    if (parent !== undefined) childCount[parent] = childCount[parent]! - 1 + childCount[index]!;
  }
  return removed;
}

/** The nearest kept ancestor of a (possibly dissolved) parent. */
export function keptParent(parent: number | undefined, parents: (number | undefined)[], removed: boolean[]): number | undefined {
  let current = parent;
  while (current !== undefined && removed[current]) current = parents[current];
  return current;
}
