import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { bareName, demonstratedTreePath, groundTreePath, taskTreePath, walkTree, type TreePathStep } from './tree-path.js';

interface Node {
  name: string;
  open?: boolean;
  children?: Node[];
}

/**
 * A folder tree as the page script reports it, in two markups: 'aria' (a
 * list item per row with an expanded state, its row a text span reading
 * "▸name") and 'plain' (a list item holding a ▸ button and the name; the
 * state only in the glyph and the button's label). Closed folders show
 * nothing inside.
 */
function treeElements(nodes: Node[], markup: 'aria' | 'plain'): UIElement[] {
  const elements: UIElement[] = [];
  let id = 100;
  let y = 0;
  const add = (fields: Partial<UIElement> & Pick<UIElement, 'role' | 'text'>, rowY: number): UIElement => {
    const element: UIElement = { id: id++, states: {}, box: { x: 0, y: rowY, width: 100, height: 12 }, source: 'dom', interactive: false, ...fields };
    elements.push(element);
    return element;
  };
  const draw = (list: Node[], parentId: number | undefined) => {
    for (const node of list) {
      const rowY = (y += 12);
      const folder = node.children !== undefined;
      const glyph = folder ? (node.open ? '▾' : '▸') : '';
      if (markup === 'aria') {
        const item = add({ role: folder ? 'listitem' : 'treeitem', text: `${glyph}${node.name}`, parentId, interactive: true, states: folder ? { expanded: Boolean(node.open) } : {} }, rowY);
        if (folder) add({ role: 'text', text: `${glyph}${node.name}`, parentId: item.id }, rowY);
        if (folder && node.open) draw(node.children!, item.id);
      } else {
        const item = add({ role: 'listitem', text: `${glyph} ${node.name}`.trim(), parentId }, rowY);
        if (folder) {
          add({ role: 'button', tag: 'button', text: glyph, label: node.open ? 'Collapse' : 'Expand', parentId: item.id, interactive: true, box: { x: 0, y: rowY, width: 9, height: 12 } }, rowY);
          add({ role: 'text', text: node.name, parentId: item.id, box: { x: 9, y: rowY + 1, width: 30, height: 10 } }, rowY);
          if (node.open) draw(node.children!, item.id);
        }
      }
    }
  };
  draw(nodes, undefined);
  return elements;
}

const tree = (open: string[]): Node[] => [
  {
    name: 'reports',
    open: open.includes('reports'),
    children: [
      { name: '2024', open: open.includes('2024'), children: [{ name: 'q3.pdf' }, { name: 'q4.pdf' }] },
      { name: 'reports', open: false, children: [{ name: 'q3.pdf' }] },
    ],
  },
  { name: 'archive', open: open.includes('archive'), children: [{ name: 'q3.pdf' }] },
];

const step = (targetId: number, elements: UIElement[]): Step => ({
  index: 0,
  observation: { text: '', elements },
  action: { type: 'click', target: { elementId: targetId } },
  targets: [],
  result: { ok: true },
  timings: {},
});

const open: TreePathStep = { stage: 'open', names: ['reports', '2024', 'q3.pdf'], choose: 'click', demonstrated: [], key: 0 };
const leaf: TreePathStep = { ...open, stage: 'leaf' };

