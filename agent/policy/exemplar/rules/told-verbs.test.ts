import { describe, expect, it } from 'vitest';
import { wordsOf } from '../intent-words.js';
import { toldNotAsked } from './told-verbs.js';
import { verbGap, verbKeys } from './verb-gap.js';

/** Does the first `verb` of `text` tell rather than ask? */
const told = (text: string, verb: string) => {
  const words = wordsOf(text);
  const at = words.indexOf(verb);
  return toldNotAsked(words, at, at + 1);
};

describe('told-verbs: a verb word that tells what someone does, or names a subject', () => {
  it('reads a verb after a telling subject, or before a verb of being or having, as asking nothing', () => {
    expect(told('Logging in: I tick Remember me but get logged out when I close the tab.', 'tick')).toBe(true);
    expect(told('It breaks when we close the tab.', 'close')).toBe(true);
    expect(told('Report a problem titled Mute toggle has no effect.', 'toggle')).toBe(true);
    expect(told('The search is broken on my phone.', 'search')).toBe(true);
  });

  it('keeps an imperative, a question a modal opens, and a request to the one asked', () => {
    expect(told('Tick Remember me and sign in.', 'tick')).toBe(false);
    expect(told('Could we search flights to Oslo?', 'search')).toBe(false);
    expect(told('Can I delete the draft from Ana?', 'delete')).toBe(false);
    expect(told('Could you close the banner?', 'close')).toBe(false);
    expect(told('Please toggle the Wi-Fi switch.', 'toggle')).toBe(false);
    // The instructing "we" asks as an imperative does: only a clause a subordinator opens tells (review30).
    expect(told('Star the message from Bob, then we archive it.', 'archive')).toBe(false);
    expect(told('First we star the message from Bob.', 'star')).toBe(false);
    expect(told('Star it and make sure we unsubscribe from him.', 'unsubscribe')).toBe(false);
  });

  it('lets a bug report that tells of a tick meet one that does not, and still refuses a tick asked', () => {
    const demo = 'new issue | Date format not saved | the profile page | cosmetic | "The date format goes back to US after I save."';
    const told = 'Logging in: I tick Remember me but get logged out when I close the tab. Log it as "Remember me is ignored", it\'s serious but there\'s a workaround.';
    expect(verbKeys(told, undefined, true)).toEqual([]);
    expect(verbGap(demo, told) ?? '').not.toMatch(/asks to (check|dismiss)/);
    // Guard: the same report asking to tick the box, and one asking to close the tab, still ask it.
    expect(verbGap(demo, 'Tick Remember me, then log it as "Remember me is ignored".')).toMatch(/asks to check/);
    expect(verbGap(demo, 'Could we close the tab and log it as "Remember me is ignored"?')).toMatch(/asks to dismiss/);
    // A request the instructing "we" adds is still one the demonstration did not carry out (review30).
    expect(verbGap('Star the message from Bob.', 'Star the message from Bob, then we archive it.')).toMatch(/asks to archive/);
  });
});
