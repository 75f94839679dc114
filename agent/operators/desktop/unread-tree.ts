/**
 * OCR elements that stand in for an accessibility tree not read this time.
 *
 * An application that publishes a tree names its controls itself (a radio
 * button "Pro"); OCR only guesses from pixels — its layout tells a radio
 * button from a check box only by the outline's shape where that reads
 * clearly (toggle-shape.ts), and misreads words. When a read of the tree is cut short (the
 * time budget on a loaded machine, the node limit) or fails, the operator lets
 * OCR read the accessible windows too, so no control goes unseen — but what
 * OCR says there is a guess at a control whose real description exists and
 * was not read. Every OCR element of such an observation is marked with
 * UNREAD_TREE_ATTRIBUTE — the application whose window it lies in, or '' where
 * that is not known: a read cut short may have missed whole windows (on a
 * loaded machine even the application's own object), so no OCR element can be
 * said to lie outside every tree — and a reader that stores descriptions (the
 * desktop recorder) does not take the guess for the application's word. OCR
 * of a window that publishes no tree (a Tk app) is the only reading there is
 * and is not marked when the read was whole.
 */
import type { UIElement } from '../../core/observation.js';
import type { AccessibilitySnapshot } from './a11y/accessibility-reader.js';
import { windowsInFrontWithoutTree, type Stacking } from './window-stacking.js';

/** Attribute of an OCR element that lies where an accessibility tree was not read this time: the application's name, or ''. */
export const UNREAD_TREE_ATTRIBUTE = 'unreadTreeOf';

export interface TreeReadOutcome {
  /** The tree read this time; undefined when the read failed. */
  snapshot: AccessibilitySnapshot | undefined;
  /** True when there is an accessibility reader and this read of it failed (not when there is none at all). */
  failed: boolean;
  /** The X stacking of the snapshot's windows, when known. */
  stacking?: Stacking;
}

/**
 * Mark, in place, every OCR element when the tree was not read whole (read in
 * part, or the read failed): with the application of the accessible window it
 * lies in (unless a window without a tree lies in front of it there), else ''.
 * Returns how many were marked.
 * @param scale physical pixels per logical pixel (element boxes are logical, windows physical).
 */
export function markUnreadTree(ocrElements: UIElement[], outcome: TreeReadOutcome, scale: number): number {
  const { snapshot, stacking } = outcome;
  if (!snapshot) {
    if (!outcome.failed) return 0;
    for (const element of ocrElements) element.attributes = { ...element.attributes, [UNREAD_TREE_ATTRIBUTE]: '' };
    return ocrElements.length;
  }
  if (snapshot.complete) return 0;
  for (const element of ocrElements) {
    const x = (element.box.x + element.box.width / 2) * scale;
    const y = (element.box.y + element.box.height / 2) * scale;
    const window = frontmostAccessibleWindow(snapshot, stacking, x, y);
    element.attributes = { ...element.attributes, [UNREAD_TREE_ATTRIBUTE]: window === undefined ? '' : snapshot.windows[window]!.application };
  }
  return ocrElements.length;
}

/** The index of the accessible window in front at a physical point, unless a window without a tree lies over it there. */
function frontmostAccessibleWindow(snapshot: Pick<AccessibilitySnapshot, 'windows'>, stacking: Stacking | undefined, x: number, y: number): number | undefined {
  let best: number | undefined;
  snapshot.windows.forEach((window, index) => {
    if (!contains(window.box, x, y)) return;
    if (best === undefined) best = index;
    else if ((stacking?.places[index] ?? -1) > (stacking?.places[best] ?? -1)) best = index;
  });
  if (best === undefined || !stacking) return best;
  return windowsInFrontWithoutTree(best, stacking).some((front) => contains(front, x, y)) ? undefined : best;
}

function contains(rect: { x: number; y: number; width: number; height: number }, x: number, y: number): boolean {
  return x >= rect.x && y >= rect.y && x < rect.x + rect.width && y < rect.y + rect.height;
}
