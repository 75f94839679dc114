import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Observation, UIElement } from '../../../core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../../core/operator.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { demonstratedMenuPath, groundMenuPath, MAX_MENU_EXPLORE, taskMenuPath, type MenuPathStep } from './menu-path.js';

interface MenuNode {
  label: string;
  children?: MenuNode[];
}

/**
 * A nested menu as a page shows it (jQuery UI markup: a list item holding
 * the entry and, while open, its sub-menu): pointing at or clicking an entry
 * opens its sub-menu and closes the others at that level; clicking a leaf
 * chooses it. Fresh element ids on every observation.
 */
class MenuOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'hover', 'wait', 'done'] as const, notes: [] };
  /** Labels of the open entries, top first. */
  private open: string[] = [];
  readonly chosen: string[] = [];
  readonly hovered: string[] = [];
  /** Clicks on an item that holds a menu, in order. */
  readonly clickedMenus: string[] = [];
  private sequence = 0;
  private latest = new Map<number, string[]>();

  /**
   * `keepsClosedItems` false: a closed entry's list item is not kept (its entry's parent is the whole menu), as a
   * page's extraction drops a wrapper with nothing of its own. `opensBy`: what opens an entry's sub-menu — either
   * (jQuery UI), only the pointer resting on it (a click does nothing), or only a click (which closes an open one;
   * such entries say whether they are expanded). `startOpen`: the entries open when the page loads.
   */
  constructor(
    private readonly task: string,
    private readonly tree: MenuNode[],
    private readonly keepsClosedItems = true,
    private readonly opensBy: 'either' | 'hover' | 'click' = 'either',
    startOpen: string[] = [],
  ) {
    this.open = startOpen;
  }

  async observe(): Promise<Observation> {
    this.sequence++;
    let id = this.sequence * 1000;
    const elements: UIElement[] = [];
    this.latest = new Map();
    const add = (fields: Partial<UIElement> & Pick<UIElement, 'role' | 'text'>, y: number): UIElement => {
      const element: UIElement = { id: id++, states: {}, source: 'dom', interactive: false, box: { x: 2, y, width: 76, height: 14 }, ...fields };
      elements.push(element);
      return element;
    };
    add({ role: 'text', tag: 'div', text: this.task }, 0);
    const list = (nodes: MenuNode[], path: string[], parentId: number | undefined, depth: number) => {
      const menu = add({ role: 'menu', tag: 'ul', text: '', ...(parentId !== undefined ? { parentId } : {}) }, 20 + depth * 10);
      nodes.forEach((node, index) => {
        const here = [...path, node.label];
        const isOpen = node.children !== undefined && this.open[depth] === node.label && path.every((label, level) => this.open[level] === label);
        const item = isOpen || this.keepsClosedItems ? add({ role: 'listitem', tag: 'li', text: node.label, parentId: menu.id }, 20 + depth * 10 + index * 14) : menu;
        const expanded = this.opensBy === 'click' && node.children ? { states: { expanded: isOpen } } : {};
        const entry = add({ role: 'menuitem', tag: 'div', text: node.label, interactive: true, parentId: item.id, ...expanded, box: { x: 2 + depth * 30, y: 20 + depth * 10 + index * 14, width: 76, height: 14 } }, 0);
        this.latest.set(entry.id, here);
        if (isOpen) list(node.children!, here, item.id, depth + 1);
      });
    };
    list(this.tree, [], undefined, 0);
    return { sequence: this.sequence, environment: 'browser', elements, viewport: { width: 300, height: 600, deviceScaleFactor: 1 }, page: { url: 'memory://menu', title: 'Menu' }, capturedAt: Date.now() };
  }

  private nodeAt(path: string[]): MenuNode | undefined {
    let nodes: MenuNode[] | undefined = this.tree;
    let node: MenuNode | undefined;
    for (const label of path) {
      node = nodes?.find((candidate) => candidate.label === label);
      nodes = node?.children;
    }
    return node;
  }

  async execute(action: Action): Promise<ActionResult> {
    if (action.type === 'wait') return { ok: true, durationMs: 0 };
    if (action.type !== 'click' && action.type !== 'hover') return actionFailure('unsupported', `cannot ${action.type}`);
    const path = 'elementId' in action.target ? this.latest.get(action.target.elementId) : undefined;
    if (!path) return actionFailure('stale-element', 'no such element in the latest observation');
    const node = this.nodeAt(path)!;
    if (action.type === 'hover') this.hovered.push(path.join('/'));
    else if (node.children) this.clickedMenus.push(path.join('/'));
    else this.chosen.push(path.join('/'));
    const isOpen = path.every((label, level) => this.open[level] === label);
    if (action.type === 'hover' && this.opensBy === 'click') return { ok: true, durationMs: 0 };
    if (action.type === 'click' && node.children && this.opensBy === 'hover') return { ok: true, durationMs: 0 };
    if (action.type === 'click' && node.children && this.opensBy === 'click' && isOpen) this.open = path.slice(0, -1);
    else this.open = node.children ? path : path.slice(0, -1);
    return { ok: true, durationMs: 0 };
  }

  async close(): Promise<void> {}
}

