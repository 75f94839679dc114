import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { conditionsOf, moodProblem, sentencesOf, textMood, undoingClause } from './task-mood.js';

const box = (id: number, text: string): UIElement => ({ id, role: 'checkbox', tag: 'input', text, states: {}, box: { x: 0, y: id * 20, width: 10, height: 10 }, source: 'dom', interactive: true });
const privacy = ['Activity history', 'Contact sync', 'Read receipts', 'Email lookup', 'Apply'].map((text, index) => box(index + 1, text));
const DEMO = "I'd like activity history and contact sync on from now.";
const refusal = (task: string, demoTask = DEMO, page: readonly UIElement[] = privacy) => moodProblem(demoTask, task, page)?.text;

describe('task mood: sentences', () => {
  it('splits at a stop before a space or the end, keeping prices and quoted stops whole', () => {
    expect(sentencesOf('Place the order that came to £13.49 again, please. Thanks!').map((sentence) => sentence.stop)).toEqual(['.', '!']);
    expect(sentencesOf('Did you register Pepper? Owner\'s phone: 07928 317649.').map((sentence) => sentence.text)).toEqual(['Did you register Pepper?', "Owner's phone: 07928 317649."]);
  });
});

describe('task mood: what a text asks', () => {
  it('reads questions, with their kind, and reports of the past', () => {
    expect(textMood('Are contact sync and activity history on?')).toMatchObject({ kind: 'question', asks: 'yes/no be' });
    expect(textMood('Why are contact sync and activity history on?')).toMatchObject({ kind: 'question', asks: 'why' });
    expect(textMood("How do I register Pepper, a 7-year-old female parrot? Owner's phone: 07928 317649.")).toMatchObject({ kind: 'question', asks: 'how' });
    expect(textMood('I had contact sync and activity history on.')).toMatchObject({ kind: 'past' });
    expect(textMood("We've already turned on contact sync.")).toMatchObject({ kind: 'past' });
    // "please" in a question that a verb of being opens still asks to be told; "you could" inside one asks the deed.
    expect(textMood('Are contact sync and activity history on, please?')).toMatchObject({ kind: 'question', asks: 'yes/no be' });
    expect(textMood('Do you think you could turn on contact sync?')).toEqual({ kind: 'asks' });
  });
  it('reads polite requests said as questions as requests', () => {
    for (const task of ['Can you turn on contact sync and activity history?', 'Could you please switch off online status?', 'Would you mind turning on contact sync?', 'Could I get contact sync on?', 'How about turning on contact sync?', 'That message from Hugo belongs in Work, can you label it?', 'I was wondering if you could turn on contact sync.', 'Switch off email lookup for me?']) {
      expect(textMood(task), task).toEqual({ kind: 'asks' });
    }
  });
  it('reads a request after a past, a terse note and a question answered by a request as asking', () => {
    expect(textMood('We loved the £34.01 order - get it again for tonight.')).toEqual({ kind: 'asks' });
    // Development wordings (bill-split, alarm-set): a wish after the past, and "I've got" (present, no past).
    expect(textMood('We were five at dinner and the waiter was lovely, so I want to leave 18%.')).toEqual({ kind: 'asks' });
    expect(textMood("I've got swim on Monday, Friday and Saturday, so I need to be up at 8:15 PM. Call the alarm Swim.")).toEqual({ kind: 'asks' });
    expect(textMood("I've got swim on Monday.")).toEqual({ kind: 'asks' });
    expect(textMood('Pepper | parrot | female | 7 | 07928 317649')).toEqual({ kind: 'asks' });
    expect(textMood('Are contact sync and activity history on? Turn them on.')).toEqual({ kind: 'asks' });
  });
  it('sets quoted messages aside, unless the rest only says who sent one', () => {
    expect(textMood('Bruno wrote "Lunch tomorrow?". Answer "Done" and send it.')).toEqual({ kind: 'asks' });
    expect(textMood('From Kim: "can you archive that mail Felix Rossi sent?"')).toEqual({ kind: 'asks' });
    expect(textMood('From Kim: "is contact sync on?"')).toMatchObject({ kind: 'question' });
  });
});

