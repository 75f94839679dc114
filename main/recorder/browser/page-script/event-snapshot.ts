/**
 * The state at the instant of an input as the operator would observe it: the
 * operator's own extraction pass, bundled in, run synchronously before the
 * page reacts, and the id the target has in it — the step's observation and
 * its target are taken at the same instant, in the same vocabulary as every
 * later observation. In-page code.
 */
import { extractElements } from '../../../../agent/operators/browser/page-script/extract-elements.js';
import type { ExtractResult } from '../../../../agent/operators/browser/page-script/extract/types.js';
import { CONTROL } from './meaningful-target.js';
import type { PageElement, PageNode, PageWindow } from './page-dom.js';
import type { RecorderConfig } from './recorder-context.js';

export interface EventSnapshot {
  extracted: ExtractResult;
  targetId: number | undefined;
}

type Registry = { nodes: (PageNode | undefined)[] } | undefined;

/** Set by the listener tracker when it was installed before the page's own scripts ran. */
const CLICKABLE_FROM_START = 'understudy.clickable-from-start';

export interface Snapshots {
  /** Observe now; `pressed`: the node reacted to the pointer (see below). Undefined if the extraction failed. */
  take(node: PageElement | null | undefined, pressed?: boolean): EventSnapshot | undefined;
  /** The id `node` (or the nearest ancestor that has one) has in the last event-time observation. */
  idOf(node: PageNode | null | undefined): number | undefined;
  /** The node an id of the last event-time observation stands for. */
  nodeOf(id: number): PageNode | undefined;
  /** Nodes the observations before the last one (this script's and the recorder's own) showed: on screen before the hovers. */
  readonly lastShown: Set<PageNode>;
}

export function createSnapshots(config: RecorderConfig, topWindow: PageWindow): Snapshots {
  const registryKey = Symbol.for(config.extract.registryKey ?? 'understudy.recorder-elements');
  const observedKey = Symbol.for(config.observedRegistryKey);
  const registry = (): Registry => topWindow[registryKey] as Registry;
  const shownBefore = (): Set<PageNode> => {
    const shown = new Set<PageNode>();
    for (const key of [registryKey, observedKey]) {
      const nodes = (topWindow[key] as Registry)?.nodes;
      if (nodes) for (const node of nodes) if (node) shown.add(node);
    }
    return shown;
  };
  const snapshots: Snapshots = {
    lastShown: new Set(),
    idOf(node) {
      const current = registry();
      if (!current || !node) return undefined;
      for (let at: PageNode | null | undefined = node; at; at = (at.parentNode as PageNode | null) ?? (at as unknown as { host?: PageNode }).host) {
        const index = current.nodes.indexOf(at);
        if (index > 0) return index;
      }
      return undefined;
    },
    nodeOf(id) {
      return registry()?.nodes[id];
    },
    take(node, pressed) {
      try {
        (snapshots as { lastShown: Set<PageNode> }).lastShown = shownBefore();
        // A pressed element reacted to the pointer: it counts as clickable even when its handler was bound
        // before anything could watch. Only where the listener tracker arrived late (a page that built itself
        // before the recorder): with it there from the start, the press proves nothing the agent's own
        // observation would not show (a sortable item or a hover menu's title reacts to the press of a handler
        // bound elsewhere), and forcing it would store a role the replay never sees.
        const force = pressed && topWindow[Symbol.for(CLICKABLE_FROM_START)] !== true && node && node.nodeType === 1 && !node.closest(CONTROL);
        const extracted = extractElements({ ...config.extract, clickableNodes: force ? [node] : [] });
        return { extracted, targetId: snapshots.idOf(node) };
      } catch {
        return undefined;
      }
    },
  };
  return snapshots;
}
