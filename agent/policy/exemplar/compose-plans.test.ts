import { describe, expect, it } from 'vitest';
import type { Observation } from '../../core/observation.js';
import type { Action } from '../../core/action.js';
import type { Trajectory } from '../../core/trajectory.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { composePlan } from './compose-plans.js';
import { planDemonstration } from './plan-demonstration.js';
import { applyPlanRules } from './rules/plan-rules.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const BOOKING = { url: 'http://127.0.0.1:41001/booking', title: 'Booking' };

/** A booking form of independent parts; the promo code sits behind an "Extras" tab. */
function bookingPage(options: { breakfastRole?: string } = {}): WidgetSpec[] {
  return [
    { key: 'room', role: 'combobox', label: 'Room', options: ['Single', 'Double', 'Twin', 'Suite'] },
    { key: 'adults', role: 'textbox', label: 'Adults' },
    { key: 'breakfast', role: options.breakfastRole ?? 'checkbox', label: 'Breakfast' },
    { key: 'extras', role: 'tab', text: 'Extras' },
    { key: 'promo', role: 'textbox', label: 'Promo code', panel: 'extras', x: 20 },
    { key: 'save', role: 'button', text: 'Save' },
  ];
}

interface Parts {
  room?: string;
  adults?: string;
  breakfast?: true;
  promo?: string;
}

/** A person doing the named parts in the form's order, then pressing Save. */
function book(task: string, parts: Parts, page = bookingPage()): Promise<Trajectory> {
  const moves: ((observation: Observation) => Action)[] = [];
  if (parts.room) moves.push((o) => ({ type: 'select', target: { elementId: find(o, 'combobox', undefined, 'Room').id }, option: parts.room! }));
  if (parts.adults) moves.push((o) => ({ type: 'type', target: { elementId: find(o, 'textbox', undefined, 'Adults').id }, text: parts.adults!, replace: true }));
  if (parts.breakfast) moves.push((o) => ({ type: 'click', target: { elementId: o.elements.find((element) => element.label === 'Breakfast')!.id } }));
  if (parts.promo) {
    moves.push((o) => ({ type: 'click', target: { elementId: find(o, 'tab', 'Extras').id } }));
    moves.push((o) => ({ type: 'type', target: { elementId: find(o, 'textbox', undefined, 'Promo code').id }, text: parts.promo!, replace: true }));
  }
  moves.push((o) => ({ type: 'click', target: { elementId: find(o, 'button', 'Save').id } }));
  return recordDemonstration(new WidgetPageOperator(page, BOOKING), task, (observation, step) => moves[step]?.(observation));
}

const planFor = (trajectory: Trajectory, task: string) => applyPlanRules(planDemonstration(trajectory, task));

