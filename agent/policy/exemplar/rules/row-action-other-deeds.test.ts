import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { rowActionStandIn } from './row-action.js';

/**
 * Refusals found by review (issue 11): the row's one control of the demonstrated kind stands in for a demonstrated caption
 * that is not on screen. Each case below is a caption that does ANOTHER deed — often the opposite one, or the
 * per-row state left by the demonstrated deed, shown uniformly because every row is in that state — and the rule
 * presses it. Each asserts the refusal a person would expect; each failed before its mend.
 */
let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 60, height: 11 }, source: 'dom', interactive: true, ...extra };
}
/** Rows of a list, each a title link, a key line and its one action button captioned `caption` (class `attributes`). */
function rows(titles: readonly string[], keys: readonly string[], caption: string, attributes: Record<string, string>) {
  const elements: UIElement[] = [];
  const actions: UIElement[] = [];
  titles.forEach((title, index) => {
    const y = 90 + 30 * index;
    const row = element('group', [title, keys[index]!, caption].join(' '), y, { interactive: false, tag: 'div', attributes: { class: 'tile' } });
    const action = element('button', caption, y + 4, { parentId: row.id, tag: 'button', attributes, ordinal: index });
    elements.push(row, element('link', title, y, { parentId: row.id, tag: 'a' }), element('text', keys[index]!, y + 10, { parentId: row.id, interactive: false }), action);
    actions.push(action);
  });
  return { elements, actions };
}
const demonstrated = (text: string, attributes: Record<string, string>, context: string): TargetDescriptor => ({
  role: 'button', tag: 'button', text, attributes, ordinal: 1, box: { x: 120, y: 122, width: 32, height: 11 }, context: `${context} ${text}`,
});
const THRESHOLD = 0.55;
/** The grounding must refuse: below the threshold. On failure the message shows what it pressed and why. */
function expectRefused(grounding: ReturnType<typeof groundTarget>, note = '') {
  expect(grounding.score, `${note} pressed ${JSON.stringify(grounding.element?.text)} — ${grounding.reason}`).toBeLessThan(THRESHOLD);
}

