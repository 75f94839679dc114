/**
 * The reply typed and the message answered are two kinds of quoted value: a plan pairing one with the other is refused
 * (review 29, reply-inbox seeds 7 and 9: "write back "Thanks" to Farah, who asked "Lunch tomorrow?"" paired by order
 * with the demonstration's "respond to "<message>" … by saying "<reply>""). Modelled on the inbox page: three sender
 * buttons each beside its message, a Reply box, Send.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import type { TaskSlot } from '../align-tasks.js';
import { saidOrShownProblems } from './said-or-shown.js';
import { rolesOf } from './value-roles.js';
import { valueSpans } from '../value-spans.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

function inbox(rows: [string, string][]): WidgetSpec[] {
  return [
    ...rows.flatMap(([name, message], index): WidgetSpec[] => [
      { key: `row-${index}`, role: 'group', text: `${name} ${message}` },
      { key: `from-${index}`, role: 'button', text: name, attributes: { class: 'from' }, parent: `row-${index}` },
      { key: `snippet-${index}`, role: 'text', text: message, x: 60, parent: `row-${index}` },
    ]),
    { key: 'reply', role: 'textbox', label: 'Reply', attributes: { placeholder: 'Reply', id: 'reply' } },
    { key: 'send', role: 'button', text: 'Send', attributes: { id: 'send' } },
  ];
}

const DEMO_ROWS: [string, string][] = [['Omar', 'Lunch tomorrow?'], ['Nadia', 'Is the meeting moved to 3 pm?'], ['Jonas', 'Did the parcel arrive']];
const DEMO_MESSAGE = 'Is the meeting moved to 3 pm?';
const DEMO_REPLY = "Sorry, I can't make it - maybe next week?";
const DEMO = `Could you respond to "${DEMO_MESSAGE}" from Nadia by saying "${DEMO_REPLY}"? Thanks!`;
const CROSSED = 'Please write back "Thanks" to Farah, who asked "Lunch tomorrow?".';

async function record() {
  return recordDemonstration(new WidgetPageOperator(inbox(DEMO_ROWS)), DEMO, (observation, step) =>
    step === 0
      ? { type: 'click', target: { elementId: find(observation, 'button', 'Nadia').id } }
      : step === 1
        ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Reply').id }, text: DEMO_REPLY }
        : step === 2
          ? { type: 'click', target: { elementId: find(observation, 'button', 'Send').id } }
          : undefined,
  );
}

const quoted = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'quoted' });

describe('saidOrShownProblems: a typed reply and a found message never stand for each other', () => {
  it('refuses both crossed slots of "write back "Thanks" …, who asked "Lunch tomorrow?"" paired in order', async () => {
    const demo = await record();
    const problems = saidOrShownProblems({ demoTask: DEMO, task: CROSSED, slots: [quoted(DEMO_MESSAGE, 'Thanks'), quoted(DEMO_REPLY, 'Lunch tomorrow?')], steps: demo.steps });
    expect(problems.map((problem) => problem.text)).toEqual([
      'the demonstration found "Is the meeting moved to 3 pm?" on its page (the message it answered), and the task\'s "Thanks" in its place is the words to give, not a message to find',
      'the demonstration typed "Sorry, I can\'t make it - maybe next week?", and the task\'s "Lunch tomorrow?" in its place is the message being answered, not words to type',
    ]);
    expect(problems.every((problem) => problem.blocking)).toBe(true);
    // Paired the way a person reads them, nothing is wrong.
    expect(saidOrShownProblems({ demoTask: DEMO, task: CROSSED, slots: [quoted(DEMO_MESSAGE, 'Lunch tomorrow?'), quoted(DEMO_REPLY, 'Thanks')], steps: demo.steps })).toEqual([]);
  });

  // Every wording of the inbox's requests marks which quote is which; each pairs right with the demonstration's.
  const wordings: string[] = [
    'Reply to Farah\'s message "Lunch tomorrow?" with "Thanks".',
    'Farah wrote "Lunch tomorrow?". Answer "Thanks" and send it.',
    'Could you respond to "Lunch tomorrow?" from Farah by saying "Thanks"? Thanks!',
    'When you get a moment, answer Farah - the message "Lunch tomorrow?" - with "Thanks", then send.',
    'Send Farah the reply "Thanks" to their message "Lunch tomorrow?".',
    CROSSED,
  ];
  for (const task of wordings) {
    it(`reads "${task}": the reply as words to give, the message as answered`, async () => {
      const demo = await record();
      const right = [quoted(DEMO_MESSAGE, 'Lunch tomorrow?'), quoted(DEMO_REPLY, 'Thanks')];
      const crossed = [quoted(DEMO_MESSAGE, 'Thanks'), quoted(DEMO_REPLY, 'Lunch tomorrow?')];
      expect(saidOrShownProblems({ demoTask: DEMO, task, slots: right, steps: demo.steps })).toEqual([]);
      expect(saidOrShownProblems({ demoTask: DEMO, task, slots: crossed, steps: demo.steps })).toHaveLength(2);
    });
  }

  it('asks the page only where the words are silent, and judges nothing when neither tells', async () => {
    const demo = await record();
    const task = 'Farah: "Lunch tomorrow?" / "Thanks".';
    const page = (await new WidgetPageOperator(inbox([['Farah', 'Lunch tomorrow?'], ['Lena', 'Where did you park the van?']])).observe()).elements;
    // This page shows "Lunch tomorrow?" as a message: put where the demonstration typed, it is refused.
    expect(saidOrShownProblems({ demoTask: DEMO, task, slots: [quoted(DEMO_REPLY, 'Lunch tomorrow?')], steps: demo.steps, page })).toHaveLength(1);
    // "Thanks" is not shown and not marked: no reading, no refusal.
    expect(saidOrShownProblems({ demoTask: DEMO, task, slots: [quoted(DEMO_MESSAGE, 'Thanks')], steps: demo.steps, page })).toEqual([]);
  });

  it('judges nothing where the demonstration typed none of its quotes (a subject clicked, a label chosen "with")', async () => {
    const demo = await record();
    const clicked = demo.steps.filter((step) => step.action.type !== 'type');
    const task = 'Label "Lunch tomorrow?" with "Thanks".';
    expect(saidOrShownProblems({ demoTask: DEMO, task, slots: [quoted(DEMO_MESSAGE, 'Thanks')], steps: clicked })).toEqual([]);
  });

  it('judges nothing where the demonstration typed every quote: "the message "…"" of a mail form is words to type', async () => {
    const form = (): WidgetSpec[] => [
      { key: 'subject', role: 'textbox', label: 'Subject' },
      { key: 'message', role: 'textbox', label: 'Message' },
      { key: 'send', role: 'button', text: 'Send' },
    ];
    const demoTask = 'Subject "koala candle", message "lotus koala": send it.';
    const demo = await recordDemonstration(new WidgetPageOperator(form()), demoTask, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Subject').id }, text: 'koala candle' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Message').id }, text: 'lotus koala' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Send').id } },
      ][step],
    );
    const task = 'Send with subject "oasis meadow" the message "velvet eagle".';
    expect(saidOrShownProblems({ demoTask, task, slots: [quoted('koala candle', 'oasis meadow'), quoted('lotus koala', 'velvet eagle')], steps: demo.steps })).toEqual([]);
  });
});

describe('rolesOf: a bare "back" before a quote is no end', () => {
  it('reads "write back "Thanks"" as telling no part, "back July 14" still as an end', () => {
    expect(rolesOf(CROSSED, valueSpans(CROSSED).filter((span) => span.type === 'quoted'))).toEqual([undefined, undefined]);
    const trip = 'Cornwall trip leaving July 4, back July 14.';
    expect(rolesOf(trip, valueSpans(trip).filter((span) => span.type === 'day'))).toEqual(['start', 'end']);
  });
});

describe('the plan for "write back "Thanks" to Farah, who asked "Lunch tomorrow?""', () => {
  // Seed 7's wording, on a page where another sender's message is the reply's words ("Thanks"): the crossed pairing
  // found a row showing "Thanks" and the demonstration's row key (its message) then stood for it.
  const pages: [string, [string, string][]][] = [
    ['no row shows the reply\'s words', [['Farah', 'Lunch tomorrow?'], ['Lena', 'Where did you park the van?'], ['Tomas', 'Thanks for yesterday!']]],
    ['another sender\'s message is the reply\'s words', [['Farah', 'Lunch tomorrow?'], ['Tomas', 'Thanks'], ['Lena', 'Where did you park the van?']]],
  ];
  for (const [what, rows] of pages) {
    it(`never pairs the message with the reply (${what}): refused before any step`, async () => {
      const demo = await record();
      const observed = await new WidgetPageOperator(inbox(rows)).observe();
      const plan = planDemonstration(demo, CROSSED, observed.elements, observed.page);
      expect(plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text)).toContain(
        'the demonstration found "Is the meeting moved to 3 pm?" on its page (the message it answered), and the task\'s "Thanks" in its place is the words to give, not a message to find',
      );
      const memory = new InMemoryExemplars([demo]);
      const operator = new WidgetPageOperator(inbox(rows));
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(CROSSED);
      expect(result.outcome.status).toBe('failed');
      expect(operator.clicks).not.toContain('send');
      expect(operator.values.get('reply') ?? '').not.toBe('Lunch tomorrow?');
    });
  }
});
