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

describe('unservedClauseProblems: a verbless clause opening as a request that no step does (review32 probes)', () => {
  const page = (): WidgetSpec[] => [
    { key: 'bio', role: 'textbox', label: 'About me' },
    { key: 'save', role: 'button', text: 'Save changes', attributes: { id: 'p-save', type: 'button' } },
  ];
  const bioDemo = 'Change my bio to "Backend dev who bakes sourdough on weekends."';
  const unserved = async (task: string) => {
    const operator = new WidgetPageOperator(page());
    const demo = await recordDemonstration(operator, bioDemo, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'About me').id }, text: 'Backend dev who bakes sourdough on weekends.', replace: true },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save changes').id } },
      ][step],
    );
    const observed = await new WidgetPageOperator(page()).observe();
    return planDemonstration(demo, task, observed.elements, observed.page).problems.filter((problem) => problem.blocking && problem.text.startsWith('the task also asks "')).map((problem) => problem.text);
  };
  const bio = 'Change my bio to "Climber and coffee snob".';

  // A second deed in the imperative, with a verb the vocabulary lacks ("Email", "Text") or after "Also": nothing does it.
  it.each(['Email the owner a copy.', 'Also book her a check-up.', 'Text me the link.', 'Please tweet it.', 'Cancel the Rossi booking.', 'Email Rossi a copy.', 'Invite Sam Kim too.', 'Afterwards, ring Rossi.', 'Also, ring Rossi.'])('refuses "%s" after the change', async (aside) => {
    expect(await unserved(`${bio} ${aside}`)).toHaveLength(1);
  });

  // A statement opens with its subject, a verb after it: a reason or a remark, no request of its own.
  it.each(['Pepper, a parrot.', 'Sam, the owner.', 'It is for my new job.', 'Sam rests at weekends.', 'Her brother is male.', "We'd come back.", 'Weekends are for sleeping in.', 'Thanks a lot.', 'Cheers, Sam.',
    // A name opening the sentence as its subject, or thanked or greeted: no request, though a name follows the first word.
    'Rossi is my partner.', 'Mr Rossi is coming.', 'Thanks Rossi.', 'Thanks, Rossi.', 'Hi Sam.', 'Sam Kim rests at weekends.', 'Afterwards, Sam rests.'])('leaves "%s" standing', async (aside) => {
    expect(await unserved(`${bio} ${aside}`)).toEqual([]);
  });

  // The opening word is the plan's own ("Save the changes" where the demonstration pressed "Save changes"): served.
  it('leaves a request the plan does standing ("Save the changes.")', async () => {
    expect(await unserved(`${bio} Save the changes.`)).toEqual([]);
  });
});

describe('narrowedRemainderProblem: a move worded with the column the card leaves (board-apply seed 1)', () => {
  /** A board as board-apply draws it: each column a box holding its head button, then its cards; the closing button under it. */
  const board = (columns: [string, ...string[]][], closing: string): WidgetSpec[] => [
    ...columns.flatMap(([head, ...cards]): WidgetSpec[] => [
      { key: `${head}-box`, role: 'group', text: [head, ...cards].join(' ') },
      { key: head, role: 'button', text: head, parent: `${head}-box`, attributes: { class: 'col-head', type: 'button' } },
      ...cards.map((card): WidgetSpec => ({ key: card, role: 'button', text: card, parent: `${head}-box`, attributes: { class: 'card', type: 'button' } })),
    ]),
    { key: 'finish', role: 'button', text: closing, attributes: { id: 'finish', type: 'button' } },
  ];
  const demoBoard = board([['Inbox', 'Check tickets', 'Order chairs', 'Test speakers'], ['Underway', 'Rent tent'], ['Complete', 'Print flyers']], 'Save');
  const click = (text: string) => (observation: Awaited<ReturnType<WidgetPageOperator['observe']>>) => ({ type: 'click' as const, target: { elementId: find(observation, 'button', text).id } });
  const record = () => {
    const moves = [click('Test speakers'), click('Underway'), click('Save')];
    return recordDemonstration(new WidgetPageOperator(demoBoard), '"Test speakers" should go to Underway. Finish with Save.', (observation, step) => moves[step]?.(observation));
  };
  const planOn = async (columns: [string, ...string[]][], task: string) => {
    const observed = await new WidgetPageOperator(board(columns, 'Apply')).observe();
    return planDemonstration(await record(), task, observed.elements, observed.page);
  };
  const blocking = (plan: Awaited<ReturnType<typeof planOn>>) => plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text);
  const here = [['Inbox', 'Order chairs'], ['Review', 'Check tickets', 'Rent tent'], ['Backlog', 'Print flyers']] as [string, ...string[]][];

  // "move" is "should go to" said with another verb of its kind; "from Review" is where the card stands on this page.
  it('follows "Move "Check tickets" from Review to Backlog and click Apply." where the card stands in Review', async () => {
    const plan = await planOn(here, 'Move "Check tickets" from Review to Backlog and click Apply.');
    expect(blocking(plan)).toEqual([]);
    expect(plan.fit).toBeGreaterThanOrEqual(0.5);
  });

  // Guard: "from Inbox" where the card stands in Review is no place the plan takes it from — refused as before.
  it('refuses "from Inbox" where the card stands in Review', async () => {
    const plan = await planOn(here, 'Move "Check tickets" from Inbox to Backlog and click Apply.');
    expect(blocking(plan).join(' ')).toContain('("inbox")');
  });

  // The narrowed plan's facts on this page, as board-apply seed 1 planned them: the card and the column clicked, for
  // the task up to its closing press ("and click Apply" is cut off and pressed after them: rules/final-press.ts).
  const factsFor = async () => ({
    planTask: '"Test speakers" should go to Underway.',
    slots: [slot('Test speakers', 'Check tickets'), slot('Underway', 'Backlog')],
    steps: [acted('button', 'Test speakers'), acted('button', 'Underway')],
    page: (await new WidgetPageOperator(board(here, 'Apply')).observe()).elements,
  });
  const leftWords = async (task: string) => taskRemainders(task, await factsFor()).flatMap((part) => part.words);

  it('reads nothing left of the move the plan makes', async () => {
    expect(await leftWords('Move "Check tickets" from Review to Backlog')).toEqual([]);
    expect(await leftWords('Please move "Check tickets" out of the Review column to Backlog')).toEqual([]);
  });

  // Guard: a column named otherwise than as the place left ("then review it") still asks something no step does.
  it('leaves "review" of "… then review it" though the card stands in Review', async () => {
    expect(await leftWords('Move "Check tickets" to Backlog, then review it')).toContain('review');
    expect(await leftWords('Move "Check tickets" from Inbox to Backlog')).toEqual(['inbox']);
  });

  // Guard: the verb opening a part that holds none of the plan's values, and a word of that spelling inside a part, stay remainder.
  it('leaves "move" of "move the rest too" and "order" of "with the order stamp"', async () => {
    expect(await leftWords('Move "Check tickets" from Review to Backlog, move the rest too')).toEqual(expect.arrayContaining(['move', 'rest']));
    expect(await leftWords('Move "Check tickets" from Review to Backlog with the order stamp')).toEqual(['order', 'stamp']);
  });
});
