import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { columnHeaderOf, inColumnAbove, inRowLeft, rowAncestorIds, rowOf, sameRow } from './cell-place.js';

let nextId = 1;
/** An element at a box (CSS pixels). */
function at(role: string, text: string, x: number, y: number, width: number, height: number, parentId?: number): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x, y, width, height }, source: 'dom', interactive: role === 'button', ...(parentId !== undefined ? { parentId } : {}) };
}

describe('the header of a cell\'s column', () => {
  it('one header row: the header over the cell', () => {
    const name = at('columnheader', 'Name', 0, 0, 100, 20);
    const weight = at('columnheader', 'Weight', 100, 0, 80, 20);
    const cell = at('cell', '1.4 kg', 100, 20, 80, 20);
    const elements = [name, weight, cell];
    expect(columnHeaderOf(cell, elements)?.text).toBe('Weight');
    expect(columnHeaderOf(at('cell', 'Fjord 2', 0, 40, 100, 20), elements)?.text).toBe('Name');
  });

  it('two header rows with a group header spanning two columns: the cell\'s own header, not the group\'s, whatever their order', () => {
    const specs = at('columnheader', 'Specs', 100, 0, 160, 20);
    const weight = at('columnheader', 'Weight', 100, 20, 80, 20);
    const price = at('columnheader', 'Price', 180, 20, 80, 20);
    const cell = at('cell', '1.4', 100, 40, 80, 20);
    // The group header comes first in document order (a first <tr>) …
    expect(columnHeaderOf(cell, [specs, weight, price, cell])?.text).toBe('Weight');
    // … or last: the nearest above wins either way.
    expect(columnHeaderOf(cell, [weight, price, cell, specs])?.text).toBe('Weight');
    // Both lie in the column above (header-cell's predicate): either may be the one a task names.
    expect(inColumnAbove(specs, cell) && inColumnAbove(weight, cell)).toBe(true);
    expect(inColumnAbove(price, cell)).toBe(false);
  });

  it('a header shifted aside heads the column its span holds the centre of, not the cell below its edge', () => {
    // Headers offset 30 px right of their cells: the cell's centre (140) still lies under "Weight" (130–210) …
    const name = at('columnheader', 'Name', 30, 0, 100, 20);
    const weight = at('columnheader', 'Weight', 130, 0, 80, 20);
    const weightCell = at('cell', '1.4 kg', 100, 20, 80, 20);
    expect(columnHeaderOf(weightCell, [name, weight, weightCell])?.text).toBe('Weight');
    // … and a cell whose centre (10) no header spans has none, rather than the neighbour's.
    const first = at('cell', '1', 0, 20, 20, 20);
    expect(columnHeaderOf(first, [name, weight, first])).toBeUndefined();
  });

  it('no header: a cell under no columnheader, or with its header below it, has none', () => {
    const caption = at('text', 'Weight', 100, 0, 80, 20);
    const cell = at('cell', '1.4 kg', 100, 20, 80, 20);
    expect(columnHeaderOf(cell, [caption, cell])).toBeUndefined();
    const footer = at('columnheader', 'Weight', 100, 40, 80, 20);
    expect(columnHeaderOf(cell, [cell, footer])).toBeUndefined();
    // A plain caption above still lies in the column (header-cell reads grids whose headers carry no role).
    expect(inColumnAbove(caption, cell)).toBe(true);
  });

  it('a row header lies left of the cells of its row only', () => {
    const tuesday = at('text', 'Tuesday', 0, 20, 80, 20);
    const free = at('button', 'Free', 80, 20, 60, 20);
    const below = at('button', 'Free', 80, 40, 60, 20);
    expect(inRowLeft(tuesday, free)).toBe(true);
    expect(inRowLeft(tuesday, below)).toBe(false);
    expect(inRowLeft(free, tuesday)).toBe(false);
  });
});

describe('the row of a cell', () => {
  /** A list of three rows, each a row element holding a name cell and a button. */
  function list() {
    const table = at('table', '', 0, 0, 300, 60);
    const rows = [0, 1, 2].map((index) => {
      const row = at('row', `Item ${index} Add`, 0, index * 20, 300, 20, table.id);
      const name = at('cell', `Item ${index}`, 0, index * 20, 200, 20, row.id);
      const button = at('button', 'Add', 200, index * 20, 100, 20, row.id);
      return { row, name, button };
    });
    return { table, rows, elements: [table, ...rows.flatMap(({ row, name, button }) => [row, name, button])] };
  }

  it('is the ancestors up to the one holding another like it: the row, not the table', () => {
    const { rows, elements } = list();
    const buttons = rows.map(({ button }) => button);
    expect(rowAncestorIds(rows[1]!.button, elements, buttons)).toEqual([rows[1]!.row.id]);
    expect(rowOf(rows[1]!.button, elements, buttons)).toBe(rows[1]!.row.id);
  });

  it('a row element the observation left out still groups the cells that name it as their parent', () => {
    const { rows, elements } = list();
    const shown = elements.filter((element) => element.id !== rows[2]!.row.id);
    const buttons = rows.map(({ button }) => button);
    expect(rowAncestorIds(rows[2]!.button, shown, buttons)).toEqual([rows[2]!.row.id]);
    expect(rowOf(rows[2]!.button, shown, buttons)).toBe(rows[2]!.row.id);
  });

  it('is the element itself when its parent already holds another like it (buttons side by side in one container)', () => {
    const bar = at('group', '', 0, 0, 200, 20);
    const one = at('button', 'Add', 0, 0, 100, 20, bar.id);
    const two = at('button', 'Add', 100, 0, 100, 20, bar.id);
    expect(rowAncestorIds(one, [bar, one, two], [one, two])).toEqual([]);
    expect(rowOf(one, [bar, one, two], [one, two])).toBe(one.id);
  });

  it('stops after `levels` ancestors', () => {
    const outer = at('group', '', 0, 0, 100, 100);
    const middle = at('group', '', 0, 0, 100, 100, outer.id);
    const inner = at('group', '', 0, 0, 100, 100, middle.id);
    const button = at('button', 'Go', 0, 0, 10, 10, inner.id);
    expect(rowAncestorIds(button, [outer, middle, inner, button], [])).toEqual([inner.id, middle.id, outer.id]);
    expect(rowAncestorIds(button, [outer, middle, inner, button], [], 2)).toEqual([inner.id, middle.id]);
  });

  it('two cells on their own: one row when they share a parent, else when they stand on one line', () => {
    const { rows } = list();
    expect(sameRow(rows[0]!.name, rows[0]!.button)).toBe(true);
    expect(sameRow(rows[0]!.name, rows[1]!.button)).toBe(false);
    const name = at('text', 'Ana Ruiz', 0, 100, 100, 20);
    const phone = at('text', '555-0100', 120, 104, 100, 16);
    const below = at('text', '555-0199', 120, 120, 100, 20);
    expect(sameRow(name, phone)).toBe(true);
    expect(sameRow(name, below)).toBe(false);
  });
});
