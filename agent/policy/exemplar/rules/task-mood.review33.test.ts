/**
 * Review probes (session 33, review33) of rules/task-mood.ts, followed end to end on the privacy page of
 * same-names.review.test.ts: a demonstration that ticks Activity history and Contact sync and presses Apply, said as
 * a wish ("I'd like activity history and contact sync on from now.") or as an order ("Turn on activity history and
 * contact sync."), re-read for nearby texts that ask no change, undo it, or ask it only on a condition — and for plain
 * requests a person would expect to work. `it.fails` marks a wrong action or a false refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

const NAMES = ['Activity history', 'Contact sync', 'Read receipts', 'Email lookup'];
const page = (on: string[] = []): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Privacy' },
  ...NAMES.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, checked: on.includes(name) })),
  { key: 'reset', role: 'button', text: 'Reset to defaults' },
  { key: 'apply', role: 'button', text: 'Apply' },
];

const WISH = "I'd like activity history and contact sync on from now.";
const ORDER = 'Turn on activity history and contact sync.';

const demonstration = (said: string) =>
  recordDemonstration(new WidgetPageOperator(page()), said, (observation, step) => {
    const deed = ['Activity history', 'Contact sync', 'Apply'][step];
    return deed === undefined ? undefined : { type: 'click', target: { elementId: find(observation, deed === 'Apply' ? 'button' : 'checkbox', deed).id } };
  });

/** The run for `task` following the demonstration said as `said`, on a page with nothing ticked. */
async function follow(said: string, task: string) {
  const { operator, status, reason } = await followOnWidgets(page(), await demonstration(said), task);
  return { status, reason, clicks: operator.clicks };
}

describe('task mood, followed: review33 probes that hold', () => {
  it('applies nothing for "Should I …?", a question of another kind, or a past told with "I\'ve"', async () => {
    for (const task of ['Should I turn on activity history and contact sync?', 'Do you know why activity history and contact sync are on?', "I've turned on activity history and contact sync."]) {
      expect((await follow(WISH, task)).clicks, task).not.toContain('apply');
    }
  });
  it('applies nothing for "Did I forget to …?", "Sam turned on …", a passive past, a negation, a withdrawal or an undoing by name', async () => {
    for (const task of [
      'Did I forget to turn on activity history and contact sync?',
      'Sam turned on activity history and contact sync.',
      'Activity history and contact sync were turned on yesterday.',
      "Don't turn on activity history and contact sync.",
      'Turn on activity history and contact sync. Actually, never mind.',
      'Turn on activity history and contact sync, then switch activity history off.',
      'Turn on activity history and contact sync unless Sam objects.',
      'Once the update has finished, turn on activity history and contact sync.',
    ]) {
      expect((await follow(ORDER, task)).clicks, task).not.toContain('apply');
    }
  });
  it('turns both on for the order with "please", "if they are off" or "if you can"', async () => {
    for (const task of ['Turn on activity history and contact sync, please.', 'Turn on activity history and contact sync if they are off.', 'Turn on activity history and contact sync if you can.']) {
      const run = await follow(ORDER, task);
      expect(run.status, `${task}: ${run.reason}`).toBe('success');
      expect(run.clicks).toEqual(['Activity history', 'Contact sync', 'apply']);
    }
  });
  it('turns both on for "Make sure … are on.", following the wish', async () => {
    const run = await follow(WISH, 'Make sure activity history and contact sync are on.');
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toEqual(['Activity history', 'Contact sync', 'apply']);
  });
  it('turns both back on after a mistake told first, following the wish', async () => {
    const run = await follow(WISH, 'I switched off activity history and contact sync by mistake, please switch them back on.');
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toContain('apply');
  });
});

describe('task mood, followed: review33 wrong actions', () => {
  // Wrong action: "Can you tell me whether … are on?" opens as a polite request; both are ticked and Apply pressed (wish demo).
  it('applies nothing when asked to tell whether the settings are on', async () => {
    expect((await follow(WISH, 'Can you tell me whether activity history and contact sync are on?')).clicks).not.toContain('apply');
  });
  // Wrong action: "Could you check if … are on?" ("if" after "check" asks whether, the sentence a polite request): ticked, applied (order demo).
  it('applies nothing when asked to check if the settings are on', async () => {
    expect((await follow(ORDER, 'Could you check if activity history and contact sync are on?')).clicks).not.toContain('apply');
  });
  // Wrong action: "Is it possible that … are on?" reads as the polite "Is it possible (to) …"; both ticked and applied (wish demo).
  it('applies nothing for "Is it possible that … are on?"', async () => {
    expect((await follow(WISH, 'Is it possible that activity history and contact sync are on?')).clicks).not.toContain('apply');
  });
  // Wrong action: a past told of someone else ("My son turned on …") is a note, and a note asks; both ticked and applied (wish demo).
  it('applies nothing for a report of what someone else did', async () => {
    expect((await follow(WISH, 'My son turned on activity history and contact sync.')).clicks).not.toContain('apply');
  });
  // Wrong action: a condition opened by "when" ("When Sam agrees, …") is no condition to the reading; ticked and applied (order demo).
  it('applies nothing on a "when …" condition the page does not show', async () => {
    expect((await follow(ORDER, 'When Sam agrees, turn on activity history and contact sync.')).clicks).not.toContain('apply');
  });
});

