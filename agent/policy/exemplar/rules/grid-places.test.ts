import { describe, expect, it } from 'vitest';
import { placeIndex, placesOf, rowsOf, type NamedPlace } from './grid-places.js';

/** Items of `columns` per row, 40 px squares 3 px apart, `count` in all (the last row may be short). */
const grid = (count: number, columns: number) =>
  Array.from({ length: count }, (_, index) => ({ name: `item ${index + 1}`, box: { x: 10 + (index % columns) * 46, y: 10 + Math.floor(index / columns) * 46, width: 40, height: 40 } }));

const places = (task: string) => placesOf(task).map(({ place }) => place);
const one = (task: string): NamedPlace => {
  const found = placesOf(task);
  expect(found, task).toHaveLength(1);
  return found[0]!.place;
};
const at = (task: string, items: ReturnType<typeof grid>) => {
  const found = placesOf(task)[0]!;
  return placeIndex(found.place, items, found.conflict);
};

describe('places a task names', () => {
  it('reads ordinals, ordinal words and the ends of a list as before', () => {
    expect(places('Move Bjorn to the 3rd position')).toEqual([{ kind: 'index', index: 2 }]);
    expect(places('Drag Nils to the top of the list')).toEqual([{ kind: 'index', index: 0 }]);
    expect(places('Move Ingrid to the bottom of the list')).toEqual([{ kind: 'last' }]);
    expect(places('Put it in second place')).toEqual([{ kind: 'index', index: 1 }]);
    expect(places('Drag item 3 to the list')).toEqual([]);
  });

  it('reads row and column words together as one place, never "top" of "top right" alone', () => {
    expect(one('Drag Harry to the top right')).toEqual({ kind: 'edges', row: 'first', column: 'last' });
    expect(one('Move Ivy into the bottom-left corner.')).toEqual({ kind: 'edges', row: 'last', column: 'first' });
    expect(one('Drag Cedar to the center.')).toEqual({ kind: 'edges', row: 'middle', column: 'middle' });
    expect(one('Put Elm at the top middle')).toEqual({ kind: 'edges', row: 'first', column: 'middle' });
    expect(one('Drag it to the top')).toEqual({ kind: 'edges', row: 'first' });
    expect(placesOf('Drag it to the top left, then the bottom')[0]).toMatchObject({ conflict: true });
  });
});

describe('which item a place is', () => {
  const nine = grid(9, 3);
  it('reads row and column words on a grid', () => {
    expect(at('Drag Harry to the top right', nine)).toEqual({ index: 2 });
    expect(at('Drag Harry to the bottom left', nine)).toEqual({ index: 6 });
    expect(at('Drag Harry to the middle', nine)).toEqual({ index: 4 });
    expect(at('Drag Harry to the middle right', nine)).toEqual({ index: 5 });
  });

  it('counts ordinals in reading order, row by row', () => {
    expect(rowsOf(nine).map((row) => row.map((item) => item.name))).toEqual([
      ['item 1', 'item 2', 'item 3'],
      ['item 4', 'item 5', 'item 6'],
      ['item 7', 'item 8', 'item 9'],
    ]);
    expect(at('Drag Harry to the 4th position', [...nine].reverse())).toEqual({ index: 3 });
    expect(at('Drag Harry to the last position', nine)).toEqual({ index: 8 });
  });

  it('reads "top" and "bottom" as the ends of a single column, and "left" / "right" of a single row', () => {
    const column = grid(5, 1);
    expect(at('Move it to the top', column)).toEqual({ index: 0 });
    expect(at('Move it to the bottom', column)).toEqual({ index: 4 });
    const row = grid(4, 4);
    expect(at('Move it to the right', row)).toEqual({ index: 3 });
  });

  it('is unsure of a grid place that leaves a row or a column open, or a middle of an even count', () => {
    expect(at('Drag Harry to the top', nine)).toEqual({ unsure: 'the task names no column of the 3×3 grid' });
    expect(at('Drag Harry to the right', nine)).toEqual({ unsure: 'the task names no row of the 3×3 grid' });
    expect(at('Drag Harry to the middle', grid(8, 4))).toMatchObject({ unsure: expect.stringContaining('middle') });
    expect(at('Drag Harry to the top left, then the bottom', nine)).toEqual({ unsure: 'the task names both ends of a row or a column' });
    expect(at('Drag Harry to the 12th position', nine)).toEqual({ unsure: 'the task names place 12, and there are 9 items' });
  });

  it('takes the last item of a short last row for "bottom right", and refuses its middle', () => {
    const eight = grid(8, 3);
    expect(at('Drag Harry to the bottom right', eight)).toEqual({ index: 7 });
    expect(at('Drag Harry to the bottom middle', eight)).toMatchObject({ unsure: expect.any(String) });
  });
});
