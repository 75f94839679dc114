/**
 * State abstraction: an observation in, the compact text a prompt carries out
 * (plus the id → element map to act on it). Deterministic and model-free —
 * Synapse's first idea without running model-written code.
 *
 * What it does, in order:
 * 1. drops what a person would not see or need: hidden and zero-size
 *    elements, text that only repeats the task (MiniWoB's instruction band),
 *    text that is already the label of a control shown next to it, loose
 *    text between links and buttons that shares no word with the task, and
 *    lone punctuation;
 * 2. keeps the structure that tells repeated items apart, but collapses
 *    containers of plain items (list rows, table rows, button bars) into one
 *    compact line each, and dissolves containers with a single child;
 * 3. orders siblings by reading position (line by line, left to right);
 * 4. if the result exceeds the token budget, keeps the most useful lines —
 *    interactive elements, words shared with the task, the focused element,
 *    dialogs, what is in the viewport — and says how many were left out.
 *
 * Same format for DOM and OCR observations (see render-element.ts), so one
 * exemplar format serves the browser and the desktop.
 */
import type { Observation, UIElement } from '../core/observation.js';
import type { StepObservation } from '../core/trajectory.js';
import { sortByReadingOrder } from './reading-order.js';
import { DEFAULT_RENDER_LIMITS, containerName, displayName, renderElement, type RenderLimits } from './render-element.js';
import { contentWords, normaliseText, taskOverlap } from './task-words.js';
import { countTokens, estimateTokens } from '../core/tokens.js';

/** Default prompt budget for one observation, tokens (o200k_base). */
export const DEFAULT_TOKEN_BUDGET = 1200;
/** A container of at most this many leaf items becomes one line. */
const ROW_ITEMS = 8;

export interface AbstractOptions {
  /** Most tokens the text may take. Default DEFAULT_TOKEN_BUDGET. */
  tokenBudget?: number;
  /** Text and option limits per line. */
  limits?: Partial<RenderLimits>;
}

export interface AbstractedObservation extends StepObservation {
  /** Tokens of `text` (o200k_base). */
  tokens: number;
  /** Every element whose id appears in `text`, by id. */
  idMap: Map<number, UIElement>;
  /** Elements left out to respect the budget. */
  omitted: number;
}

/** A node of the kept tree. */
interface TreeNode {
  element: UIElement;
  children: TreeNode[];
  container: boolean;
}

/** One line (or one compact row) of the output. */
interface Entry {
  text: string;
  depth: number;
  ids: number[];
  score: number;
  /** Position in tree order. */
  order: number;
  /** The header entry this one sits under, if any. */
  parent?: Entry;
  /** A header that stays even with one line under it (dialog, frame, scroller, clickable). */
  strong?: boolean;
}

/**
 * When the budget left a header with fewer than two lines under it, the
 * header says nothing its line does not: drop it and lift what is under it.
 */
function withoutLoneHeaders(chosen: readonly Entry[]): { entry: Entry; depth: number }[] {
  const childCount = new Map<Entry, number>();
  for (const entry of chosen) if (entry.parent) childCount.set(entry.parent, (childCount.get(entry.parent) ?? 0) + 1);
  const kept = (entry: Entry) => !childCount.has(entry) || entry.strong || childCount.get(entry)! >= 2;
  const result: { entry: Entry; depth: number }[] = [];
  for (const entry of chosen) {
    if (!kept(entry)) continue;
    let depth = 0;
    for (let parent = entry.parent; parent; parent = parent.parent) if (kept(parent)) depth++;
    result.push({ entry, depth });
  }
  return result;
}

