/**
 * Incremental accessibility reads: the last tree of each application is kept,
 * keyed by object path, and AT-SPI events say what changed since — a state,
 * a name, a text or a box changed (that node is read again), children came
 * or went (the application is read again). An application nobody heard from
 * costs one call per window: its windows' boxes are asked for, because
 * moving a window changes every box in it without any event, and because the
 * answer comes after every event the application sent before it (D-Bus keeps
 * one sender's messages in order) — so nothing it announced is missed.
 * Applications that appear are read whole; those that leave are dropped.
 * A tree read only in part (limits, budget) is never kept: it is read again.
 */
import { ACCESSIBLE_INTERFACE, REGISTRY_ROOT, type AccessibleRef, type AtspiConnection, type AtspiSignal } from './atspi-connection.js';
import { ATSPI_COORDS_SCREEN } from './atspi-vocabulary.js';
import type { AccessibilityTree, AccessibleNode, ReadTreeOptions } from './accessible-node.js';
import { readAccessibilityTree } from './atspi-tree-reader.js';
import { refreshAccessibleNode } from './refresh-accessible-node.js';

/** Events that change a node's facts (read that node again); anything else from an application reads it whole again. */
const NODE_EVENTS = new Set(['StateChanged', 'PropertyChange', 'TextChanged', 'BoundsChanged', 'TextAttributesChanged', 'VisibleDataChanged']);
/** Events that change nothing an observation shows. */
const IGNORED_EVENTS = new Set(['TextCaretMoved', 'TextSelectionChanged', 'ActiveDescendantChanged', 'SelectionChanged', 'LinkSelected', 'AttributesChanged', 'AnnouncementsChanged']);
/** State changes and properties that change what lies below a node, not only the node. */
const STRUCTURAL_STATES = new Set(['showing', 'visible', 'defunct', 'expanded', 'collapsed']);
const STRUCTURAL_PROPERTIES = new Set(['accessible-parent', 'accessible-role', 'accessible-table-caption', 'accessible-table-summary']);

interface CachedApplication {
  name: string;
  ref: AccessibleRef;
  /** The application's nodes, its own object first, parents as indexes into this array. */
  nodes: AccessibleNode[];
  byPath: Map<string, AccessibleNode>;
}

interface Dirty {
  whole: boolean;
  paths: Set<string>;
}

export interface CachedReadStats {
  /** Applications read whole this time. */
  applicationsRead: number;
  /** Applications taken from the cache (their changed nodes read again). */
  applicationsKept: number;
  /** Nodes read again because an event named them. */
  nodesRefreshed: number;
}

export class AtspiTreeCache {
  private readonly applications = new Map<string, CachedApplication>();
  private readonly dirty = new Map<string, Dirty>();
  /** Applications being read whole right now: an event from one of them means the read may be stale already. */
  private readonly reading = new Set<string>();
  private stopListening: (() => void) | undefined;
  lastStats: CachedReadStats | undefined;
  private limits = '';

  private constructor(private readonly connection: AtspiConnection) {}

  /** Start listening for events; undefined when the bus refuses (then every read is a full one). */
  static async open(connection: AtspiConnection): Promise<AtspiTreeCache | undefined> {
    const cache = new AtspiTreeCache(connection);
    try {
      cache.stopListening = await connection.listen(
        ["type='signal',interface='org.a11y.atspi.Event.Object'", "type='signal',interface='org.a11y.atspi.Event.Window'"],
        ['object:', 'window:'],
        (signal) => cache.hear(signal),
      );
    } catch {
      return undefined;
    }
    return cache;
  }

  private hear(signal: AtspiSignal): void {
    // Not known yet: it is read whole anyway — unless that read is under way (then it must be read again).
    if (!this.applications.has(signal.sender)) {
      if (this.reading.has(signal.sender)) this.dirty.set(signal.sender, { whole: true, paths: new Set() });
      return;
    }
    if (IGNORED_EVENTS.has(signal.member)) return;
    const dirty = this.dirty.get(signal.sender) ?? { whole: false, paths: new Set<string>() };
    this.dirty.set(signal.sender, dirty);
    const detail = String(signal.body[0] ?? '');
    const nodeLevel =
      signal.interface === 'org.a11y.atspi.Event.Object' &&
      NODE_EVENTS.has(signal.member) &&
      !(signal.member === 'StateChanged' && STRUCTURAL_STATES.has(detail)) &&
      !(signal.member === 'PropertyChange' && STRUCTURAL_PROPERTIES.has(detail)) &&
      this.applications.get(signal.sender)!.byPath.has(signal.path);
    if (nodeLevel) dirty.paths.add(signal.path);
    else dirty.whole = true;
  }

