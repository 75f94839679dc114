import { describe, expect, it } from 'vitest';
import { alignTasks, type TaskAlignment } from '../align-tasks.js';
import { valueSpans } from '../value-spans.js';
import { pairByRoles, rolesOf, valueRoleProblems } from './value-roles.js';
import { pairByContext } from './value-context.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

const pairsOf = (old: string, value: string) =>
  Object.fromEntries(alignTasks(old, value).slots.filter((slot) => !slot.list).map((slot) => [slot.old[0], slot.new[0]]));
const ofType = (text: string, type: string) => valueSpans(text).filter((span) => span.type === type);
const alignment = (pairs: [string, string][]): TaskAlignment => ({ score: 0.6, anchors: 3, unpaired: [], slots: pairs.map(([old, value]) => ({ old: [old], new: [value], list: false, kind: 'text' })) });

const DEMO = 'Find flights from Madrid to Prague on 17 Mar.';

describe('values of one type paired by the part they play', () => {
  it('reads "from", "out of", "to", an arrow and elimination of two as where a thing starts and ends', () => {
    expect(rolesOf(DEMO, ofType(DEMO, 'name'))).toEqual(['start', 'end']);
    const outOf = 'Could you look for Oslo flights out of Dublin on March 17?';
    expect(rolesOf(outOf, ofType(outOf, 'name'))).toEqual(['end', 'start']);
    const arrow = 'Search Athens → Oslo, March 8, 4 adults.';
    expect(rolesOf(arrow, ofType(arrow, 'name'))).toEqual(['start', 'end']);
    const leaving = 'Cornwall trip leaving July 4, back July 14.';
    expect(rolesOf(leaving, ofType(leaving, 'day'))).toEqual(['start', 'end']);
    const hours = 'Block 9:00–17:00 on Friday.';
    expect(rolesOf(hours, ofType(hours, 'time'))).toEqual(['start', 'end']);
    // A dash that sets a value aside is no range.
    const aside = 'Create an account for Costa, Lara — Sweden.';
    expect(rolesOf(aside, ofType(aside, 'name'))).toEqual([undefined, undefined]);
  });

  it('pairs "Oslo flights out of Dublin" by role: Dublin takes Madrid\'s part (failed before: Oslo took it by order)', () => {
    expect(pairsOf(DEMO, 'Could you look for Oslo flights out of Dublin on March 17?')).toMatchObject({ Madrid: 'Dublin', Prague: 'Oslo' });
  });

  it('swaps two values whose roles swap, whatever their order', () => {
    const old = 'Change the quantity from 2 to 5.';
    const swapped = 'Change the quantity to 9, up from 3.';
    expect(pairByContext(old, ofType(old, 'number'), swapped, ofType(swapped, 'number'))).toEqual([[0, 1], [1, 0]]);
    const same = 'Change the quantity from 3 to 9.';
    expect(pairByContext(old, ofType(old, 'number'), same, ofType(same, 'number'))).toEqual([[0, 0], [1, 1]]);
  });

  it('does not guess a role one text gives and the other does not: the words around them, then order, pair as before', () => {
    const bare = 'Find Oslo and Dublin flights on 17 Mar.';
    expect(pairByRoles(DEMO, ofType(DEMO, 'name'), bare, ofType(bare, 'name'))).toBeUndefined();
    expect(pairByContext(DEMO, ofType(DEMO, 'name'), bare, ofType(bare, 'name'))).toEqual([[0, 0], [1, 1]]);
    // "Dublin" after "to" on one side only: Oslo, told nothing and far from it, is not made the start.
    const farther = 'Find Oslo hotels for the week and flights to Dublin.';
    expect(rolesOf(farther, ofType(farther, 'name'))).toEqual([undefined, 'end']);
    expect(pairByRoles(DEMO, ofType(DEMO, 'name'), farther, ofType(farther, 'name'))).toBeUndefined();
  });

  it('refuses two values whose parts both texts tell, but differently ("to" / "via")', () => {
    const via = 'Find flights from Oslo via Dublin on 17 Mar.';
    expect(rolesOf(via, ofType(via, 'name'))).toEqual(['start', 'via']);
    expect(pairByRoles(DEMO, ofType(DEMO, 'name'), via, ofType(via, 'name'))).toBeUndefined();
    const problems = valueRoleProblems(DEMO, via, alignment([['Madrid', 'Oslo'], ['Prague', 'Dublin']]));
    expect(problems.map((problem) => problem.text)).toEqual([
      'the task says "Oslo" where it starts (from …) and "Dublin" a stop on the way (via …), where the demonstration\'s said "Madrid" where it starts (from …) and "Prague" where it ends (to …): the parts differ, so nothing says which takes which',
    ]);
  });

  it('refuses an alignment that put a value where the demonstration had the other part', () => {
    const swapped = 'Find flights to Oslo from Dublin on 18 Mar.';
    const crossed = valueRoleProblems(DEMO, swapped, alignment([['Madrid', 'Oslo'], ['Prague', 'Dublin']]));
    expect(crossed.map((problem) => problem.text)).toEqual([
      'the task\'s words make "Oslo" where it ends (to …), but the plan would put it where the demonstration had "Madrid", where it starts (from …)',
      'the task\'s words make "Dublin" where it starts (from …), but the plan would put it where the demonstration had "Prague", where it ends (to …)',
    ]);
    expect(valueRoleProblems(DEMO, swapped, alignment([['Madrid', 'Dublin'], ['Prague', 'Oslo']]))).toEqual([]);
  });

  it('reads "to" after a verb of going or answering as where to look, no end: "go to the page", "respond to"', () => {
    const going = 'Go to "Drafts" and open "Budget".';
    expect(rolesOf(going, ofType(going, 'quoted'))).toEqual([undefined, undefined]);
    const answering = 'Could you respond to "Lunch?" from Gustav by saying "Yes"?';
    expect(rolesOf(answering, ofType(answering, 'quoted'))).toEqual([undefined, undefined]);
    // So nothing is told on either side, and the words around the values, then order, pair them as before.
    const other = 'Open "Plan" in "Archive".';
    expect(valueRoleProblems(going, other, alignment([['Drafts', 'Plan'], ['Budget', 'Archive']]))).toEqual([]);
    const moved = 'Move "Budget" to "Drafts".';
    expect(rolesOf(moved, ofType(moved, 'quoted'))).toEqual(['start', 'end']);
  });

  it('leaves values both texts name unchanged alone, and texts that tell no parts to order', () => {
    expect(valueRoleProblems(DEMO, 'Find flights from Madrid to Prague on 18 Mar.', alignment([['17 Mar', '18 Mar']]))).toEqual([]);
    const a = 'Compare Madrid and Prague hotels.';
    const b = 'Compare Oslo and Dublin hotels.';
    expect(valueRoleProblems(a, b, alignment([['Madrid', 'Oslo'], ['Prague', 'Dublin']]))).toEqual([]);
  });
});