export function abstract(observation: Observation, task: string, options: AbstractOptions = {}): AbstractedObservation {
  const budget = options.tokenBudget ?? DEFAULT_TOKEN_BUDGET;
  if (!Number.isFinite(budget) || budget < 1) throw new RangeError(`tokenBudget must be a positive number, got ${budget}`);
  const limits: RenderLimits = { ...DEFAULT_RENDER_LIMITS, ...options.limits };
  const taskWords = new Set(contentWords(task));
  const taskNormalised = normaliseText(task);

  const roots = buildTree(observation, taskNormalised, taskWords);
  const viewport = observation.viewport;

  const scoreOf = (element: UIElement, dialog: boolean): number => {
    let score = element.interactive ? 3 : element.role === 'heading' ? 1.5 : 1;
    score += 4 * Math.min(3, taskOverlap(taskWords, `${displayName(element)} ${element.value ?? ''}`));
    if (element.states.focused) score += 3;
    if (dialog) score += 2;
    const box = element.box;
    if (box.x < viewport.width && box.y < viewport.height && box.x + box.width > 0 && box.y + box.height > 0) score += 1.5;
    if (element.role === 'textbox' || element.role === 'combobox') score += 0.5;
    return score;
  };

  // Tree → entries in reading order.
  const entries: Entry[] = [];
  const visit = (node: TreeNode, depth: number, parent: Entry | undefined, dialog: boolean) => {
    const element = node.element;
    const withinDialog = dialog || element.role === 'dialog' || element.role === 'alertdialog';
    const textLimit = (candidate: UIElement) =>
      taskOverlap(taskWords, displayName(candidate)) > 0 ? limits.textChars * 2 : limits.textChars;
    const line = (candidate: UIElement, asContainer = false) =>
      renderElement(candidate, { ...limits, textChars: textLimit(candidate) }, asContainer);
    if (!node.container) {
      entries.push({ text: line(element), depth, ids: [element.id], score: scoreOf(element, withinDialog), order: entries.length, parent });
      return;
    }
    const children = sortByReadingOrder(node.children.map((child) => ({ child, box: child.element.box }))).map(({ child }) => child);
    const leafRow = children.length <= ROW_ITEMS && children.every((child) => !child.container);
    const plain = isPlainContainer(element);
    if (leafRow) {
      // A plain container (an unnamed group or row) is the line itself: no prefix, no id of its own.
      const ids = [...(plain ? [] : [element.id]), ...children.map((child) => child.element.id)];
      const score = Math.max(scoreOf(element, withinDialog), ...children.map((child) => scoreOf(child.element, withinDialog)));
      // A choice's group the line already names ("radiogroup "Plan": [9] radio "Free" …") is not said again.
      const named = plain ? '' : containerName(element);
      const items = children.map((child) => line(named && child.element.group === named ? { ...child.element, group: undefined } : child.element)).join(' | ');
      const text = plain ? items : `${line(element, true)}: ${items}`;
      entries.push({ text, depth, ids, score, order: entries.length, parent });
      return;
    }
    const sameRole = children[0]?.element.role;
    const longRun =
      children.length > ROW_ITEMS &&
      children.every((child) => !child.container && child.element.role === sameRole && child.element.inputType === children[0]!.element.inputType);
    if (longRun) {
      // A long list of like items (a scrolled list of buttons, a row of links): rows of ROW_ITEMS,
      // the role said once per row — "(button) [4] "canyon" | [5] "robin" | …".
      let header = parent;
      let childDepth = depth;
      if (!plain) {
        header = { text: `${line(element, true)}:`, depth, ids: [element.id], score: scoreOf(element, withinDialog), order: entries.length, parent, strong: isStrongContainer(element) };
        entries.push(header);
        childDepth = depth + 1;
      }
      for (let start = 0; start < children.length; start += ROW_ITEMS) {
        const chunk = children.slice(start, start + ROW_ITEMS);
        const items = chunk.map((child) => renderElement(child.element, { ...limits, textChars: textLimit(child.element) }, false, true)).join(' | ');
        const roleWord = TEXT_ROLES.has(sameRole!) ? '' : `(${sameRole}) `;
        entries.push({
          text: `${roleWord}${items}`,
          depth: childDepth,
          ids: chunk.map((child) => child.element.id),
          score: Math.max(...chunk.map((child) => scoreOf(child.element, withinDialog))),
          order: entries.length,
          parent: header,
        });
      }
      return;
    }
    if (plain) {
      // An unnamed group of bigger things: its children stand on their own lines at this depth.
      for (const child of children) visit(child, depth, parent, withinDialog);
      return;
    }
    const header: Entry = {
      text: `${line(element, true)}:`,
      depth,
      ids: [element.id],
      score: scoreOf(element, withinDialog),
      order: entries.length,
      parent,
      strong: isStrongContainer(element),
    };
    entries.push(header);
    for (const child of children) visit(child, depth + 1, header, withinDialog);
  };
  for (const root of sortByReadingOrder(roots.map((node) => ({ node, box: node.element.box }))).map(({ node }) => node)) {
    visit(root, 0, undefined, false);
  }

  const countIds = (chosen: readonly Entry[]) => chosen.reduce((sum, entry) => sum + entry.ids.length, 0);
  const totalIds = countIds(entries);
  const render = (chosen: readonly Entry[]): string => {
    const shown = withoutLoneHeaders(chosen);
    const lines = shown.map(({ entry, depth }) => `${'  '.repeat(depth)}${entry.text}`);
    const omitted = totalIds - countIds(shown.map(({ entry }) => entry));
    if (omitted > 0) lines.push(`(${omitted} more elements not shown)`);
    return lines.join('\n');
  };

  let chosen = entries;
  let text = render(entries);
  // Exact counts cost ~1 ms per thousand tokens: skip the full count when the estimate is far over.
  let tokens = estimateTokens(text) > budget * 2 ? Infinity : countTokens(text);
  if (tokens > budget) {
    // Greedy by score with each line's headers, on estimated sizes; then trim on the exact count.
    const ranked = [...entries].sort((a, b) => b.score - a.score || a.order - b.order);
    const picked = new Set<Entry>();
    const noteReserve = 12;
    let estimate = 0;
    for (const entry of ranked) {
      const needed: Entry[] = [];
      for (let current: Entry | undefined = entry; current && !picked.has(current); current = current.parent) needed.push(current);
      const cost = needed.reduce((sum, item) => sum + estimateTokens(item.text) + item.depth + 1, 0);
      if (estimate + cost > budget - noteReserve) continue;
      for (const item of needed) picked.add(item);
      estimate += cost;
    }
    chosen = entries.filter((entry) => picked.has(entry));
    text = render(chosen);
    tokens = countTokens(text);
    // The estimate may be short of the exact count: drop the weakest leaf lines until it fits.
    while (tokens > budget && chosen.length > 0) {
      const parents = new Set(chosen.map((entry) => entry.parent).filter(Boolean));
      const removable = chosen.filter((entry) => !parents.has(entry));
      const weakest = removable.reduce((low, entry) => (entry.score < low.score || (entry.score === low.score && entry.order > low.order) ? entry : low), removable[0]!);
      chosen = chosen.filter((entry) => entry !== weakest);
      text = render(chosen);
      tokens = countTokens(text);
    }
    if (tokens > budget) {
      // A budget smaller than even the "not shown" note: nothing fits.
      text = '';
      tokens = 0;
    }
  }

  const idMap = new Map<number, UIElement>();
  const byId = new Map(observation.elements.map((element) => [element.id, element]));
  for (const { entry } of withoutLoneHeaders(chosen)) for (const id of entry.ids) idMap.set(id, byId.get(id)!);
  return {
    text,
    tokens,
    idMap,
    omitted: totalIds - idMap.size,
    elements: [...idMap.values(), ...tableAncestry(idMap, byId)],
    url: observation.page.url,
    title: observation.page.title,
  };
}