describe('row-action (refusals found by review): a caption of another deed stands in', () => {
  // Course catalog: "Sign up" demonstrated; here every course is full, and each tile offers only its waitlist.
  const enrol = { class: 'enrol', type: 'button' };
  const levels = ['Beginner · Evenings', 'Advanced · Evenings', 'Intermediate · Evenings'];
  const courses = ['Python essentials', 'Python workshop', 'Python in practice'];
  const rowKeys = [{ old: 'intermediate', new: 'advanced' }];
  const courseTask = "I'd like to take the intermediate course in Python - please enrol me.";

  it('"Sign up" is not "Join waitlist" (every course full): joining a waitlist does not enrol', () => {
    const { elements, actions } = rows(courses, levels, 'Join waitlist', enrol);
    expectRefused(groundTarget(demonstrated('Sign up', enrol, 'Python essentials Intermediate · Weekends'), [], elements, { demoTask: courseTask, rowKeys }));
    expect(rowActionStandIn(demonstrated('Sign up', enrol, 'Python essentials Intermediate · Weekends'), actions[1]!, elements)).toBeUndefined();
  });

  it('"Sign up" is not "Enrolled" / "Unenroll": the state the deed left, or its undoing spelt with two l\'s', () => {
    for (const caption of ['Enrolled', 'Unenroll', 'Leave course']) {
      const { elements, actions } = rows(courses, levels, caption, enrol);
      expectRefused(groundTarget(demonstrated('Sign up', enrol, 'Python essentials Intermediate · Weekends'), [], elements, { demoTask: courseTask, rowKeys }), caption);
      expect(rowActionStandIn(demonstrated('Sign up', enrol, 'Python essentials Intermediate · Weekends'), actions[1]!, elements), caption).toBeUndefined();
    }
  });

  // Meetup groups: "Join" demonstrated on the hiking group; the membership button keeps its class whatever it says.
  it('"Join" is not "Leave" (the rule\'s own comment names this pair as opposed)', () => {
    const membership = { class: 'membership-toggle', type: 'button' };
    const groups = ['Peak District Walkers', 'Lakeland Ramblers', 'Snowdonia Hikers'];
    const places = ['Sheffield · 1,204 members', 'Kendal · 640 members', 'Bangor · 388 members'];
    const { elements, actions } = rows(groups, places, 'Leave', membership);
    const descriptor = demonstrated('Join', membership, 'Peak District Walkers Sheffield · 1,204 members');
    expectRefused(groundTarget(descriptor, [], elements, { demoTask: 'Become a member of the walking group in Sheffield.', rowKeys: [{ old: 'sheffield', new: 'kendal' }] }));
    expect(rowActionStandIn(descriptor, actions[1]!, elements)).toBeUndefined();
  });

  // Author list: "Follow" demonstrated; on this instance every author is already followed.
  it('"Follow" is not "Following": pressing it unfollows', () => {
    const follow = { class: 'follow-button', type: 'button' };
    const authors = ['Ines Duarte', 'Kwame Mensah', 'Sara Lindqvist'];
    const topics = ['Writes on climate', 'Writes on football', 'Writes on cooking'];
    const { elements, actions } = rows(authors, topics, 'Following', follow);
    const descriptor = demonstrated('Follow', follow, 'Ines Duarte Writes on climate');
    expectRefused(groundTarget(descriptor, [], elements, { demoTask: 'I want new posts from the author who writes on climate in my feed.', rowKeys: [{ old: 'climate', new: 'football' }] }));
    expect(rowActionStandIn(descriptor, actions[1]!, elements)).toBeUndefined();
  });

  // Portfolio: "Buy" demonstrated on a holding row; this instance's rows offer "Sell".
  it('"Buy" is not "Sell" (nor "Gift")', () => {
    const trade = { class: 'trade-button', type: 'button' };
    const stocks = ['ACME Corp', 'Globex', 'Initech'];
    const sectors = ['Energy · 12 shares', 'Retail · 4 shares', 'Software · 30 shares'];
    for (const caption of ['Sell', 'Gift']) {
      const { elements, actions } = rows(stocks, sectors, caption, trade);
      const descriptor = demonstrated('Buy', trade, 'ACME Corp Energy · 12 shares');
      expectRefused(groundTarget(descriptor, [], elements, { demoTask: 'Get me more shares of the energy stock.', rowKeys: [{ old: 'energy', new: 'retail' }] }), caption);
      expect(rowActionStandIn(descriptor, actions[1]!, elements), caption).toBeUndefined();
    }
  });

  // Cloud console: "Start" demonstrated on a stopped machine; here every machine runs, and each row offers "Stop".
  it('"Start" is not "Stop"', () => {
    const power = { class: 'vm-power', type: 'button' };
    const machines = ['web-01', 'db-01', 'cache-01'];
    const zones = ['eu-west-1a · stopped', 'eu-west-1b · running', 'eu-west-1c · running'];
    const { elements, actions } = rows(machines, zones, 'Stop', power);
    const descriptor = demonstrated('Start', power, 'web-01 eu-west-1a · stopped');
    expectRefused(groundTarget(descriptor, [], elements, { demoTask: 'Power up the machine in zone eu-west-1a.', rowKeys: [{ old: 'eu-west-1a', new: 'eu-west-1b' }] }));
    expect(rowActionStandIn(descriptor, actions[1]!, elements)).toBeUndefined();
  });

  // Access requests: "Approve" demonstrated; this instance's rows carry "Deny" under the same class.
  it('"Approve" is not "Deny"', () => {
    const decide = { class: 'request-decision', type: 'button' };
    const people = ['Ines Duarte', 'Kwame Mensah', 'Sara Lindqvist'];
    const teams = ['Finance · read access', 'Design · read access', 'Sales · read access'];
    const { elements, actions } = rows(people, teams, 'Deny', decide);
    const descriptor = demonstrated('Approve', decide, 'Ines Duarte Finance · read access');
    expectRefused(groundTarget(descriptor, [], elements, { demoTask: 'Let the finance person have the access they asked for.', rowKeys: [{ old: 'finance', new: 'design' }] }));
    expect(rowActionStandIn(descriptor, actions[1]!, elements)).toBeUndefined();
  });
});
