/**
 * Reading applications' accessibility trees over AT-SPI: what a screen reader
 * knows about every control — role, name, description, states, value, text,
 * screen rectangle, labelled-by relations — as flat nodes in document order.
 *
 * Every node costs a handful of D-Bus calls. They are issued as soon as they
 * are known and run concurrently (bounded), so a tree of n nodes and depth d
 * takes about 2·d round trips, not 6·n. Limits keep a huge tree (a
 * spreadsheet, a long list) from taking the whole step: a depth limit, a node
 * limit and a time budget; what they left out is counted, never silently lost.
 * Subtrees that are not showing (closed menus, hidden pages) are skipped and
 * counted too.
 */
import { ACCESSIBLE_INTERFACE, AtspiCallError, REGISTRY_ROOT, type AccessibleRef, type AtspiConnection } from './atspi-connection.js';
import { ATSPI_COORDS_SCREEN, AtspiRelation, decodeStates } from './atspi-vocabulary.js';
import { describeOmissions, FIELD_ROLES, LABELLED_ROLES, TEXT_ROLES_WITH_CONTENT, VALUE_ROLES, type AccessibilityTree, type AccessibleNode, type OmittedCounts, type ReadTreeOptions, type ScreenRect } from './accessible-node.js';
import { limiter } from './request-limiter.js';


/** Above this many children, a container's children are placed on or off screen before they are read. */
const BIG_CONTAINER_CHILDREN = 48;

/** Read the accessibility trees of the desktop's applications. */
export async function readAccessibilityTree(connection: AtspiConnection, options: ReadTreeOptions = {}): Promise<AccessibilityTree> {
  const reader = new TreeReader(connection, options);
  return reader.read(options);
}

interface PendingNode {
  node: AccessibleNode;
  /** Filled in as children are read; a hole is a child not (yet) read. */
  children: (PendingNode | undefined)[];
  /** True once the child's visit ended (read, or counted as left out). */
  settled: boolean[];
  /** Flat reads: link the nodes read so far under this application (called once, before flattening). */
  assemble?: () => void;
}

/** Collection.GetMatches rule: every descendant in the "showing" state (match type ALL; empty attribute, role and interface sets match all). */
const SHOWING_RULE = [[1 << 25, 0], 1, {}, 1, [], 1, [], 1, false];
/** Role number → role name, per connection (role numbers are fixed for a bus). */
const ROLE_NAMES = new WeakMap<AtspiConnection, Map<number, Promise<string>>>();

/** Nodes listed per Collection call: a window's worth, quick even in a huge tree. */
const LISTING_PAGE = 500;
/** AtspiCollectionTreeTraversalType INORDER: GetMatchesFrom continues through the rest of the tree. */
const TREE_INORDER = 2;
/** AtspiCollectionSortOrder CANONICAL: document order. */
const SORT_CANONICAL = 1;

class TreeReader {
  private readonly maxDepth: number;
  private readonly maxNodes: number;
  private readonly deadline: number;
  private readonly started = performance.now();
  private readonly omitted: OmittedCounts = { hidden: 0, depth: 0, count: 0, time: 0, failed: 0, applications: 0 };
  private readonly roleNames: Map<number, Promise<string>>;
  private readonly limit: <T>(task: () => Promise<T>, when?: boolean | 'first') => Promise<T>;
  /** The screen, physical pixels: subtrees outside it are read after everything on it. */
  private readonly screen: ScreenRect | undefined;
  private nodeCount = 0;
  private calls = 0;

  constructor(
    private readonly connection: AtspiConnection,
    options: ReadTreeOptions,
  ) {
    this.maxDepth = options.maxDepth ?? 40;
    this.maxNodes = options.maxNodes ?? 4_000;
    this.deadline = this.started + (options.budgetMs ?? 400);
    this.limit = limiter(options.concurrency ?? 128);
    let names = ROLE_NAMES.get(connection);
    if (!names) ROLE_NAMES.set(connection, (names = new Map()));
    this.roleNames = names;
    this.screen = options.screen;
  }