const tree: MenuNode[] = [
  { label: 'Pixel', children: [{ label: 'Soren', children: [{ label: 'Quill' }, { label: 'Violet', children: [{ label: 'Amber' }, { label: 'Delta' }] }] }, { label: 'Sequoia' }] },
  { label: 'Bramble', children: [{ label: 'Harbour' }, { label: 'Zephyr' }] },
  { label: 'Lagoon', children: [{ label: 'Tundra' }, { label: 'Delta' }] },
];

/** A person choosing a path by clicking each named entry in turn. */
async function demonstrate(task: string, path: string[], open: 'click' | 'hover' = 'click') {
  const operator = new MenuOperator(task, tree);
  return recordDemonstration(operator, task, (observation, step) => {
    if (step >= path.length) return undefined;
    // The entry of this level inside the menu opened last (names repeat across menus).
    const entries = observation.elements.filter((element) => element.role === 'menuitem' && element.text === path[step]);
    const target = entries.at(-1) ?? find(observation, 'menuitem', path[step]);
    return { type: step < path.length - 1 ? open : 'click', target: { elementId: target.id } };
  });
}

async function runOffline(memory: InMemoryExemplars, task: string, keepsClosedItems = true) {
  const operator = new MenuOperator(task, tree, keepsClosedItems);
  const policy = new ExemplarPolicy({ memory });
  const result = await new Runner({ operator, policy }).run(task);
  return { operator, result };
}

describe('taskMenuPath', () => {
  it('reads menu paths however they are worded', () => {
    expect(taskMenuPath('Select File > Save As > PDF from the menu.')).toEqual({ names: ['File', 'Save As', 'PDF'], complete: true });
    expect(taskMenuPath('Select Pixel → Violet')).toEqual({ names: ['Pixel', 'Violet'], complete: true });
    expect(taskMenuPath('Open Willow from the Learn menu.')).toEqual({ names: ['Learn', 'Willow'], complete: false });
    expect(taskMenuPath('In the Shop menu, choose Glacier.')).toEqual({ names: ['Shop', 'Glacier'], complete: false });
    expect(taskMenuPath('Hover over Help and click "zephyr".')).toEqual({ names: ['Help', 'zephyr'], complete: false });
    // A site's navigation: a page under a group, or in a section.
    expect(taskMenuPath('Go to Laptops under Products.')).toEqual({ names: ['Products', 'Laptops'], complete: true });
    expect(taskMenuPath('Open the Laptops page in the Products section.')).toEqual({ names: ['Products', 'Laptops'], complete: false });
    expect(taskMenuPath('Go to Pricing.')).toBeUndefined();
  });

  it('is no menu path when the task asks for more, or names no menu', () => {
    expect(taskMenuPath('Open Willow from the Learn menu and type "x" into the search box.')).toBeUndefined();
    expect(taskMenuPath('Click "Submit" on the Form.')).toBeUndefined();
    expect(taskMenuPath('Open Willow from the menu.')).toBeUndefined();
    expect(taskMenuPath('Click the tallest bar.')).toBeUndefined();
    expect(taskMenuPath('Select File > > PDF')).toBeUndefined();
    // Two leaves are two choices, not a path.
    expect(taskMenuPath('Open Willow and Kiwi from the Learn menu.')).toBeUndefined();
    expect(taskMenuPath('Hover over Help and click "Zephyr" and "Kiwi".')).toBeUndefined();
  });
});

