import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor, Trajectory } from '../../../core/trajectory.js';
import type { DemonstrationPlan, PlannedStep } from '../plan-demonstration.js';
import { feedSearchPlan, groundFeedSearch, loadMoreControl, MAX_FEED_TURNS, type FeedSearchStep } from './feed-search.js';
import { screenSignature } from './scroll-depth.js';
import { showsValue } from '../row-keys.js';

let nextId = 1;
function element(role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 0, y: nextId * 10, width: 40, height: 10 }, source: 'dom', interactive: role === 'button', tag: role === 'button' ? 'button' : 'div', ...extra };
}

/** A feed: posts (an article holding an author line and Like / Share buttons) and, when `more` is given, a load-more button after them. */
function feed(handles: string[], more?: string): UIElement[] {
  const area = element('group', 'feed');
  const elements: UIElement[] = [area];
  for (const handle of handles) {
    const post = element('article', `Name ${handle} text`, { parentId: area.id });
    elements.push(post, element('text', `Name ${handle}`, { parentId: post.id, attributes: { class: 'who' } }));
    elements.push(element('button', '♡', { label: 'Like', parentId: post.id }), element('button', '↻', { label: 'Share', parentId: post.id }));
  }
  if (more) elements.push(element('button', more, { parentId: area.id, attributes: { class: 'more' } }));
  return elements;
}

const share: TargetDescriptor = { role: 'button', tag: 'button', text: '↻', label: 'Share', states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true } as TargetDescriptor;
const loadMore: TargetDescriptor = { role: 'button', tag: 'button', text: 'Load more', states: {}, attributes: { class: 'more' }, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true } as TargetDescriptor;

function planned(action: Step['action'], targets: TargetDescriptor[], extra: Partial<PlannedStep> = {}, sourceIndex = 0): PlannedStep {
  const step: Step = { index: sourceIndex, observation: { text: '', elements: [] }, action, targets, result: { ok: true }, timings: {} };
  return { sourceIndex, step, bindings: [], ...extra };
}

function planOf(steps: PlannedStep[], demoTask = 'Share the post by @zara.'): DemonstrationPlan {
  return { trajectory: { task: demoTask, steps: steps.map((one) => one.step) } as unknown as Trajectory, task: 'Share the post by @rosa.', steps, notes: [], problems: [], unusedSlots: [], fit: 1, alignment: { score: 1, slots: [], unpaired: [] } } as unknown as DemonstrationPlan;
}

