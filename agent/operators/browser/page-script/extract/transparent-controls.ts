/**
 * Native form controls drawn transparent over a painted stand-in — a checkbox
 * at opacity 0 laid over a switch's track, a file input over a styled button,
 * a select over a painted box — are still the controls a person clicks: the
 * press lands on them. Which of them the walk keeps as themselves (the rest
 * are stood in for by their <label>, walk.ts step 4), and what they are
 * called: the page's own label, else the text just before the painted face
 * they cover — never the face's own words (the choice a painted select
 * shows). In-page code.
 */
import { rectWithin } from '../../../../core/box-geometry.js';
import type { DomControl, DomDocument, DomElement, DomStyle } from '../dom-types.js';
import { tagOf } from './dom-text.js';

/** How far (CSS px) a painted face's edge may stand outside the control over it: a border drawn around it. */
const FACE_SLACK = 3;

/** The kinds of native control sites paint over: those a person presses rather than types into. */
const PAINTED_OVER_TYPES = new Set(['checkbox', 'radio', 'file']);

/** A checkbox, radio, file input or select made transparent (opacity 0) but still laid out and not hidden from assistive tech. */
export const isTransparentControl = (element: DomElement, tag: string, style: DomStyle): boolean => {
  if (style.opacity !== '0' || style.display === 'none' || element.getAttribute('aria-hidden') === 'true') return false;
  if (tag === 'SELECT') return true;
  return tag === 'INPUT' && PAINTED_OVER_TYPES.has(((element as DomControl).type || '').toLowerCase());
};

/** A checkbox or radio one of whose labels is laid out: that label stands in for it (walk.ts step 4). */
export const labelStandsIn = (control: DomElement, styleOf: (element: DomElement) => DomStyle): boolean => {
  const type = ((control as DomControl).type || '').toLowerCase();
  if (tagOf(control) !== 'INPUT' || (type !== 'checkbox' && type !== 'radio')) return false;
  const labels = (control as DomControl).labels;
  for (let index = 0; labels && index < labels.length; index++) {
    const label = labels[index]!;
    const rect = label.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0 && styleOf(label).visibility !== 'hidden') return true;
  }
  return false;
};

/**
 * Does a press on the middle of the control reach it (nothing else drawn on top, no pointer-events:none)?
 * A control whose middle is outside its frame's viewport cannot be tested here and counts as reachable:
 * the operator checks what a press lands on before it presses (landing-check.ts).
 */
export const pressReaches = (control: DomElement): boolean => {
  const document = control.ownerDocument;
  const view = document?.defaultView;
  if (!document || !view) return false;
  const rect = control.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return true;
  // Inside a shadow root the document answers with the host: ask the root the control is in.
  const root = (control as unknown as { getRootNode?(): Partial<DomDocument> }).getRootNode?.();
  const hit = (root?.elementFromPoint ? root : document).elementFromPoint!(x, y);
  return hit === control;
};

/** The outermost ancestor the control lies over whole — the painted face drawn beneath it — or the control itself. */
export const paintedFace = (control: DomElement): DomElement => {
  const own = control.getBoundingClientRect();
  const controlBox = { x: own.left, y: own.top, width: own.width, height: own.height };
  let face = control;
  for (let at = control.parentElement; at; at = at.parentElement) {
    const tag = tagOf(at);
    if (tag === 'BODY' || tag === 'HTML' || tag === 'LABEL') break;
    const rect = at.getBoundingClientRect();
    // The face within the control's box, edges allowed FACE_SLACK out (its border).
    if (!rectWithin(controlBox, { x: rect.left, y: rect.top, width: rect.width, height: rect.height }) || !rectWithin({ x: rect.left, y: rect.top, width: rect.width, height: rect.height }, controlBox, FACE_SLACK)) break;
    face = at;
  }
  return face;
};

/** A transparent control's name: the page's own label for it, else the short text just before its painted face. */
export const transparentControlName = (
  control: DomElement,
  tag: string,
  declaredLabelOf: (element: DomElement, tag: string) => string,
  textBefore: (element: DomElement) => string,
): string => declaredLabelOf(control, tag) || textBefore(paintedFace(control));
