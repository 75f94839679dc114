/**
 * What the AT-SPI tree reader returns: flat accessible nodes with what a
 * screen reader knows of each control, the counts of what its limits left
 * out, and the role groups that decide which facts are asked of a node.
 */
import type { AccessibleRef } from './atspi-connection.js';
import type { AtspiStateName } from './atspi-vocabulary.js';

/** A rectangle in physical screen pixels, as the toolkit reports it. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AccessibleNode {
  ref: AccessibleRef;
  /** Index of the parent in `AccessibilityTree.nodes`; absent for an application. */
  parent?: number;
  depth: number;
  /** Position among the parent's children; -1 when not read (flat reads: acting asks for it). */
  indexInParent: number;
  /** The parent object as the node reports it (flat reads link nodes by it). */
  parentRef?: AccessibleRef;
  /** AT-SPI role name, e.g. "push button", "check box", "text". */
  roleName: string;
  name: string;
  description: string;
  states: Set<AtspiStateName>;
  /** AT-SPI interfaces the read found (Component, Text, Value); acting asks the object for the rest. */
  interfaces: Set<string>;
  /** Screen rectangle, physical pixels; absent without a Component interface. */
  extents?: ScreenRect;
  /** Contents of a Text interface (fields, labels). */
  text?: string;
  /** Value interface: current, minimum and maximum. */
  value?: { current: number; minimum: number; maximum: number };
  /** Objects this one is labelled by (resolved to node indexes where they were read). */
  labelledBy: AccessibleRef[];
  /** Objects this one is described by. */
  describedBy: AccessibleRef[];
  childCount: number;
  /** The application's name (e.g. the program name GTK reports). */
  application: string;
}

/** What the limits and the "showing" rule left out, in nodes (a skipped subtree counts its root's child count). */
export interface OmittedCounts {
  /** Children of objects that are not showing (closed menus, hidden tabs). */
  hidden: number;
  /** Children below the depth limit. */
  depth: number;
  /** Nodes past the node limit. */
  count: number;
  /** Nodes not reached within the time budget. */
  time: number;
  /** Nodes whose application did not answer (or answered with an error). */
  failed: number;
  /** Applications not read because another one was focused (scope 'focused'). */
  applications: number;
}

export interface AccessibilityTree {
  nodes: AccessibleNode[];
  applications: { name: string; ref: AccessibleRef; active: boolean }[];
  omitted: OmittedCounts;
  /** Human-readable notes on what was left out, for the observation. */
  notes: string[];
  elapsedMs: number;
  /** D-Bus calls made. */
  calls: number;
}

export interface ReadTreeOptions {
  /** 'all' applications (default), or only the one with the active window ('focused'; all when none is active). */
  scope?: 'all' | 'focused';
  /** Only applications whose name contains this (case-insensitive). */
  application?: string;
  /** Only these applications (their bus names), e.g. the ones an incremental read found changed. */
  applicationBuses?: readonly string[];
  /** Deepest level read below an application (its windows are depth 1). Default 40. */
  maxDepth?: number;
  /** Most nodes read. Default 4 000. */
  maxNodes?: number;
  /** Milliseconds to spend; what is not reached by then is left out and counted. Default 400. */
  budgetMs?: number;
  /** D-Bus calls in flight at once. Default 128. */
  concurrency?: number;
  /** The screen (or observed region), physical pixels: what lies outside is read last, within what the budget leaves. */
  screen?: ScreenRect;
  /**
   * 'collection' (default): list the tree with Collection.GetMatches, falling back to the walk when the
   * toolkit lacks it; 'walk': level by level through GetChildren (for comparison and tests).
   */
  strategy?: 'collection' | 'walk';
}

/** Roles whose text is read (Text interface), whose value is read (Value interface), and which take a label. */
export const FIELD_ROLES = new Set(['text', 'entry', 'password text', 'editbar', 'spin button', 'document text', 'terminal']);
export const VALUE_ROLES = new Set(['slider', 'spin button', 'scroll bar', 'progress bar', 'level bar', 'dial']);
export const LABELLED_ROLES = new Set(['text', 'entry', 'password text', 'editbar', 'spin button', 'combo box', 'list box', 'list', 'table', 'tree table', 'tree', 'slider', 'check box', 'radio button']);
export const TEXT_ROLES_WITH_CONTENT = new Set(['text', 'entry', 'password text', 'editbar', 'paragraph', 'label', 'static', 'heading', 'caption', 'document text', 'spin button']);

/** Sentences for the observation's notes, one per kind of omission. */
export function describeOmissions(omitted: OmittedCounts, limits: { maxDepth: number; maxNodes: number; budgetMs: number }): string[] {
  const notes: string[] = [];
  if (omitted.time) notes.push(`accessibility tree: ${omitted.time} nodes (and what lies below them) not read within the ${Math.round(limits.budgetMs)} ms budget`);
  if (omitted.count) notes.push(`accessibility tree: stopped at the limit of ${limits.maxNodes} nodes; more were not read`);
  if (omitted.depth) notes.push(`accessibility tree: ${omitted.depth} nodes below depth ${limits.maxDepth}`);
  if (omitted.failed) notes.push(`accessibility tree: ${omitted.failed} nodes did not answer`);
  if (omitted.applications) notes.push(`accessibility tree: ${omitted.applications} other applications not read (only the focused one)`);
  return notes;
}
