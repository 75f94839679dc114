import { describe, expect, it } from 'vitest';
import type { UIElement } from '../core/observation.js';
import { labelChartMarks } from './chart-marks.js';

let nextId = 1;
const element = (fields: Partial<UIElement> & Pick<UIElement, 'box'>): UIElement => ({
  id: nextId++,
  role: 'text',
  text: '',
  states: {},
  source: 'dom',
  interactive: false,
  ...fields,
});
const bar = (x: number, height: number) =>
  element({ role: 'button', tag: 'rect', interactive: true, attributes: { class: 'bar' }, box: { x, y: 168 - height, width: 15, height } });
const caption = (text: string, x: number, y: number) => element({ tag: 'div', text, box: { x, y, width: 15, height: 9 } });

describe('labelChartMarks', () => {
  it('names each bar by the category under it, not by the value row below that', () => {
    const bars = [bar(12, 14), bar(31, 98), bar(50, 31)];
    const elements = [...bars, caption('Mon', 12, 170), caption('Tue', 31, 170), caption('Wed', 50, 170), caption('5', 12, 183), caption('35', 31, 183), caption('11', 50, 183)];
    labelChartMarks(elements);
    expect(bars.map((mark) => mark.label)).toEqual(['Mon', 'Tue', 'Wed']);
  });

  it('names horizontal bars by the caption on their left', () => {
    const bars = [0, 1].map((row) => element({ tag: 'rect', box: { x: 60, y: 10 + row * 20, width: 40 + row * 30, height: 12 } }));
    const elements = [...bars, element({ tag: 'span', text: 'North', box: { x: 10, y: 11, width: 45, height: 10 } }), element({ tag: 'span', text: 'South', box: { x: 10, y: 31, width: 45, height: 10 } })];
    labelChartMarks(elements);
    expect(bars.map((mark) => mark.label)).toEqual(['North', 'South']);
  });

  it('labels no bar of a kind when one of them has no caption of its own, so the kind stays whole', () => {
    const bars = [bar(12, 14), bar(31, 98), bar(90, 40)];
    const elements = [...bars, caption('Mon', 12, 170), caption('Tue', 31, 170)];
    labelChartMarks(elements);
    expect(bars.map((mark) => mark.label)).toEqual([undefined, undefined, undefined]);
  });

  it('labels no bar when one caption sits under two bars (grouped bars)', () => {
    const bars = [bar(12, 14), bar(20, 50)].map((mark) => ({ ...mark, box: { ...mark.box, width: 8 } }));
    const elements = [...bars, element({ tag: 'div', text: 'Q1', box: { x: 14, y: 170, width: 8, height: 9 } })];
    labelChartMarks(elements);
    expect(bars.map((mark) => mark.label)).toEqual([undefined, undefined]);
  });

  it('leaves marks with a name of their own and far-away text alone', () => {
    const named = { ...bar(12, 14), label: 'Sales' };
    const lonely = bar(31, 20);
    const elements = [named, lonely, caption('Mon', 12, 170), caption('Far', 31, 260)];
    labelChartMarks(elements);
    expect(named.label).toBe('Sales');
    expect(lonely.label).toBeUndefined();
  });

  it('labels no shape that spans several captions (a chart background)', () => {
    const background = element({ tag: 'rect', attributes: { class: 'bg' }, box: { x: 0, y: 40, width: 150, height: 128 } });
    const bars = [bar(12, 14), bar(31, 98)];
    const elements = [background, ...bars, caption('Mon', 12, 170), caption('Tue', 31, 170)];
    labelChartMarks(elements);
    expect(background.label).toBeUndefined();
    expect(bars.map((mark) => mark.label)).toEqual(['Mon', 'Tue']);
  });

  it('labels no shape that holds a text of its own, and never by the text inside another shape', () => {
    // Two rows of tags: each box holds its word; the box above must not take the word of the box below.
    const tags = [0, 1].map((row) => element({ tag: 'rect', attributes: { class: 'tag' }, box: { x: 10, y: 10 + row * 24, width: 50, height: 18 } }));
    const words = [element({ tag: 'text', text: 'alpha', box: { x: 15, y: 13, width: 40, height: 12 } }), element({ tag: 'text', text: 'beta', box: { x: 15, y: 37, width: 40, height: 12 } })];
    const plain = [bar(100, 5), bar(120, 9)].map((mark) => ({ ...mark, attributes: { class: 'plain' } }));
    const footer = element({ tag: 'button', text: 'Submit', box: { x: 10, y: 60, width: 50, height: 14 } });
    labelChartMarks([...tags, ...words, footer, ...plain]);
    expect(tags.map((mark) => mark.label)).toEqual([undefined, undefined]);
    expect(plain.map((mark) => mark.label)).toEqual([undefined, undefined]);
  });
});
