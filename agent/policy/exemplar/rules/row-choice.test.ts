import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { captionVaries } from '../row-keys.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** An inbox: one row per message, a sender button (its caption the sender's name) and the message's text beside it. */
function inbox(rows: readonly (readonly [string, string])[]): WidgetSpec[] {
  return [
    ...rows.flatMap(([name, message], index) => [
      { key: `row-${index}`, role: 'group', text: `${name} ${message}` },
      { key: `from-${index}-${name}`, role: 'button', text: name, parent: `row-${index}`, attributes: { class: 'from' } },
      { key: `snippet-${index}`, role: 'text', text: message, parent: `row-${index}`, x: 60 },
    ]),
    { key: 'reply', role: 'textbox', label: 'Reply' },
    { key: 'send', role: 'button', text: 'Send' },
  ];
}
const ROWS = [['Anna', 'Lunch tomorrow?'], ['Bob', 'Did the parcel arrive'], ['Cleo', 'Can you send me the slides?']] as const;

async function recordReply(task: string, sender: string, reply: string) {
  return recordDemonstration(new WidgetPageOperator(inbox(ROWS)), task, (observation, step) => {
    if (step === 0) return { type: 'click', target: { elementId: find(observation, 'button', sender).id } };
    if (step === 1) return { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Reply').id }, text: reply };
    if (step === 2) return { type: 'click', target: { elementId: find(observation, 'button', 'Send').id } };
    return undefined;
  });
}

async function run(memory: InMemoryExemplars, rows: readonly (readonly [string, string])[], task: string) {
  const operator = new WidgetPageOperator(inbox(rows));
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(task);
  return { operator, result };
}

describe('a value that only chooses the row (rules/row-choice.ts)', () => {
  it('counts the quoted message as used: it chose the row of the clicked sender, whose caption is the row data', async () => {
    const demo = await recordReply('Could you respond to "Lunch tomorrow?" from Anna by saying "Sure."? Thanks!', 'Anna', 'Sure.');
    for (const task of [
      'Could you respond to "Did the parcel arrive" from Bob by saying "On it"? Thanks!',
      'Could you respond to "Did the parcel arrive" from Bob by saying "On it"?',
    ]) {
      const plan = planDemonstration(demo, task);
      expect(plan.problems.filter((problem) => problem.blocking), task).toEqual([]);
      expect(plan.steps[0]!.rowKeys).toEqual([expect.objectContaining({ old: 'Lunch tomorrow?', new: 'Did the parcel arrive', captionData: true })]);
    }
  });

  it('replies in the row that shows the new message, wherever it sits, and checks the sender the task names', async () => {
    const memory = new InMemoryExemplars([await recordReply('Could you respond to "Lunch tomorrow?" from Anna by saying "Sure."? Thanks!', 'Anna', 'Sure.')]);
    const rows = [['Dora', 'Where did you park the van?'], ['Eli', 'Lunch tomorrow?'], ['Bob', 'Did the parcel arrive'], ['Anna', 'Thanks for yesterday!']] as const;
    const { operator, result } = await run(memory, rows, 'Could you respond to "Did the parcel arrive" from Bob by saying "On it"? Thanks!');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['from-2-Bob', 'send']);
    expect(operator.values.get('reply')).toBe('On it');
  });

  it('clicks the sender of the quoted message when the task names no sender: the caption is whatever that row shows', async () => {
    const memory = new InMemoryExemplars([await recordReply('Reply to the message "Lunch tomorrow?" with "Sure."', 'Anna', 'Sure.')]);
    const rows = [['Anna', 'Thanks for yesterday!'], ['Dora', 'Where did you park the van?'], ['Eli', 'Did the parcel arrive']] as const;
    const { operator, result } = await run(memory, rows, 'Reply to the message "Where did you park the van?" with "On it"');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['from-1-Dora', 'send']);
  });

  it('sends though the task leaves the closing press unsaid that the demonstration\'s task named ("…, then send.")', async () => {
    const memory = new InMemoryExemplars([await recordReply('When you get a moment, answer Anna - the message "Lunch tomorrow?" - with "Sure.", then send.', 'Anna', 'Sure.')]);
    const rows = [['Cleo', 'Can you send me the slides?'], ['Bob', 'Did the parcel arrive']] as const;
    const { operator, result } = await run(memory, rows, 'Reply to Bob\'s message "Did the parcel arrive" with "Thanks".');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['from-1-Bob', 'send']);
    expect(operator.values.get('reply')).toBe('Thanks');
  });

  it('refuses when the sender the task names is not the one of the quoted message, rather than choose one of them', async () => {
    const memory = new InMemoryExemplars([await recordReply('Could you respond to "Lunch tomorrow?" from Anna by saying "Sure."? Thanks!', 'Anna', 'Sure.')]);
    const rows = [['Bob', 'Lunch tomorrow?'], ['Cleo', 'Did the parcel arrive']] as const;
    const { operator, result } = await run(memory, rows, 'Could you respond to "Did the parcel arrive" from Bob by saying "On it"? Thanks!');
    expect(result.outcome.status).not.toBe('success');
    expect(operator.clicks).toEqual([]);
  });

  it('refuses when two rows show the new message: which one is meant is a guess', async () => {
    const memory = new InMemoryExemplars([await recordReply('Reply to the message "Lunch tomorrow?" with "Sure."', 'Anna', 'Sure.')]);
    const rows = [['Bob', 'Lunch tomorrow?'], ['Cleo', 'Did the parcel arrive'], ['Dora', 'Lunch tomorrow?']] as const;
    const { operator, result } = await run(memory, rows, 'Reply to the message "Lunch tomorrow?" with "On it"');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/2 rows show "Lunch tomorrow\?"/);
    expect(operator.clicks).toEqual([]);
  });
});

