/**
 * The few DOM shapes the in-page scripts use. The Node-side TypeScript project
 * has no DOM library on purpose (agent code must not touch `document` by
 * accident), so the functions that Playwright serialises into the page
 * describe what they touch here, structurally.
 */

export interface DomRect {
  left: number;
  top: number;
  width: number;
  height: number;
  right: number;
  bottom: number;
}

export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  parentElement: DomElement | null;
  previousSibling: DomNode | null;
  isConnected: boolean;
  ownerDocument: DomDocument | null;
  contains(other: DomNode | null): boolean;
}

export interface DomStyle {
  display: string;
  visibility: string;
  opacity: string;
  cursor: string;
  overflowX: string;
  overflowY: string;
  pointerEvents: string;
  position: string;
  /** Read for figures (extract/graphics.ts). */
  backgroundColor?: string;
  fill?: string;
  /** Read for text nobody can see (extract/seen-text.ts). */
  color?: string;
  fontSize?: string;
  clip?: string;
  clipPath?: string;
}

export interface DomElement extends DomNode {
  tagName: string;
  id: string;
  className: unknown;
  children: ArrayLike<DomElement>;
  shadowRoot: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  scrollHeight: number;
  scrollWidth: number;
  clientHeight: number;
  clientWidth: number;
  clientLeft: number;
  clientTop: number;
  scrollTop: number;
  scrollLeft: number;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getBoundingClientRect(): DomRect;
  matches(selector: string): boolean;
  closest(selector: string): DomElement | null;
  scrollIntoView(options?: { block?: string; inline?: string; behavior?: string }): void;
  scrollIntoViewIfNeeded?(center?: boolean): void;
  scrollBy(options: { top?: number; left?: number; behavior?: string }): void;
  focus(options?: { preventScroll?: boolean }): void;
}

/** Form controls: the union of the properties read from input/select/textarea/button. */
export interface DomControl extends DomElement {
  type: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  readOnly: boolean;
  multiple: boolean;
  selectedIndex: number;
  options: ArrayLike<DomElement & { text: string; selected: boolean; disabled: boolean; label: string }>;
  labels: ArrayLike<DomElement> | null;
  indeterminate: boolean;
}

export interface DomIFrame extends DomElement {
  contentDocument: DomDocument | null;
  src: string;
}

export interface DomSlot extends DomElement {
  assignedNodes(options?: { flatten?: boolean }): DomNode[];
}

export interface DomRange {
  selectNodeContents(node: DomNode): void;
  getBoundingClientRect(): DomRect;
  getClientRects(): ArrayLike<DomRect>;
}

export interface DomWindow {
  innerWidth: number;
  innerHeight: number;
  scrollX: number;
  scrollY: number;
  devicePixelRatio: number;
  getComputedStyle(element: DomElement): DomStyle;
  frameElement: DomElement | null;
  parent: DomWindow;
  requestAnimationFrame(callback: () => void): number;
  [key: symbol]: unknown;
}

export interface DomDocument extends DomNode {
  body: DomElement | null;
  documentElement: DomElement;
  activeElement: DomElement | null;
  defaultView: DomWindow | null;
  title: string;
  location: { href: string };
  getElementById(id: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createRange(): DomRange;
  elementFromPoint(x: number, y: number): DomElement | null;
}
