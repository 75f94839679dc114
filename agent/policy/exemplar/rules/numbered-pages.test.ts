import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { PlannedStep } from '../planned-step.js';
import { groundRankedPick, markRankedPicks } from './ranked-pick.js';

const el = (id: number, role: string, text: string, cls: string, extra: Partial<UIElement> = {}): UIElement =>
  ({ id, role, tag: role === 'link' ? 'a' : 'button', text, attributes: { class: cls }, box: { x: 10, y: 12 * id, width: 40, height: 10 }, states: {}, source: 'dom', interactive: true, ...extra }) as UIElement;

/** A results page: three result links (the given titles) and page links 1, 2, 3. */
const page = (titles: string[], firstId = 10): UIElement[] => [
  el(1, 'textbox', '', 'search'),
  el(2, 'button', 'Search', ''),
  ...titles.map((title, index) => el(firstId + index, 'link', title, 'result-title')),
  // A pager's list items read the numbers of the links inside them.
  el(30, 'listitem', '1', 'page-item active', { tag: 'li' }),
  el(20, 'link', '1', 'page-link', { parentId: 30 }),
  el(31, 'listitem', '2', 'page-item', { tag: 'li' }),
  el(21, 'link', '2', 'page-link', { parentId: 31 }),
  el(32, 'listitem', '3', 'page-item', { tag: 'li' }),
  el(22, 'link', '3', 'page-link', { parentId: 32 }),
];

const click = (elements: UIElement[], id: number, bindings: PlannedStep['bindings'], sourceIndex: number): PlannedStep => {
  const target = elements.find((element) => element.id === id)!;
  return { sourceIndex, bindings, step: { observation: { text: '', elements }, action: { type: 'click', target: { elementId: id } }, targets: [{ ...target }] } as unknown as Step };
};

const task = 'Enter "Kasie" and press Search, then click the 4th result.';

describe('the Nth result on pages with numbered links (rules/numbered-pages.ts)', () => {
  it('plans the 4th result reached by the page link "2" as a pick of the new number, by its page and place', () => {
    const bindings = [{ old: 'Kasie', new: 'Renda' }, { old: '4th', new: '8th' }];
    const first = page(['Ann', 'Bo', 'Cy']);
    const second = page(['Kasie', 'Di', 'Ed']);
    const steps = [click(first, 21, bindings, 0), click(second, 10, bindings, 1)];
    const used = markRankedPicks(steps, [], task);
    expect(used.has(4)).toBe(true);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.rankedPick).toMatchObject({ index: 7, numbered: { perPage: 3 }, alsoShows: 'Renda' });
    const pick = steps[0]!.rankedPick!;
    // Page 1 of the new run: the 8th is on page 3 — its link, not "2" again.
    const turn = groundRankedPick(pick, 0, page(['Fay', 'Gus', 'Hal']), 0, task, new Set());
    expect(turn.grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 22 } } });
    expect(turn.pageAdvance).toEqual({ planIndex: 0, count: 6 });
    // Page 3: the second place, which reads the searched name.
    const pickThere = groundRankedPick(pick, 0, page(['Ida', 'Renda', 'Jo']), 6, task, new Set([turn.visitKey!]));
    expect(pickThere.grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 11 } } });
  });

  it('refuses the place when it does not read the searched name, and a page link that turned nothing', () => {
    const bindings = [{ old: 'Kasie', new: 'Renda' }, { old: '4th', new: '8th' }];
    const steps = [click(page(['Ann', 'Bo', 'Cy']), 21, bindings, 0), click(page(['Kasie', 'Di', 'Ed']), 10, bindings, 1)];
    markRankedPicks(steps, [], task);
    const pick = steps[0]!.rankedPick!;
    const wrongName = groundRankedPick(pick, 0, page(['Ida', 'Kim', 'Jo']), 6, task, new Set());
    expect(wrongName.grounding.ok).toBe(false);
    expect(wrongName.grounding.reason).toContain('"Renda"');
    const turn = groundRankedPick(pick, 0, page(['Fay', 'Gus', 'Hal']), 0, task, new Set());
    const stuck = groundRankedPick(pick, 0, page(['Fay', 'Gus', 'Hal']), 6, task, new Set([turn.visitKey!]));
    expect(stuck.grounding.ok).toBe(false);
    expect(stuck.grounding.reason).toContain('did not turn the page');
  });

  it('reaches later pages from a pick on the first page through the page number links; a pick that read no slot pages at grounding only', () => {
    const named = [{ old: 'Cy', new: 'Renda' }, { old: '3rd', new: '5th' }];
    const onFirst = [click(page(['Ann', 'Bo', 'Cy']), 12, named, 2)];
    markRankedPicks(onFirst, [], 'Enter "Cy" and press Search, then click the 3rd result.');
    expect(onFirst[0]!.rankedPick).toMatchObject({ index: 4, numbered: { perPage: 3 } });
    const turn = groundRankedPick(onFirst[0]!.rankedPick!, 0, page(['Fay', 'Gus', 'Hal']), 0, task, new Set());
    expect(turn.grounding).toMatchObject({ ok: true, action: { target: { elementId: 21 } } });
    // A pick that read no slot value is planned without the links: the page it is on then tells (rules/paged-ordinal.ts).
    const unnamed = [click(page(['Ann', 'Bo', 'Cy']), 12, [{ old: '3rd', new: '5th' }], 2)];
    markRankedPicks(unnamed, [], 'Click the 3rd result.');
    expect(unnamed[0]!.rankedPick?.numbered).toBeUndefined();
    const counted = groundRankedPick(unnamed[0]!.rankedPick!, 0, page(['Fay', 'Gus', 'Hal']), 0, task, new Set());
    expect(counted.grounding).toMatchObject({ ok: true, action: { target: { elementId: 21 } } });
  });

  it('keeps a result the task names by a slot found by its name when the ordinal is the same in both tasks', () => {
    const steps = [click(page(['Ann', 'Bo', 'Cy']), 21, [{ old: 'Kasie', new: 'Renda' }], 0), click(page(['Kasie', 'Di', 'Ed']), 10, [{ old: 'Kasie', new: 'Renda' }], 1)];
    markRankedPicks(steps, [], task);
    expect(steps).toHaveLength(2);
    expect(steps[1]!.rankedPick).toBeUndefined();
  });
});
