/**
 * Rules that take a grounding's element without weighing its score (a sort header, a pager, a month arrow, a
 * dragged item) refuse when another element fits the demonstrated one about as well (ground-target.ts's near tie):
 * acting on either — or calling the task already done by reading either — would be a guess. Each case acted, or
 * read the page as done, before the guard.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import { kindOf } from '../planned-step.js';
import { monthCount } from '../date-parts.js';
import { groundSortOrder } from './sort-direction.js';
import { groundPagerSearch } from './pager-search.js';
import { groundNavigation } from './month-navigation.js';
import { groundRankedPick } from './ranked-pick.js';

const dom = (id: number, role: string, text: string, box: UIElement['box'], extra: Partial<UIElement> = {}): UIElement => ({
  id,
  role,
  tag: role === 'button' ? 'button' : role === 'cell' ? 'td' : role === 'listitem' ? 'li' : 'div',
  text,
  states: {},
  box,
  source: 'dom',
  interactive: role === 'button' || role === 'link',
  ...extra,
});

describe('a sort header two tables share', () => {
  // Demonstrated: the one "Price" header at x 150. Now two tables side by side, each with a "Price" header 100 px
  // either side of it: the left one's column reads ascending, the right one's does not.
  const table = (base: number, x: number, prices: string[]) => [
    dom(base, 'button', 'Price', { x, y: 10, width: 40, height: 12 }),
    ...prices.map((price, row) => dom(base + 1 + row, 'cell', price, { x, y: 30 + row * 14, width: 40, height: 12 })),
  ];
  const elements = [...table(100, 50, ['$3.00', '$12.50', '$40.00']), ...table(200, 250, ['$40.00', '$3.00', '$12.50'])];
  const planned = {
    sourceIndex: 0,
    bindings: [],
    sortOrder: { direction: 'ascending', phrase: 'lowest first' },
    step: { action: { type: 'click', target: { elementId: 7 } }, targets: [{ role: 'button', tag: 'button', text: 'Price', box: { x: 150, y: 10, width: 40, height: 12 } }], observation: { elements: [] } },
  } as unknown as PlannedStep;

  it('refuses rather than call the column sorted by reading either table', () => {
    const { grounding } = groundSortOrder(planned, elements, new Set(), 'sort:0:', 'Sort by price, lowest first');
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toMatch(/the control that sorts the column is a guess between two elements: \[\d+\] button "Price".*nearly tied with \[\d+\] button "Price"/);
  });

  it('still reads the one header when the other table has none', () => {
    const { grounding } = groundSortOrder(planned, table(100, 50, ['$3.00', '$12.50', '$40.00']), new Set(), 'sort:0:', 'Sort by price, lowest first');
    expect(grounding).toMatchObject({ ok: true, satisfied: true });
  });
});

describe('a pager two lists share', () => {
  // Demonstrated: "More" under one list at y 300. Now a page of results and a page of reviews, each with its "More",
  // 100 px above and below the demonstrated one.
  const pager: TargetDescriptor = { role: 'button', tag: 'button', text: 'More', box: { x: 100, y: 300, width: 60, height: 20 } };
  const goal: TargetDescriptor = { role: 'listitem', tag: 'li', text: 'Desk lamp', box: { x: 0, y: 250, width: 200, height: 18 } };
  const rows = ['Kettle', 'Toaster'].map((text, row) => dom(10 + row, 'listitem', text, { x: 0, y: 100 + row * 20, width: 200, height: 18 }));
  const elements = [...rows, dom(20, 'button', 'More', { x: 100, y: 200, width: 60, height: 20 }), dom(21, 'button', 'More', { x: 100, y: 400, width: 60, height: 20 })];

  it('refuses rather than turn either list', () => {
    const { grounding } = groundPagerSearch(pager, goal, elements, new Set(), 'page:0:', 'no "Desk lamp" yet');
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toMatch(/the pager "More" is a guess between two elements: \[2[01]\] button "More".*nearly tied with \[2[01]\] button "More"/);
    expect(grounding.reason).toContain('still: no "Desk lamp" yet');
  });

  it('still turns the one pager', () => {
    const { grounding } = groundPagerSearch(pager, goal, elements.slice(0, -1), new Set(), 'page:0:', 'no "Desk lamp" yet');
    expect(grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 20 } } });
  });
});

describe('a month arrow a two-month picker shows twice', () => {
  // Demonstrated: "›" at x 300 moved "March 2026" on. Now a range picker shows two months, each with its own "›",
  // 100 px either side of the demonstrated one.
  const control: TargetDescriptor = { role: 'button', tag: 'button', text: '›', box: { x: 300, y: 20, width: 20, height: 20 } };
  const elements = [
    dom(1, 'heading', 'March 2026', { x: 100, y: 20, width: 120, height: 20 }),
    dom(2, 'button', '›', { x: 200, y: 20, width: 20, height: 20 }),
    dom(3, 'heading', 'April 2026', { x: 300, y: 60, width: 120, height: 20 }),
    dom(4, 'button', '›', { x: 400, y: 20, width: 20, height: 20 }),
  ];
  const navigate = { control, direction: 1, wanted: monthCount({ year: 2026, month: 6, day: 1 }), demonstrated: 2 } as NonNullable<PlannedStep['navigate']>;

  it('refuses rather than press either arrow', () => {
    const { grounding } = groundNavigation(navigate, 0, elements, new Set(), 'June 12 is not shown');
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toMatch(/the navigation control is a guess between two elements: \[[24]\] button "›".*nearly tied with \[[24]\] button "›"/);
  });

  it('still presses the one arrow', () => {
    const { grounding } = groundNavigation(navigate, 0, elements.slice(0, 3), new Set(), 'June 12 is not shown');
    expect(grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 2 } } });
  });
});

describe('a ranked pick whose pager shows twice', () => {
  // "the 5th result": two results here, and two "Show more" buttons equally near the demonstrated one.
  const results = ['Alpha', 'Beta'].map((text, row) => dom(10 + row, 'link', text, { x: 0, y: 100 + row * 30, width: 200, height: 20 }));
  const pager: TargetDescriptor = { role: 'button', tag: 'button', text: 'Show more', box: { x: 100, y: 300, width: 80, height: 20 } };
  const elements = [...results, dom(20, 'button', 'Show more', { x: 100, y: 200, width: 80, height: 20 }), dom(21, 'button', 'Show more', { x: 100, y: 400, width: 80, height: 20 })];
  const pick = { kind: kindOf(results[0]!), index: 4, pager } as NonNullable<PlannedStep['rankedPick']>;

  it('refuses rather than page with either', () => {
    const { grounding } = groundRankedPick(pick, 0, elements, 0, 'Open the 3rd result.');
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toMatch(/number 5 is not among the 2 here, and the pager is a guess between two elements: \[2[01]\] button "Show more".*nearly tied with \[2[01]\] button "Show more"/);
  });

  it('still pages with the one pager', () => {
    const { grounding } = groundRankedPick(pick, 0, elements.slice(0, -1), 0, 'Open the 3rd result.');
    expect(grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 20 } } });
  });
});
