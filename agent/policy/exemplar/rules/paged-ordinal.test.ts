import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import { kindOf, type PlannedStep } from '../planned-step.js';
import { clickPicked } from './numbered-pages.js';
import { currentPageShown, groundAcrossPages, pagerShown, pagerWalkOf } from './paged-ordinal.js';
import { groundRankedPick, markRankedPicks } from './ranked-pick.js';

const el = (id: number, role: string, text: string, cls: string, extra: Partial<UIElement> = {}): UIElement =>
  ({ id, role, tag: role === 'link' ? 'a' : role === 'text' ? 'span' : 'button', text, attributes: { class: cls }, box: { x: 10, y: 12 * id, width: 40, height: 10 }, states: {}, source: 'dom', interactive: role !== 'text', ...extra }) as UIElement;

interface PagerOptions {
  /** Page numbers shown (default: every page). */
  numbers?: number[];
  /** The page shown, marked "current" (a plain text when `currentAsText`). */
  current?: number;
  currentAsText?: boolean;
  /** The page shown is marked by aria-current only (its class is its neighbours'). */
  ariaCurrent?: boolean;
  next?: string;
  previous?: string;
}

/** A results page: result links with the given titles, then a pager. */
function page(titles: string[], pages: number, options: PagerOptions = {}): UIElement[] {
  const current = options.current ?? 1;
  const numbers = options.numbers ?? Array.from({ length: pages }, (_, index) => index + 1);
  const pager: UIElement[] = [];
  if (current > 1 && options.previous) pager.push(el(40, 'link', options.previous, 'pager-step'));
  for (const number of numbers) {
    if (number === current && options.currentAsText) pager.push(el(50 + number, 'text', String(number), 'current'));
    else if (number === current && options.ariaCurrent) pager.push(el(50 + number, 'link', String(number), 'pager-page', { states: { current: true } }));
    else pager.push(el(50 + number, 'link', String(number), number === current ? 'pager-page current' : 'pager-page'));
  }
  if (current < pages && options.next) pager.push(el(41, 'link', options.next, 'pager-step'));
  return [el(1, 'textbox', '', 'search'), el(2, 'button', 'Search', ''), ...titles.map((title, index) => el(10 + index, 'link', title, 'result-title')), ...pager];
}

const RESULT = kindOf(el(10, 'link', 'x', 'result-title'));
const clickIt = (element: UIElement, reason: string) => clickPicked(element, 0, undefined, 0.75, reason);
const target = (grounding: { ok: boolean } & object) => ('action' in grounding ? (grounding.action as { target?: { elementId?: number } }).target?.elementId : undefined);

/** Walk a run of turns the way the policy does: pages seen add up, visit keys are kept. */
function walk(index: number, screens: UIElement[][], numbersOnly = false) {
  let seen = 0;
  const visited = new Set<string>();
  const clicks: (number | undefined)[] = [];
  for (const elements of screens) {
    const turn = groundAcrossPages({ kind: RESULT, index, ...(numbersOnly ? { numbersOnly } : {}) }, 0, elements, seen, visited, 'pages:0:', clickIt);
    clicks.push(turn.grounding.ok ? target(turn.grounding) : undefined);
    if (!turn.grounding.ok) return { clicks, refusal: turn.grounding.reason };
    if (turn.pageAdvance) seen += turn.pageAdvance.count;
    if (turn.visitKey) visited.add(turn.visitKey);
  }
  return { clicks };
}

