/**
 * A part of the task that nothing of the plan does (rules/unserved-remainder.ts). Seen by `npm run bench:teaching`
 * on development pages (session 31, /work/keep/teach-dev31, rounds 6–7), each a wrong action (reward −1):
 * - stay-survey seed 5: "The breakfast was fair but the value for money was great. We would not stay again." narrowed
 *   to its ratings (its "No" under "Would you stay with us again?" left out) for From Mum: "tell them the wi-fi was
 *   poor and the location good - we'd come back": sent with the question unanswered;
 * - send-money seed 6: "Could you pay Priya Ortiz 66 dollars? Put "concert tickets" as the note." narrowed to the
 *   payment for "Priya Ortiz is still waiting on $19 for book club. Can you transfer it?": paid with an empty memo;
 * - profile-bio seed 6: "Change my bio to "Backend dev who bakes sourdough on weekends."" followed for "I want my
 *   profile to say "…" instead of what's there now. Also, I go by they/them now.": pronouns left "he/him".
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { splitClauses } from '../task-clauses.js';
import { narrowedRemainderProblem, taskRemainders } from './unserved-remainder.js';

/** A demonstrated step acting on an element with these strings (label, caption; a typed text). */
const acted = (role: string, text: string, typed?: string): Step =>
  ({
    index: 0,
    observation: { text: '', elements: [] },
    action: typed === undefined ? { type: 'click', target: { elementId: 1 } } : { type: 'type', target: { elementId: 1 }, text: typed },
    targets: [{ role, text: typed === undefined ? text : '', label: text }],
    result: { ok: true },
  }) as unknown as Step;
const slot = (old: string, now: string) => ({ old: [old], new: [now], list: false, kind: 'text' as const });
const clause = (text: string, opening: string) => splitClauses(text).find((candidate) => candidate.text.startsWith(opening))!;

describe('narrowedRemainderProblem: a demonstrated clause left out while the task still says something no step does', () => {
  const surveyDemo = 'The breakfast was fair but the value for money was great. We would not stay again.';
  // The plan after narrowing, as planned on the page: each label: value pair for one of the demonstration's (rules/field-pairs.ts).
  const ratings = {
    planTask: 'The breakfast was fair but the value for money was great.',
    slots: [slot('breakfast', 'Wi-Fi'), slot('fair', 'Poor'), slot('value for money', 'Location'), slot('great', 'Good')],
    steps: [acted('radio', 'Breakfast: Fair'), acted('radio', 'Value for money: Great'), acted('button', 'Send feedback')],
  };

  it(`refuses "we'd come back" after "We would not stay again" was left out (stay-survey seed 5)`, () => {
    const problem = narrowedRemainderProblem(`From Mum: "tell them the wi-fi was poor and the location good - we'd come back"`, ratings, clause(surveyDemo, 'We would'));
    expect(problem?.blocking).toBe(true);
    expect(problem?.text).toMatch(/^the task also says "we'd come back", which no step of the demonstration does \("come", "back"\); its "we would not stay again" was left out/);
  });

  it(`reads "we'd come back" as a part nothing of the plan accounts for: "we'd" is "we" said on`, () => {
    const parts = taskRemainders(`From Mum: "tell them the wi-fi was poor and the location good - we'd come back"`, ratings);
    expect(parts.map((part) => [part.text, part.anyAccounted])).toEqual([["we'd come back", false]]);
  });

  it('refuses "for book club" after the note "concert tickets" was left out (send-money seed 6)', () => {
    const payment = { planTask: 'Could you pay Priya Ortiz 66 dollars?', slots: [slot('66', '19')], steps: [acted('button', 'Priya Ortiz'), acted('textbox', 'Amount', '66'), acted('button', 'Next'), acted('button', 'Confirm')] };
    const demo = 'Could you pay Priya Ortiz 66 dollars? Put "concert tickets" as the note.';
    const problem = narrowedRemainderProblem('Priya Ortiz is still waiting on $19 for book club. Can you transfer it?', payment, clause(demo, 'Put'));
    expect(problem?.text).toContain('the task also says "Priya Ortiz is still waiting on $19 for book club", which no step of the demonstration does ("still", "waiting", "book", "club")');
    // "transfer" asks what the plan's "pay" does: no remainder of its own.
    expect(problem?.text).not.toContain('transfer');
  });

  // The near cases the plan still accounts for whole: other ratings, the form framed as a whole, courtesy, a relayed message.
  it.each([
    'The value for money was poor but the staff was great.',
    'Could you fill in the hotel survey? Breakfast: Poor, Value for money: Good.',
    'The breakfast was poor but the value for money was good. Thanks!',
    'From Mum: "tell them the breakfast was poor and the value for money good"',
  ])('leaves the narrowing alone for %s', (task) => {
    const facts = { ...ratings, slots: [slot('fair', 'poor'), slot('great', 'good'), slot('breakfast', 'staff'), slot('value for money', 'value for money')] };
    expect(narrowedRemainderProblem(task, facts, clause(surveyDemo, 'We would'))).toBeUndefined();
  });

  it('reads a value the plan types, and the words of what it acted on, as accounted for', () => {
    const withNote = { planTask: 'Pay Sam Kim: $50, note "rent"', slots: [slot('Sam Kim', 'Priya Ortiz'), slot('50', '19'), slot('rent', 'book club')], steps: [acted('button', 'Sam Kim'), acted('textbox', 'Amount', '50'), acted('textbox', 'Note', 'rent')] };
    expect(taskRemainders('Pay Priya Ortiz: $19, note "book club"', withNote)).toEqual([]);
  });
});

