/**
 * Rule: a scroll search goes as deep as the list goes, and stops where it
 * ends.
 *
 * A demonstration that scrolled before acting on the item its task names was
 * looking for it; the new item may sit far deeper. The search scrolls on
 * while scrolling still moves what is on screen — up to a bound well past
 * any list a person scrolls by hand — and refuses once two scrolls in a row
 * moved nothing (the list's end; one still scroll is allowed for a list that
 * loads more when its end is reached), saying how far it went.
 *
 * Pure functions; the policy keeps one visit key per scroll taken.
 */
import type { UIElement } from '../../../core/observation.js';

/** Fewest scrolls a search may take, whatever the demonstration took. */
export const MIN_SCROLL_LIMIT = 60;

/** Most scrolls a search takes: room for lists many times longer than the demonstrated one. */
export function scrollLimit(demonstrated: number): number {
  return Math.max(demonstrated * 4 + 10, MIN_SCROLL_LIMIT);
}

/** What a scroll changes: the visible elements' texts and places, as a short hash. */
export function screenSignature(elements: readonly UIElement[]): string {
  let hash = 5381;
  for (const element of elements) {
    if (element.states.hidden) continue;
    const part = `${element.role}|${element.text}|${Math.round(element.box.x)}|${Math.round(element.box.y)};`;
    for (let index = 0; index < part.length; index++) hash = ((hash * 33) ^ part.charCodeAt(index)) >>> 0;
  }
  return hash.toString(36);
}

/** The visit key of a scroll taken on a screen with this signature. */
export function scrollKey(prefix: string, done: number, signature: string): string {
  return `${prefix}${done}:${signature}`;
}

/** Did the last two scrolls leave the screen as it is now (the list's end)? */
export function scrollStalled(visited: ReadonlySet<string>, prefix: string, signature: string): boolean {
  const taken = [...visited].filter((key) => key.startsWith(prefix));
  return taken.length >= 2 && taken.slice(-2).every((key) => key.endsWith(`:${signature}`));
}
