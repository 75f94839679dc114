import { describe, expect, it } from 'vitest';
import { wordsOf } from '../intent-words.js';
import { obligedVerbs, onwardSends } from './request-wordings.js';
import { verbGap, verbKeys } from './verb-gap.js';

describe('request-wordings: a request said in a person\'s other words', () => {
  it('reads what should be done to a thing, said in the passive, as the request of its verb', () => {
    expect(obligedVerbs(wordsOf('Clean-up time: the stalest project on the list should be archived.')).map((found) => found.verb)).toEqual(['archive']);
    expect(verbKeys('It needs to be deleted.')).toEqual(['delete']);
    expect(verbGap('Archive the project that has gone longest without an update.', 'Clean-up time: the project gone longest without an update should be archived.')).toBeUndefined();
  });

  it('reads no request from a participle that only tells what a thing is, nor from a control\'s state', () => {
    expect(verbKeys('Open the archived project.')).not.toContain('archive');
    expect(verbKeys('The message that is archived.')).toEqual([]);
    expect(verbKeys('Notifications should be enabled.')).toEqual([]);
    // An archive asked in the passive stays apart from a delete, and from no request at all.
    expect(verbGap('Archive the oldest project.', 'The oldest project should be deleted.')).toMatch(/delete|archive/);
    expect(verbGap('Open the oldest project.', 'The oldest project should be archived.')).toMatch(/archive/);
  });

  it('reads sending a thing on to someone as forwarding it, and any other send as sending', () => {
    expect(onwardSends("Send Ines's message on to Chiara.")).toEqual({ forwards: true, sends: false });
    expect(onwardSends("Send Ines's message on to Chiara and send $5 to Bob.")).toEqual({ forwards: true, sends: true });
    expect(verbGap("Send Ines's message on to Chiara.", 'Forward the email from Bjorn to Chiara.')).toBeUndefined();
    expect(verbGap('Pass the email from Bjorn along to Chiara.', 'Forward the email from Ines to Luca.')).toBeUndefined();
    expect(verbKeys('Send $5 to Bob.')).toEqual(['send']);
    expect(verbKeys('Send it on Monday to Bob.')).toEqual(['send']);
    expect(verbKeys('Send the form and click on to the next page.')).toContain('send');
  });

  it('keeps a forward apart from a reply and from a plain send', () => {
    expect(verbGap("Send Ines's message on to Chiara.", "Reply to Viktor's email with \"rumble prism\".")).toMatch(/reply|forward/);
    expect(verbGap("Send Ines's message on to Chiara.", 'Send $5 to Chiara.')).toMatch(/forward/);
  });
});