/** Roles of the table structure a kept element's row is read from. */
const TABLE_STRUCTURE_ROLES = new Set(['row', 'cell']);

/**
 * The table rows and cells around the kept elements that the text leaves
 * out (a plain row is its line, with no id of its own): kept beside the
 * shown elements, never in the text, so a step recorded on a table's row
 * action (an icon or a word in each row) still knows which row it was in —
 * the cells of its row, the row around them. Other containers stay out.
 */
function tableAncestry(kept: ReadonlyMap<number, UIElement>, byId: ReadonlyMap<number, UIElement>): UIElement[] {
  const added = new Map<number, UIElement>();
  for (const element of kept.values()) {
    const seen = new Set<number>();
    for (let id = element.parentId; id !== undefined && !kept.has(id) && !added.has(id) && !seen.has(id); id = byId.get(id)?.parentId) {
      seen.add(id);
      const ancestor = byId.get(id);
      if (!ancestor) break;
      if (TABLE_STRUCTURE_ROLES.has(ancestor.role)) added.set(id, ancestor);
    }
  }
  return [...added.values()];
}

/** Largest gap between a label's text and its control, px: beside it on the line or just above or below it. */
const LABEL_GAP = 24;

/** Does a text's box sit next to a control's box (touching within LABEL_GAP, or around it)? */
function nextTo(text: UIElement['box'], control: UIElement['box']): boolean {
  const gapX = Math.max(0, Math.max(text.x, control.x) - Math.min(text.x + text.width, control.x + control.width));
  const gapY = Math.max(0, Math.max(text.y, control.y) - Math.min(text.y + text.height, control.y + control.height));
  return gapX <= LABEL_GAP && gapY <= LABEL_GAP;
}

/**
 * The kept tree: visible elements under their nearest kept ancestor, minus
 * text that repeats the task or a control's label, minus empty containers;
 * weak containers with one child are dissolved.
 */
