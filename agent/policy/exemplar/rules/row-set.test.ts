import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Action } from '../../../core/action.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { groundRowSet } from './row-set.js';

/**
 * A feed as the observation shows it: the list (scrollable group 2), rows
 * whose containers the observation leaves out (their children carry the
 * row's id as parent), each with an author line, a body and four wordless
 * icons told apart by class only. A pressed icon gains "active" (checked).
 */
interface Post {
  author: string;
  body: string;
  pressed?: string;
}

function feed(posts: readonly Post[], top = 0): UIElement[] {
  const elements: UIElement[] = [
    { id: 2, role: 'group', text: posts.map((post) => `${post.author} ${post.body}`).join(' '), tag: 'div', attributes: { id: 'area', scrollable: 'y' }, states: {}, box: { x: 0, y: 50, width: 160, height: 154 }, source: 'dom', interactive: false },
  ];
  posts.forEach((post, index) => {
    const row = 10 + index * 10;
    const y = 50 + index * 62 - top;
    const base = { states: {}, source: 'dom' as const, parentId: row };
    elements.push({ ...base, id: row + 1, role: 'text', text: post.author, tag: 'div', attributes: { class: 'details' }, box: { x: 2, y: y + 5, width: 150, height: 12 }, interactive: false });
    elements.push({ ...base, id: row + 2, role: 'text', text: post.body, tag: 'div', attributes: { class: 'body' }, box: { x: 2, y: y + 19, width: 150, height: 12 }, interactive: false });
    ['reply', 'retweet', 'like', 'share'].forEach((kind, slot) => {
      const pressed = post.pressed === kind;
      elements.push({ ...base, id: row + 3 + slot, role: 'button', text: '', tag: 'span', attributes: { class: pressed ? `${kind} active` : kind }, states: pressed ? { checked: true } : {}, box: { x: 15 + slot * 30, y: y + 46, width: 14, height: 14 }, interactive: true });
    });
  });
  elements.push({ id: 90, role: 'button', text: 'Submit', tag: 'button', parentId: 2, states: {}, box: { x: 60, y: 50 + posts.length * 62 - top, width: 50, height: 20 }, source: 'dom', interactive: true });
  return elements;
}

const shareOf = (row: number) => 10 + row * 10 + 6;

function demonstration(task: string, screens: { elements: UIElement[]; action: Action }[]): Trajectory {
  const steps: Step[] = screens.map(({ elements, action }, index) => ({ index, observation: { text: '', elements }, action, targets: [], result: { ok: true }, timings: {} }) as unknown as Step);
  return { id: 'demo', task, steps, outcome: { status: 'success' } } as unknown as Trajectory;
}

/** Share pressed on the two @dolores posts of three, a scroll between them, then Submit. */
function sharedOnAll(demoTask: string): Trajectory {
  const posts: Post[] = [
    { author: 'Boyle @enim', body: 'Dictumst habitant' },
    { author: 'Baxter @dolores', body: 'Amet purus' },
    { author: 'Baxter @dolores', body: 'Lacus sagittis' },
  ];
  const pressedOne = posts.map((post, index) => (index === 1 ? { ...post, pressed: 'share' } : post));
  const pressedBoth = pressedOne.map((post, index) => (index === 2 ? { ...post, pressed: 'share' } : post));
  return demonstration(demoTask, [
    { elements: feed(posts), action: { type: 'click', target: { elementId: shareOf(1) } } },
    { elements: feed(pressedOne), action: { type: 'scroll', target: { elementId: 2 }, deltaX: 0, deltaY: 62 } },
    { elements: feed(pressedOne, 62), action: { type: 'click', target: { elementId: shareOf(2) } } },
    { elements: feed(pressedBoth, 62), action: { type: 'click', target: { elementId: 90 } } },
  ]);
}

