/**
 * Rule: a path through a tree of folders is followed by its names, whatever
 * depth the demonstration had.
 *
 * A task that names a file by its path ("Open reports/2024/q3.pdf", "Select
 * the file q3.pdf in the 2024 folder under reports"), demonstrated as clicks
 * that opened folders of its own path (on a folder's row, or on the ▸ control
 * beside its name) and then a click on its file, shows how this tree opens
 * and how a file is chosen. A new path — deeper or shallower, with other
 * folders already open — is followed level by level: each folder is looked
 * for by its name inside the folder before it (names recur elsewhere in a
 * tree, so only the shallowest one inside is this level's), opened when it
 * is closed (its expanded state, its ▸/▾ control, or whether anything shows
 * inside it), never clicked when open (that would close it); then the file
 * is chosen inside the last folder as the demonstration chose its file.
 *
 * It never guesses: two elements with the level's name at the same depth, a
 * folder that stays closed after it was opened, or a name missing from its
 * folder is a refusal that names the level.
 *
 * Pure functions over the task texts, the stored steps and the current
 * elements; the policy keeps what was already done as visit keys.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { normalizeText } from '../text-match.js';
import { ancestorIds, asPathPlan } from './path-plan.js';

/** A planned step of a tree path: open the folders until the file shows, then choose it. */
export interface TreePathStep {
  stage: 'open' | 'leaf';
  /** Folder names from the top, then the file's. */
  names: string[];
  choose: 'click' | 'double-click';
  /** The demonstrated path, for reports. */
  demonstrated: string[];
  /** Keeps the visit keys of one path apart from another's. */
  key: number;
}

/** Words a tree-path task is made of besides its path. */
const TREE_WORDS = new Set([
  'open', 'select', 'choose', 'click', 'pick', 'find', 'go', 'to', 'the', 'a', 'an', 'file', 'folder', 'directory', 'in', 'inside',
  'under', 'within', 'please', 'on', 'double-click', 'item', 'document', 'named', 'called', 'of', 'sub-folder', 'subfolder',
]);
/** Verbs that only reach an item (no other effect): a task led by another verb asks for more than reaching it. */
const REACH_VERBS = new Set(['open', 'select', 'choose', 'click', 'pick', 'find', 'go', 'double-click']);

/** A tree row's name: its text without the ▸/▾ glyphs or marks drawn around it. */
export function bareName(text: string | undefined): string {
  return normalizeText((text ?? '').replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N})\]]+$/u, ''));
}

/**
 * The path a task names, folders first, the item last; undefined when the
 * task is more (or other) than reaching one item by its path. A slash path
 * ("a/b/c.pdf") or "F in the B folder (under A)".
 */
export function taskTreePath(task: string): string[] | undefined {
  const text = task.trim().replace(/[.!]+$/, '');
  let names: string[] | undefined;
  let rest = text;
  const slashed = /(?:^|\s)((?:[^\s/]+\/)+[^\s/]+)(?=\s|$)/.exec(text);
  if (slashed) {
    names = slashed[1]!.split('/');
    rest = text.replace(slashed[1]!, ' ');
  } else {
    const phrased = /(?:^|\s)(\S+) in the (\S+) (?:folder|directory)(?: under (?:the )?(\S+?)(?: (?:folder|directory))?)?(?=\s|$)/i.exec(text);
    if (phrased) {
      names = phrased[3] ? [phrased[3], phrased[2]!, phrased[1]!] : [phrased[2]!, phrased[1]!];
      rest = text.replace(phrased[0], ' ');
    }
  }
  if (!names || names.some((name) => bareName(name) === '')) return undefined;
  const words = rest.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || !REACH_VERBS.has(words[0]!) || !words.every((word) => TREE_WORDS.has(word))) return undefined;
  return names;
}

function targetOf(step: Step): UIElement | undefined {
  const action = step.action;
  const id = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  return id === undefined ? undefined : step.observation.elements.find((element) => element.id === id);
}

const hasWords = (text: string | undefined) => /[\p{L}\p{N}]/u.test(text ?? '');

/**
 * The path a demonstration took, when it reached the item its task names by
 * its path: every step (waits aside) clicked a folder of the path (its row,
 * or a control with no words in that folder's row), in path order, and the
 * last one chose the item.
 */
