/**
 * The DOM shapes the recorder's page script touches, on top of the
 * extraction's (agent/operators/browser/page-script/dom-types.ts): events,
 * frames' windows, shadow roots, and the few element properties only the
 * recorder reads. Types only (erased from the bundle); the Node-side project
 * compiles without the DOM library on purpose.
 */
import type { DomControl, DomDocument, DomNode, DomStyle, DomWindow } from '../../../../agent/operators/browser/page-script/dom-types.js';

export interface PageNode extends DomNode {
  parentElement: PageElement | null;
  ownerDocument: PageDocument | null;
  getRootNode?(): PageNode & { host?: PageElement; getElementById?(id: string): PageElement | null };
}

export interface PageShadowRoot extends PageNode {
  host: PageElement;
  activeElement: PageElement | null;
  innerHTML: string;
  elementFromPoint(x: number, y: number): PageElement | null;
  querySelector(selector: string): PageElement | null;
  addEventListener(type: string, handler: Handler, options?: ListenerOptions): void;
}

/** Any element, read as loosely as the page script reads it (controls' properties are undefined elsewhere). */
export interface PageElement extends DomControl, PageNode {
  parentElement: PageElement | null;
  ownerDocument: PageDocument | null;
  children: ArrayLike<PageElement>;
  shadowRoot: PageShadowRoot | null;
  innerText?: string;
  text?: string;
  size: number;
  selectionStart?: number | null;
  selectionEnd?: number | null;
  contentWindow?: PageWindow | null;
  contentDocument?: PageDocument | null;
  style: { cssText: string };
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  setAttribute(name: string, value: string): void;
  attachShadow(init: { mode: 'open' | 'closed' }): PageShadowRoot;
  appendChild(child: PageElement): void;
  addEventListener(type: string, handler: Handler, options?: ListenerOptions): void;
  /** Library-kept handler fields (d3's `__onclick`, `__on`) and the like. */
  [key: string]: unknown;
}

export interface PageDocument extends DomDocument {
  body: PageElement | null;
  documentElement: PageElement;
  activeElement: PageElement | null;
  defaultView: PageWindow | null;
  readyState: string;
  getElementById(id: string): PageElement | null;
  elementFromPoint(x: number, y: number): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  createElement(tag: string): PageElement;
  addEventListener(type: string, handler: Handler, options?: ListenerOptions): void;
}

export interface PageWindow extends DomWindow {
  top: PageWindow | null;
  parent: PageWindow;
  frameElement: PageElement | null;
  document: PageDocument;
  location: { href: string };
  getComputedStyle(element: PageElement): DomStyle;
  addEventListener(type: string, handler: Handler, options?: ListenerOptions): void;
  removeEventListener(type: string, handler: Handler, options?: ListenerOptions): void;
  /** The recorder's binding, its install flags, jQuery… */
  [key: string]: unknown;
}

/** The union of the event properties the recorder reads (each kind of event has its own subset). */
export interface PageEvent {
  type: string;
  isTrusted: boolean;
  target: PageElement | null;
  view?: PageWindow | null;
  composedPath?(): PageNode[];
  clientX: number;
  clientY: number;
  button: number;
  buttons: number;
  detail: number;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  key: string;
  inputType?: string;
  /** The text an input event inserted. */
  data?: string | null;
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  preventDefault(): void;
  stopPropagation(): void;
  stopImmediatePropagation(): void;
}

export type Handler = (event: PageEvent) => void;
export type ListenerOptions = { capture: boolean; passive?: boolean; once?: boolean } | boolean;
