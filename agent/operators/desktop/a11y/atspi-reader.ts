/**
 * The Linux accessibility reader: AT-SPI 2 over D-Bus (atspi-connection.ts),
 * trees read within limits (atspi-tree-reader.ts), mapped to UIElements
 * (accessible-elements.ts); and acting through AT-SPI's own interfaces —
 * Action.DoAction, EditableText.SetTextContents, Selection.SelectChild,
 * Component.GrabFocus / ScrollTo — for what real input cannot reach.
 */
import type { BoundingBox } from '../../../core/observation.js';
import { errorMessage } from '../../../core/errors.js';
import type { AccessibilityReader, AccessibilityReadOptions, AccessibilitySnapshot, AccessibleActionRequest, AccessibleActionResult } from './accessibility-reader.js';
import { accessibleElements } from './accessible-elements.js';
import { AtspiConnection, type AtspiConnectionOptions } from './atspi-connection.js';
import type { AccessibleNode } from './accessible-node.js';
import { readAccessibilityTree } from './atspi-tree-reader.js';
import { AtspiTreeCache } from './atspi-tree-cache.js';
import { ariaRole } from './atspi-vocabulary.js';

/** Action names, most wanted first, when an object offers several (GTK: "click", "activate", "press", "toggle"). */
const DEFAULT_ACTION_NAMES = ['click', 'activate', 'press', 'toggle', 'select', 'jump', 'open'];
/** AtspiScrollType ANYWHERE: the least scrolling that shows the object. */
const SCROLL_ANYWHERE = 6;

export class AtspiReader implements AccessibilityReader {
  readonly platform = 'linux-atspi';
  private latest = new Map<number, AccessibleNode>();
  private latestNodes: readonly AccessibleNode[] = [];

  private constructor(
    private readonly connection: AtspiConnection,
    /** Incremental reads kept up to date by AT-SPI events; undefined: every read is a full one. */
    private readonly cache: AtspiTreeCache | undefined,
  ) {}

  /**
   * @param options.incremental keep each application's tree and read only what events say changed (default true).
   * @throws UserFacingError when the accessibility bus is not reachable.
   */
  static async open(options: AtspiConnectionOptions & { incremental?: boolean } = {}): Promise<AtspiReader> {
    const connection = await AtspiConnection.open(options);
    return new AtspiReader(connection, options.incremental === false ? undefined : await AtspiTreeCache.open(connection));
  }

