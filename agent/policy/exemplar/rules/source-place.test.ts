/**
 * The place a card is taken from (rules/source-place.ts), on a board as board-apply draws it: each column a box whose
 * first child is its head button, then its cards.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { sourcePlaceSpans } from './source-place.js';

/** A board: per column [head, ...cards], each column's children under one parent (ids from 100 per column). */
function board(columns: [string, ...string[]][], closing = 'Apply'): UIElement[] {
  const button = (id: number, text: string, parentId: number | undefined, kind: string): UIElement =>
    ({ id, role: 'button', tag: 'button', text, ...(parentId === undefined ? {} : { parentId }), attributes: { class: kind, type: 'button' }, states: {}, box: { x: 0, y: id, width: 40, height: 16 }, source: 'dom', interactive: true }) as UIElement;
  return [
    ...columns.flatMap(([head, ...cards], column) => {
      const box = 100 * (column + 1);
      return [button(box + 1, head, box, 'col-head'), ...cards.map((card, at) => button(box + 2 + at, card, box, 'card'))];
    }),
    button(999, closing, undefined, ''),
  ];
}

const spanTexts = (task: string, values: string[], page: UIElement[]) => sourcePlaceSpans(task, values, page).map((span) => task.slice(span.start, span.end));

describe('sourcePlaceSpans: "from <the place the card stands in>"', () => {
  const page = board([['Inbox', 'Order chairs'], ['Review', 'Check tickets', 'Rent tent'], ['Backlog', 'Print flyers']]);

  it('reads "from Review" and "out of the Review column" where the card stands in Review', () => {
    expect(spanTexts('Move "Check tickets" from Review to Backlog and click Apply.', ['Check tickets', 'Backlog'], page)).toEqual(['Review']);
    expect(spanTexts('Take "Check tickets" out of the Review column, put it in Backlog.', ['Check tickets'], page)).toEqual(['Review column']);
  });

  it('reads nothing where the card stands elsewhere, without "from", or where two elements show the value', () => {
    expect(spanTexts('Move "Order chairs" from Review to Backlog.', ['Order chairs'], page)).toEqual([]);
    expect(spanTexts('Move "Check tickets" to Backlog, then review it.', ['Check tickets'], page)).toEqual([]);
    expect(spanTexts('Move "Check tickets" to Review.', ['Check tickets'], page)).toEqual([]);
    const twice = board([['Inbox', 'Check tickets'], ['Review', 'Check tickets'], ['Backlog']]);
    expect(spanTexts('Move "Check tickets" from Review to Backlog.', ['Check tickets'], twice)).toEqual([]);
  });

  it('reads nothing for an element that heads its own place, or one without a parent', () => {
    expect(spanTexts('Move "Review" from Review to Backlog.', ['Review'], page)).toEqual([]);
    expect(spanTexts('Click Apply from Review.', ['Apply'], page)).toEqual([]);
  });
});
