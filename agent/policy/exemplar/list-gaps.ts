/**
 * The gaps of a task alignment as lists: a gap's items (runs of tokens between
 * separators), its shape (a path or an enumeration), and the folding of data
 * words that sit inside a list into the list's gap — never a word beside a
 * number or date on both sides, which opens the next phrase. Shared by
 * align-tasks.ts. Pure functions.
 */
import type { TaskToken } from './task-tokens.js';

/** A run of an alignment: an anchor both texts share, or the gap between anchors (old and new tokens). */
export interface Segment {
  anchor: boolean;
  old: TaskToken[];
  new: TaskToken[];
  /** A gap merged across function-word anchors (reanchorAcrossFunctionWords). */
  reanchored?: true;
}

/** The tokens without separators at either end. */
export function trimSeparators(tokens: readonly TaskToken[]): TaskToken[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start]!.kind === 'separator') start++;
  while (end > start && tokens[end - 1]!.kind === 'separator') end--;
  return tokens.slice(start, end);
}

/** The items of a gap: runs of tokens between separators. */
export function splitItems(tokens: readonly TaskToken[]): TaskToken[][] {
  const items: TaskToken[][] = [];
  let current: TaskToken[] = [];
  for (const token of trimSeparators(tokens)) {
    if (token.kind === 'separator') {
      if (current.length > 0) items.push(current);
      current = [];
    } else {
      current.push(token);
    }
  }
  if (current.length > 0) items.push(current);
  return items;
}

/** How a gap's items are joined: a path (">" or "→") or an enumeration (",", "and"…); undefined for a single item. */
export function listShape(tokens: readonly TaskToken[]): 'path' | 'enumeration' | undefined {
  const inner = trimSeparators(tokens).filter((token) => token.kind === 'separator');
  if (inner.length === 0) return undefined;
  return inner.some((token) => token.norm === '>' || token.norm === '→') ? 'path' : 'enumeration';
}

export function isListGap(segment: Segment | undefined): boolean {
  if (!segment || segment.anchor) return false;
  return splitItems(segment.old).length > 1 || splitItems(segment.new).length > 1;
}

/** Is the gap joined to its neighbouring anchor by a separator, on either side of the alignment? */
export function joinedBySeparator(gap: Segment | undefined, gapIsAfterAnchor: boolean): boolean {
  if (!gap || gap.anchor) return false;
  const edge = (tokens: TaskToken[]) => (gapIsAfterAnchor ? tokens[0] : tokens[tokens.length - 1]);
  return edge(gap.old)?.kind === 'separator' || edge(gap.new)?.kind === 'separator';
}

/**
 * A data word beside a gap whose neighbouring item is a number or date on both sides ("For pickup on 01/06/2025,
 * request a refill" — a button "Request" clicked): the word is not an item of that value's list, it opens the next
 * phrase. Items of one list are alike: numbers with numbers, words with words.
 */
function unlikeItem(anchor: TaskToken, gap: Segment, gapIsAfterAnchor: boolean): boolean {
  if (anchor.kind !== 'word') return false;
  const neighbour = (tokens: TaskToken[]) => {
    const items = splitItems(tokens).filter((item) => item.length > 0);
    return gapIsAfterAnchor ? items[0] : items[items.length - 1];
  };
  const numeric = (item: TaskToken[] | undefined) => !!item && item.every((token) => token.kind === 'number');
  return numeric(neighbour(gap.old)) && numeric(neighbour(gap.new));
}

/** Fold data anchors that sit inside a list into the list's gap, until nothing changes. */
export function mergeListNeighbours(segments: Segment[], isData: (norm: string, token: TaskToken) => boolean): Segment[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k]!;
      if (!segment.anchor || !isData(segment.old[0]!.norm, segment.old[0]!)) continue;
      // The word both texts open with is their verb ("Add" Music and Health, a button "Add" clicked too), never an item.
      if (k === 0 && segment.old[0]!.start === 0 && segment.new[0]!.start === 0 && segment.old[0]!.kind === 'word') continue;
      const before = segments[k - 1];
      const after = segments[k + 1];
      const anchor = segment.old[0]!;
      const joinsBefore = before && !before.anchor && (isListGap(before) || joinedBySeparator(before, false)) && !unlikeItem(anchor, before, false);
      const joinsAfter = after && !after.anchor && (isListGap(after) || joinedBySeparator(after, true)) && !unlikeItem(anchor, after, true);
      if (!joinsBefore && !joinsAfter) continue;
      const from = before && !before.anchor ? k - 1 : k;
      const to = after && !after.anchor ? k + 1 : k;
      const merged: Segment = { anchor: false, old: [], new: [] };
      for (let m = from; m <= to; m++) {
        merged.old.push(...segments[m]!.old);
        merged.new.push(...segments[m]!.new);
      }
      segments.splice(from, to - from + 1, merged);
      changed = true;
      break;
    }
  }
  return segments;
}
