import { describe, expect, it } from 'vitest';
import { withoutReasonAside } from './reason-aside.js';

describe('withoutReasonAside: a reason said after a dash asks nothing', () => {
  it('drops a statement with a subject of its own after a spaced dash, keeping the full stop', () => {
    expect(withoutReasonAside("I'd like seats C5 and C6 - we came late last time.")).toBe("I'd like seats C5 and C6.");
    expect(withoutReasonAside("I'd like seat B3 - I like to sit near the back.")).toBe("I'd like seat B3.");
    expect(withoutReasonAside("I'd like D1 and D2 — the middle has the best sound")).toBe("I'd like D1 and D2");
  });

  it('keeps a clause after the dash that asks, points at what is asked, names a value or a word the page shows', () => {
    for (const text of [
      'I owe Jonah Nowak $117 for groceries - please send it.',
      'Row C, seat 1 - that one please.',
      "I'm flying Vienna to Prague on Tue the 11th - see what's available.",
      'I need help with shipping: "Charged twice" - mark it low.',
      'Send $5 to Bob - the note should say rent.',
      "Pay Bob - I'd like the aisle one.",
      'Pay Bob - we need the receipt.',
      "Pay Bob - it's for the taxi.",
      'Pay Bob - my share is 5 dollars.',
      'Pay Bob-Smith the rest.',
    ]) expect(withoutReasonAside(text)).toBe(text);
    expect(withoutReasonAside('Book A1 - the aisle matters.', (word) => word === 'aisle')).toBe('Book A1 - the aisle matters.');
  });
});

describe('withoutReasonAside: a reason said before ", so" asks nothing', () => {
  it('keeps only the request after "so" when the statement before it has a subject and names nothing', () => {
    expect(withoutReasonAside("I don't want to be tracked more than needed, so marketing and personalisation cookies only please."))
      .toBe('marketing and personalisation cookies only please.');
    expect(withoutReasonAside("We're running late, so book the 9:40 train.")).toBe('book the 9:40 train.');
  });

  it('keeps a text whose part before "so" asks, wishes, names a value or a shown word, or has no subject', () => {
    for (const text of [
      'Please turn on Sync, so it stays current.',
      "I'd like the aisle, so book C1.",
      'I paid "Bob" twice, so refund one.',
      'Turn off Wi-Fi, so the battery lasts.',
      'Close the window so that it stays warm.',
      'We need it, so that it lasts.',
    ]) expect(withoutReasonAside(text)).toBe(text);
    expect(withoutReasonAside('I hate the noise, so mute it.', (word) => word === 'noise')).toBe('I hate the noise, so mute it.');
  });

  it('keeps a part before "so" that wants or needs a thing, names a state or negates it: the request itself', () => {
    for (const text of [
      "I don't want marketing cookies, so save my choices.",
      'I need analytics off, so save.',
      'We only need the essential cookies, so save my choices.',
      "The newsletter shouldn't be on, so save.",
      "I don't want to keep the newsletter, so save.",
      "We aren't staying long, so book C1.",
    ]) expect(withoutReasonAside(text)).toBe(text);
    // A wish about how the asker is treated stays a reason, unless it names a word the page shows.
    expect(withoutReasonAside("I don't want to be tracked by ads, so save.", (word) => word === 'ads')).toBe("I don't want to be tracked by ads, so save.");
  });
});
