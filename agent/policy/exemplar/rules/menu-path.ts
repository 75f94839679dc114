/**
 * Rule: a path through menus is followed by its names, whatever depth the
 * demonstration had.
 *
 * A demonstration whose task is nothing but a menu path ("Select File >
 * Export > PDF", 'Hover over Help and click "About"') and whose steps opened
 * each named item in turn, each inside the menu of the one before, shows how
 * this page's menus open (a click, a hover) and how a leaf is chosen. A new
 * task that is also a menu path — of another depth, or naming only its top
 * menu and its leaf ("Open Willow from the Learn menu") — is done the same
 * way: open the named top menu, then at each level the named item (or, when
 * the task skips levels, hover the items of the opened menus one by one,
 * deepest first, a bounded search) until the leaf shows inside the named
 * menu; then choose it as the demonstration chose its leaf.
 *
 * One level is a path too, on either side, when the other side has several
 * ("Open Docs." after "Open Account > Settings.", or the converse): the
 * task's one name is then a top-level item, chosen only when exactly one
 * element on screen shows it before any menu is opened and it can be acted
 * on (a link, a button). Two one-level tasks are a plain click, left to the
 * demonstration's own steps.
 *
 * Each level opens the way that level opened in the demonstration (a
 * recorded hover, a click); deeper than the demonstration went, by a click
 * when it clicked every menu open. Any other level — all of them after a
 * demonstration of one level, the deeper ones after a path that hovered — is
 * opened as a person would try it: rest the pointer on it, look, and click it
 * only when the hover showed nothing (a menu that opens only on hover is
 * never clicked: its title may be a page of its own; one that opens on click
 * is clicked after the hover). An item that says it is expanded is
 * open already (a menu open at the start): it is not clicked again, which
 * would close it.
 *
 * It never guesses: the leaf is chosen only when exactly one element shows
 * its name inside the named menus (for a menu drawn apart from its item, a
 * pop-up at the page's end: the one element on screen with the name once
 * that item was opened); a name shown twice, a menu that is not
 * on screen, or a leaf not found within the bound is a refusal that names
 * the level. Exploring only hovers (a hover opens, it never chooses).
 *
 * Pure functions over the task texts, the stored steps and the current
 * elements; the policy keeps what was already tried as visit keys.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { RepeatedGrounding } from '../ground-step.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { tokenizeTask, type TaskToken } from '../task-tokens.js';
import { bareName } from './tree-path.js';
import { ancestorIds, asPathPlan } from './path-plan.js';

/** A menu path as a task names it. */
export interface TaskMenuPath {
  /** Names from the top menu to the leaf. */
  names: string[];
  /** Every level is named ("A > B > C"); else levels between the named ones may exist and are searched. */
  complete: boolean;
}

/** How a person opened one level of a menu. */
export type MenuOpening = 'click' | 'hover';

/** The planned step of a menu path: open the menus until the leaf shows, then choose the leaf. */
export interface MenuPathStep {
  stage: 'open' | 'leaf';
  path: TaskMenuPath;
  /**
   * How the demonstration opened each level's menu (index 0: the top menu), as far as it went; a level past
   * its end is tried by hover, then by click when the hover showed nothing.
   */
  opens: MenuOpening[];
  /** How the demonstration chose its leaf. */
  choose: 'click' | 'hover' | 'double-click';
  /** The demonstrated path, for reports. */
  demonstrated: string[];
  /** Keeps the visit keys of one path apart from another's; shared by its open and leaf steps. */
  key: number;
}

/**
 * Words a menu-path task is made of besides its names. A task with any other
 * word asks for more than a path, so this rule leaves it to the others.
 */
const MENU_WORDS = new Set([
  'open', 'select', 'choose', 'click', 'pick', 'go', 'to', 'hover', 'over', 'on', 'the', 'in', 'from', 'menu', 'submenu',
  "menu's", 'menus', 'and', 'then', 'item', 'entry', 'option', 'under', 'navigate', 'a', 'an', 'of', 'find', 'please',
  'via', 'use', 'using', 'at', 'it', 'its', 'inside', 'within', 'path', 'menubar', 'mouse', 'move', 'point', 'tap',
  'command', 'with', 'there', 'top', 'level', 'section', 'page', 'navigation', 'nav', 'navbar',
]);
/** Words that make a task about menus at all. */
const MENU_SIGNALS = new Set(['menu', 'submenu', "menu's", 'menus', 'hover', 'menubar', 'section']);
/** Words that ask for the pointer to rest on something rather than choose it: no one-level path ("Move the mouse to Help"). */
const POINTER_WORDS = new Set(['hover', 'over', 'mouse', 'move', 'point']);
/** Marks that join the levels of a path. */
const PATH_MARKS = new Set(['>', '→', '›', '»']);