describe('task mood, followed: review33 wrong actions — asked to be told, not to change', () => {
  // Wrong action: "Let me know if … are on." (a request to be told) ticks both and applies (wish demo).
  it('applies nothing for "Let me know if … are on."', async () => {
    expect((await follow(WISH, 'Let me know if activity history and contact sync are on.')).clicks).not.toContain('apply');
  });
  // Wrong action: "I wonder whether … are on." ticks both and applies (wish demo).
  it('applies nothing for "I wonder whether … are on."', async () => {
    expect((await follow(WISH, 'I wonder whether activity history and contact sync are on.')).clicks).not.toContain('apply');
  });
  // Wrong action: "I'd like to know if … are on." (a wish to know) ticks both and applies (wish demo).
  it('applies nothing for "I\'d like to know if … are on."', async () => {
    expect((await follow(WISH, "I'd like to know if activity history and contact sync are on.")).clicks).not.toContain('apply');
  });
  // Wrong action: "Please confirm … are on." ticks both and applies (wish demo).
  it('applies nothing for "Please confirm … are on."', async () => {
    expect((await follow(WISH, 'Please confirm activity history and contact sync are on.')).clicks).not.toContain('apply');
  });
  // Wrong action: "Check whether … are on." (an order to look) ticks both and applies (order demo).
  it('applies nothing for "Check whether … are on."', async () => {
    expect((await follow(ORDER, 'Check whether activity history and contact sync are on.')).clicks).not.toContain('apply');
  });
  // Wrong action: the condition "once Sam agrees" ("once" opens no condition to the reading) is unread; applied (wish demo).
  it('applies nothing "once Sam agrees"', async () => {
    expect((await follow(WISH, "I'd like activity history and contact sync on from now, once Sam agrees.")).clicks).not.toContain('apply');
  });
});

describe('task mood, followed: review33 false refusals', () => {
  // Was it.fails (false refusal): with the wish demonstrated, "if they are off" was "a value neither task nor steps acted
  // on" ("if"). The words of a condition asking nothing beyond the deed name no object (step-effects.ts, task-mood.ts).
  it('turns both on "if they are off", following the wish', async () => {
    const run = await follow(WISH, 'Turn on activity history and contact sync if they are off.');
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toEqual(['Activity history', 'Contact sync', 'apply']);
  });
  // Beside it: a condition that names something, or a word of another object beside the needed-only condition, still refuses.
  it('applies nothing for a condition naming something, or another object beside "if they are off", following the wish', async () => {
    for (const task of [
      'Turn on activity history and contact sync if Sam is away.',
      'Turn on activity history and contact sync if the account is new.',
      'Turn on activity history and contact sync for the guest account if they are off.',
    ]) {
      expect((await follow(WISH, task)).clicks, task).not.toContain('apply');
    }
  });
  // False refusal (left, session 34): with the order demonstrated, the mistake told first makes another kind of task
  // (template fit 0.12): "switch them back on" is read as no "turn on" (verb-gap.ts reads no particle split by a
  // pronoun). Reading it so makes the wish-demonstrated case ask of "switched" / "mistake" (step-effects.ts reads the
  // told clause's words as objects), so it was left.
  it.fails('turns both back on after a mistake told first, following the order', async () => {
    const run = await follow(ORDER, 'I switched off activity history and contact sync by mistake, please switch them back on.');
    expect(run.status, run.reason).toBe('success');
  });
});

describe('task mood, followed: polite requests beside the asks-to-be-told fixes (moodmore33)', () => {
  it('turns both on for "Can you …?", "Could you check …" as a tick, and a "when you get a moment" courtesy', async () => {
    for (const task of ['Can you turn on activity history and contact sync?', 'Could you check activity history and contact sync?', 'When you get a moment, turn on activity history and contact sync.']) {
      const run = await follow(ORDER, task);
      expect(run.status, `${task}: ${run.reason}`).toBe('success');
      expect(run.clicks).toEqual(['Activity history', 'Contact sync', 'apply']);
    }
  });
});
