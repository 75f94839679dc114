/**
 * Where an element is and whether it can be seen: its box in top-viewport
 * CSS px, the clip its overflow:hidden ancestors impose, and the test that a
 * box meets the clip and the observed region. In-page code.
 */
import type { DomElement, DomRect, DomStyle, DomWindow } from '../dom-types.js';
import type { Box } from './types.js';

/** The visible rectangle left by overflow:hidden ancestors (undefined: nothing clips). */
export type Clip = { left: number; top: number; right: number; bottom: number } | undefined;
export type Region = { x: number; y: number; width: number; height: number } | undefined;

export const round = (value: number): number => Math.round(value * 100) / 100;

/** A client rect moved by its frame's offset, rounded to 1/100 px. */
export const boxOf = (rect: DomRect, offsetX: number, offsetY: number): Box => ({
  x: round(rect.left + offsetX),
  y: round(rect.top + offsetY),
  width: round(rect.width),
  height: round(rect.height),
});

/** A box with an area that meets both the clip and the region. */
export const intersects = (box: Box, clip: Clip, region: Region): boolean => {
  if (box.width <= 0 || box.height <= 0) return false;
  if (clip && (box.x >= clip.right || box.y >= clip.bottom || box.x + box.width <= clip.left || box.y + box.height <= clip.top)) return false;
  if (region && (box.x >= region.x + region.width || box.y >= region.y + region.height || box.x + box.width <= region.x || box.y + box.height <= region.y)) return false;
  return true;
};

/** The clip for an element's children: narrowed to its box on each axis it hides overflow on. */
export const narrowClip = (clip: Clip, box: Box, clipsX: boolean, clipsY: boolean): Clip => ({
  left: clipsX ? Math.max(clip?.left ?? -Infinity, box.x) : clip?.left ?? -Infinity,
  top: clipsY ? Math.max(clip?.top ?? -Infinity, box.y) : clip?.top ?? -Infinity,
  right: clipsX ? Math.min(clip?.right ?? Infinity, box.x + box.width) : clip?.right ?? Infinity,
  bottom: clipsY ? Math.min(clip?.bottom ?? Infinity, box.y + box.height) : clip?.bottom ?? Infinity,
});

/** Computed style from the element's own window (a frame's element is styled by its frame). */
export const styleIn = (topWindow: DomWindow) => (element: DomElement): DomStyle => {
  const view = element.ownerDocument?.defaultView ?? topWindow;
  return view.getComputedStyle(element);
};

/** Hidden by the style itself, subtree and all: display:none, opacity:0, aria-hidden. */
export const hidesSubtree = (element: DomElement, style: DomStyle): boolean =>
  style.display === 'none' || style.opacity === '0' || element.getAttribute('aria-hidden') === 'true';

/** Not drawn, though it keeps its place: opacity:0 or visibility:hidden. */
export const styleHides = (style: DomStyle): boolean => style.opacity === '0' || style.visibility === 'hidden';

/** A control present but not drawn (custom-drawn checkboxes hide the real one). */
export const isVisuallyHidden = (control: DomElement, style: DomStyle): boolean => {
  const rect = control.getBoundingClientRect();
  return style.display === 'none' || styleHides(style) || rect.width < 2 || rect.height < 2;
};