/** Most clicks before a path's first item that showed the menus (a ☰ toggle), as a demonstration may take them. */
const MAX_REVEAL_STEPS = 2;
/** Most hovers a search for a leaf at an unnamed depth takes before it refuses. */
export const MAX_MENU_EXPLORE = 10;
/** How long to let a menu open after a hover or click that did not show the next level yet. */
const MENU_SETTLE_MS = 500;
const OPEN_SCORE = 0.8;
const CHOOSE_SCORE = 0.9;

const capitalised = (token: TaskToken) => /^[\p{Lu}\p{N}]/u.test(token.text);

/**
 * The menu path a task names, or undefined when the task is more (or other)
 * than a menu path: names are quoted texts and capitalised words (a
 * sentence's first word only when it is no menu word); levels are joined by
 * ">" / "→", or else a name followed by "menu" is a menu and the one other
 * name its leaf. With `single`, a task naming one item and nothing else
 * ("Open Docs.", "Go to Pricing.") is a path of one level.
 */
export function taskMenuPath(task: string, options: { single?: boolean } = {}): TaskMenuPath | undefined {
  const tokens = tokenizeTask(task);
  const segments: { name: string; marked: boolean }[][] = [[]];
  let signal = false;
  let separated = false;
  /** Names seen before an "under" ("Laptops under Products": the leaf comes first). */
  let under: number | undefined;
  let sentenceStart = true;
  let pointing = false;
  let run: TaskToken[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const name = task.slice(run[0]!.start, run[run.length - 1]!.end);
    segments[segments.length - 1]!.push({ name: run[0]!.kind === 'quoted' ? run[0]!.text : name, marked: false });
    run = [];
  };
  for (const [index, token] of tokens.entries()) {
    const previous = tokens[index - 1];
    const adjacent = previous !== undefined && run.length > 0 && /^\s*$/.test(task.slice(previous.end, token.start));
    if (token.kind === 'quoted') {
      flush();
      if (token.text.trim() === '') return undefined;
      run = [token];
      flush();
      sentenceStart = false;
      continue;
    }
    if (PATH_MARKS.has(token.text)) {
      flush();
      segments.push([]);
      separated = true;
      continue;
    }
    if (token.kind === 'punctuation' || (token.kind === 'separator' && token.text !== 'and' && token.text !== 'or')) {
      flush();
      if (/[.!?]/.test(token.text)) sentenceStart = true;
      continue;
    }
    const menuWord = MENU_WORDS.has(token.norm);
    if ((token.kind === 'word' || token.kind === 'number') && capitalised(token) && !(sentenceStart && menuWord)) {
      if (!adjacent) flush();
      run.push(token);
      sentenceStart = false;
      continue;
    }
    flush();
    sentenceStart = false;
    if (token.norm === 'and') continue;
    if (!menuWord) return undefined;
    if (POINTER_WORDS.has(token.norm)) pointing = true;
    if (token.norm === 'under' && under === undefined) under = segments[segments.length - 1]!.length;
    if (MENU_SIGNALS.has(token.norm)) {
      signal = true;
      // "the Learn menu": the name just before is a menu, not the leaf.
      const segment = segments[segments.length - 1]!;
      const last = segment[segment.length - 1];
      if (last && previous && normalizeText(previous.text) === normalizeText(last.name.split(/\s+/).pop())) last.marked = true;
    }
  }
  flush();
  if (separated) {
    if (segments.some((segment) => segment.length !== 1)) return undefined;
    const names = segments.map((segment) => segment[0]!.name);
    return names.length >= 2 ? { names, complete: true } : undefined;
  }
  const found = segments[0]!;
  // "Go to Laptops under Products": the named group, then the leaf before it.
  if (!signal && under === 1 && found.length === 2 && !found.some((name) => name.marked)) {
    const names = [found[1]!.name, found[0]!.name];
    return normalizeText(names[0]) === normalizeText(names[1]) ? undefined : { names, complete: true };
  }
  if (!signal) return options.single && !pointing && under === undefined && found.length === 1 ? { names: [found[0]!.name], complete: true } : undefined;
  const menus = found.filter((name) => name.marked).map((name) => name.name);
  const rest = found.filter((name) => !name.marked).map((name) => name.name);
  // One leaf: "Willow and Kiwi from the Learn menu" names two choices, not a path; without a named menu,
  // only "over Help … click Zephyr" (the menu, then the leaf) is read as a path.
  if (rest.length !== (menus.length > 0 ? 1 : 2)) return undefined;
  // Named menus first, then the other names as written; the last is the leaf.
  const names = [...menus, ...rest];
  if (new Set(names.map(normalizeText)).size !== names.length) return undefined;
  return { names, complete: false };
}