describe('the Nth item counted across pages (rules/paged-ordinal.ts)', () => {
  it('reads a pager: its page links by number and one Next, whatever its caption', () => {
    const shown = pagerShown(page(['A', 'B', 'C'], 4, { next: 'Next' }), RESULT)!;
    expect([...shown.links.keys()]).toEqual([1, 2, 3, 4]);
    expect(shown.next?.text).toBe('Next');
    expect(pagerShown(page(['A', 'B', 'C'], 3, { next: '›' }), RESULT)?.next?.text).toBe('›');
    // "›" beside "»": the plain one is Next ("»" may mean the last page).
    const both = [...page(['A', 'B', 'C'], 3, { next: '›' }), el(42, 'link', '»', 'pager-step')];
    expect(pagerShown(both, RESULT)?.next?.text).toBe('›');
    // A lone number and no Next is no pager; results reading numbers are not page links.
    expect(pagerShown([el(10, 'link', 'A', 'result-title'), el(60, 'button', '3', 'badge')], RESULT)).toBeUndefined();
    expect(pagerShown(['1', '2', '3'].map((text, index) => el(10 + index, 'link', text, 'result-title')), RESULT)).toBeUndefined();
  });

  it('reads the page the pager marks as shown, as a link or as plain text', () => {
    expect(currentPageShown(page(['A'], 3, { current: 2 }), RESULT)).toBe(2);
    expect(currentPageShown(page(['A'], 3, { current: 3, currentAsText: true }), RESULT)).toBe(3);
    expect(currentPageShown([el(10, 'link', 'A', 'result-title'), el(51, 'link', '1', 'pager'), el(52, 'link', '2', 'pager')], RESULT)).toBeUndefined();
    // Marked only by aria-current, no class of its own.
    expect(currentPageShown(page(['A'], 3, { current: 2, ariaCurrent: true }), RESULT)).toBe(2);
  });

  it('walks a demonstration\'s page links and Next / Previous clicks from the first page', () => {
    const link = (text: string) => ({ role: 'link', text, box: { x: 0, y: 0, width: 20, height: 10 } });
    expect(pagerWalkOf([link('Next'), link('3')])).toBe(3);
    expect(pagerWalkOf([link('>'), link('»')])).toBe(3);
    expect(pagerWalkOf([link('4'), link('Prev')])).toBe(3);
    expect(pagerWalkOf([link('Prev')])).toBeUndefined();
    expect(pagerWalkOf([link('Next'), link('Clear all')])).toBeUndefined();
  });

  it('goes straight to the page link that reads the page, counting the page size on the first page', () => {
    // The 7th, four a page: page 2, place 3 (the demonstration may have had three a page).
    const run = walk(6, [page(['A', 'B', 'C', 'D'], 3, { next: 'Next' }), page(['E', 'F', 'G', 'H'], 3, { next: 'Next', current: 2 })]);
    expect(run).toEqual({ clicks: [52, 12] });
    // The 8th, three a page: page 3, place 2.
    expect(walk(7, [page(['A', 'B', 'C'], 3, { next: '>' }), page(['G', 'H', 'I'], 3, { current: 3 })])).toEqual({ clicks: [53, 11] });
  });

  it('pages with Next where no link reads the page, then takes the link once it shows', () => {
    // The 10th, three a page, only the pages next to the shown one numbered: Next, Next, then "4" shows.
    const near = (titles: string[], current: number) => page(titles, 5, { current, numbers: [current - 1, current, current + 1].filter((n) => n >= 1 && n <= 5), currentAsText: true, next: '»', previous: '«' });
    expect(walk(9, [near(['A', 'B', 'C'], 1), near(['D', 'E', 'F'], 2), near(['G', 'H', 'I'], 3), near(['J', 'K', 'L'], 4)])).toEqual({ clicks: [41, 41, 54, 10] });
  });

  it('refuses a turn that turned nothing, an ordinal beyond the results, and a page the pager marks otherwise', () => {
    const first = page(['A', 'B', 'C'], 3, { next: 'Next' });
    expect(walk(7, [first, first]).refusal).toContain('did not turn the page');
    // Eight results, three a page: the 9th would be the third place of a page holding two.
    const last = walk(8, [first, page(['G', 'H'], 3, { current: 3 })]);
    expect(last.clicks).toEqual([53, undefined]);
    expect(last.refusal).toContain('beyond the results');
    // No pager at all: six results and no more.
    expect(walk(8, [[el(10, 'link', 'A', 'result-title'), el(11, 'link', 'B', 'result-title')]]).refusal).toContain('no pager to more');
    // The page counted as page 2 is marked page 3 (a "Next" that jumped to the end): no place is guessed.
    const jumped = walk(9, [page(['A', 'B', 'C'], 5, { numbers: [1, 2], next: '»' }), page(['M', 'N', 'O'], 5, { numbers: [2, 3], current: 3, next: '»' })]);
    expect(jumped.clicks).toEqual([41, undefined]);
    expect(jumped.refusal).toContain('marks page 3');
    // The same with the page marked only by aria-current: checked all the same.
    const marked = walk(9, [page(['A', 'B', 'C'], 5, { numbers: [1, 2], next: '»' }), page(['M', 'N', 'O'], 5, { numbers: [2, 3], current: 3, ariaCurrent: true, next: '»' })]);
    expect(marked.clicks).toEqual([41, undefined]);
    expect(marked.refusal).toContain('marks page 3');
  });

  it('takes a lone Next as a pager only when the demonstration paged', () => {
    const onlyNext = [el(10, 'link', 'A', 'result-title'), el(11, 'link', 'B', 'result-title'), el(41, 'button', 'Next', 'wizard')];
    expect(walk(4, [onlyNext], true).refusal).toContain('turned no page');
    expect(walk(4, [onlyNext]).clicks).toEqual([41]);
  });
});