  async read(options: ReadTreeOptions): Promise<AccessibilityTree> {
    const [appRefs] = (await this.call(REGISTRY_ROOT, ACCESSIBLE_INTERFACE, 'GetChildren')) as [[string, string][]];
    const filter = options.application?.toLowerCase();
    const applications = await Promise.all(
      (appRefs ?? []).filter(([bus]) => !options.applicationBuses || options.applicationBuses.includes(bus)).map(async ([bus, path]) => {
        const ref = { bus, path };
        try {
          const name = String((await this.connection.property(ref, ACCESSIBLE_INTERFACE, 'Name')) ?? '');
          return { name, ref, active: false };
        } catch {
          this.omitted.failed++;
          return undefined;
        }
      }),
    );
    const buses = options.applicationBuses ? new Set(options.applicationBuses) : undefined;
    let chosen = applications.filter(
      (app): app is NonNullable<typeof app> => !!app && (!filter || app.name.toLowerCase().includes(filter)) && (!buses || buses.has(app.ref.bus)),
    );

    // Each node is attached to its parent as soon as it is read, so when the budget ends the read, what was read is kept.
    const roots: (PendingNode | undefined)[] = new Array(chosen.length);
    const work = Promise.all(
      chosen.map((app, index) =>
        options.strategy === 'walk'
          ? this.visit(app.ref, 0, 0, app.name, false, (node) => (roots[index] = node))
          : this.readApplication(app.ref, app.name, (node) => (roots[index] = node)),
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const cut = await Promise.race([
      work.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), Math.max(0, this.deadline - performance.now())))),
    ]);
    clearTimeout(timer);
    // Calls still in flight after a cut end on their own (later ones fail at once); nothing waits for them.
    if (cut) work.catch(() => undefined);
    // An application whose own object was not read in time is left out whole (at least one node).
    const unreadApplications = cut ? chosen.filter((_, index) => !roots[index]).length : 0;
    // An application is active when one of its windows is (the window manager gave it focus).
    chosen.forEach((app, index) => (app.active = roots[index]?.children.some((window) => window?.node.states.has('active')) ?? false));
    let kept = roots;
    if (options.scope === 'focused' && chosen.some((app) => app.active)) {
      kept = roots.filter((_, index) => chosen[index]!.active);
      this.omitted.applications = chosen.length - kept.length;
      chosen = chosen.filter((app) => app.active);
    }
    const nodes: AccessibleNode[] = [];
    let unfinished = 0;
    const flatten = (pending: PendingNode, parent: number | undefined) => {
      const index = nodes.length;
      nodes.push({ ...pending.node, ...(parent !== undefined ? { parent } : {}) });
      for (let at = 0; at < pending.children.length; at++) {
        const child = pending.children[at];
        if (child) flatten(child, index);
        else if (!pending.settled[at]) unfinished++;
      }
    };
    for (const root of kept) root?.assemble?.();
    for (const root of kept) if (root) flatten(root, undefined);
    const omitted = { ...this.omitted, time: this.omitted.time + unfinished + unreadApplications };
    return {
      nodes,
      applications: chosen,
      omitted,
      notes: describeOmissions(omitted, { maxDepth: this.maxDepth, maxNodes: this.maxNodes, budgetMs: this.deadline - this.started }),
      elapsedMs: performance.now() - this.started,
      calls: this.calls,
    };
  }

  /**
   * Read one application. Fast path: its whole showing tree in one
   * Collection.GetMatches call, then every node's facts at once — about three
   * round trips whatever the depth, which is what matters on a busy machine
   * where each round trip waits for three processes to be scheduled. Toolkits
   * without Collection are walked level by level instead (visit()).
   */
  private async readApplication(ref: AccessibleRef, application: string, attach: (node: PendingNode) => void): Promise<void> {
    const rootRead = this.readNode(ref, 0, application, false, () => undefined);
    const parse = ([matches]: unknown[]) => (matches as [string, string][]).map(([bus, path]) => ({ bus, path }));
    // Listed page by page: a listing costs the application time in proportion to its length, and it answers one call at a time.
    const firstPage = (count: number) =>
      this.call(ref, 'org.a11y.atspi.Collection', 'GetMatches', '(aiia{ss}iaiiasib)uib', [SHOWING_RULE, SORT_CANONICAL, count, true]).then(parse);
    const nextPage = (after: AccessibleRef, count: number) =>
      this.call(ref, 'org.a11y.atspi.Collection', 'GetMatchesFrom', 'o(aiia{ss}iaiiasib)uuib', [after.path, SHOWING_RULE, SORT_CANONICAL, TREE_INORDER, count, true]).then(parse);
    const refs: AccessibleRef[] = [];
    let page: AccessibleRef[];
    try {
      page = await firstPage(Math.min(this.maxNodes, LISTING_PAGE));
    } catch (error) {
      if (error instanceof AtspiCallError && error.errorName === 'budget') {
        this.omitted.time++;
        return;
      }
      await rootRead;
      return this.visit(ref, 0, 0, application, false, attach);
    }
    const root = await rootRead;
    if (!root) {
      this.omitted.time += page.length;
      return;
    }
    let listedAll = false;
    let limitReached = false;
    const slots: (AccessibleNode | undefined)[] = [];
    const pending: PendingNode = { node: root, children: [], settled: [] };
    pending.assemble = () => {
      const byKey = new Map<string, PendingNode>([[`${ref.bus}${ref.path}`, pending]]);
      const read = slots.filter((node): node is AccessibleNode => !!node);
      for (const node of read) byKey.set(`${node.ref.bus}${node.ref.path}`, { node, children: [], settled: [] });
      for (const node of read) {
        const parent = (node.parentRef && byKey.get(`${node.parentRef.bus}${node.parentRef.path}`)) || pending;
        parent.children.push(byKey.get(`${node.ref.bus}${node.ref.path}`)!);
        parent.settled.push(true);
      }
      // Depths from the links; below the depth limit is left out.
      const setDepth = (item: PendingNode, depth: number) => {
        item.node.depth = depth;
        if (depth >= this.maxDepth) {
          this.omitted.depth += item.children.length;
          item.children = [];
          item.settled = [];
        }
        for (const child of item.children) if (child) setDepth(child, depth + 1);
      };
      setDepth(pending, 0);
      // Listed but not read, plus (when the listing did not reach the end) at least one more.
      this.omitted.time += refs.length - read.length + (listedAll || limitReached ? 0 : 1);
      if (limitReached) this.omitted.count += 1;
    };
    attach(pending);
    const reads: Promise<unknown>[] = [];
    for (;;) {
      const start = refs.length;
      // The application object counts as one of the nodes.
      const room = this.maxNodes - 1 - start;
      if (page.length > room) {
        limitReached = true;
        page = page.slice(0, room);
      }
      refs.push(...page);
      reads.push(Promise.all(page.map((child, index) => this.readNode(child, 1, application, false, (node) => (slots[start + index] = node)))));
      if (limitReached) break;
      if (page.length < LISTING_PAGE || refs.length === 0) {
        listedAll = true;
        break;
      }
      try {
        page = await nextPage(refs[refs.length - 1]!, Math.min(LISTING_PAGE, this.maxNodes - refs.length));
      } catch (error) {
        if (!(error instanceof AtspiCallError)) throw error;
        break;
      }
    }
    await Promise.all(reads);
  }

  /**
   * One node's facts (flat reads): role, states, name, parent, box; then its
   * details. `onRead` gets the node as soon as the first facts are in (the
   * details fill it in later), so a read cut by the budget keeps it.
   */
  private async readNode(ref: AccessibleRef, depth: number, application: string, later: boolean, onRead: (node: AccessibleNode) => void): Promise<AccessibleNode | undefined> {
    try {
      const [role, stateWords, props, extents] = await Promise.all([
        this.call(ref, ACCESSIBLE_INTERFACE, 'GetRole', undefined, undefined, later).then(([number]) => this.roleName(ref, Number(number))),
        this.call(ref, ACCESSIBLE_INTERFACE, 'GetState', undefined, undefined, later).then(([words]) => words as number[]),
        this.properties(ref, ACCESSIBLE_INTERFACE, later),
        depth === 0 ? Promise.resolve(undefined) : this.extents(ref, later),
      ]);
      const parent = props.Parent as [string, string] | undefined;
      const node: AccessibleNode = {
        ref,
        depth,
        indexInParent: -1,
        roleName: role,
        name: String(props.Name ?? '').trim(),
        description: String(props.Description ?? '').trim(),
        states: decodeStates(stateWords),
        interfaces: new Set(),
        labelledBy: [],
        describedBy: [],
        childCount: Number(props.ChildCount ?? 0),
        application,
        ...(parent && depth > 0 ? { parentRef: { bus: parent[0], path: parent[1] } } : {}),
      };
      if (extents) {
        node.extents = extents;
        node.interfaces.add('Component');
      }
      onRead(node);
      await this.readDetails(node, depth === 0 || node.states.has('showing'), later);
      return node;
    } catch (error) {
      if (!(error instanceof AtspiCallError)) throw error;
      if (error.errorName !== 'budget') this.omitted.failed++;
      return undefined;
    }
  }

  private extents(ref: AccessibleRef, later: boolean): Promise<ScreenRect | undefined> {
    return this.call(ref, 'org.a11y.atspi.Component', 'GetExtents', 'u', [ATSPI_COORDS_SCREEN], later).then(
      ([box]) => {
        const [x, y, width, height] = box as number[];
        return { x: x!, y: y!, width: width!, height: height! };
      },
      (error: unknown) => {
        if (error instanceof AtspiCallError && (error.errorName === 'timeout' || error.errorName === 'budget')) throw error;
        return undefined;
      },
    );
  }

  /**
   * Read one node and, within the limits, its subtree. `later`: the node lies
   * off screen (its parent does), so its calls wait behind everything on
   * screen — a window taller than the screen spends the budget on what shows.
   */
  private async visit(
    ref: AccessibleRef,
    depth: number,
    indexInParent: number,
    application: string,
    later: boolean,
    attach: (node: PendingNode) => void,
  ): Promise<void> {
    if (this.nodeCount >= this.maxNodes) {
      this.omitted.count++;
      return;
    }
    if (performance.now() > this.deadline) {
      this.omitted.time++;
      return;
    }
    this.nodeCount++;
    let node: AccessibleNode;
    let details: Promise<unknown>;
    let childRefs: AccessibleRef[] = [];
    let offscreen = later;
    try {
      // The children and the box are asked for at once with the rest (an empty answer for a leaf costs less than a round trip).
      // Interfaces are not asked for: every call costs, and the role says what to read (acting asks for them).
      const [role, stateWords, props, children, extents] = await Promise.all([
        this.call(ref, ACCESSIBLE_INTERFACE, 'GetRole', undefined, undefined, later).then(([number]) => this.roleName(ref, Number(number))),
        this.call(ref, ACCESSIBLE_INTERFACE, 'GetState', undefined, undefined, later).then(([words]) => words as number[]),
        this.properties(ref, ACCESSIBLE_INTERFACE, later),
        this.call(ref, ACCESSIBLE_INTERFACE, 'GetChildren', undefined, undefined, later).then(([list]) => (list as [string, string][]).map(([bus, path]) => ({ bus, path }))),
        // Everything a person sees has a Component; an application object does not.
        depth === 0
          ? Promise.resolve(undefined)
          : this.call(ref, 'org.a11y.atspi.Component', 'GetExtents', 'u', [ATSPI_COORDS_SCREEN], later).then(
              ([box]) => box as number[],
              (error: unknown) => {
                if (error instanceof AtspiCallError && (error.errorName === 'timeout' || error.errorName === 'budget')) throw error;
                return undefined;
              },
            ),
      ]);
      const states = decodeStates(stateWords);
      const childCount = Number(props.ChildCount ?? 0);
      node = {
        ref,
        depth,
        indexInParent,
        roleName: role,
        name: String(props.Name ?? '').trim(),
        description: String(props.Description ?? '').trim(),
        states,
        interfaces: new Set(),
        labelledBy: [],
        describedBy: [],
        childCount,
        application,
      };
      if (extents) {
        const [x, y, width, height] = extents;
        node.extents = { x: x!, y: y!, width: width!, height: height! };
        node.interfaces.add('Component');
        if (this.screen && !overlaps(node.extents, this.screen)) offscreen = true;
      }
      // An application object has no "showing" state of its own; everything else must show to be seen.
      const showing = depth === 0 || states.has('showing');
      details = this.readDetails(node, showing, offscreen);
      if (childCount > 0) {
        if (!showing) this.omitted.hidden += childCount;
        else if (depth >= this.maxDepth) this.omitted.depth += childCount;
        else childRefs = children;
      }
    } catch (error) {
      if (!(error instanceof AtspiCallError)) throw error;
      if (error.errorName === 'budget') this.omitted.time++;
      else this.omitted.failed++;
      return;
    }
    // GTK reports a null reference for a child it has not created yet; skip those.
    const realChildren = childRefs.filter((child) => child.path !== '/org/a11y/atspi/null');
    const pending: PendingNode = { node, children: new Array(realChildren.length), settled: new Array(realChildren.length).fill(false) };
    attach(pending);
    const childLater = await this.childPriorities(realChildren, offscreen);
    await Promise.all([
      ...realChildren.map((child, index) =>
        this.visit(child, depth + 1, index, application, childLater[index]!, (read) => (pending.children[index] = read)).finally(
          () => (pending.settled[index] = true),
        ),
      ),
      details,
    ]);
  }

  /**
   * Which children to read later. A container of many children (a long list,
   * a big grid) would otherwise fill the queue ahead of everything else in
   * the window: its children's boxes are asked for first, after all other
   * work, and those on screen are read before those off it.
   */
  private async childPriorities(children: readonly AccessibleRef[], parentOffscreen: boolean): Promise<boolean[]> {
    if (parentOffscreen || !this.screen || children.length <= BIG_CONTAINER_CHILDREN) return children.map(() => parentOffscreen);
    const screen = this.screen;
    return Promise.all(
      children.map((child) =>
        this.call(child, 'org.a11y.atspi.Component', 'GetExtents', 'u', [ATSPI_COORDS_SCREEN], true).then(
          ([box]) => {
            const [x, y, width, height] = box as number[];
            return !overlaps({ x: x!, y: y!, width: width!, height: height! }, screen);
          },
          () => true,
        ),
      ),
    );
  }

  /** Bounds, text, value and relations, as far as the node offers them; a detail that fails loses only itself. */
  private async readDetails(node: AccessibleNode, showing: boolean, later: boolean): Promise<void> {
    if (!showing) return;
    const { ref, roleName } = node;
    const details: Promise<unknown>[] = [];
    // A label's name is its text already; fields and documents hold text that is no name.
    if (FIELD_ROLES.has(roleName) || (TEXT_ROLES_WITH_CONTENT.has(roleName) && !node.name)) {
      details.push(
        this.call(ref, 'org.a11y.atspi.Text', 'GetText', 'ii', [0, -1], later).then(([text]) => {
          node.text = String(text ?? '');
          node.interfaces.add('Text');
        }),
      );
    }
    if (VALUE_ROLES.has(roleName)) {
      details.push(
        this.properties(ref, 'org.a11y.atspi.Value', later).then((value) => {
          if (value.CurrentValue === undefined) return;
          node.value = { current: Number(value.CurrentValue), minimum: Number(value.MinimumValue ?? 0), maximum: Number(value.MaximumValue ?? 0) };
          node.interfaces.add('Value');
        }),
      );
    }
    // Labelled-by matters for what has no name of its own: fields, lists, choosers.
    if (node.depth > 0 && (LABELLED_ROLES.has(roleName) || !node.name)) {
      details.push(
        this.call(ref, ACCESSIBLE_INTERFACE, 'GetRelationSet', undefined, undefined, later).then(([relations]) => {
          for (const [type, targets] of relations as [number, [string, string][]][]) {
            const refs = targets.map(([bus, path]) => ({ bus, path }));
            if (type === AtspiRelation.labelledBy) node.labelledBy.push(...refs);
            if (type === AtspiRelation.describedBy) node.describedBy.push(...refs);
          }
        }),
      );
    }
    // A detail the object does not offer (no Text, no Component) fails alone; only a timeout means it did not answer.
    const settled = await Promise.allSettled(details);
    if (settled.some((result) => result.status === 'rejected' && result.reason instanceof AtspiCallError && result.reason.errorName === 'timeout')) this.omitted.failed++;
  }

  private roleName(ref: AccessibleRef, role: number): Promise<string> {
    // Role numbers are fixed, so one GetRoleName per distinct role serves every read on this connection.
    let name = this.roleNames.get(role);
    if (!name) {
      // Ahead of everything queued: every node with this role waits for the answer.
      name = this.limit(() => {
        this.calls++;
        return this.connection.call(ref, ACCESSIBLE_INTERFACE, 'GetRoleName');
      }, 'first').then(([text]) => String(text));
      this.roleNames.set(role, name);
      name.catch(() => this.roleNames.delete(role));
    }
    return name;
  }

  /** A call through the limiter; once the budget is spent, queued calls fail at once (errorName 'budget') instead of running. */
  private call(ref: AccessibleRef, iface: string, member: string, signature?: string, body?: unknown[], later = false): Promise<unknown[]> {
    return this.limit(() => {
      this.assertBudget();
      this.calls++;
      return this.connection.call(ref, iface, member, signature, body);
    }, later);
  }

  private properties(ref: AccessibleRef, iface: string, later = false): Promise<Record<string, unknown>> {
    return this.limit(() => {
      this.assertBudget();
      this.calls++;
      return this.connection.properties(ref, iface);
    }, later);
  }

  private assertBudget(): void {
    if (performance.now() > this.deadline) throw new AtspiCallError('the time budget is spent', 'budget');
  }
}

function overlaps(a: ScreenRect, b: ScreenRect): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}