  /** The tree now: cached applications brought up to date, the others read. */
  async read(options: ReadTreeOptions): Promise<AccessibilityTree> {
    const started = performance.now();
    // Trees kept under other limits would answer for limits they were not read under.
    const limits = `${options.maxNodes ?? ''}|${options.maxDepth ?? ''}`;
    if (limits !== this.limits) {
      this.applications.clear();
      this.dirty.clear();
      this.limits = limits;
    }
    let calls = 1;
    const [appRefs] = (await this.connection.call(REGISTRY_ROOT, ACCESSIBLE_INTERFACE, 'GetChildren')) as [[string, string][]];
    const buses = (appRefs ?? []).map(([bus]) => bus);
    for (const bus of [...this.applications.keys()]) if (!buses.includes(bus)) this.forget(bus);

    // Kept applications: their windows' boxes (moved?) — which also brings in every event sent before the answer.
    const toRead = new Set(buses.filter((bus) => !this.applications.has(bus)));
    await Promise.all(
      [...this.applications.values()].map(async (app) => {
        const windows = app.nodes.filter((node) => node.depth === 1 && node.extents);
        calls += windows.length;
        const moved = await Promise.all(
          windows.map((window) =>
            this.connection.call(window.ref, 'org.a11y.atspi.Component', 'GetExtents', 'u', [ATSPI_COORDS_SCREEN]).then(
              ([box]) => {
                const [x, y, width, height] = box as number[];
                const was = window.extents!;
                return x !== was.x || y !== was.y || width !== was.width || height !== was.height;
              },
              () => true,
            ),
          ),
        );
        if (moved.some(Boolean)) toRead.add(app.ref.bus);
      }),
    );
    // Nodes an event named: read again in place (the dirty marks are taken first: events arriving meanwhile count for the next read).
    let refreshed = 0;
    await Promise.all(
      [...this.applications.values()].map(async (app) => {
        const dirty = this.dirty.get(app.ref.bus);
        this.dirty.delete(app.ref.bus);
        if (!dirty || toRead.has(app.ref.bus)) return;
        if (dirty.whole) {
          toRead.add(app.ref.bus);
          return;
        }
        const nodes = [...dirty.paths].map((path) => app.byPath.get(path)).filter((node): node is AccessibleNode => !!node);
        calls += nodes.length * 3;
        refreshed += nodes.length;
        const results = await Promise.all(nodes.map((node) => refreshAccessibleNode(this.connection, node).catch(() => 'reshaped' as const)));
        if (results.includes('reshaped')) toRead.add(app.ref.bus);
      }),
    );

    let fresh: AccessibilityTree | undefined;
    if (toRead.size > 0) {
      for (const bus of toRead) this.forget(bus);
      const budgetMs = Math.max(1, (options.budgetMs ?? 400) - (performance.now() - started));
      for (const bus of toRead) this.reading.add(bus);
      try {
        fresh = await readAccessibilityTree(this.connection, { ...options, budgetMs, applicationBuses: [...toRead] });
      } finally {
        this.reading.clear();
      }
      calls += fresh.calls;
      const complete = fresh.omitted.time === 0 && fresh.omitted.count === 0 && fresh.omitted.failed === 0 && fresh.omitted.depth === 0;
      // Only a whole tree is kept: a partial one would hide the rest for good.
      if (complete) for (const app of splitByApplication(fresh)) this.keep(app);
    }

    // One tree in the registry's order: kept applications from the cache, the rest from this read.
    const freshApps = fresh ? splitByApplication(fresh) : [];
    const nodes: AccessibleNode[] = [];
    const applications: AccessibilityTree['applications'] = [];
    for (const bus of buses) {
      const app = this.applications.get(bus) ?? freshApps.find((candidate) => candidate.ref.bus === bus);
      if (!app) continue;
      const offset = nodes.length;
      for (const node of app.nodes) nodes.push({ ...node, ...(node.parent !== undefined ? { parent: node.parent + offset } : {}) });
      applications.push({ name: app.name, ref: app.ref, active: app.nodes.some((node) => node.depth === 1 && node.states.has('active')) });
    }
    this.lastStats = { applicationsRead: toRead.size, applicationsKept: applications.length - toRead.size, nodesRefreshed: refreshed };
    return {
      nodes,
      applications,
      omitted: fresh?.omitted ?? { hidden: 0, depth: 0, count: 0, time: 0, failed: 0, applications: 0 },
      notes: fresh?.notes ?? [],
      elapsedMs: performance.now() - started,
      calls,
    };
  }

  /** Keep a whole read (an event heard during it stays: the next read brings the application up to date). */
  private keep(app: CachedApplication): void {
    this.applications.set(app.ref.bus, app);
  }

  private forget(bus: string): void {
    this.applications.delete(bus);
    this.dirty.delete(bus);
  }

  close(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    this.applications.clear();
  }
}

/** A tree's nodes per application (each application's nodes are contiguous, its own object first). */
function splitByApplication(tree: AccessibilityTree): CachedApplication[] {
  const result: CachedApplication[] = [];
  let current: CachedApplication | undefined;
  let offset = 0;
  tree.nodes.forEach((node, index) => {
    if (node.parent === undefined) {
      const listed = tree.applications.find((app) => app.ref.bus === node.ref.bus);
      current = { name: listed?.name ?? node.application, ref: node.ref, nodes: [], byPath: new Map() };
      offset = index;
      result.push(current);
    }
    if (!current) return;
    const local: AccessibleNode = { ...node, ...(node.parent !== undefined ? { parent: node.parent - offset } : {}) };
    current.nodes.push(local);
    current.byPath.set(node.ref.path, local);
  });
  return result;
}