describe('task mood: undoing and conditions', () => {
  it('finds the opposite deed on what was named, not a second deed on another thing', () => {
    expect(undoingClause('Turn on contact sync and activity history and turn them off again.')).toBe('turn them off again');
    expect(undoingClause('Add sunglasses to the bag, then remove it.')).toBe('remove it');
    expect(undoingClause('Turn on contact sync and turn off read receipts.')).toBeUndefined();
    expect(undoingClause('Place my order for 26.49 pounds again, please.')).toBeUndefined();
  });
  it('reads conditions, not "whether" after a verb of asking', () => {
    expect(conditionsOf("I'd like contact sync on, if Sam agrees.").map((condition) => condition.clause)).toEqual(['if Sam agrees']);
    expect(conditionsOf('Pack the socks unless it rains, then press Done.').map((condition) => condition.clause)).toEqual(['unless it rains']);
    expect(conditionsOf('I was wondering if you could turn on contact sync.')).toEqual([]);
  });
});

describe('task mood: compared with the demonstration', () => {
  it('refuses a question, a report of the past, an undoing or a condition the demonstration did not have, naming it', () => {
    expect(refusal('Are contact sync and activity history on?')).toBe('the task asks a question ("Are contact sync and activity history on?"); it asks no change');
    expect(refusal('I had contact sync and activity history on.')).toBe('the task tells what was ("I had contact sync and activity history on."); it asks no change');
    expect(refusal('Turn on contact sync and activity history and turn them off again.')).toBe('the task undoes what it asks ("turn them off again"): nothing is left to do');
    expect(refusal("I'd like activity history and contact sync on from now, if Sam agrees.")).toBe('the task asks it only on a condition ("if Sam agrees") the page does not show');
  });
  it('refuses a condition the page shows too: no step of the demonstration weighed it', () => {
    expect(refusal("I'd like activity history on, if read receipts is on.")).toBe('the task asks it only on a condition ("if read receipts is on") no step of the demonstration weighed');
  });
  it('follows a polite request for a plain one, and the reverse', () => {
    expect(refusal('Can you turn on contact sync and activity history?')).toBeUndefined();
    expect(refusal("Would you mind turning on read receipts?", 'Turn on contact sync.')).toBeUndefined();
    expect(refusal('Turn on read receipts.', 'Could you please turn on contact sync?')).toBeUndefined();
  });
  it('follows a question of the kind the demonstration answered, never one of another kind', () => {
    expect(refusal('What is the price of the sofa?', 'What is the price of the lamp?')).toBeUndefined();
    expect(refusal('Why is the sofa so expensive?', 'What is the price of the lamp?')).toMatch(/asks a question/u);
    // "Why not …?" suggests a deed; "Why is …?" asks a reason: one never stands for the other.
    expect(refusal('Why not turn on read receipts?', 'Why not turn on contact sync?')).toBeUndefined();
    expect(refusal('Why is read receipts on?', 'Why not turn on contact sync?')).toMatch(/asks a question/u);
    expect(refusal('Why not turn on read receipts?')).toMatch(/asks a question/u);
    // A yes/no question is alike only to one opening with a verb of the same class ("Shall we …?" is no "Is …?").
    expect(refusal('Is read receipts on?', 'Shall we turn on contact sync?')).toMatch(/asks a question/u);
  });
  it('follows a condition that asks nothing beyond the deed, or the one the demonstration had', () => {
    expect(refusal('Turn on contact sync if it is off.')).toBeUndefined();
    expect(refusal('Turn on read receipts if needed.')).toBeUndefined();
    expect(refusal('Turn on read receipts if Sam agrees.', 'Turn on contact sync if Sam agrees.')).toBeUndefined();
  });
  it('follows an undoing the demonstration did too, and a past the demonstration told', () => {
    expect(refusal('Turn on read receipts and turn it off again.', 'Turn on contact sync and turn it off again.')).toBeUndefined();
    expect(refusal('I had read receipts on.', 'I had contact sync on.')).toBeUndefined();
  });
});