describe('menu paths of any depth', () => {
  it('follows a deeper path than the demonstrated one, level by level, inside the named menus', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Select Bramble > Zephyr from the menu.', ['Bramble', 'Zephyr'])]);
    const { operator, result } = await runOffline(memory, 'Select Pixel > Soren > Violet > Delta from the menu.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    // "Delta" is also under Lagoon: the one inside the named path is chosen.
    expect(operator.chosen).toEqual(['Pixel/Soren/Violet/Delta']);
  });

  it('follows a shorter path than the demonstrated one', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Select Pixel > Soren > Violet > Amber from the menu.', ['Pixel', 'Soren', 'Violet', 'Amber'])]);
    const { operator, result } = await runOffline(memory, 'Select Lagoon > Tundra from the menu.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.chosen).toEqual(['Lagoon/Tundra']);
  });

  it('finds a leaf the task names only with its top menu, hovering (never choosing) through the levels between', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Hover over Bramble and click "Harbour".', ['Bramble', 'Harbour'], 'hover')]);
    const { operator, result } = await runOffline(memory, 'Open Amber from the Pixel menu.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.chosen).toEqual(['Pixel/Soren/Violet/Amber']);
    expect(operator.hovered.every((path) => path.startsWith('Pixel'))).toBe(true);
  });

  it('opens a menu whose container shows only once it is open', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Hover over Bramble and click "Harbour".', ['Bramble', 'Harbour'], 'hover')]);
    const { operator, result } = await runOffline(memory, 'In the Lagoon menu, choose Delta.', false);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.chosen).toEqual(['Lagoon/Delta']);
  });

  it('refuses, choosing nothing, when the leaf is not in the named menu', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Hover over Bramble and click "Harbour".', ['Bramble', 'Harbour'], 'hover')]);
    const { operator, result } = await runOffline(memory, 'Open Zephyr from the Lagoon menu.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/no item "Zephyr"/);
    expect(operator.chosen).toEqual([]);
    expect(operator.hovered.length).toBeLessThanOrEqual(MAX_MENU_EXPLORE);
  });

  it('refuses a level the task names that is not in the menu above it', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Select Bramble > Zephyr from the menu.', ['Bramble', 'Zephyr'])]);
    const { operator, result } = await runOffline(memory, 'Select Lagoon > Soren > Violet from the menu.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/no item "Soren" shows in its menu/);
    expect(operator.chosen).toEqual([]);
  });

  it('refuses a top menu that is not on screen', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Select Bramble > Zephyr from the menu.', ['Bramble', 'Zephyr'])]);
    const { operator, result } = await runOffline(memory, 'Select Orchard > Zephyr from the menu.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/no menu "Orchard" is on screen/);
    expect(operator.chosen).toEqual([]);
  });

  it('refuses a name two items share where the path must choose between them', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Select Bramble > Zephyr from the menu.', ['Bramble', 'Zephyr'])]);
    const twins: MenuNode[] = [...tree, { label: 'Pixel', children: [{ label: 'Delta' }] }];
    const operator = new MenuOperator('Select Pixel > Sequoia from the menu.', twins);
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Select Pixel > Sequoia from the menu.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/2 elements read "Pixel"/);
    expect(operator.chosen).toEqual([]);
  });
});

describe('a navigation behind a toggle', () => {
  const el = (id: number, role: string, text: string, parentId?: number, tag = 'a'): UIElement => ({
    id, role, text, tag, states: {}, box: { x: 0, y: id * 12, width: 80, height: 12 }, source: 'dom', interactive: role !== 'navigation', ...(parentId !== undefined ? { parentId } : {}),
  });
  const step = (targetId: number, elements: UIElement[]) =>
    ({ index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: targetId } }, targets: [], result: { ok: true }, timings: {} }) as const;
  const toggle = el(1, 'button', 'Menu', undefined, 'button');
  const nav = el(2, 'navigation', 'Resources ▾ Pricing', undefined, 'nav');
  const group = el(3, 'button', 'Resources ▾', 2, 'span');
  const pricing = el(4, 'link', 'Pricing', 2);
  const webinars = el(5, 'link', 'Webinars', 2);

  it('reads a click on a toggle before the first item as a reveal step, and the items by their names without ▾', () => {
    const steps = [step(1, [toggle]), step(3, [toggle, nav, group, pricing]), step(5, [toggle, nav, group, webinars, pricing])];
    expect(demonstratedMenuPath(steps as never, 'Navigate to Resources > Webinars.')).toEqual({ names: ['Resources ▾', 'Webinars'], steps: [1, 2], reveal: [0] });
    // More clicks before the path than a toggle or two take: no menu path.
    const wandering = [step(1, [toggle]), step(1, [toggle]), step(4, [toggle, nav, group, pricing]), ...steps.slice(1)];
    expect(taskMenuPath('Navigate to Resources > Webinars.')).toBeDefined();
    expect(demonstratedMenuPath(wandering as never, 'Navigate to Resources > Webinars.')).toBeUndefined();
  });
});

