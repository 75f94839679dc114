import { describe, expect, it } from 'vitest';
import { groundTarget } from '../ground-target.js';
import { advancesForm, purposeOf, sharedPurposeOf } from './control-purpose.js';

const button = (text: string, label?: string) => ({ role: 'button', text, ...(label ? { label } : {}) });

describe('control-purpose', () => {
  it('reads the captions of a form\'s step onward, arrows after them aside', () => {
    expect(['Review', 'Next', 'Continue', 'Next →', 'Proceed'].map(advancesForm)).toEqual([true, true, true, true, true]);
    expect(['Submit', 'Send $25.00', 'Back', 'Reviews'].map(advancesForm)).toEqual([false, false, false, false]);
  });

  it('pairs a step onward with a step onward, a sender with a sender, never one with the other', () => {
    expect(sharedPurposeOf(button('Review'), button('Continue'))).toBe('advance');
    expect(sharedPurposeOf(button('Review'), button('Next'))).toBe('advance');
    expect(sharedPurposeOf(button('Submit'), button('Go'))).toBe('commit');
    expect(sharedPurposeOf(button('Submit'), button('Next'))).toBeUndefined();
    expect(sharedPurposeOf(button('Review'), button('Submit'))).toBeUndefined();
    expect(sharedPurposeOf(button('Review'), { role: 'text', text: 'Continue' })).toBeUndefined();
  });

  it('keeps the purposes of the other rules as they were ("continue" still commits, "next" names none of them)', () => {
    expect(purposeOf('Continue')).toBe('commit');
    expect(purposeOf('Next')).toBeUndefined();
  });

  it('reads a sender carrying the amount it sends by its verb ("Pay $26.35" commits as "Confirm" does)', () => {
    expect(['Pay $26.35', 'Send $6.15', 'Send 12.00 EUR', 'Pay'].map(purposeOf)).toEqual(['commit', 'commit', 'commit', 'commit']);
    expect(sharedPurposeOf(button('Confirm'), button('Pay $26.35'))).toBe('commit');
    // An amount alone, or an amount after a word of no purpose, names none.
    expect(['$26.35', 'Total $26.35', 'Edit $26.35'].map(purposeOf)).toEqual([undefined, undefined, undefined]);
    // Only a verb that moves money carries its sum: a coupon's "Save $5", "Apply $10" and "Accept €50" name no sending.
    expect(['Save $5', 'Apply $10', 'Accept €50', 'Done 12 EUR', 'Transfer €5'].map(purposeOf)).toEqual([undefined, undefined, undefined, undefined, 'commit']);
    expect(sharedPurposeOf(button('Confirm'), button('Back'))).toBeUndefined();
  });

  it('pairs the go-ahead captions of a payment dialog ("Confirm" / "Pay now" / "Place order"), never with a back-out or a step onward', () => {
    expect(sharedPurposeOf(button('Pay now'), button('Confirm'))).toBe('commit');
    expect(sharedPurposeOf(button('Confirm'), button('Place order'))).toBe('commit');
    expect(sharedPurposeOf(button('Place order'), button('Pay now'))).toBe('commit');
    for (const [a, b] of [['Pay now', 'Cancel'], ['Place order', 'Next'], ['Pay now', 'Close'], ['Place order', 'Order details']]) {
      expect(sharedPurposeOf(button(a!), button(b!)), `${a} / ${b}`).toBeUndefined();
    }
  });

  it('presses the one go-ahead of a confirm dialog captioned anew ("Pay now" there, "Confirm" here), and refuses two', () => {
    let id = 1;
    const dialog = { id: id++, role: 'dialog', text: 'Order again from Noodle Bar? Ramen — £17.64', states: {}, box: { x: 10, y: 36, width: 140, height: 40 }, source: 'dom' as const, interactive: false };
    const inDialog = (text: string, x: number, cls: string) => ({ id: id++, role: 'button', tag: 'button', text, parentId: dialog.id, states: {}, box: { x, y: 60, width: 40, height: 15 }, source: 'dom' as const, interactive: true, attributes: { class: cls, type: 'button' } });
    const payNow = { role: 'button', tag: 'button', text: 'Pay now', attributes: { class: 'yes', type: 'button' }, ordinal: 0, box: { x: 15, y: 60, width: 50, height: 15 } };
    const confirm = inDialog('Confirm', 15, 'yes');
    const grounding = groundTarget(payNow, [], [dialog, confirm, inDialog('Cancel', 60, 'no')], { inDialog: true });
    expect(grounding.element?.id).toBe(confirm.id);
    expect(grounding.score).toBeGreaterThanOrEqual(0.55);
    // Two buttons that could go ahead: which one pays is a guess.
    expect(groundTarget(payNow, [], [dialog, inDialog('Confirm', 15, 'yes'), inDialog('Place order', 60, 'yes')], { inDialog: true }).score).toBeLessThan(0.55);
  });
});