describe('unservedClauseProblems: a verbless clause naming a choice the page offers that no step made', () => {
  const page = (): WidgetSpec[] => [
    { key: 'name', role: 'textbox', label: 'Display name', value: 'Rosa Lindgren' },
    { key: 'pronouns', role: 'combobox', label: 'Pronouns', options: ['—', 'she/her', 'he/him', 'they/them'], value: 'he/him' },
    { key: 'bio', role: 'textbox', label: 'About me' },
    { key: 'save', role: 'button', text: 'Save changes', attributes: { id: 'p-save', type: 'button' } },
  ];
  const bioDemo = 'Change my bio to "Backend dev who bakes sourdough on weekends."';
  const record = () =>
    recordDemonstration(new WidgetPageOperator(page()), bioDemo, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'About me').id }, text: 'Backend dev who bakes sourdough on weekends.', replace: true },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save changes').id } },
      ][step],
    );
  const blocking = async (task: string, elements?: UIElement[]) => {
    const observed = await new WidgetPageOperator(page()).observe();
    const plan = planDemonstration(await record(), task, elements ?? observed.elements, observed.page);
    return plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text);
  };

  it('refuses "Also, I go by they/them now." beside a bio the demonstration only typed (profile-bio seed 6)', async () => {
    const task = `I want my profile to say "Backend dev who bakes sourdough on weekends." instead of what's there now. Also, I go by they/them now.`;
    expect(await blocking(task)).toContain('the task also says "Also, I go by they/them now", which no step of the demonstration does (the page offers "they/them", which no step chose)');
  });

  // "instead of what's there now" only restates the change: it stands with the bio's value, which the plan types.
  it(`follows "I want my profile to say "…" instead of what's there now." alone`, async () => {
    const task = `I want my profile to say "Backend dev who bakes sourdough on weekends." instead of what's there now.`;
    expect((await blocking(task)).filter((text) => text.includes('the task also says'))).toEqual([]);
  });

  // A reason names no choice of the page: no refusal of this rule's.
  it('leaves a verbless reason standing ("It is for my new job.")', async () => {
    const task = 'Change my bio to "Backend dev who bakes sourdough on weekends." It is for my new job.';
    expect((await blocking(task)).filter((text) => text.includes('the task also says'))).toEqual([]);
  });

  // The option the page already shows is kept by following the steps: nothing left undone.
  it('leaves "I go by he/him" alone where the list shows he/him already', async () => {
    const task = 'Change my bio to "Backend dev who bakes sourdough on weekends." Also, I go by he/him now.';
    expect((await blocking(task)).filter((text) => text.includes('the task also says'))).toEqual([]);
  });
});