describe('row sets: the same control pressed in every row a property names', () => {
  it('folds the presses on the rows of @dolores into one step for the rows of @annis, then Submit', () => {
    const plan = planDemonstration(sharedOnAll('Click the "Share" button on all posts by @dolores and then click Submit.'), 'Click the "Share" button on all posts by @annis and then click Submit.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    const sets = plan.steps.filter((planned) => planned.rowSet);
    expect(sets).toHaveLength(1);
    expect(sets[0]!.rowSet).toMatchObject({ key: { old: 'dolores', new: 'annis' }, demonstrated: 2 });
    expect(sets[0]!.rowSet!.count).toBeUndefined();
    // No press of the demonstration is left to be replayed by its position.
    expect(plan.steps.filter((planned) => planned.step.action.type === 'click' && !planned.rowSet)).toHaveLength(1);
  });

  it('presses each row of the named author once, the pressed ones and the others left alone, then scrolls, then is done at the list end', () => {
    const plan = planDemonstration(sharedOnAll('Click the "Share" button on all posts by @dolores and then click Submit.'), 'Click the "Share" button on all posts by @annis and then click Submit.');
    const rowSet = plan.steps.find((planned) => planned.rowSet)!.rowSet!;
    const posts: Post[] = [
      { author: 'Carver @annis', body: 'Tellus praesent', pressed: 'share' },
      { author: 'Carver @annis', body: 'Sit amet' },
      { author: 'Carver @annisa', body: 'Not her' },
      { author: 'Carver @annis', body: 'Out of view' },
    ];
    const visited = new Set<string>();
    const first = groundRowSet(rowSet, feed(posts), visited, 'rowset:0:', plan.trajectory.task);
    expect(first.grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: shareOf(1) } } });
    expect(first.stay).toBe(true);
    visited.add(first.visitKey!);
    // The row just pressed is not pressed again (its icon shows pressed now, or the run remembers it).
    const after = posts.map((post, index) => (index === 1 ? { ...post, pressed: 'share' } : post));
    // The last row's icon is below the list's edge: scroll it into view, never click where it is not.
    const second = groundRowSet(rowSet, feed(after), visited, 'rowset:0:', plan.trajectory.task);
    expect(second.grounding).toMatchObject({ ok: true, action: { type: 'scroll', target: { elementId: 2 } } });
    visited.add(second.visitKey!);
    const third = groundRowSet(rowSet, feed(after, 100), visited, 'rowset:0:', plan.trajectory.task);
    expect(third.grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: shareOf(3) } } });
    visited.add(third.visitKey!);
    const pressedAll = after.map((post, index) => (index === 3 ? { ...post, pressed: 'share' } : post));
    for (let turn = 0; turn < 2; turn++) visited.add(groundRowSet(rowSet, feed(pressedAll, 100), visited, 'rowset:0:', plan.trajectory.task).visitKey!);
    // Two scrolls that moved nothing: the list's end.
    const end = groundRowSet(rowSet, feed(pressedAll, 100), visited, 'rowset:0:', plan.trajectory.task);
    expect(end.grounding).toMatchObject({ ok: true, satisfied: true });
    expect(end.grounding.reason).toContain('2 row(s)');
  });

  it('presses the icon the new task names by its class word ("Like") where the demonstration pressed the one its task named ("Share")', () => {
    const plan = planDemonstration(sharedOnAll('Click the "Share" button on all posts by @dolores and then click Submit.'), 'Click the "Like" button on all posts by @annis and then click Submit.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    const rowSet = plan.steps.find((planned) => planned.rowSet)!.rowSet!;
    expect(rowSet.control.attributes).toEqual({ class: 'like' });
    const posts: Post[] = [{ author: 'Carver @annis', body: 'Tellus praesent', pressed: 'share' }];
    const likeOf = (row: number) => 10 + row * 10 + 5;
    expect(groundRowSet(rowSet, feed(posts), new Set(), 'rowset:0:', plan.trajectory.task).grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: likeOf(0) } } });
    // A word no icon of the row carries is no icon to press.
    const bookmark = planDemonstration(sharedOnAll('Click the "Share" button on all posts by @dolores and then click Submit.'), 'Click the "Bookmark" button on all posts by @annis and then click Submit.');
    expect(bookmark.problems.some((problem) => problem.blocking && problem.text.includes('"Bookmark"'))).toBe(true);
  });

  it('counts: "2 posts" demonstrated becomes "1 post" pressed, and too few rows is a refusal', () => {
    const demo = sharedOnAll('Click the "Share" button on 2 posts by @dolores and then click Submit.');
    const one = planDemonstration(demo, 'Click the "Share" button on 1 post by @annis and then click Submit.');
    expect(one.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(one.steps.find((planned) => planned.rowSet)?.rowSet?.count).toBe(1);
    const three = planDemonstration(demo, 'Click the "Share" button on 3 posts by @annis and then click Submit.');
    const rowSet = three.steps.find((planned) => planned.rowSet)!.rowSet!;
    expect(rowSet.count).toBe(3);
    const posts: Post[] = [{ author: 'Carver @annis', body: 'Tellus praesent' }];
    const visited = new Set<string>(['rowset:0:row:carver @annis tellus praesent']);
    for (let turn = 0; turn < 2; turn++) visited.add(groundRowSet(rowSet, feed(posts), visited, 'rowset:0:', demo.task).visitKey!);
    const end = groundRowSet(rowSet, feed(posts), visited, 'rowset:0:', demo.task);
    expect(end.grounding.ok).toBe(false);
    expect(end.grounding.reason).toContain('only 1 such row');
  });

  it('refuses, saying why, when the task says neither "all" nor how many rows', () => {
    const plan = planDemonstration(sharedOnAll('Click the "Share" button on the posts by @dolores and then click Submit.'), 'Click the "Share" button on the posts by @annis and then click Submit.');
    const blocking = plan.problems.filter((problem) => problem.blocking);
    expect(blocking).toHaveLength(1);
    expect(blocking[0]!.text).toMatch(/pressed the share button in 2 rows that show "dolores".*rows of others/);
  });

  it('refuses a new count of clicks in rows the task chooses by a property it does not change ("Order 3 items" → "Order 2 items")', () => {
    const menu = (counts: number[]): UIElement[] => {
      const names = ['Caesar Salad', 'Chicken wings', 'Pork loin', 'Meat balls'];
      const tags = ['vegan', 'meat', 'meat', 'meat'];
      return names.flatMap((name, index) => {
        const row = 10 + index * 10;
        const base = { states: {}, source: 'dom' as const, parentId: row, interactive: false };
        return [
          { ...base, id: row + 1, role: 'text', text: name, tag: 'div', attributes: { class: 'item-name' }, box: { x: 2, y: index * 40, width: 80, height: 12 } },
          { ...base, id: row + 2, role: 'image', text: tags[index]!, tag: 'img', box: { x: 2, y: index * 40 + 14, width: 12, height: 12 } },
          ...(counts[index] ? [{ ...base, id: row + 3, role: 'text', text: String(counts[index]), tag: 'span', box: { x: 100, y: index * 40, width: 8, height: 12 } }] : []),
          { ...base, id: row + 4, role: 'button', text: '+', tag: 'span', attributes: { class: 'add' }, box: { x: 110, y: index * 40, width: 12, height: 12 }, interactive: true },
        ] as UIElement[];
      });
    };
    const demo = demonstration('Order 3 items that are meat', [
      { elements: menu([0, 0, 0, 0]), action: { type: 'click', target: { elementId: 24 } } },
      { elements: menu([0, 1, 0, 0]), action: { type: 'click', target: { elementId: 34 } } },
      { elements: menu([0, 1, 1, 0]), action: { type: 'click', target: { elementId: 44 } } },
    ]);
    const plan = planDemonstration(demo, 'Order 2 items that are meat');
    // (The count "3 items" is also unused as a value: rules/counted-fields.ts.)
    expect(plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text)).toContainEqual(expect.stringMatching(/counted 3 of its clicks on the "\+", each in another row.*asks for 2/));
    // The same count is the demonstration itself: nothing to refuse.
    expect(planDemonstration(demo, 'Order 3 items that are meat').problems.filter((problem) => problem.blocking)).toEqual([]);
  });
});

