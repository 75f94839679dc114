import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { alignTasks } from '../align-tasks.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { cueConflict, pairByContext } from './value-context.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator } from '../../../../test/kits/exemplar/widget-page.js';

const pairsOf = (old: string, value: string) =>
  Object.fromEntries(alignTasks(old, value).slots.filter((slot) => !slot.list).map((slot) => [slot.old[0], slot.new[0]]));

/** Quoted spans of a text, as character ranges. */
const quoted = (text: string) => [...text.matchAll(/"[^"]*"/g)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));

describe('values of one type paired by the words around them', () => {
  it('pairs by the word before each value, then the rest in order', () => {
    const old = 'Send bo@x.org a message "rain check" with the subject "lunch".';
    const swapped = 'Subject "budget", message "see you": send it to al@y.net.';
    expect(pairByContext(old, quoted(old), swapped, quoted(swapped))).toEqual([[0, 1], [1, 0]]);
    // One telling word ("subject"); the value without one pairs with what is left.
    const bare = 'Send "see you" to al@y.net, subject "budget".';
    expect(pairByContext(old, quoted(old), bare, quoted(bare))).toEqual([[0, 0], [1, 1]]);
    const reversed = 'Send to al@y.net with subject "budget" the message "see you".';
    expect(pairByContext(old, quoted(old), reversed, quoted(reversed))).toEqual([[0, 1], [1, 0]]);
  });

  it('pairs by words telling the same part ("titled" / "summary", "details" / "description"), and names a title paired with a body', () => {
    const old = 'Report it titled "lilac mint". Details: "tiger otter".';
    const other = 'Description: "coral dune". Summary: "amber fern".';
    expect(pairByContext(old, quoted(old), other, quoted(other))).toEqual([[0, 1], [1, 0]]);
    expect(cueConflict(old, quoted(old), other, quoted(other), [[0, 1], [1, 0]])).toBeUndefined();
    // Both told as the body: order alone would put the title with a description.
    const both = 'Description: "coral dune". Details: "amber fern".';
    expect(pairByContext(old, quoted(old), both, quoted(both))).toEqual([[0, 0], [1, 1]]);
    expect(cueConflict(old, quoted(old), both, quoted(both), [[0, 0], [1, 1]])).toMatch(/"titled".*"description"/);
  });

  it('aligns tasks whose quoted texts swap places, keeping the e-mail address a slot', () => {
    expect(pairsOf('Subject "lilac mint", message "tiger otter": send it to al@mail.org.', 'Send to bo@post.net with subject "amber fern" the message "coral dune".')).toEqual({
      'lilac mint': 'amber fern',
      'tiger otter': 'coral dune',
      'al@mail.org': 'bo@post.net',
    });
    expect(pairsOf('Send umar@post.net a message "fable river" with the subject "noble robin".', 'Subject "koala candle", message "lotus koala": send it to carla@post.net.')).toEqual({
      'umar@post.net': 'carla@post.net',
      'fable river': 'lotus koala',
      'noble robin': 'koala candle',
    });
  });

  it('pairs a name, a number and a quoted note across phrasings that reorder them', () => {
    const expected = { 'Carla Klein': 'Anna Castro', '231': '298', 'candle lotus': 'meadow velvet' };
    expect(pairsOf('Pay Carla Klein 231 euros, note: "candle lotus".', 'Send 298 euros to Anna Castro with the note "meadow velvet".')).toEqual(expected);
    expect(pairsOf('Pay Carla Klein 231 euros, note: "candle lotus".', 'With the note "meadow velvet", transfer 298 euros to Anna Castro.')).toEqual(expected);
  });

  it('pairs a time of day as one value, whatever its form ("10:12" → "7:18 AM")', () => {
    expect(pairsOf('The meeting is on 2011-11-23 at 10:12. Enter it and hit Submit.', 'Set the call for 7:18 AM on 1992-08-07 and click Confirm.')).toEqual({
      '2011-11-23': '1992-08-07',
      '10:12': '7:18 AM',
      Submit: 'Confirm',
    });
  });

  it('reads "has 23" and "that shows 14" as the numbers, and click and open as one intent', () => {
    expect(alignTasks('Which folder has 23 unread mails? Open it.', 'Open the folder with 9 unread messages.').slots).toEqual([{ old: ['23'], new: ['9'], list: false, kind: 'number' }]);
    expect(alignTasks('Which folder has 23 unread mails? Open it.', 'Click the folder that shows 14 unread.').slots).toEqual([{ old: ['23'], new: ['14'], list: false, kind: 'number' }]);
    // Another kind of task stays apart: deleting is not opening, so the number is not read out of its wording.
    expect(alignTasks('Which folder has 23 unread mails? Open it.', 'Delete the folder that shows 14 unread.').slots).not.toContainEqual({ old: ['23'], new: ['14'], list: false, kind: 'number' });
  });

  it('fills each quoted text into its own field after a demonstration that gave them in the other order', async () => {
    const form = () =>
      new WidgetPageOperator([
        { key: 'to', role: 'textbox', label: 'To' },
        { key: 'subject', role: 'textbox', label: 'Subject' },
        { key: 'message', role: 'textbox', label: 'Message' },
        { key: 'send', role: 'button', text: 'Send' },
      ]);
    const demoTask = 'Subject "koala candle", message "lotus koala": send it to carla@post.net.';
    const demo = await recordDemonstration(form(), demoTask, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'To').id }, text: 'carla@post.net', replace: true },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Subject').id }, text: 'koala candle', replace: true },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Message').id }, text: 'lotus koala', replace: true },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Send').id } },
      ][step],
    );
    const page = form();
    const task = 'Send to anna@mail.org with subject "oasis meadow" the message "velvet eagle".';
    const result = await new Runner({ operator: page, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.values.get('to')).toBe('anna@mail.org');
    expect(page.values.get('subject')).toBe('oasis meadow');
    expect(page.values.get('message')).toBe('velvet eagle');
  });
});