describe('feed search', () => {
  it('turns the loads and scrolls before a row-keyed step into one search, and puts one there when there were none', () => {
    const goal = planned({ type: 'click', target: { elementId: 9 } }, [share], { rowKeys: [{ old: '@zara', new: '@rosa' }] }, 3);
    const plan = planOf([
      planned({ type: 'click', target: { elementId: 1 } }, [loadMore], {}, 0),
      planned({ type: 'click', target: { elementId: 1 } }, [loadMore], {}, 1),
      planned({ type: 'scroll', deltaX: 0, deltaY: 60, target: { elementId: 2 } }, [], {}, 2),
      goal,
    ]);
    const searched = feedSearchPlan(plan)!;
    expect(searched.steps).toHaveLength(2);
    expect(searched.steps[0]!.feedSearch).toMatchObject({ pager: { text: 'Load more' }, deltaY: 60, demonstrated: 3 });
    expect(searched.steps[1]).toBe(goal);
    const direct = feedSearchPlan(planOf([goal]))!;
    expect(direct.steps.map((step) => Boolean(step.feedSearch))).toEqual([true, false]);
    // A click the task names (a "Submit") is not part of the search.
    const named = feedSearchPlan(planOf([planned({ type: 'click', target: { elementId: 1 } }, [{ ...loadMore, text: 'Zara' } as TargetDescriptor]), goal]))!;
    expect(named.steps.map((step) => Boolean(step.feedSearch))).toEqual([false, true, false]);
    // No row-keyed step, no search.
    expect(feedSearchPlan(planOf([planned({ type: 'click', target: { elementId: 1 } }, [share])]))).toBeUndefined();
  });

  it('never takes a step that set something for a load: a choice made right before the row is the task’s (stay-survey seed 2)', () => {
    // The survey's Wi-Fi row rated "Poor" (a wordless radio), then the Location row's "Good" (keyed by its row).
    const radio = { role: 'radio', tag: 'input', text: '', value: 'Poor', inputType: 'radio', attributes: { name: 'asp0', type: 'radio' }, context: 'Wi-Fi Great Good Fair Poor', states: {}, box: { x: 140, y: 76, width: 10, height: 10 }, source: 'dom', interactive: true } as TargetDescriptor;
    const goal = planned({ type: 'click', target: { elementId: 31 } }, [{ ...radio, value: 'Good', attributes: { name: 'asp3', type: 'radio' } } as TargetDescriptor], { rowKeys: [{ old: 'location', new: 'value for money' }] }, 1);
    const kept = (first: PlannedStep) => feedSearchPlan(planOf([first, goal], 'Can you give wi-fi a "Poor" and location a "Good"?'))!.steps.map((step) => (step.feedSearch ? 'search' : step.sourceIndex));
    // Before: [search, 1] — the Wi-Fi rating folded into the search and skipped once the Location row showed.
    expect(kept(planned({ type: 'click', target: { elementId: 15 } }, [radio], { intendedChecked: true }, 0))).toEqual([0, 'search', 1]);
    // A choice by its role alone, a cell told by its headers, a field filled: none is a load either.
    expect(kept(planned({ type: 'click', target: { elementId: 15 } }, [radio], {}, 0))).toEqual([0, 'search', 1]);
    const cell = { ...loadMore, text: 'Free', role: 'button' } as TargetDescriptor;
    expect(kept(planned({ type: 'click', target: { elementId: 15 } }, [cell], { headerCell: { role: 'button', column: { old: '10:00', new: '11:00' }, row: { old: 'Monday', new: 'Friday' } } }, 0))).toEqual([0, 'search', 1]);
    expect(kept(planned({ type: 'click', target: { elementId: 15 } }, [{ ...radio, role: 'textbox', tag: 'input', value: '' } as TargetDescriptor], {}, 0))).toEqual([0, 'search', 1]);
    // A plain press before it still is one.
    expect(kept(planned({ type: 'click', target: { elementId: 1 } }, [loadMore], {}, 0))).toEqual(['search', 1]);
  });

  it('loads more with the control like the demonstrated one whatever its caption, else the one whose caption says more, never a control in a row', () => {
    const search: FeedSearchStep = { pager: loadMore, deltaY: 80, demonstrated: 1 };
    expect(loadMoreControl(search, share, feed(['@leo', '@ivy'], 'Show older posts'))?.text).toBe('Show older posts');
    expect(loadMoreControl({ deltaY: 80, demonstrated: 0 }, share, feed(['@leo', '@ivy'], 'See more'))?.text).toBe('See more');
    expect(loadMoreControl({ deltaY: 80, demonstrated: 0 }, share, feed(['@leo', '@ivy'], 'Subscribe'))).toBeUndefined();
    expect(loadMoreControl(search, share, feed(['@leo', '@ivy']))).toBeUndefined();
  });

  it('loads, then scrolls, and refuses once nothing new shows', () => {
    const search: FeedSearchStep = { pager: loadMore, deltaY: 80, demonstrated: 1 };
    const visited = new Set<string>();
    const page = feed(['@leo', '@ivy'], 'Load more');
    const load = groundFeedSearch(search, share, page, visited, 'feed:0:', 'no row shows "@rosa"');
    expect(load.grounding).toMatchObject({ ok: true, action: { type: 'click' } });
    visited.add(load.visitKey!);
    // The same screen again after pressing it: nothing new came.
    expect(groundFeedSearch(search, share, page, visited, 'feed:0:', 'x').grounding).toMatchObject({ ok: false, reason: expect.stringContaining('showed nothing new') });
    // No load-more control in view: scroll over the rows, until two scrolls move nothing.
    const rows = feed(['@leo', '@ivy', '@kai']);
    const first = groundFeedSearch(search, share, rows, visited, 'feed:0:', 'x');
    expect(first.grounding).toMatchObject({ ok: true, action: { type: 'scroll', deltaY: 80 } });
    visited.add(first.visitKey!);
    const second = groundFeedSearch(search, share, rows, visited, 'feed:0:', 'x');
    visited.add(second.visitKey!);
    expect(groundFeedSearch(search, share, rows, visited, 'feed:0:', 'x').grounding).toMatchObject({ ok: false, reason: expect.stringContaining('end of the list') });
    expect(screenSignature(rows)).not.toBe(screenSignature(page));
  });

  it('stops at its bound', () => {
    const visited = new Set(Array.from({ length: MAX_FEED_TURNS }, (_, index) => `feed:0:scroll:${index}:s${index}`));
    expect(groundFeedSearch({ deltaY: 80, demonstrated: 0 }, share, feed(['@leo']), visited, 'feed:0:', 'x').grounding).toMatchObject({ ok: false, reason: expect.stringContaining('the most') });
  });

  it('tells a handle from its look-alikes', () => {
    expect(showsValue('Rosa Vidal @rosa', '@rosa')).toBe(true);
    expect(showsValue('thanks @rosa.', '@rosa')).toBe(true);
    expect(showsValue('Rosa Vidal @rosa_k', '@rosa')).toBe(false);
    expect(showsValue('Rosa Vidal @rosa.b', '@rosa')).toBe(false);
    expect(showsValue('Rosa Vidal @rosah', '@rosa')).toBe(false);
  });
});