describe('row sets: an option chosen under a group heading is no row of alike controls', () => {
  /** A list box of departures grouped by day; "Bremen" leaves on Monday and on Tuesday. */
  const listbox = (groups: [string, string[]][]): UIElement[] => {
    const elements: UIElement[] = [{ id: 2, role: 'listbox', tag: 'ul', text: 'Departures', attributes: { role: 'listbox' }, states: {}, box: { x: 0, y: 0, width: 140, height: 200 }, source: 'dom', interactive: true }];
    groups.forEach(([day, towns], index) => {
      const group = 3 + index * 10;
      elements.push({ id: group + 1, parentId: group, role: 'text', tag: 'div', text: day, attributes: { class: 'head' }, states: {}, box: { x: 0, y: index * 50, width: 140, height: 11 }, source: 'dom', interactive: false });
      elements.push({ id: group + 2, parentId: group, role: 'list', tag: 'ul', text: towns.join(' '), states: {}, box: { x: 0, y: index * 50 + 11, width: 140, height: 33 }, source: 'dom', interactive: false });
      towns.forEach((town, at) => elements.push({ id: group + 3 + at, parentId: group + 2, role: 'option', tag: 'li', text: town, group: day, attributes: { role: 'option' }, states: {}, box: { x: 0, y: index * 50 + 11 + at * 11, width: 140, height: 11 }, source: 'dom', interactive: true }));
    });
    elements.push({ id: 90, role: 'button', tag: 'button', text: 'Go', states: {}, box: { x: 0, y: 180, width: 30, height: 17 }, source: 'dom', interactive: true });
    return elements;
  };
  const page = listbox([['Monday', ['Basel', 'Bremen']], ['Tuesday', ['Bremen', 'Ghent']]]);
  const bremenOnTuesday = 3 + 10 + 3;

  it('leaves the option under the day the new task names to the option-group rule, with no refusal', () => {
    const demo = demonstration('Under Tuesday, choose Bremen and press Go.', [
      { elements: page, action: { type: 'click', target: { elementId: bremenOnTuesday } } },
      { elements: page, action: { type: 'click', target: { elementId: 90 } } },
    ]);
    const plan = planDemonstration(demo, 'Under Friday, choose Lyon and press Go.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps.some((planned) => planned.rowSet)).toBe(false);
  });
});

describe('row sets: a count of presses in one row is no count of rows', () => {
  /** A cart as the browser observes it (harness cart-quantities): each row's container left out, "<Item>", "−", the count, "+"; then Save. */
  const cart = (counts: Record<string, number>): UIElement[] => {
    const elements: UIElement[] = [];
    Object.entries(counts).forEach(([item, count], index) => {
      const row = 2 + index * 5;
      const y = 55 + index * 19;
      const base = { states: {}, source: 'dom' as const, parentId: row };
      elements.push({ ...base, id: row + 1, role: 'text', tag: 'span', text: item, attributes: { class: 'item' }, box: { x: 6, y: y + 2.5, width: 86, height: 11 }, interactive: false, ordinal: 0 });
      elements.push({ ...base, id: row + 2, role: 'button', tag: 'button', text: '−', attributes: { class: 'less', type: 'button' }, box: { x: 96, y, width: 18, height: 16 }, interactive: true, ordinal: 0 });
      elements.push({ ...base, id: row + 3, role: 'text', tag: 'span', text: String(count), attributes: { class: 'count' }, box: { x: 118, y: y + 2.5, width: 14, height: 11 }, interactive: false, ordinal: 1 });
      elements.push({ ...base, id: row + 4, role: 'button', tag: 'button', text: '+', attributes: { class: 'more', type: 'button' }, box: { x: 136, y, width: 18, height: 16 }, interactive: true, ordinal: 1 });
    });
    elements.push({ id: 90, role: 'button', tag: 'button', text: 'Save', attributes: { id: 'confirm', type: 'button' }, states: {}, box: { x: 6, y: 137, width: 43, height: 20 }, source: 'dom', interactive: true, ordinal: 0 });
    return elements;
  };

  // Found by teaching on cart-quantities seed 20 (wronghunt33): "two" was read as two presses (rules/click-count.ts) and,
  // again, as two rows showing "mugs" — the one row was pressed four times, and its count went from 4 to 0.
  it('presses "−" twice in the one row of "mugs" for "Take away two mugs" after "Remove one towels" was one press', () => {
    const demo = demonstration('Remove one towels, then click Save.', [
      { elements: cart({ Mugs: 5, Towels: 5, Stamps: 4, Bulbs: 6 }), action: { type: 'click', target: { elementId: 9 } } },
      { elements: cart({ Mugs: 5, Towels: 4, Stamps: 4, Bulbs: 6 }), action: { type: 'click', target: { elementId: 90 } } },
    ]);
    const plan = planDemonstration(demo, 'Take away two mugs, then click Save.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps.some((planned) => planned.rowSet)).toBe(false);
    const presses = plan.steps.filter((planned) => planned.sourceIndex === 0);
    expect(presses).toHaveLength(2);
    expect(presses.every((planned) => planned.rowKeys?.some((key) => key.new === 'mugs'))).toBe(true);
  });

  it('still counts rows when the number counts another noun than the row\'s value ("1 post by @dolores" → "3 posts by @annis")', () => {
    const posts: Post[] = [
      { author: 'Boyle @enim', body: 'Dictumst habitant' },
      { author: 'Baxter @dolores', body: 'Amet purus' },
    ];
    const demo = demonstration('Click the "Share" button on 1 post by @dolores and then click Submit.', [
      { elements: feed(posts), action: { type: 'click', target: { elementId: shareOf(1) } } },
      { elements: feed(posts.map((post, index) => (index === 1 ? { ...post, pressed: 'share' } : post))), action: { type: 'click', target: { elementId: 90 } } },
    ]);
    const plan = planDemonstration(demo, 'Click the "Share" button on 3 posts by @annis and then click Submit.');
    expect(plan.steps.find((planned) => planned.rowSet)?.rowSet?.count).toBe(3);
  });
});
