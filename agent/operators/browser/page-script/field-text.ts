/**
 * What a field holds now and whether it has the focus: the operator's check
 * that typed text reached the field it was meant for (see landing-check.ts).
 *
 * Serialised into the page by Playwright: self-contained, see extract-elements.ts.
 */
import type { DomElement, DomNode } from './dom-types.js';

export interface FieldText {
  /** The field's value (input, textarea) or text (contenteditable). */
  text: string;
  /** A password field: its value is not compared. */
  masked: boolean;
  /** The focus is in the field (or inside it). */
  focused: boolean;
  /** What holds the focus instead, described, when something does. */
  focusedElsewhere?: string;
}

/** Runs in the page; null when the id names no field of the current observation. */
export function fieldText(request: { sequence: number; id: number }): FieldText | null {
  const top = globalThis as unknown as Record<symbol, unknown>;
  const registry = top[Symbol.for('understudy.elements')] as { sequence: number; nodes: DomNode[] } | undefined;
  if (!registry || registry.sequence !== request.sequence) return null;
  const node = registry.nodes[request.id];
  if (!node || node.nodeType !== 1 || !node.isConnected) return null;
  const element = node as DomElement & { value?: unknown; type?: string; isContentEditable?: boolean };
  const tag = element.tagName.toUpperCase();
  const editable = element.isContentEditable === true;
  if (!editable && tag !== 'TEXTAREA' && !(tag === 'INPUT' && typeof element.value === 'string')) return null;
  const text = editable ? (element.textContent ?? '') : String(element.value);
  // The deepest focused element: through same-origin frames and open shadow roots.
  type Focusable = { activeElement: DomElement | null };
  let active: DomElement | null = (node.ownerDocument as unknown as Focusable | null)?.activeElement ?? null;
  for (let depth = 0; active && depth < 10; depth++) {
    const inner = (active.shadowRoot as unknown as Focusable | null)?.activeElement;
    if (!inner) break;
    active = inner;
  }
  const focused = active !== null && (active === element || element.contains(active));
  const describe = (other: DomElement) => {
    const words = (other.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
    return `<${other.tagName.toLowerCase()}${other.id ? `#${other.id}` : ''}>${words ? ` "${words}"` : ''}`;
  };
  const elsewhere = !focused && active && !['BODY', 'HTML'].includes(active.tagName.toUpperCase()) ? describe(active) : undefined;
  return { text, masked: tag === 'INPUT' && element.type === 'password', focused, ...(elsewhere ? { focusedElsewhere: elsewhere } : {}) };
}