export function demonstratedTreePath(steps: readonly Step[], demoTask: string): { names: string[]; steps: number[]; choose: 'click' | 'double-click' } | undefined {
  const names = taskTreePath(demoTask);
  if (!names) return undefined;
  const wanted = names.map(bareName);
  const acted: number[] = [];
  let level = 0;
  for (const [index, step] of steps.entries()) {
    const action = step.action;
    if (action.type === 'wait' || action.type === 'done' || step.result?.ok === false) continue;
    if (action.type !== 'click' && action.type !== 'double-click') return undefined;
    const target = targetOf(step);
    if (!target) return undefined;
    let name = bareName(target.text || target.label);
    if (!hasWords(target.text)) {
      // A ▸ control: the folder is the one whose row holds it — the row's text, or, when the observation did
      // not keep the row, what the control's siblings in it show (the folder's name before what is inside it).
      const row = step.observation.elements.find((element) => element.id === target.parentId);
      const siblings = () =>
        target.parentId === undefined ? '' : step.observation.elements.filter((element) => element !== target && element.parentId === target.parentId).map((element) => element.text).join(' ');
      name = bareName(row ? row.text : siblings());
      name = wanted.slice(0, -1).find((folder) => name === folder || name.startsWith(`${folder} `)) ?? '';
    }
    const at = wanted.indexOf(name, level);
    if (at < 0) return undefined;
    level = at;
    acted.push(index);
  }
  const last = acted.at(-1);
  if (last === undefined || level !== wanted.length - 1) return undefined;
  const lastTarget = targetOf(steps[last]!);
  if (bareName(lastTarget?.text || lastTarget?.label) !== wanted.at(-1)) return undefined;
  const choose = steps[last]!.action.type === 'double-click' ? 'double-click' : 'click';
  return { names, steps: acted, choose };
}

/** Follow a tree path the task names with a demonstrated tree path of any depth, when both tasks are tree paths. */
export function treePathPlan(plan: DemonstrationPlan): DemonstrationPlan | undefined {
  const names = taskTreePath(plan.task);
  if (!names) return undefined;
  const steps = plan.trajectory.steps;
  const demonstrated = demonstratedTreePath(steps, plan.trajectory.task);
  if (!demonstrated) return undefined;
  const first = demonstrated.steps[0]!;
  const last = demonstrated.steps.at(-1)!;
  const tree = { names, choose: demonstrated.choose, demonstrated: demonstrated.names, key: first } as const;
  const planned: PlannedStep[] = [
    { sourceIndex: first, step: steps[first]!, bindings: [], treePath: { ...tree, stage: 'open' } },
    { sourceIndex: last, step: steps[last]!, bindings: [], treePath: { ...tree, stage: 'leaf' } },
  ];
  return asPathPlan(plan, planned, `follows the tree path ${names.join('/')} folder by folder as the demonstration followed ${demonstrated.names.join('/')}`);
}

interface Level {
  /** The element showing the level's name. */
  named: UIElement;
  /** The item holding its row and, when open, what is inside it. */
  item: UIElement;
}

/** Where the path stands on this screen. */
interface TreeWalk {
  found: Level[];
  /** The first folder of the path that is closed. */
  closed?: Level;
  /** The name not found inside the last folder found. */
  missing?: string;
  problem?: string;
}

/** The control with no words of its own in a folder's row (▸ / ▾), when it has one. */
export function toggleOf(level: Level, elements: readonly UIElement[]): UIElement | undefined {
  const rowY = level.named.box.y + level.named.box.height / 2;
  const controls = elements.filter(
    (element) =>
      !element.states.hidden &&
      element.interactive &&
      element !== level.named &&
      (element.parentId === level.item.id || element.parentId === level.named.parentId) &&
      !hasWords(element.text) &&
      Math.abs(element.box.y + element.box.height / 2 - rowY) <= Math.max(level.named.box.height, 8) / 2 + 2,
  );
  return controls.length === 1 ? controls[0] : undefined;
}

/** Is a folder open: its expanded state, its toggle's state or glyph, else whether anything shows inside it. */
export function isOpen(level: Level, elements: readonly UIElement[], byId: ReadonlyMap<number, UIElement>): boolean {
  if (level.item.states.expanded !== undefined) return Boolean(level.item.states.expanded);
  if (level.named.states.expanded !== undefined) return Boolean(level.named.states.expanded);
  const toggle = toggleOf(level, elements);
  if (toggle?.states.expanded !== undefined) return Boolean(toggle.states.expanded);
  if (toggle && /[▾▼⌄]/u.test(toggle.text)) return true;
  if (toggle && /[▸▶►›]/u.test(toggle.text)) return false;
  if (toggle && /\bcollapse\b/i.test(toggle.label ?? '')) return true;
  if (toggle && /\bexpand\b/i.test(toggle.label ?? '')) return false;
  if (/^\s*[▾▼]/u.test(level.named.text)) return true;
  if (/^\s*[▸▶►]/u.test(level.named.text)) return false;
  return elements.some(
    (element) =>
      !element.states.hidden &&
      element !== level.named &&
      element !== toggle &&
      hasWords(element.text) &&
      ancestorIds(element, byId).includes(level.item.id) &&
      !ancestorIds(level.named, byId).includes(element.id) &&
      !ancestorIds(element, byId).includes(level.named.id),
  );
}

