/**
 * Hover steps: the elements the pointer rested on since the last input, and
 * which of them opened the way to what a press then hit. In-page code.
 *
 * Before a press on 'node' (just observed): if what it pressed was not on
 * screen at the last observation and the pointer rested on other elements
 * since the last input, those hovers revealed it — each is a step of its own,
 * sent before the press.
 *
 * Which hovers: the chain that opened the way to the target, found backwards
 * from it. A hovered element reveals 'need' when it is a menu around it with
 * words of its own (File, whose list holds Save), or when it is the trigger
 * beside the submenu that holds it (a menu item's words next to its nested
 * list, a button next to its drop-down): the nearest element around both holds
 * them in two branches that do not look alike. Items merely crossed on the way
 * look like the item that was wanted (list siblings) and are neither, and so is
 * a whole menu without words of its own (the pointer crossing its padding). The
 * chain goes on from each trigger until one was on screen before, so a menu
 * three levels deep gives both of its hovers; a chain that starts at nothing
 * shown before revealed nothing. With no chain, the last trigger hovered that
 * was on screen before (a "Menu" button whose list lies elsewhere) stands for it.
 */
import { describe } from './describe-target.js';
import type { EventSnapshot, Snapshots } from './event-snapshot.js';
import { norm } from './fields.js';
import { originOf, pointOf } from './frames.js';
import { meaningfulTarget } from './meaningful-target.js';
import type { PageElement, PageNode } from './page-dom.js';
import { CAPTURE, type Recorder } from './recorder-context.js';

interface Hovered {
  node: PageElement;
  time: number;
  x: number;
  y: number;
}

/** An element's first text node with words in it. */
export const wordsOf = (el: PageElement): PageNode | undefined => Array.from(el.childNodes).find((child) => child.nodeType === 3 && norm(child.nodeValue)) as PageNode | undefined;

/** The child of 'ancestor' on the way down to 'el'. */
const branchUnder = (ancestor: PageElement, el: PageElement): PageElement | null => {
  let node: PageElement | null = el;
  while (node && node.parentElement !== ancestor) node = node.parentElement;
  return node;
};

const looksAlike = (a: PageElement, b: PageElement): boolean => a.tagName === b.tagName && (a.getAttribute('class') || '') === (b.getAttribute('class') || '');

/** Does resting on 'el' reveal 'need', given what was on screen before ('shown')? */
export const reveals = (el: PageElement, need: PageElement, shown: Set<PageNode>): boolean => {
  if (el === need) return false;
  // A menu around it: words of its own, and the target in a list of its own that was not on screen (not
  // a word link among the element's words, which a click revealed or was there all along).
  if (el.contains(need)) {
    const branch = branchUnder(el, need);
    return !!wordsOf(el) && !!branch && branch !== need && !shown.has(branch);
  }
  if (need.contains(el)) return false;
  let around = el.parentElement;
  while (around && !around.contains(need)) around = around.parentElement;
  if (!around || around === el.ownerDocument!.body || around === el.ownerDocument!.documentElement) return false;
  const mine = branchUnder(around, el);
  const theirs = branchUnder(around, need);
  return !!mine && !!theirs && mine !== theirs && !looksAlike(mine, theirs);
};

export interface HoverTracker {
  /** Send the hovers that revealed 'node' (see the file comment), and forget the rest. */
  sendRevealing(node: PageElement | null, snapshot: EventSnapshot | undefined): void;
}

export function trackHovers(recorder: Recorder, snapshots: Snapshots): HoverTracker {
  let hovered: Hovered[] = [];
  recorder.listen(
    'mouseover',
    (event) => {
      const origin = originOf(event);
      if (!event.isTrusted || recorder.isOwn(origin)) return;
      const node = meaningfulTarget(origin);
      if (!node || node === node.ownerDocument!.body || node === node.ownerDocument!.documentElement) return;
      if (hovered.length && hovered[hovered.length - 1]!.node === node) return;
      const at = pointOf(event);
      hovered.push({ node, time: Date.now(), x: at.x, y: at.y });
      if (hovered.length > 12) hovered.shift();
    },
    CAPTURE,
  );
  const shownHere = (node: PageElement, shown: Set<PageNode>): boolean => {
    const words = wordsOf(node);
    return shown.has(node) || (!!words && shown.has(words));
  };
  return {
    sendRevealing(node, snapshot) {
      const candidates = hovered.filter((entry) => entry.time >= recorder.lastInputAt && entry.node !== node && !(node && node.contains(entry.node)));
      hovered = [];
      if (!node || !snapshot || snapshot.targetId === undefined || candidates.length === 0) return;
      const shown = snapshots.lastShown;
      const represented = snapshots.nodeOf(snapshot.targetId);
      if (!represented || shown.has(represented)) return;
      const chain: Hovered[] = [];
      let need: PageElement | null = node;
      for (let index = candidates.length - 1; index >= 0 && need; index--) {
        const entry = candidates[index]!;
        if (!reveals(entry.node, need, shown)) continue;
        chain.unshift(entry);
        // Shown before the hovers began: this trigger was where the person started.
        if (shownHere(entry.node, shown)) break;
        need = entry.node;
      }
      // A chain explains the reveal only if it starts at something that was on screen before: text around
      // a link that a click (not a hover) revealed — an accordion's section, still opening when last
      // observed — is crossed on the way to the link, not rested on to open it.
      const head = chain[0];
      const steps = head && shownHere(head.node, shown) ? chain : candidates.filter((entry) => shown.has(entry.node) && !entry.node.contains(node)).slice(-1);
      const seen = new Set<number>();
      for (const entry of steps) {
        // A menu's own words ("File") rather than the menu, which holds what it revealed: closed, the menu
        // is observed as just those words, and that is what a replay finds and rests the pointer on.
        const words = entry.node.contains(node) ? wordsOf(entry.node) : undefined;
        const id = (words && snapshots.idOf(words)) || snapshots.idOf(entry.node);
        if (id === undefined || seen.has(id) || id === snapshot.targetId) continue;
        seen.add(id);
        recorder.send({ kind: 'hover', time: entry.time, x: entry.x, y: entry.y, target: describe(entry.node), snapshot, targetId: id });
      }
    },
  };
}
