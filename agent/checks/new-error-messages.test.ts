import { describe, expect, it } from 'vitest';
import { isErrorMessage, newErrorMessages } from './new-error-messages.js';

const text = (value: string, extra: object = {}) => ({ role: 'text', text: value, ...extra });

describe('new error messages', () => {
  const task = 'Fill in the required fields and press Submit.';

  it('finds a validation message that appeared since the start', () => {
    const before = [text('Name'), text('E-mail')];
    const now = [text('Name'), text('E-mail'), text('Please enter a valid e-mail address.')];
    expect(newErrorMessages(before, now, task)).toEqual(['Please enter a valid e-mail address.']);
  });

  it('finds an alert or an element styled as an error, whatever its words', () => {
    expect(newErrorMessages([], [{ role: 'alert', text: 'Nope.' }], task)).toEqual(['Nope.']);
    expect(newErrorMessages([], [{ role: 'alertdialog', text: 'Saving failed' }], task)).toEqual(['Saving failed']);
  });

  it('takes an alert that says the input went well for no refusal (a GTK "Information" box, a thank-you)', () => {
    expect(newErrorMessages([], [{ role: 'alert', text: 'Information' }, { role: 'alert', text: 'Thank you, your account is created.' }], task)).toEqual([]);
    // Error words win over success words in one message.
    expect(newErrorMessages([], [{ role: 'alert', text: 'Account not created: e-mail is required' }], task)).toEqual(['Account not created: e-mail is required']);
  });

  it('finds an element styled as an error, whatever its words', () => {
    expect(newErrorMessages([], [text('That will not do', { attributes: { class: 'field-error small' } })], task)).toEqual(['That will not do']);
  });

  it('ignores a message that was already there, the task\'s own words, controls and long prose', () => {
    const before = [text('Password is required')];
    expect(newErrorMessages(before, [text('Password is required')], task)).toEqual([]);
    expect(isErrorMessage(text('Fill in the required fields and press Submit.'), task)).toBe(false);
    expect(isErrorMessage({ role: 'button', text: 'Try again' }, task)).toBe(false);
    expect(isErrorMessage(text(`The error of our ways ${'is long '.repeat(30)}`), task)).toBe(false);
    expect(isErrorMessage(text('Welcome aboard, ada@example.org!'), task)).toBe(false);
  });

  it('keeps one message when a container repeats its child\'s text', () => {
    const now = [{ role: 'group', text: 'Invalid code' }, text('Invalid code')];
    expect(newErrorMessages([], now, task)).toEqual(['Invalid code']);
  });
});