describe('a value whose own words tell its part is never put where the other text told the other part', () => {
  // Review 29: the crossing check ran only when both texts told every part, so a part told for one value alone
  // ("leaving Dublin", Oslo told nothing and too far for elimination) was overridden by order: From=Oslo, To=Dublin.
  it('refuses an order pairing that crosses the one told part, even where the other value is told nothing', () => {
    const leaving = 'Find Oslo flights. I am leaving Dublin.';
    expect(rolesOf(leaving, ofType(leaving, 'name'))).toEqual([undefined, 'start']);
    expect(valueRoleProblems(DEMO, leaving, alignment([['Madrid', 'Oslo'], ['Prague', 'Dublin']])).map((problem) => problem.text)).toEqual([
      'the task\'s words make "Dublin" where it starts (from …), but the plan would put it where the demonstration had "Prague", where it ends (to …)',
    ]);
    // The pairing that agrees with the told part stands.
    expect(valueRoleProblems(DEMO, leaving, alignment([['Madrid', 'Dublin'], ['Prague', 'Oslo']]))).toEqual([]);
    // Told on the demonstration's side only: the new values, told nothing, pair by the words around them, then order.
    expect(valueRoleProblems(DEMO, 'Find Oslo and Dublin flights on 17 Mar.', alignment([['Madrid', 'Oslo'], ['Prague', 'Dublin']]))).toEqual([]);
  });

  const flightPage = (): WidgetSpec[] => [
    { key: 'heading', role: 'text', text: 'Search flights' },
    { key: 'from', role: 'textbox', label: 'From' },
    { key: 'to', role: 'textbox', label: 'To' },
    { key: 'search', role: 'button', text: 'Search' },
  ];
  const recordFlight = (task: string, from: string, to: string) =>
    recordDemonstration(new WidgetPageOperator(flightPage()), task, (observation, step) =>
      step === 0
        ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'From').id }, text: from }
        : step === 1
          ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'To').id }, text: to }
          : step === 2
            ? { type: 'click', target: { elementId: find(observation, 'button', 'Search').id } }
            : undefined,
    );
  for (const task of ['Find Oslo flights, only the ones that go out of Dublin.', 'Find Oslo flights for the long weekend, leaving Dublin.', 'Find Oslo flights. I am leaving Dublin.']) {
    it(`"${task}" after "Find flights from Madrid to Prague." refuses before typing, never Dublin into To`, async () => {
      const memory = new InMemoryExemplars([await recordFlight('Find flights from Madrid to Prague.', 'Madrid', 'Prague')]);
      const operator = new WidgetPageOperator(flightPage());
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(task);
      expect(result.outcome.status).toBe('failed');
      expect(operator.executed).toEqual([]);
    });
  }
});
