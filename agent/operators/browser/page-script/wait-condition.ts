/**
 * Wait in the page until a wait condition holds (agent/core/action.ts
 * WaitCondition), looking every 50 ms, or until the timeout: an element of
 * the latest observation becomes usable, an element with a name shows, or
 * the number an element shows compares so with the task's number. Checked in
 * the page so the press can follow the check at once.
 *
 * Serialised into the page: self-contained.
 */
import type { WaitCondition } from '../../../core/action.js';

export interface WaitConditionResult {
  met: boolean;
  /** What was last seen, in words after "it": "shows 41.2", "is still disabled", "is not on the page". */
  seen: string;
}

export function waitForCondition(request: { sequence: number; condition: WaitCondition; timeoutMs: number }): Promise<WaitConditionResult> {
  type Box = { width: number; height: number };
  type Node = {
    tagName: string;
    textContent: string | null;
    disabled?: boolean;
    value?: string;
    type?: string;
    isConnected: boolean;
    getAttribute(name: string): string | null;
    children: ArrayLike<Node>;
    getBoundingClientRect(): Box;
  };
  const view = globalThis as unknown as {
    document: { querySelectorAll(selector: string): ArrayLike<Node> };
    getComputedStyle(node: Node): { visibility: string; display: string };
    setTimeout(callback: () => void, ms: number): unknown;
  };
  const registry = (globalThis as unknown as Record<symbol, { sequence: number; nodes: unknown[] } | undefined>)[Symbol.for('understudy.elements')];
  const shown = (node: Node): boolean => {
    if (!node.isConnected) return false;
    const box = node.getBoundingClientRect();
    const style = view.getComputedStyle(node);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const usable = (node: Node): boolean => shown(node) && node.disabled !== true && node.getAttribute('aria-disabled') !== 'true';
  const normal = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const hasRole = (node: Node, role: string | undefined): boolean => {
    if (role === undefined) return true;
    const explicit = node.getAttribute('role');
    if (explicit) return explicit === role;
    const tag = node.tagName.toLowerCase();
    if (role === 'button') return tag === 'button' || (tag === 'input' && /^(button|submit|reset)$/.test(node.type ?? ''));
    if (role === 'link') return tag === 'a';
    return true;
  };
  const nodeOf = (id: number): Node | undefined => (registry && registry.sequence === request.sequence ? (registry.nodes[id] as Node | undefined) : undefined);
  const numberIn = (text: string): number | undefined => {
    const match = /-?\d[\d,]*(?:\.\d+)?/.exec(text);
    return match ? Number(match[0].replace(/,/g, '')) : undefined;
  };
  const check = (): WaitConditionResult => {
    const condition = request.condition;
    if ('enabled' in condition) {
      const node = nodeOf(condition.enabled.elementId);
      if (!node) return { met: false, seen: 'is no longer in the page' };
      if (usable(node)) return { met: true, seen: 'enabled' };
      return { met: false, seen: shown(node) ? 'is still disabled' : 'is still hidden' };
    }
    if ('value' in condition) {
      const node = nodeOf(condition.value.elementId);
      if (!node || !node.isConnected) return { met: false, seen: 'is no longer in the page' };
      const text = normal(node.value !== undefined && node.tagName === 'INPUT' ? node.value : node.textContent);
      const number = numberIn(text);
      if (number === undefined) return { met: false, seen: `shows no number ("${text}")` };
      const wanted = condition.number;
      const met =
        condition.comparison === 'below' ? number < wanted
          : condition.comparison === 'above' ? number > wanted
            : condition.comparison === 'at-most' ? number <= wanted
              : condition.comparison === 'at-least' ? number >= wanted
                : number === wanted;
      return { met, seen: `shows ${number}` };
    }
    const name = normal(condition.shows.name);
    const nodes = view.document.querySelectorAll('body *');
    let present = false;
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      const names = [node.getAttribute('aria-label'), node.tagName === 'INPUT' ? node.value : node.textContent];
      if (!names.some((text) => normal(text) === name) || !hasRole(node, condition.shows.role)) continue;
      // A wrapper whose whole text is the name is not the element: its child that says the same is.
      if (Array.from(node.children).some((child) => normal(child.textContent) === name)) continue;
      if (usable(node)) return { met: true, seen: 'shows' };
      present = present || shown(node);
    }
    return { met: false, seen: present ? 'shows but is disabled' : 'is not on the page' };
  };
  return new Promise((resolve) => {
    const deadline = Date.now() + request.timeoutMs;
    const look = () => {
      const result = check();
      if (result.met || Date.now() >= deadline) resolve(result);
      else view.setTimeout(look, 50);
    };
    look();
  });
}