describe('a plan composed of parts of several demonstrations of one page', () => {
  it('does each clause as the demonstration that did it, then the closing press they share once', async () => {
    const adults = await book('Set Adults to 4, tick Breakfast, then click Save.', { adults: '4', breakfast: true });
    const promo = await book('Pick the Twin room, enter K7Q2 as the promo code, then click Save.', { room: 'Twin', promo: 'K7Q2' });
    const task = 'Set Adults to 2, enter HX4P as the promo code, then click Save.';
    // Neither alone: one never entered a code, the other never set the adults.
    for (const trajectory of [adults, promo]) expect(planFor(trajectory, task).problems.some((problem) => problem.blocking)).toBe(true);

    const composition = composePlan({ task, demonstrations: [adults, promo], minFit: 0.5, plan: planFor });
    expect(composition?.kind).toBe('composed');
    if (composition?.kind !== 'composed') return;
    expect(composition.parts.map((part) => [part.id, part.clauses])).toEqual([
      [adults.id, ['Set Adults to 2']],
      [promo.id, ['enter HX4P as the promo code']],
    ]);
    expect(composition.plan.trajectory.metadata.composedFrom).toEqual([adults.id, promo.id]);

    const memory = new InMemoryExemplars([adults, promo]);
    const operator = new WidgetPageOperator(bookingPage(), BOOKING);
    const events: { type: string; exemplars?: { why: string }[] }[] = [];
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(task, { onEvent: (event) => events.push(event) });
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('adults')).toBe('2');
    expect(operator.values.get('promo')).toBe('HX4P');
    // Only what the task asks: no breakfast, no room, one press of Save at the end.
    expect(operator.checked.has('breakfast')).toBe(false);
    expect(operator.values.get('room')).toBeUndefined();
    expect(operator.clicks.filter((key) => key === 'save')).toEqual(['save']);
    expect(operator.clicks[operator.clicks.length - 1]).toBe('save');
    // The trajectory says which plan each step followed: the one composed of both demonstrations.
    expect(JSON.stringify(result.trajectory.steps)).toContain(`composed:${adults.id}+${promo.id}`);
    const retrieval = events.find((event) => event.type === 'retrieval');
    expect(retrieval?.exemplars?.filter((exemplar) => /part of a plan composed from 2 demonstrations/.test(exemplar.why))).toHaveLength(2);
  });

  it('takes parts in the task\'s order, one demonstration twice when another\'s part stands between its clauses', async () => {
    const adults = await book('Set Adults to 4, tick Breakfast, then click Save.', { adults: '4', breakfast: true });
    const promo = await book('Pick the Twin room, enter K7Q2 as the promo code, then click Save.', { room: 'Twin', promo: 'K7Q2' });
    const task = 'Set Adults to 3, enter SUN25 as the promo code, tick Breakfast, then click Save.';
    const composition = composePlan({ task, demonstrations: [adults, promo], minFit: 0.5, plan: planFor });
    expect(composition?.kind === 'composed' ? composition.parts.map((part) => [part.id, part.clauses]) : composition).toEqual([
      [adults.id, ['Set Adults to 3']],
      [promo.id, ['enter SUN25 as the promo code']],
      [adults.id, ['tick Breakfast']],
    ]);
    const operator = new WidgetPageOperator(bookingPage(), BOOKING);
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([adults, promo]) }) }).run(task);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect([operator.values.get('adults'), operator.values.get('promo'), operator.checked.has('breakfast')]).toEqual(['3', 'SUN25', true]);
    expect(operator.clicks).toEqual(['extras', 'breakfast', 'save']);
  });

  it('refuses, naming the clause, when no demonstration of the page did one part', async () => {
    const adults = await book('Set Adults to 4, then click Save.', { adults: '4' });
    const room = await book('Pick the Twin room, then click Save.', { room: 'Twin' });
    const task = 'Pick the Suite room, set Adults to 3, enter HX4P as the promo code, then click Save.';
    const composition = composePlan({ task, demonstrations: [adults, room], minFit: 0.5, plan: planFor });
    expect(composition?.kind).toBe('refused');
    if (composition?.kind === 'refused') expect(composition.reason).toMatch(/no demonstration recorded on this page shows how to "enter HX4P as the promo code"/);

    const operator = new WidgetPageOperator(bookingPage(), BOOKING);
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([adults, room]) }) }).run(task);
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/nor can a plan be composed/);
    expect(operator.executed).toEqual([]);
  });

  it('refuses when two demonstrations do one clause with different steps', async () => {
    const one = await book('Tick Breakfast, then click Save.', { breakfast: true });
    const other = await book('Pick the Twin room, tick Breakfast, then click Save.', { room: 'Twin', breakfast: true }, bookingPage({ breakfastRole: 'switch' }));
    const code = await book('Enter K7Q2 as the promo code, then click Save.', { promo: 'K7Q2' });
    const composition = composePlan({ task: 'Tick Breakfast, enter HX4P as the promo code, then click Save.', demonstrations: [one, other, code], minFit: 0.5, plan: planFor });
    expect(composition?.kind).toBe('refused');
    if (composition?.kind === 'refused') expect(composition.reason).toMatch(/do "Tick Breakfast" with different steps/);
  });

  it('is not attempted for a one-clause task, or when one demonstration would do it all', async () => {
    const adults = await book('Set Adults to 4, then click Save.', { adults: '4' });
    const both = await book('Set Adults to 3, enter K7Q2 as the promo code, then click Save.', { adults: '3', promo: 'K7Q2' });
    expect(composePlan({ task: 'Click Save.', demonstrations: [adults, both], minFit: 0.5, plan: planFor })).toBeUndefined();
    expect(composePlan({ task: 'Set Adults to 2, enter HX4P as the promo code, then click Save.', demonstrations: [adults, both], minFit: 0.5, plan: planFor })).toBeUndefined();
  });
});