describe('tree paths', () => {
  it('read a path from a slash path or from folder words, and nothing else', () => {
    expect(taskTreePath('Open reports/2024/q3.pdf.')).toEqual(['reports', '2024', 'q3.pdf']);
    expect(taskTreePath('Select the file q3.pdf in the 2024 folder under reports.')).toEqual(['reports', '2024', 'q3.pdf']);
    expect(taskTreePath('Open the file memo.docx in the archive folder.')).toEqual(['archive', 'memo.docx']);
    // A task that asks for more than reaching the file is left to the other rules.
    expect(taskTreePath('Delete reports/2024/q3.pdf.')).toBeUndefined();
    expect(taskTreePath('Open reports/2024/q3.pdf and rename it.')).toBeUndefined();
    expect(taskTreePath('Click Submit.')).toBeUndefined();
    expect(bareName('▸ 2024')).toBe('2024');
    expect(bareName('Resources ▾')).toBe('resources');
  });

  for (const markup of ['aria', 'plain'] as const) {
    it(`open each closed folder of the path in turn, by its row or its ▸ control, and never click an open one shut (${markup})`, () => {
      const closed = treeElements(tree([]), markup);
      const first = groundTreePath(open, closed, new Set(), 'tree:');
      expect(first.grounding.ok).toBe(true);
      const target = first.grounding.ok && 'action' in first.grounding && first.grounding.action.type === 'click' ? first.grounding.action.target : undefined;
      const clicked = closed.find((element) => target && 'elementId' in target && element.id === target.elementId)!;
      if (markup === 'plain') expect(clicked).toMatchObject({ role: 'button', text: '▸' });
      else expect(bareName(clicked.text)).toBe('reports');
      // "reports" open: the next level is opened, not "reports" again.
      const half = treeElements(tree(['reports']), markup);
      const second = groundTreePath(open, half, new Set([first.visitKey!]), 'tree:');
      expect(second.grounding.ok && 'action' in second.grounding).toBe(true);
      expect(second.visitKey).toContain('open:1:2024');
      // Everything open: the open stage is done, and the leaf is the q3.pdf inside reports/2024, not a look-alike.
      const all = treeElements(tree(['reports', '2024', 'archive']), markup);
      expect(groundTreePath(open, all, new Set(), 'tree:').grounding).toMatchObject({ ok: true, satisfied: true });
      const chosen = groundTreePath(leaf, all, new Set(), 'tree:').grounding;
      const walked = walkTree(open.names, all);
      expect(chosen).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: walked.found[2]!.named.id } } });
      expect(walked.found.map((level) => bareName(level.named.text))).toEqual(['reports', '2024', 'q3.pdf']);
      expect(walked.found[0]!.named.box.y).toBeLessThan(walked.found[1]!.named.box.y);
    });
  }

  it('refuse when a folder stays closed after it was opened, or a name is not inside its folder', () => {
    const closed = treeElements(tree([]), 'aria');
    const first = groundTreePath(open, closed, new Set(), 'tree:');
    const waited = groundTreePath(open, closed, new Set([first.visitKey!]), 'tree:');
    expect(waited.grounding).toMatchObject({ ok: true, action: { type: 'wait' } });
    expect(groundTreePath(open, closed, new Set([first.visitKey!, waited.visitKey!]), 'tree:').grounding).toMatchObject({ ok: false, reason: expect.stringContaining('still shows closed') });
    const missing: TreePathStep = { ...open, names: ['reports', '2025', 'q3.pdf'] };
    expect(groundTreePath(missing, treeElements(tree(['reports']), 'aria'), new Set(), 'tree:').grounding).toMatchObject({ ok: false, reason: expect.stringContaining('"2025"') });
    // The leaf is never chosen outside its folder (q3.pdf also sits in archive, open here).
    expect(groundTreePath(leaf, treeElements(tree(['archive']), 'aria'), new Set(), 'tree:').grounding.ok).toBe(false);
  });

  it('refuse two items of one name at one depth inside a folder', () => {
    const twins: Node[] = [{ name: 'reports', open: true, children: [{ name: '2024', children: [] }, { name: '2024', children: [] }] }];
    expect(groundTreePath(open, treeElements(twins, 'plain'), new Set(), 'tree:').grounding).toMatchObject({ ok: false, reason: expect.stringContaining('2 items read "2024"') });
  });

  it('read the path a demonstration followed from its clicks on rows and ▸ controls', () => {
    const before = treeElements(tree([]), 'plain');
    const toggle = before.find((element) => element.role === 'button')!;
    const afterOne = treeElements(tree(['reports']), 'plain');
    const toggle2024 = afterOne.filter((element) => element.role === 'button')[1]!;
    const afterTwo = treeElements(tree(['reports', '2024']), 'plain');
    const file = afterTwo.find((element) => element.text === 'q3.pdf')!;
    const steps = [step(toggle.id, before), step(toggle2024.id, afterOne), step(file.id, afterTwo)];
    expect(demonstratedTreePath(steps, 'Open reports/2024/q3.pdf.')).toEqual({ names: ['reports', '2024', 'q3.pdf'], steps: [0, 1, 2], choose: 'click' });
    // A click on something off the path is no tree path.
    const archive = before.find((element) => element.text === 'archive')!;
    expect(demonstratedTreePath([step(archive.id, before), ...steps], 'Open reports/2024/q3.pdf.')).toBeUndefined();
    // The last click must choose the named file.
    expect(demonstratedTreePath(steps.slice(0, 2), 'Open reports/2024/q3.pdf.')).toBeUndefined();
  });

  it('read a ▸ control\'s folder from what its row shows when the observation did not keep the row itself', () => {
    // The list items are left out, as a capture keeps only elements with something of their own to show.
    const unkept = (elements: UIElement[]) => elements.filter((element) => element.role !== 'listitem' || !element.text.startsWith('▸') && !element.text.startsWith('▾'));
    const before = unkept(treeElements(tree([]), 'plain'));
    const toggle = before.find((element) => element.role === 'button')!;
    const afterOne = unkept(treeElements(tree(['reports']), 'plain'));
    const toggle2024 = afterOne.filter((element) => element.role === 'button')[1]!;
    const afterTwo = treeElements(tree(['reports', '2024']), 'plain');
    const file = afterTwo.find((element) => element.text === 'q3.pdf')!;
    expect(before.some((element) => element.id === toggle.parentId)).toBe(false);
    const steps = [step(toggle.id, before), step(toggle2024.id, afterOne), step(file.id, afterTwo)];
    expect(demonstratedTreePath(steps, 'Open reports/2024/q3.pdf.')).toEqual({ names: ['reports', '2024', 'q3.pdf'], steps: [0, 1, 2], choose: 'click' });
    expect(demonstratedTreePath(steps, 'Open archive/2024/q3.pdf.')).toBeUndefined();
  });
});