/** An element's name as a menu shows it, without the ▾ / ▸ marks drawn beside it ("Products ▾"). */
const nameOf = (element: Pick<UIElement, 'text' | 'label'>) => bareName(element.text || element.label);

/**
 * The elements showing `name` (innermost only: a list item and the entry
 * inside it that both read "Export" are one), within `scope` when given.
 */
function named(name: string, elements: readonly UIElement[], byId: ReadonlyMap<number, UIElement>, scope?: number): UIElement[] {
  const wanted = bareName(name);
  const found = elements.filter(
    (element) => !element.states.hidden && nameOf(element) === wanted && (scope === undefined || ancestorIds(element, byId).includes(scope)),
  );
  return found.filter((element) => !found.some((other) => other !== element && ancestorIds(other, byId).includes(element.id)));
}

/**
 * The container that holds an item and its sub-menu: its parent, when no
 * other item like it shares that parent (else the parent is the whole menu).
 */
function menuScope(item: UIElement, elements: readonly UIElement[]): number | undefined {
  if (item.parentId === undefined) return undefined;
  const alike = elements.some((other) => other.id !== item.id && other.parentId === item.parentId && other.role === item.role && other.tag === item.tag);
  return alike ? undefined : item.parentId;
}

/**
 * The path a demonstration took, when it is a menu path: every step (waits
 * aside, a hover and a click on one item counted once) acted on an item its
 * task names, each inside the menu of the one before, and its task is that
 * path and nothing more. With `single`, one chosen item (a click on the one
 * name its task gives) is a path of one level.
 */
export function demonstratedMenuPath(
  steps: readonly Step[],
  demoTask: string,
  options: { single?: boolean } = {},
): { names: string[]; steps: number[]; reveal: number[] } | undefined {
  const parsed = taskMenuPath(demoTask, options);
  if (!parsed) return undefined;
  const path: { name: string; index: number }[] = [];
  /** Clicks before the path's first item on a control the task does not name (a ☰ toggle that showed the menus). */
  const reveal: number[] = [];
  const wantedNames = parsed.names.map(bareName);
  for (const [index, step] of steps.entries()) {
    const action = step.action;
    if (action.type === 'wait' || action.type === 'done' || step.result?.ok === false) continue;
    if (action.type !== 'click' && action.type !== 'hover' && action.type !== 'double-click') return undefined;
    const target = targetDescriptorsOf(step)[0];
    const name = target ? (target.text || target.label || '').trim() : '';
    if (!name) return undefined;
    const last = path[path.length - 1];
    if (last && bareName(last.name) === bareName(name)) {
      last.index = index;
      continue;
    }
    if (path.length === 0 && action.type === 'click' && !wantedNames.includes(bareName(name)) && !containsWhole(demoTask, name)) {
      if (reveal.length >= MAX_REVEAL_STEPS) return undefined;
      reveal.push(index);
      continue;
    }
    path.push({ name, index });
  }
  const oneLevel = options.single === true && parsed.names.length === 1 && path.length === 1 && steps[path[0]!.index]!.action.type !== 'hover';
  if (path.length < 2 && !oneLevel) return undefined;
  const names = path.map((entry) => entry.name);
  const wanted = wantedNames;
  if (names.length < wanted.length || !wanted.every((name) => names.some((other) => bareName(other) === name))) return undefined;
  if (bareName(names[names.length - 1]) !== wanted[wanted.length - 1]) return undefined;
  if (parsed.complete && names.length !== wanted.length) return undefined;
  // No item sat outside the menu of the one before, on the screen of the step that chose it. (A stored
  // screen keeps only the elements worth describing, so a chain of parents may break off: then it says nothing.)
  for (let level = 1; level < path.length; level++) {
    const step = steps[path[level]!.index]!;
    const elements = step.observation.elements;
    const byId = new Map(elements.map((element) => [element.id, element]));
    const action = step.action;
    const acted = 'target' in action && action.target && 'elementId' in action.target ? byId.get(action.target.elementId) : undefined;
    const parents = named(path[level - 1]!.name, elements, byId);
    if (!acted || parents.length > 1) return undefined;
    const scope = parents[0] ? menuScope(parents[0], elements) : undefined;
    const chain = ancestorIds(acted, byId);
    const whole = chain.length === 0 || byId.has(chain[chain.length - 1]!);
    if (scope !== undefined && whole && !chain.includes(scope)) return undefined;
  }
  return { names, steps: path.map((entry) => entry.index), reveal };
}