describe('task mood: a message to type is the message\'s', () => {
  it('reads no condition, undoing or question inside quotes the task types', () => {
    const demoTask = 'Reply "See you at noon." to Bruno.';
    expect(refusal('Reply "I will come if I can." to Bruno.', demoTask, [])).toBeUndefined();
    expect(refusal('Reply "Turn it on, then turn it off again." to Bruno.', demoTask, [])).toBeUndefined();
    expect(refusal('Reply "Are you free?" to Bruno.', demoTask, [])).toBeUndefined();
    // Control: the same words outside the quotes refuse.
    expect(refusal('Reply "See you then." to Bruno if Sam agrees.', demoTask, [])).toMatch(/condition/u);
  });
});

describe('task mood: asked to be told, a past of someone else, a "when" / "once" condition', () => {
  const ORDER = 'Turn on contact sync.';
  it('refuses a request to be told a state, whatever polite frame is around it', () => {
    for (const task of [
      'Can you tell me whether activity history and contact sync are on?',
      'Could you check if activity history and contact sync are on?',
      'Check whether activity history and contact sync are on.',
      'Let me know if activity history and contact sync are on.',
      'I wonder whether activity history and contact sync are on.',
      "I'd like to know if activity history and contact sync are on.",
      'Please confirm activity history and contact sync are on.',
    ]) {
      expect(refusal(task, ORDER), task).toBe(`the task asks to be told a state (${JSON.stringify(task)}); it asks no change`);
    }
    expect(refusal('Is it possible that activity history and contact sync are on?', ORDER)).toMatch(/asks a question/u);
  });
  it('follows the polite requests beside them: a deed asked, "check" as a tick, "confirm" as a press, "let me know when done"', () => {
    for (const task of [
      'Can you turn on read receipts?',
      'Could you check the box for read receipts?',
      'Check the read receipts box if it is off.',
      'I was wondering if you could turn on read receipts.',
      'Tell me whether read receipts is on, and turn it on if not.',
      'Turn on read receipts and let me know when done.',
      'Is it possible to turn on read receipts?',
    ]) {
      expect(refusal(task, ORDER), task).toBeUndefined();
    }
    expect(refusal('Please confirm the booking.', 'Confirm the order.', [])).toBeUndefined();
    // The same frame read as the demonstration read it is the same kind: a demonstrated check is followed.
    expect(refusal('Check whether read receipts is on.', 'Check whether contact sync is on.')).toBeUndefined();
  });
  it('refuses a past told of someone else, and follows a request told after it', () => {
    expect(refusal('My son turned on activity history and contact sync.')).toBe('the task tells what was ("My son turned on activity history and contact sync."); it asks no change');
    expect(refusal('Someone switched off read receipts.', ORDER)).toMatch(/tells what was/u);
    expect(refusal('My son turned off read receipts, please turn it back on.', ORDER)).toBeUndefined();
  });
  it('refuses a "when" or "once" event the page does not show, never a courtesy, a readiness, a count or a time named', () => {
    expect(refusal('When Sam agrees, turn on activity history and contact sync.', ORDER)).toBe('the task asks it only on a condition ("When Sam agrees") the page does not show');
    expect(refusal("I'd like activity history and contact sync on from now, once Sam agrees.")).toBe('the task asks it only on a condition ("once Sam agrees") the page does not show');
    expect(refusal('As soon as the update is installed, turn on read receipts.', ORDER)).toMatch(/condition \("As soon as the update is installed"\)/u);
    expect(refusal('When you get a moment, turn on read receipts.', ORDER)).toBeUndefined();
    expect(conditionsOf('Click the Apply button once it appears.')).toEqual([]);
    expect(conditionsOf('Repeat the alarm once a week, then click Save once.')).toEqual([]);
    expect(conditionsOf('Pick the day when the store opens.')).toEqual([]);
    // Development wordings (board-apply, report-issue): the deed's own end, a fault told, "at once": no condition.
    expect(conditionsOf('The card "Book venue" belongs in Underway now; press Apply when the board is right.')).toEqual([]);
    expect(conditionsOf('I tick Remember me but get logged out when I close the tab.')).toEqual([]);
    expect(conditionsOf('new issue | Reset link expires at once | the login screen | just cosmetic')).toEqual([]);
    // A watched value ("below $40") is weighed by recorded-waits.ts, not read here as a condition.
    expect(conditionsOf('Click Buy when the price drops below $40.')).toEqual([]);
  });
});