/** Listings: one card per item, its title a link (the caption differs card by card) and the day it went up beside it. */
function listings(cards: readonly (readonly [string, string])[]): WidgetSpec[] {
  return cards.flatMap(([title, day], index) => [
    { key: `card-${index}`, role: 'group', text: `${title} ${day}` },
    { key: `title-${index}`, role: 'link', text: title, parent: `card-${index}`, attributes: { class: 'title' } },
    { key: `day-${index}`, role: 'text', text: day, parent: `card-${index}`, x: 60, attributes: { class: 'day' } },
  ]);
}

describe('keys that choose one row together (rules/row-choice.ts)', () => {
  const CARDS = [['Oak desk lamp', 'Mar 4'], ['Film camera', 'Jul 11'], ['Garden bench', 'Sep 2']] as const;
  const record = () =>
    recordDemonstration(new WidgetPageOperator(listings(CARDS)), 'Show me the item listed Jul 11, please.', (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'link', 'Film camera').id } } : undefined,
    );

  // Worded apart, the day is paired as its parts ("Jul" → "Jan", "11" → "20"): two keys of one row.
  it('opens the one card showing the month and the day together, though two cards show the month', async () => {
    const memory = new InMemoryExemplars([await record()]);
    const operator = new WidgetPageOperator(listings([['Kids scooter', 'Jan 16'], ['Road bike helmet', 'Mar 20'], ['Vintage teapot', 'Jan 20']]));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Click the card dated Jan 20.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['title-2']);
  });

  it('refuses when no card shows both, or two do', async () => {
    const memory = new InMemoryExemplars([await record()]);
    for (const cards of [[['Kids scooter', 'Jan 16'], ['Road bike helmet', 'Mar 20']], [['Kids scooter', 'Jan 20'], ['Road bike helmet', 'Jan 20']]] as const) {
      const operator = new WidgetPageOperator(listings(cards));
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Click the card dated Jan 20.');
      expect(result.outcome.status).not.toBe('success');
      expect(operator.clicks).toEqual([]);
    }
  });
});

describe('captionVaries', () => {
  const element = (id: number, role: string, text: string, parentId?: number, className?: string): UIElement => ({
    id, role, text, states: {}, box: { x: 0, y: id * 20, width: 10, height: 10 }, source: 'dom', interactive: role !== 'text',
    ...(parentId !== undefined ? { parentId } : {}), ...(className ? { attributes: { class: className } } : {}),
  });

  it('holds for a caption that differs from row to row, never for two controls of one row or one caption in every row', () => {
    const senders = [element(1, 'group', 'Anna hi'), element(2, 'button', 'Anna', 1, 'from'), element(3, 'group', 'Bob yo'), element(4, 'button', 'Bob', 3, 'from')];
    expect(captionVaries(senders[1]!, senders)).toBe(true);
    // "Edit" and "Delete" side by side in one row: two controls, not two rows.
    const controls = [element(1, 'group', 'juniper.csv Edit Delete'), element(2, 'button', 'Edit', 1, 'btn'), element(3, 'button', 'Delete', 1, 'btn')];
    expect(captionVaries(controls[1]!, controls)).toBe(false);
    // The same caption in every row ("Archive") is the control's name: row-keys.ts tells those rows apart already.
    const archive = [element(1, 'group', 'Anna'), element(2, 'button', 'Archive', 1, 'a'), element(3, 'group', 'Bob'), element(4, 'button', 'Archive', 3, 'a')];
    expect(captionVaries(archive[1]!, archive)).toBe(false);
  });
});