  async read(options: AccessibilityReadOptions): Promise<AccessibilitySnapshot> {
    // The cache serves whole-desktop reads; a narrowed or differently walked read goes to the applications.
    const cached = this.cache && (options.scope ?? 'all') === 'all' && !options.application && options.strategy !== 'walk' && options.maxDepth === undefined ? this.cache : undefined;
    const tree = await (cached ? cached.read.bind(cached) : (treeOptions: Parameters<typeof readAccessibilityTree>[1]) => readAccessibilityTree(this.connection, treeOptions))({
      ...(options.scope ? { scope: options.scope } : {}),
      ...(options.application ? { application: options.application } : {}),
      ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
      ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
      ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}),
      ...(options.strategy ? { strategy: options.strategy } : {}),
      screen: {
        x: options.region.x * options.scale,
        y: options.region.y * options.scale,
        width: options.region.width * options.scale,
        height: options.region.height * options.scale,
      },
    });
    const mapped = accessibleElements(tree.nodes, { scale: options.scale, region: options.region, firstId: options.firstId ?? 0 });
    this.latest = mapped.nodes;
    this.latestNodes = tree.nodes;
    const windows: AccessibilitySnapshot['windows'] = [];
    const windowOfNode = new Map<AccessibleNode, number>();
    for (const node of tree.nodes) {
      if (node.depth !== 1 || !node.extents || !node.states.has('showing')) continue;
      if (node.extents.width <= 0 || node.extents.height <= 0) continue;
      windowOfNode.set(node, windows.length);
      windows.push({ application: node.application, title: node.name, box: node.extents as BoundingBox });
    }
    // Each element's top-level window: what covers that window covers the element.
    const elementWindows = new Map<number, number>();
    // And the boxes of everything it lies in: a popup (a combo box's menu) is an X window of its own that matches one of them.
    const elementFrames = new Map<number, BoundingBox[]>();
    for (const [id, node] of mapped.nodes) {
      let ancestor: AccessibleNode | undefined = node;
      const frames: BoundingBox[] = [];
      while (ancestor && ancestor.depth > 1) {
        ancestor = ancestor.parent !== undefined ? tree.nodes[ancestor.parent] : undefined;
        if (ancestor?.extents && ancestor.depth > 1) frames.push({ ...ancestor.extents });
      }
      const window = ancestor ? windowOfNode.get(ancestor) : undefined;
      if (window !== undefined) elementWindows.set(id, window);
      if (frames.length > 0) elementFrames.set(id, frames);
    }
    return {
      elements: mapped.elements,
      ...(mapped.focusedId !== undefined ? { focusedId: mapped.focusedId } : {}),
      notes: tree.notes,
      applications: tree.applications.map((app) => app.name),
      windows,
      elementWindows,
      elementFrames,
      stats: { elapsedMs: tree.elapsedMs, nodes: tree.nodes.length, calls: tree.calls, ...(cached?.lastStats ? { incremental: cached.lastStats } : {}) },
      complete: tree.omitted.time === 0 && tree.omitted.count === 0 && tree.omitted.failed === 0 && tree.omitted.depth === 0,
    };
  }

  async act(elementId: number, request: AccessibleActionRequest): Promise<AccessibleActionResult> {
    const node = this.latest.get(elementId);
    if (!node) return { ok: false, error: `element ${elementId} did not come from the accessibility tree of the latest observation` };
    try {
      await this.learnInterfaces(node);
      const parent = node.parent !== undefined ? this.latestNodes[node.parent] : undefined;
      if (parent && (request.kind === 'select' || request.kind === 'activate')) await this.learnInterfaces(parent);
      switch (request.kind) {
        case 'activate':
          return await this.activate(node);
        case 'set-text': {
          if (!node.interfaces.has('EditableText')) return { ok: false, error: `${describe(node)} has no editable text` };
          const [done] = await this.connection.call(node.ref, 'org.a11y.atspi.EditableText', 'SetTextContents', 's', [request.text]);
          return done ? { ok: true, how: 'EditableText.SetTextContents' } : { ok: false, error: `${describe(node)} refused the text` };
        }
        case 'select':
          return await this.select(node);
        case 'focus': {
          if (!node.interfaces.has('Component')) return { ok: false, error: `${describe(node)} cannot take focus` };
          const [done] = await this.connection.call(node.ref, 'org.a11y.atspi.Component', 'GrabFocus');
          return done ? { ok: true, how: 'Component.GrabFocus' } : { ok: false, error: `${describe(node)} did not take focus` };
        }
        case 'scroll-into-view': {
          if (!node.interfaces.has('Component')) return { ok: false, error: `${describe(node)} cannot be scrolled to` };
          const [done] = await this.connection.call(node.ref, 'org.a11y.atspi.Component', 'ScrollTo', 'u', [SCROLL_ANYWHERE]);
          return done ? { ok: true, how: 'Component.ScrollTo' } : { ok: false, error: `the application does not scroll ${describe(node)} into view` };
        }
      }
    } catch (error) {
      return { ok: false, error: `${describe(node)}: ${errorMessage(error)}` };
    }
  }

  /** The read skips GetInterfaces (one call per node saved); acting needs to know them. */
  private async learnInterfaces(node: AccessibleNode): Promise<void> {
    const [names] = (await this.connection.call(node.ref, 'org.a11y.atspi.Accessible', 'GetInterfaces')) as [string[]];
    for (const name of names ?? []) node.interfaces.add(name.replace('org.a11y.atspi.', ''));
  }

  private async activate(node: AccessibleNode): Promise<AccessibleActionResult> {
    if (node.interfaces.has('Action')) {
      const [actions] = (await this.connection.call(node.ref, 'org.a11y.atspi.Action', 'GetActions')) as [[string, string, string][]];
      const names = (actions ?? []).map(([name]) => name.toLowerCase());
      if (names.length > 0) {
        const wanted = DEFAULT_ACTION_NAMES.map((name) => names.indexOf(name)).find((index) => index >= 0) ?? 0;
        const [done] = await this.connection.call(node.ref, 'org.a11y.atspi.Action', 'DoAction', 'i', [wanted]);
        return done ? { ok: true, how: `Action.DoAction("${names[wanted]}")` } : { ok: false, error: `${describe(node)} refused its action "${names[wanted]}"` };
      }
    }
    // Rows of a list have no action of their own: activating one means selecting it.
    return this.select(node);
  }

  private async select(node: AccessibleNode): Promise<AccessibleActionResult> {
    const parent = node.parent !== undefined ? this.latestNodes[node.parent] : undefined;
    if (!parent?.interfaces.has('Selection')) return { ok: false, error: `${describe(node)} is not in a container that selects` };
    if (node.indexInParent < 0) node.indexInParent = Number((await this.connection.call(node.ref, 'org.a11y.atspi.Accessible', 'GetIndexInParent'))[0]);
    const [done] = await this.connection.call(parent.ref, 'org.a11y.atspi.Selection', 'SelectChild', 'i', [node.indexInParent]);
    return done ? { ok: true, how: 'Selection.SelectChild' } : { ok: false, error: `${describe(parent)} did not select ${describe(node)}` };
  }

  close(): void {
    this.cache?.close();
    this.connection.close();
  }
}

function describe(node: AccessibleNode): string {
  return `${ariaRole(node.roleName, node.states.has('editable'))}${node.name ? ` "${node.name}"` : ''}`;
}