const click = (elements: UIElement[], id: number, bindings: PlannedStep['bindings'], sourceIndex: number): PlannedStep => {
  const found = elements.find((element) => element.id === id)!;
  return { sourceIndex, bindings, step: { observation: { text: '', elements }, action: { type: 'click', target: { elementId: id } }, targets: [{ ...found }] } as unknown as Step };
};

describe('ranked picks counted across pages (rules/ranked-pick.ts with rules/paged-ordinal.ts)', () => {
  it('reaches the 7th through the page numbers from a demonstration of the 2nd on the first page', () => {
    const steps = [click(page(['Ann', 'Bo', 'Cy'], 3, { next: '>' }), 11, [{ old: '2nd', new: '7th' }], 2)];
    markRankedPicks(steps, [], 'Search for "Kasie", then click the 2nd search result.');
    const pick = steps[0]!.rankedPick!;
    expect(pick).toMatchObject({ index: 6 });
    const turn = groundRankedPick(pick, 0, page(['Fay', 'Gus', 'Hal'], 3, { next: 'Next' }), 0, '', new Set());
    expect(turn.grounding).toMatchObject({ ok: true, action: { target: { elementId: 53 } } });
    expect(turn.pageAdvance).toEqual({ planIndex: 0, count: 6 });
    const there = groundRankedPick(pick, 0, page(['Ida', 'Jo', 'Kim'], 3, { current: 3 }), 6, '', new Set([turn.visitKey!]));
    expect(there.grounding).toMatchObject({ ok: true, action: { target: { elementId: 10 } } });
  });

  it('plans "Next" then "3" before the pick as one pick on page 3, never a Next replayed on its own', () => {
    const bindings = [{ old: '8th', new: '2nd' }];
    const first = page(['A', 'B', 'C'], 4, { numbers: [1, 2], next: 'Next' });
    const second = page(['D', 'E', 'F'], 4, { numbers: [1, 2, 3], current: 2, next: 'Next' });
    const third = page(['G', 'H', 'I'], 4, { numbers: [2, 3, 4], current: 3, next: 'Next' });
    const steps = [click(first, 41, bindings, 1), click(second, 53, bindings, 2), click(third, 11, bindings, 3)];
    markRankedPicks(steps, [], 'Search for "Kasie", then click the 8th search result.');
    expect(steps).toHaveLength(1);
    expect(steps[0]!.rankedPick).toMatchObject({ index: 1, numbered: { perPage: 3 } });
    const here = groundRankedPick(steps[0]!.rankedPick!, 0, first, 0, '', new Set());
    expect(here.grounding).toMatchObject({ ok: true, action: { target: { elementId: 11 } } });
  });

  it('pages with the page\'s own Next when the demonstrated one\'s caption changed', () => {
    const bindings = [{ old: '4th', new: '7th' }];
    const steps = [click(page(['A', 'B', 'C'], 3, { next: '>' }), 41, bindings, 1), click(page(['D', 'E', 'F'], 3, { current: 2, next: '>' }), 10, bindings, 2)];
    markRankedPicks(steps, [], 'Search for "Kasie", then click the 4th search result.');
    expect(steps).toHaveLength(1);
    const pick = steps[0]!.rankedPick!;
    expect(pick.pager?.text).toBe('>');
    const near = (titles: string[], current: number) => page(titles, 4, { numbers: [current], current, currentAsText: true, next: 'Next', previous: 'Prev' });
    let seen = 0;
    const visited = new Set<string>();
    const clicks: (number | undefined)[] = [];
    for (const screen of [near(['A', 'B', 'C'], 1), near(['D', 'E', 'F'], 2), near(['G', 'H', 'I'], 3)]) {
      const turn = groundRankedPick(pick, 0, screen, seen, '', visited);
      clicks.push(target(turn.grounding));
      seen += turn.pageAdvance?.count ?? 0;
      if (turn.visitKey) visited.add(turn.visitKey);
    }
    expect(clicks).toEqual([41, 41, 10]);
  });
});