function buildTree(observation: Observation, taskNormalised: string, taskWords: ReadonlySet<string>): TreeNode[] {
  const visible = observation.elements.filter(
    (element) => !element.states.hidden && element.box.width > 0 && element.box.height > 0,
  );
  // A control's label text → the boxes of the controls it names: the text is a repeat only next to one of them.
  const labels = new Map<string, UIElement['box'][]>();
  const addLabel = (text: string, box: UIElement['box']) => labels.set(normaliseText(text), [...(labels.get(normaliseText(text)) ?? []), box]);
  for (const element of visible) {
    if (element.interactive && element.label) addLabel(element.label, element.box);
    if (element.interactive && (element.role === 'checkbox' || element.role === 'radio') && element.text) addLabel(element.text, element.box);
  }
  const repeatsLabel = (element: UIElement, text: string) => (labels.get(normaliseText(text)) ?? []).some((box) => nextTo(element.box, box));
  const repeatsTask = (text: string) => {
    const normalised = normaliseText(text);
    if (!normalised || !taskNormalised) return false;
    return normalised === taskNormalised || (taskNormalised.includes(normalised) && normalised.length >= 0.6 * taskNormalised.length);
  };

  const parents = new Set<number>();
  /** Parents (-1: the top level) that have interactive children. */
  const parentsOfControls = new Set<number>();
  for (const element of observation.elements) {
    if (element.interactive) parentsOfControls.add(element.parentId ?? -1);
    if (element.parentId !== undefined) parents.add(element.parentId);
  }
  const nodes = new Map<number, TreeNode>();
  for (const element of visible) {
    // Anything with kept children is shown as a container, a clickable row as much as a list.
    const container = parents.has(element.id);
    // A wordless graphic showing a figure (a drop box drawn as an outline) is seen, though it says nothing.
    if (!container && !element.interactive && !element.attributes?.['figure']) {
      const text = displayName(element);
      if (!text.trim() && element.value === undefined) continue;
      // Punctuation on its own ("." after a link) is decoration.
      if (!/[\p{L}\p{N}]/u.test(text) && element.value === undefined) continue;
      if (repeatsTask(text)) continue;
      // Only next to the control: the same words in a table row far off are a key to read by (a form's "Language:" field and the table's "Language" row).
      if (repeatsLabel(element, text)) continue;
      // Loose text between links and buttons ("Lorem [canyon] ipsum.") is filler unless the task mentions it.
      if (element.tag === '#text' && parentsOfControls.has(element.parentId ?? -1) && taskOverlap(taskWords, text) === 0) continue;
    }
    nodes.set(element.id, { element, children: [], container });
  }
  // Nearest kept ancestor (the parent may have been dropped).
  const allById = new Map(observation.elements.map((element) => [element.id, element]));
  const keptParent = (element: UIElement): TreeNode | undefined => {
    let parentId = element.parentId;
    for (let depth = 0; parentId !== undefined && depth < 1000; depth++) {
      const parent = nodes.get(parentId);
      if (parent) return parent;
      parentId = allById.get(parentId)?.parentId;
    }
    return undefined;
  };
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = keptParent(node.element);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }

  // Bottom-up: empty containers go, weak single-child containers hand their child up.
  const prune = (list: TreeNode[]): TreeNode[] => {
    const result: TreeNode[] = [];
    for (const node of list) {
      if (node.container) {
        node.children = prune(node.children);
        const strong = isStrongContainer(node.element);
        if (node.children.length === 0) {
          if (node.element.interactive) result.push({ ...node, container: false });
          continue;
        }
        if (node.children.length === 1 && !strong) {
          result.push(...node.children);
          continue;
        }
      }
      result.push(node);
    }
    return result;
  };
  return prune(roots);
}

/** Containers worth a line of their own even around a single child. */
function isStrongContainer(element: UIElement): boolean {
  return (
    element.interactive ||
    Boolean(element.attributes?.scrollable) ||
    ['dialog', 'alertdialog', 'document', 'tabpanel'].includes(element.role)
  );
}

/** Roles rendered as bare quoted text (see render-element.ts). */
const TEXT_ROLES = new Set(['text', 'cell', 'listitem', 'paragraph', 'StaticText']);

/** Roles of containers that only group: without a name they add no line of their own. */
const PLAIN_CONTAINER_ROLES = new Set([
  'group', 'row', 'rowgroup', 'cell', 'listitem', 'region', 'article', 'banner', 'contentinfo', 'complementary',
  'columnheader', 'rowheader', 'search', 'toolbar', 'main',
]);

function isPlainContainer(element: UIElement): boolean {
  return PLAIN_CONTAINER_ROLES.has(element.role) && !isStrongContainer(element) && !element.attributes?.['aria-label'];
}

/**
 * `abstract()` reduced to what a trajectory step stores (text, elements, url,
 * title): the id map and counts are for the moment of deciding, not for keeping.
 */
export function abstractStep(observation: Observation, task: string, options?: AbstractOptions): StepObservation {
  const { text, elements, url, title } = abstract(observation, task, options);
  return { text, elements, url, title };
}