describe('a navbar: one level against several, both ways', () => {
  // Top-level links beside dropdowns, one holding a nested submenu (Bootstrap-like navbar).
  const navbar: MenuNode[] = [
    { label: 'Docs' },
    { label: 'Account', children: [{ label: 'Profile' }, { label: 'More', children: [{ label: 'Export' }, { label: 'Archive' }] }, { label: 'Settings' }] },
    { label: 'Blog' },
    { label: 'Tools', children: [{ label: 'Editor' }, { label: 'Console' }] },
  ];
  async function demonstrateOn(nodes: MenuNode[], task: string, path: string[]) {
    return recordDemonstration(new MenuOperator(task, nodes), task, (observation, step) => {
      if (step >= path.length) return undefined;
      const entries = observation.elements.filter((element) => element.role === 'menuitem' && element.text === path[step]);
      return { type: 'click', target: { elementId: entries.at(-1)!.id } };
    });
  }
  async function run(nodes: MenuNode[], memory: InMemoryExemplars, task: string, opensBy: 'either' | 'hover' | 'click' = 'either', startOpen: string[] = []) {
    const operator = new MenuOperator(task, nodes, true, opensBy, startOpen);
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(task);
    return { operator, result };
  }

  it('reads a task of one name as a path of one level only when asked to', () => {
    expect(taskMenuPath('Open Docs.')).toBeUndefined();
    expect(taskMenuPath('Open Docs.', { single: true })).toEqual({ names: ['Docs'], complete: true });
    expect(taskMenuPath('Go to the Pricing page.', { single: true })).toEqual({ names: ['Pricing'], complete: true });
    // More than a name, or two names, is no path of one level.
    expect(taskMenuPath('Open Docs and type "x".', { single: true })).toBeUndefined();
    expect(taskMenuPath('Open Docs and Blog.', { single: true })).toBeUndefined();
    // Resting the pointer on an item is not choosing it.
    expect(taskMenuPath('Move the mouse to Docs.', { single: true })).toBeUndefined();
  });

  it('reads a demonstration of one chosen item as one level only when asked to', async () => {
    const demo = await demonstrateOn(navbar, 'Open Docs.', ['Docs']);
    expect(demonstratedMenuPath(demo.steps, 'Open Docs.')).toBeUndefined();
    expect(demonstratedMenuPath(demo.steps, 'Open Docs.', { single: true })).toEqual({ names: ['Docs'], steps: [0], reveal: [] });
  });

  it('chooses a top-level item after a demonstration of two levels', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Open Account > Settings.', ['Account', 'Settings'])]);
    const { operator, result } = await run(navbar, memory, 'Open Blog.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.chosen).toEqual(['Blog']);
  });

  it('follows two and three levels after a demonstration of one', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Open Docs.', ['Docs'])]);
    const two = await run(navbar, memory, 'Open Tools > Console.');
    expect(two.result.outcome.status, two.result.outcome.reason).toBe('success');
    expect(two.operator.chosen).toEqual(['Tools/Console']);
    const three = await run(navbar, memory, 'Open Account > More > Archive.');
    expect(three.result.outcome.status, three.result.outcome.reason).toBe('success');
    expect(three.operator.chosen).toEqual(['Account/More/Archive']);
  });

  it('follows three levels after a demonstration of two', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Go to Editor in the Tools menu.', ['Tools', 'Editor'])]);
    const { operator, result } = await run(navbar, memory, 'Open Account > More > Export.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.chosen).toEqual(['Account/More/Export']);
  });

  it('refuses one level whose name is no top-level item, or shows twice', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Open Account > Settings.', ['Account', 'Settings'])]);
    // Settings sits inside the Account menu: it is not on screen until a menu the task does not name is opened.
    const inside = await run(navbar, memory, 'Open Settings.');
    expect(inside.result.outcome.status).not.toBe('success');
    expect(inside.result.outcome.reason).toMatch(/no item "Settings" is on screen/);
    expect(inside.operator.chosen).toEqual([]);
    const twice = await run([...navbar, { label: 'Blog' }], memory, 'Open Blog.');
    expect(twice.result.outcome.status).not.toBe('success');
    expect(twice.result.outcome.reason).toMatch(/2 elements read "Blog"/);
    expect(twice.operator.chosen).toEqual([]);
  });

  it('chooses one level only on a control, not on text that reads the name', () => {
    const menu: MenuPathStep = { stage: 'leaf', path: { names: ['Docs'], complete: true }, opens: ['click'], choose: 'click', demonstrated: ['Account', 'Settings'], key: 0 };
    const heading: UIElement = { id: 1, role: 'heading', tag: 'h2', text: 'Docs', states: {}, source: 'dom', interactive: false, box: { x: 0, y: 0, width: 50, height: 12 } };
    const refused = groundMenuPath(menu, [heading], new Set(), 'menu:').grounding;
    expect(refused.ok).toBe(false);
    expect(refused.reason).toMatch(/"Docs" is shown, but as text, not as a link or button/);
    const link: UIElement = { ...heading, id: 2, role: 'link', tag: 'a', interactive: true };
    expect(groundMenuPath(menu, [link], new Set(), 'menu:').grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 2 } } });
  });

  it('opens menus that open only on hover by resting on them, never clicking one, after a demonstration of one level', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Open Docs.', ['Docs'])]);
    const two = await run(navbar, memory, 'Open Tools > Console.', 'hover');
    expect(two.result.outcome.status, two.result.outcome.reason).toBe('success');
    expect(two.operator.chosen).toEqual(['Tools/Console']);
    expect(two.operator.clickedMenus).toEqual([]);
    const three = await run(navbar, memory, 'Open Account > More > Archive.', 'hover');
    expect(three.result.outcome.status, three.result.outcome.reason).toBe('success');
    expect(three.operator.chosen).toEqual(['Account/More/Archive']);
    expect(three.operator.hovered).toEqual(['Account', 'Account/More']);
    expect(three.operator.clickedMenus).toEqual([]);
  });

  it('clicks a level the demonstration did not open only when resting on it showed nothing', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Open Docs.', ['Docs'])]);
    const { operator, result } = await run(navbar, memory, 'Open Account > More > Export.', 'click');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.chosen).toEqual(['Account/More/Export']);
    expect(operator.hovered).toEqual(['Account', 'Account/More']);
    expect(operator.clickedMenus).toEqual(['Account', 'Account/More']);
  });

  it('opens by click straight away where the demonstration clicked every menu open, deeper levels too', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Go to Editor in the Tools menu.', ['Tools', 'Editor'])]);
    const { operator, result } = await run(navbar, memory, 'Open Account > More > Export.', 'click');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.hovered).toEqual([]);
    expect(operator.clickedMenus).toEqual(['Account', 'Account/More']);
  });

  it('opens a level the demonstration hovered only by hover: where that shows nothing, it refuses, clicking nothing', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Hover over Bramble and click "Harbour".', ['Bramble', 'Harbour'], 'hover')]);
    const operator = new MenuOperator('Select Pixel > Soren > Violet > Amber from the menu.', tree, true, 'click');
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Select Pixel > Soren > Violet > Amber from the menu.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/hovered "Pixel", and no item "Soren" shows in its menu/);
    expect(operator.clickedMenus).toEqual([]);
    expect(operator.chosen).toEqual([]);
  });

  it('refuses, naming both tries, a level that opens neither on hover nor on click', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Open Docs.', ['Docs'])]);
    const dead: MenuNode[] = navbar.map((node) => (node.label === 'Tools' ? { label: 'Tools', children: [] } : node));
    const { operator, result } = await run(dead, memory, 'Open Tools > Console.', 'either');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/hovered and clicked "Tools", and no item "Console" shows in its menu/);
    expect(operator.chosen).toEqual([]);
  });

  it('never clicks a hover-opened level whose menu showed without the wanted item', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Open Docs.', ['Docs'])]);
    const { operator, result } = await run(navbar, memory, 'Open Tools > Export.', 'hover');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/hovered "Tools", and no item "Export" shows in its menu/);
    expect(operator.clickedMenus).toEqual([]);
    expect(operator.chosen).toEqual([]);
  });

  it('leaves a menu open at the start as it is: its items are chosen without clicking it shut', async () => {
    const memory = new InMemoryExemplars([await demonstrateOn(navbar, 'Go to Editor in the Tools menu.', ['Tools', 'Editor'])]);
    const { operator, result } = await run(navbar, memory, 'Open Account > More > Archive.', 'click', ['Account']);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.chosen).toEqual(['Account/More/Archive']);
    expect(operator.clickedMenus).not.toContain('Account');
  });
});