/** Follow a menu path named by the task with a demonstrated menu path of any depth, when both are menu paths. */
export function menuPathPlan(plan: DemonstrationPlan): DemonstrationPlan | undefined {
  // One level on either side only against a path of several levels on the other.
  const path = taskMenuPath(plan.task) ?? (taskMenuPath(plan.trajectory.task) ? taskMenuPath(plan.task, { single: true }) : undefined);
  if (!path) return undefined;
  const steps = plan.trajectory.steps;
  const demonstrated = demonstratedMenuPath(steps, plan.trajectory.task, { single: path.names.length > 1 });
  if (!demonstrated) return undefined;
  const first = steps[demonstrated.steps[0]!]!;
  const last = steps[demonstrated.steps[demonstrated.steps.length - 1]!]!;
  // Every step but the last opened a level (a demonstration of one level opened none).
  const opens = demonstrated.steps.slice(0, -1).map((index): MenuOpening => (steps[index]!.action.type === 'hover' ? 'hover' : 'click'));
  const choose = last.action.type === 'hover' || last.action.type === 'double-click' ? last.action.type : 'click';
  const oldLeaf = demonstrated.names[demonstrated.names.length - 1]!;
  const newLeaf = path.names[path.names.length - 1]!;
  const menu = { path, opens, choose, demonstrated: demonstrated.names, key: demonstrated.steps[0]! } as const;
  const revealed = demonstrated.reveal.map((index) => targetDescriptorsOf(steps[index]!)[0]).filter((target) => target !== undefined);
  const planned: PlannedStep[] = [
    // The toggle that showed the menus: clicked only while the top menu is not on screen (reveal-toggle.ts).
    ...(revealed.length > 0
      ? [{ sourceIndex: demonstrated.reveal[0]!, step: steps[demonstrated.reveal[0]!]!, bindings: [], search: { mode: 'click' as const, role: revealed[0]!.role, tried: revealed, demonstrated: revealed.length } }]
      : []),
    { sourceIndex: demonstrated.steps[0]!, step: first, bindings: [], menuPath: { ...menu, stage: 'open' } },
    { sourceIndex: demonstrated.steps[demonstrated.steps.length - 1]!, step: last, bindings: [{ old: oldLeaf, new: newLeaf }], menuPath: { ...menu, stage: 'leaf' } },
  ];
  return asPathPlan(
    plan,
    planned,
    `follows the menu path ${path.names.join(' > ')}${path.complete ? '' : ' (levels between searched)'} as the demonstration followed ${demonstrated.names.join(' > ')}`,
  );
}

/** Where the named path stands on this screen: the items found level by level, or why it cannot be followed. */
function walk(
  path: TaskMenuPath,
  elements: readonly UIElement[],
  opened: (item: UIElement) => boolean,
): { found: UIElement[]; missing?: string; unscoped?: boolean; problem?: string } {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const tops = named(path.names[0]!, elements, byId);
  const what = path.names.length === 1 ? 'item' : 'menu';
  if (tops.length !== 1) {
    return { found: [], problem: tops.length === 0 ? `no ${what} ${JSON.stringify(path.names[0])} is on screen` : `${tops.length} elements read ${JSON.stringify(path.names[0])}` };
  }
  // One level: the item itself, shown at the top without opening a menu, and something one can act on.
  if (path.names.length === 1 && !tops[0]!.interactive) {
    return { found: [], problem: `${JSON.stringify(path.names[0])} is shown, but as text, not as a link or button one can choose` };
  }
  const found = [tops[0]!];
  for (let level = 1; level < path.names.length; level++) {
    const name = path.names[level]!;
    const parent = found[found.length - 1]!;
    const scope = menuScope(parent, elements);
    // A closed menu often shows no container of its own yet: it has to be opened first. Once opened, a menu
    // drawn apart from its item (a pop-up at the page's end) is known by the one element on screen with the name.
    if (scope === undefined && !opened(parent)) return { found, missing: name, unscoped: true };
    const here = named(name, elements, byId, scope).filter((element) => !found.includes(element));
    if (scope === undefined && here.length === 0) return { found, missing: name, unscoped: true };
    if (here.length > 1) return { found, problem: `${here.length} items read ${JSON.stringify(name)} in the menu of ${JSON.stringify(path.names[level - 1])}` };
    if (here.length === 0) return { found, missing: name };
    found.push(here[0]!);
  }
  return { found };
}