/** The item of a row: its parent when the parent's text starts with the row's name (a list item holding the row), else the row. */
function itemOf(named: UIElement, byId: ReadonlyMap<number, UIElement>): UIElement {
  const parent = named.parentId === undefined ? undefined : byId.get(named.parentId);
  const name = bareName(named.text || named.label);
  if (parent && bareName(parent.text).startsWith(name)) return parent;
  return named;
}

/** Walk the path level by level on the current elements. */
export function walkTree(names: readonly string[], elements: readonly UIElement[]): TreeWalk {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const found: Level[] = [];
  let scope: UIElement | undefined;
  for (const [level, name] of names.entries()) {
    const wanted = bareName(name);
    const inScope = elements.filter(
      (element) =>
        !element.states.hidden &&
        element !== scope &&
        bareName(element.text || element.label) === wanted &&
        (scope === undefined || ancestorIds(element, byId).includes(scope.id)),
    );
    const innermost = inScope.filter((element) => !inScope.some((other) => other !== element && ancestorIds(other, byId).includes(element.id)));
    if (innermost.length === 0) return { found, missing: name };
    const depth = (element: UIElement) => ancestorIds(element, byId).length;
    const shallowest = Math.min(...innermost.map(depth));
    const here = innermost.filter((element) => depth(element) === shallowest);
    if (here.length > 1) {
      return { found, problem: `${here.length} items read ${JSON.stringify(name)}${level > 0 ? ` in the folder ${JSON.stringify(names[level - 1])}` : ' at the top of the tree'}` };
    }
    const named = here[0]!;
    const entry: Level = { named, item: itemOf(named, byId) };
    found.push(entry);
    if (level === names.length - 1) break;
    if (!isOpen(entry, elements, byId)) return { found, closed: entry };
    scope = entry.item;
  }
  return { found };
}

const OPEN_SCORE = 0.8;
const CHOOSE_SCORE = 0.9;
/** How long to let a folder open before looking again. */
const OPEN_SETTLE_MS = 400;

/** Ground one step of a tree path on the current elements; `visited` holds the keys its steps returned before. */
export function groundTreePath(tree: TreePathStep, elements: readonly UIElement[], visited: ReadonlySet<string>, keyPrefix: string): { grounding: StepGrounding; visitKey?: string } {
  const prefix = `${keyPrefix}${tree.key}:`;
  const walked = walkTree(tree.names, elements);
  const pathText = tree.names.join('/');
  if (walked.problem) return { grounding: { ok: false, score: 0, reason: `cannot follow the path ${pathText}: ${walked.problem}` } };
  const complete = walked.found.length === tree.names.length;
  if (tree.stage === 'leaf') {
    if (!complete) {
      return { grounding: { ok: false, score: 0, reason: `${JSON.stringify(walked.missing ?? tree.names.at(-1))} does not show inside ${JSON.stringify(walked.found.at(-1)?.named.text ?? 'the tree')}` } };
    }
    const leaf = walked.found.at(-1)!.named;
    const action: Action = { type: tree.choose, target: { elementId: leaf.id } };
    return { grounding: { ok: true, action, score: CHOOSE_SCORE, reason: `[${leaf.id}] is the only ${JSON.stringify(tree.names.at(-1))} inside the path ${pathText}` } };
  }
  if (complete) return { grounding: { ok: true, satisfied: true, score: 1, reason: `${JSON.stringify(tree.names.at(-1))} shows inside its folder` } };
  if (!walked.closed) {
    const where = walked.found.at(-1);
    return { grounding: { ok: false, score: 0, reason: `no ${JSON.stringify(walked.missing)} ${where ? `inside the open folder ${JSON.stringify(bareName(where.named.text))}` : 'at the top of the tree'}` } };
  }
  const folder = walked.closed;
  const name = bareName(folder.named.text || folder.named.label);
  const level = walked.found.length - 1;
  const openKey = `${prefix}open:${level}:${name}`;
  if (visited.has(openKey)) {
    // A folder may redraw a moment after the click: look again once before giving up.
    const waitKey = `${prefix}waited:${level}:${name}`;
    if (!visited.has(waitKey)) return { visitKey: waitKey, grounding: { ok: true, action: { type: 'wait', ms: OPEN_SETTLE_MS }, score: OPEN_SCORE, reason: `let the folder ${JSON.stringify(name)} open` } };
    return { grounding: { ok: false, score: 0, reason: `opened the folder ${JSON.stringify(name)}, and it still shows closed` } };
  }
  const toggle = toggleOf(folder, elements);
  const target = toggle ?? folder.named;
  return {
    visitKey: openKey,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: target.id } },
      score: OPEN_SCORE,
      reason: `open the folder ${JSON.stringify(name)} (level ${level + 1} of ${pathText})${toggle ? ` with the control ${JSON.stringify(toggle.text || toggle.label || '')} beside it` : ''}, as the demonstration opened the folders of its path`,
    },
  };
}
