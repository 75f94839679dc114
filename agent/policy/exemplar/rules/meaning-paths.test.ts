/**
 * The meaning-word guard (rules/meaning-words.ts, in task-values.ts) holds on
 * every alignment path, not only the word template: a demonstration read "as
 * one kind of task on this page" (rules/kind-by-places.ts) whose new task adds
 * a date word or a state word no step can follow is refused too; the same
 * wording without one is still followed.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++, role, tag: 'button', text, states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true, ...extra,
});
const card = (text: string) => element('button', text, { attributes: { class: 'card' } });
const column = (text: string) => element('button', text, { attributes: { class: 'col-head' } });

const demoPage = [column('Backlog'), card('Book venue'), column('Closed'), element('button', 'Apply')];
const [, bookVenue, closed, apply] = demoPage as [UIElement, UIElement, UIElement, UIElement];
const page = [column('Planned'), card('Fix lights'), column('Finished'), element('button', 'Update')];
const BOARD = { url: 'http://127.0.0.1:4100/board.html' };
const demonstration = {
  id: 'board',
  task: 'The card "Book venue" belongs in Closed now; press Apply when the board is right.',
  steps: [bookVenue, closed, apply].map((target, index) => ({
    index, observation: { text: '', elements: demoPage, url: BOARD.url }, action: { type: 'click', target: { elementId: target.id } }, targets: [], timings: {}, result: { ok: true },
  })),
  outcome: { status: 'success' },
  metadata: {},
} as unknown as Trajectory;

const blocking = (task: string) => planDemonstration(demonstration, task, page, BOARD).problems.filter((problem) => problem.blocking).map((problem) => problem.text);

describe('meaning words on the kinds-and-places path', () => {
  it('follows the task worded another way', () => {
    const plan = planDemonstration(demonstration, 'Move "Fix lights" to Finished and click Update.', page, BOARD);
    expect(plan.notes.join('; ')).toMatch(/read as one kind of task on this page/);
    expect(blocking('Move "Fix lights" to Finished and click Update.')).toEqual([]);
  });

  it('refuses a date word or a state word the demonstration\'s task did not have', () => {
    expect(blocking('Move "Fix lights" to Finished tomorrow and click Update.')).toEqual([expect.stringContaining('"tomorrow" (date)')]);
    expect(blocking('Move "Fix lights" to Finished, collapsed, and click Update.')).toEqual([expect.stringContaining('"collapsed" (state)')]);
  });
});