const itemKey = (element: UIElement) => `${element.role}:${nameOf(element)}`;

/** How many named elements show: a hover that leaves it unchanged revealed nothing. */
const shownCount = (elements: readonly UIElement[]) => elements.filter((element) => !element.states.hidden && nameOf(element) !== '').length;

/**
 * The visit key of an item the path opened or looked into: `did:<item>@<named elements shown before>`, so
 * that a later look can tell whether resting on it revealed anything. Found again by its item alone.
 */
const didKey = (prefix: string, item: UIElement, elements: readonly UIElement[]) => `${prefix}did:${itemKey(item)}@${shownCount(elements)}`;
const findDid = (visited: ReadonlySet<string>, prefix: string, item: UIElement) => {
  const base = `${prefix}did:${itemKey(item)}@`;
  return [...visited].find((key) => key.startsWith(base));
};

/**
 * Ground one step of a menu path on the current elements. `visited` holds
 * what the path's steps already did (keys they returned earlier), under
 * `keyPrefix`.
 */
export function groundMenuPath(menu: MenuPathStep, elements: readonly UIElement[], visited: ReadonlySet<string>, keyPrefix: string): RepeatedGrounding {
  const prefix = `${keyPrefix}${menu.key}:`;
  const walked = walk(menu.path, elements, (item) => findDid(visited, prefix, item) !== undefined);
  const pathText = menu.path.names.join(' > ');
  if (walked.problem) return { grounding: { ok: false, score: 0, reason: `cannot follow the menu path ${pathText}: ${walked.problem}` } };
  const leaf = walked.missing === undefined ? walked.found[walked.found.length - 1] : undefined;
  if (menu.stage === 'leaf') {
    if (!leaf) return { grounding: { ok: false, score: 0, reason: `${JSON.stringify(walked.missing)} does not show in the menu of ${JSON.stringify(walked.found.at(-1)?.text ?? '')}` } };
    const action: Action = { type: menu.choose, target: { elementId: leaf.id } };
    const where = menu.path.names.length === 1 ? 'on screen with no menu opened (a path of one level)' : `in the menu path ${pathText}`;
    return { grounding: { ok: true, action, score: CHOOSE_SCORE, reason: `[${leaf.id}] is the only ${JSON.stringify(menu.path.names.at(-1))} ${where}` } };
  }
  if (leaf) return { grounding: { ok: true, satisfied: true, score: 1, reason: `${JSON.stringify(menu.path.names.at(-1))} shows in the open menu` } };

  const deepest = walked.found[walked.found.length - 1]!;
  const deepestName = JSON.stringify(deepest.text || deepest.label);
  const done = [...visited].filter((key) => key.startsWith(`${prefix}did:`));
  const lastDone = done[done.length - 1];
  const deepestKey = findDid(visited, prefix, deepest);
  const clickedKey = `${prefix}clicked:${itemKey(deepest)}`;
  const level = walked.found.length - 1;
  const demonstrated = menu.opens[level];
  // Deeper than the demonstration went: its menus opened by clicks all the way open by a click here too.
  const inherited = demonstrated ?? (menu.opens.length > 0 && menu.opens.every((way) => way === 'click') ? 'click' : undefined);
  // An item marked expanded is open already; a click would close it. Only a hover (harmless) may rest on it.
  const alreadyOpen = deepest.states.expanded === true;
  const way: MenuOpening = inherited === 'click' && !alreadyOpen ? 'click' : 'hover';
  const how = demonstrated
    ? `(${way}), as the demonstration opened ${JSON.stringify(menu.demonstrated[level])}`
    : inherited
      ? `(${way}), as the demonstration opened every menu it went through`
      : `(hover first: the demonstration opened no menu at this level)`;
  // Open the deepest named item found when it has not been opened yet.
  if (deepestKey === undefined) {
    const action: Action = { type: way, target: { elementId: deepest.id } };
    return { visitKey: didKey(prefix, deepest, elements), grounding: { ok: true, action, score: OPEN_SCORE, reason: `open ${deepestName} ${how}, to reach ${JSON.stringify(walked.missing)}` } };
  }
  // A menu may open a moment after the pointer arrives: look again once before going on.
  if (lastDone && !visited.has(`${prefix}waited:${lastDone}`)) {
    return { visitKey: `${prefix}waited:${lastDone}`, grounding: { ok: true, action: { type: 'wait', ms: MENU_SETTLE_MS }, score: OPEN_SCORE, reason: `let the menu open, then look for ${JSON.stringify(walked.missing)}` } };
  }
  // No evidence of how this level opens, and resting on it showed nothing new: a person clicks it next. (A hover
  // that showed a menu without the wanted item is not followed by a click: the title may be a page of its own.)
  const triedClick = visited.has(clickedKey);
  const revealedNothing = Number(deepestKey.slice(deepestKey.lastIndexOf('@') + 1)) >= shownCount(elements);
  if (inherited === undefined && !alreadyOpen && lastDone === deepestKey && revealedNothing && !triedClick) {
    const action: Action = { type: 'click', target: { elementId: deepest.id } };
    return { visitKey: clickedKey, grounding: { ok: true, action, score: OPEN_SCORE, reason: `the pointer on ${deepestName} showed no ${JSON.stringify(walked.missing)}: click it to open its menu` } };
  }
  if (triedClick && !visited.has(`${prefix}waited:${clickedKey}`)) {
    return { visitKey: `${prefix}waited:${clickedKey}`, grounding: { ok: true, action: { type: 'wait', ms: MENU_SETTLE_MS }, score: OPEN_SCORE, reason: `let the menu open, then look for ${JSON.stringify(walked.missing)}` } };
  }
  const tried = triedClick ? 'hovered and clicked' : way === 'click' ? 'clicked' : 'hovered';
  if (walked.unscoped) {
    return { grounding: { ok: false, score: 0, reason: `${tried} ${deepestName}, and its menu cannot be told apart from the items around it, so ${JSON.stringify(walked.missing)} cannot be found in it` } };
  }
  const missingLevel = menu.path.names.indexOf(walked.missing!);
  if (menu.path.complete || missingLevel !== menu.path.names.length - 1) {
    return { grounding: { ok: false, score: 0, reason: `${tried} ${deepestName}, and no item ${JSON.stringify(walked.missing)} shows in its menu` } };
  }
  // The task skipped levels: hover the items of the opened menus, deepest first, until the leaf shows.
  const explored = done.length - 1;
  if (explored >= MAX_MENU_EXPLORE) {
    return { grounding: { ok: false, score: 0, reason: `looked into ${explored} sub-menus of ${JSON.stringify(deepest.text || deepest.label)}; no item ${JSON.stringify(walked.missing)} shows` } };
  }
  const byId = new Map(elements.map((element) => [element.id, element]));
  const scope = menuScope(deepest, elements)!;
  const pathIds = new Set(walked.found.map((element) => element.id));
  const items = elements.filter(
    (element) =>
      !element.states.hidden &&
      !element.states.disabled &&
      nameOf(element) !== '' &&
      !pathIds.has(element.id) &&
      ancestorIds(element, byId).includes(scope) &&
      // An item, not a list holding items.
      !elements.some((other) => other.parentId === element.id && nameOf(other) !== '') &&
      findDid(visited, prefix, element) === undefined,
  );
  const depth = (element: UIElement) => ancestorIds(element, byId).length;
  items.sort((a, b) => depth(b) - depth(a) || a.box.y - b.box.y || a.box.x - b.box.x);
  const next = items[0];
  if (!next) {
    return { grounding: { ok: false, score: 0, reason: `looked into every sub-menu of ${JSON.stringify(deepest.text || deepest.label)}; no item ${JSON.stringify(walked.missing)} shows` } };
  }
  return {
    visitKey: didKey(prefix, next, elements),
    grounding: { ok: true, action: { type: 'hover', target: { elementId: next.id } }, score: OPEN_SCORE, reason: `hover ${JSON.stringify(next.text || next.label)} to look in its sub-menu for ${JSON.stringify(walked.missing)} (the task names no level between)` },
  };
}
