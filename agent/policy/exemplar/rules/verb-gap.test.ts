import { describe, expect, it } from 'vitest';
import { verbGap, verbKeys } from './verb-gap.js';

describe('verb-gap', () => {
  it('names the verbs as the texts said them, not by the key they share with a synonym', () => {
    // "unstar" is kept under the key "unlike": the message said "asks to unlike" for a text that never said it.
    expect(verbGap('Star the message from Bob.', 'Unstar the message from Bob.')).toBe("this task asks to unstar where the demonstration's asked to star");
    expect(verbGap('Add cheddar to the list.', 'Take cheddar off the list.')).toMatch(/asks to delete where the demonstration's asked to add/);
  });

  it('reads signing up as sending a sign-up form: no request of its own beside setting up a plan', () => {
    expect(verbGap('Can you set up a Family plan for Lena Moreau? Bill it yearly.', 'Sign Noor Akana up for the Student membership, billed yearly.')).toBeUndefined();
    expect(verbGap('Could you register me at the climbing gym? I\'m Kenji Pike - Student plan.', 'Emil Pike wants Basic, monthly billing')).toBeUndefined();
  });

  it('keeps logging in apart from signing up, and a distinct request apart from a sign-up', () => {
    expect(verbGap('Register Lara Costa with the password "x7Q".', 'Log in as Lara Costa with the password "x7Q".')).toMatch(/log/);
    expect(verbGap('Register Lara Costa.', 'Archive Lara Costa.')).toMatch(/archive/);
  });

  it('reads "mark it high" as giving the ticket a value, no box ticked, even where "high" is no value the readers found', () => {
    expect(verbKeys('I need help with billing: "Export to CSV is empty" - mark it high.', [])).not.toContain('check');
    expect(verbKeys('Flag them urgent.', [])).not.toContain('check');
    expect(verbGap('Ticket: "Locked out after 2FA" (Other, normal)', 'I need help with billing: "Export to CSV is empty" - mark it high.')).toBeUndefined();
  });

  it('keeps "mark" a tick where a common word or a verb follows the pronoun', () => {
    expect(verbKeys('Mark it and save.', [])).toContain('check');
    expect(verbKeys('Mark them, then send.', [])).toContain('check');
    expect(verbKeys('Mark it then delete it.', [])).toContain('check');
    expect(verbKeys('Mark it as done.', [])).toContain('check');
  });

  it('keeps "mark" a tick where a state a tick gives, or a word pointing back, follows the pronoun', () => {
    for (const text of ['Mark it done.', 'Mark it read.', 'Mark it complete.', 'Mark them both as done.', 'Mark them all done.', 'Mark it checked.']) {
      expect(verbKeys(text)).toContain('check');
      expect(verbKeys(text)).not.toContain('make');
    }
    // "flag" is no ticking verb of intent-words.ts: no verb at all, and still no value given.
    expect(verbKeys('Flag it yourself.')).not.toContain('make');
    expect(verbGap('Mark it done.', 'Mark it as done.')).toBeUndefined();
    expect(verbGap('Mark it done.', 'Mark it urgent.')).toBeDefined();
    expect(verbGap('Mark them both as done.', 'Flag them urgent.')).toBeDefined();
  });

  it('reads reporting a fault as sending an issue form, as filing or logging it is; reporting a post stays its own request', () => {
    expect(verbKeys('Report a problem with the sign-in page titled Reset link expires at once.')).not.toContain('report');
    expect(verbGap('Report a problem with the checkout titled Pay button does nothing (minor).', 'The checkout: "Pressing Pay does nothing." Log it as "Pay button does nothing", minor.')).toBeUndefined();
    expect(verbKeys("Report @maria's post.")).toContain('report');
    expect(verbGap("Report @maria's post.", "Like @omar's post.")).toBeDefined();
  });


  it('reads a verb word that modifies a noun as naming a place, no request; a verb still asks, and a pressed control still does', () => {
    const demo = 'Report a problem with the profile page titled Avatar upload fails (minor).';
    expect(verbGap(demo, 'File a bug on the search box: "Filters reset on page 2". It\'s blocking.')).toBeUndefined();
    expect(verbGap(demo, 'new issue | Remember me is ignored | the login screen | just cosmetic')).toBeUndefined();
    expect(verbGap(demo, 'File a bug on search results: "Filters reset on page 2". Minor.')).toBeUndefined();
    // Used as a verb it asks for itself; a modifier in one text still meets the other's verb.
    expect(verbGap(demo, 'Search for "Filters reset on page 2".')).toMatch(/search/);
    expect(verbGap('Look up "pixel" with the search box.', 'Type "oyster" in the search field and press OK.')).toBeUndefined();
    expect(verbGap('Click the delete button of "Ann".', 'Click "Bob".')).toMatch(/delete/);
  });

  it('reads "see what\'s available" as the search "Find flights" asks, and a search asked where the other text asks another request still apart', () => {
    expect(verbGap('Find flights from Madrid to Prague on 17 Mar.', "I'm flying Madrid to Dublin on March 18 - see what's available.")).toBeUndefined();
    expect(verbGap("I'm flying Vienna to Prague on Tue the 11th for 2 of us - see what's available.", 'Could you look for Prague flights out of Lisbon on March 19 for three of us?')).toBeUndefined();
    expect(verbGap('Book the Oak Hall for Friday.', "The Oak Hall on Friday - see what's available.")).toMatch(/search/);
    expect(verbGap("The Oak Hall on Friday - see what's available.", 'Delete the Oak Hall booking on Friday.')).toMatch(/delete|search/);
  });
});

