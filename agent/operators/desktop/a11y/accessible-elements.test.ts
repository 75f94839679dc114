import { describe, expect, it } from 'vitest';
import { accessibleElements } from './accessible-elements.js';
import type { AccessibleNode } from './accessible-node.js';
import { decodeStates, type AtspiStateName } from './atspi-vocabulary.js';

let path = 0;
function node(parent: number | undefined, roleName: string, name: string, extents: AccessibleNode['extents'], extra: Partial<AccessibleNode> = {}, states: AtspiStateName[] = ['showing', 'visible', 'enabled', 'sensitive']): AccessibleNode {
  return {
    ref: { bus: ':1.5', path: `/org/a11y/atspi/accessible/${path++}` },
    ...(parent !== undefined ? { parent } : {}),
    depth: parent === undefined ? 0 : 1,
    indexInParent: 0,
    roleName,
    name,
    description: '',
    states: new Set(states),
    interfaces: new Set(),
    ...(extents ? { extents } : {}),
    labelledBy: [],
    describedBy: [],
    childCount: 0,
    application: 'app',
    ...extra,
  };
}

describe('decodeStates', () => {
  it('reads AT-SPI state bits from both words', () => {
    // checked = bit 4, editable = 7, focused = 12, showing = 25; read-only = 43 → bit 11 of the second word.
    const states = decodeStates([(1 << 4) | (1 << 7) | (1 << 12) | (1 << 25), 1 << 11]);
    expect([...states].sort()).toEqual(['checked', 'editable', 'focused', 'readOnly', 'showing']);
  });
});

describe('accessibleElements', () => {
  it('gives a choice the name of the frame around it as its group, as the browser gives a legend', () => {
    const nodes: AccessibleNode[] = [];
    nodes.push(node(undefined, 'application', 'app', undefined));
    nodes.push(node(0, 'frame', 'Order', { x: 0, y: 0, width: 400, height: 300 }));
    // A GTK frame with a label reads as a panel named by it; an unnamed box inside does not end the walk.
    nodes.push({ ...node(1, 'panel', 'Delivery', { x: 0, y: 0, width: 300, height: 60 }), depth: 2 });
    nodes.push({ ...node(2, 'filler', '', { x: 0, y: 10, width: 300, height: 40 }), depth: 3 });
    nodes.push({ ...node(3, 'radio button', 'Express', { x: 10, y: 20, width: 80, height: 20 }, {}, ['showing', 'enabled', 'checkable']), depth: 4 });
    // A choice in no named frame has no group, and the window's title is no group.
    nodes.push({ ...node(1, 'check box', 'Gift wrap', { x: 10, y: 80, width: 80, height: 20 }, {}, ['showing', 'enabled', 'checkable']), depth: 2 });
    // A button in the frame is no choice: it carries no group.
    nodes.push({ ...node(2, 'push button', 'Help', { x: 200, y: 20, width: 40, height: 20 }), depth: 3 });
    const { elements } = accessibleElements(nodes);
    const byText = (text: string) => elements.find((element) => element.text === text)!;
    expect(byText('Express')).toMatchObject({ role: 'radio', group: 'Delivery' });
    expect(byText('Gift wrap').group).toBeUndefined();
    expect(byText('Help').group).toBeUndefined();
  });

  it('names a field by its label, a list row by its text, and drops unnamed layout boxes', () => {
    const nodes: AccessibleNode[] = [];
    nodes.push(node(undefined, 'application', 'app', undefined));
    nodes.push({ ...node(0, 'frame', 'Form', { x: 0, y: 0, width: 400, height: 300 }) });
    nodes.push({ ...node(1, 'filler', '', { x: 0, y: 0, width: 400, height: 300 }), depth: 2 });
    const label = { ...node(2, 'label', 'Full name', { x: 10, y: 10, width: 80, height: 20 }), depth: 3 };
    nodes.push(label);
    nodes.push({ ...node(2, 'text', '', { x: 100, y: 10, width: 200, height: 20 }, { text: 'Ada', labelledBy: [label.ref] }, ['showing', 'editable', 'focused', 'enabled']), depth: 3 });
    nodes.push({ ...node(2, 'list box', 'Colours', { x: 10, y: 40, width: 200, height: 100 }), depth: 3 });
    nodes.push({ ...node(5, 'list item', '', { x: 10, y: 40, width: 200, height: 20 }, {}, ['showing', 'selectable', 'selected']), depth: 4 });
    nodes.push({ ...node(6, 'label', 'Red', { x: 12, y: 42, width: 30, height: 16 }), depth: 5 });
    const { elements, focusedId } = accessibleElements(nodes, { firstId: 10 });
    expect(elements.map((element) => `${element.id}:${element.role}:${element.text}`)).toEqual([
      '10:window:Form',
      '11:text:Full name',
      '12:textbox:Full name',
      '13:listbox:Colours',
      '14:option:Red',
    ]);
    expect(elements[2]).toMatchObject({ label: 'Full name', value: 'Ada', source: 'a11y', interactive: true, states: { focused: true, editable: true }, parentId: 10 });
    expect(elements[4]).toMatchObject({ states: { selected: true }, parentId: 13 });
    expect(elements[4]!.attributes?.path).toBe('window[Form] / listbox[Colours] / option[Red]');
    expect(focusedId).toBe(12);
  });

  it('clips to scrolled viewports, converts to logical pixels, and marks what lies outside the region', () => {
    const nodes: AccessibleNode[] = [];
    nodes.push(node(undefined, 'application', 'app', undefined));
    nodes.push(node(0, 'frame', 'Big', { x: 0, y: 0, width: 800, height: 3000 }));
    nodes.push({ ...node(1, 'viewport', '', { x: 0, y: 0, width: 800, height: 400 }), depth: 2 });
    nodes.push({ ...node(2, 'push button', 'Inside', { x: 100, y: 380, width: 100, height: 40 }), depth: 3 });
    nodes.push({ ...node(2, 'push button', 'Scrolled away', { x: 100, y: 900, width: 100, height: 40 }), depth: 3 });
    nodes.push({ ...node(1, 'push button', 'Below the screen', { x: 100, y: 2000, width: 100, height: 40 }), depth: 2 });
    nodes.push({ ...node(1, 'push button', 'Not showing', { x: 100, y: 100, width: 100, height: 40 }, {}, ['visible']), depth: 2 });
    const { elements } = accessibleElements(nodes, { scale: 2, region: { x: 0, y: 0, width: 640, height: 480 } });
    const byText = new Map(elements.map((element) => [element.text, element]));
    expect(byText.get('Inside')!.box).toEqual({ x: 50, y: 190, width: 50, height: 10 });
    expect(byText.get('Inside')!.attributes?.offscreen).toBeUndefined();
    expect(byText.get('Scrolled away')!.attributes?.offscreen).toBe('true');
    expect(byText.get('Below the screen')!.attributes?.offscreen).toBe('true');
    expect(byText.has('Not showing')).toBe(false);
  });
});
