import { describe, expect, it } from 'vitest';
import { judgeTyping } from './landing-check.js';

const field = (text: string, focused = true, extra: object = {}) => ({ text, masked: false, focused, ...extra });

describe('judgeTyping', () => {
  it('accepts text that reached the field, formatting aside', () => {
    expect(judgeTyping(3, 'Ada', field(''), field('Ada'))).toBeUndefined();
    expect(judgeTyping(3, '5551234', field(''), field('(555) 1234'))).toBeUndefined();
    // The focus moved on (an autocomplete), but the field holds the text.
    expect(judgeTyping(3, 'Ada', field(''), field('Ada', false))).toBeUndefined();
  });

  it('reports keystrokes that went elsewhere', () => {
    expect(judgeTyping(3, 'Ada', field(''), field('', false, { focusedElsewhere: '<button> "OK"' }))).toMatchObject({
      ok: false,
      code: 'misdirected',
      error: expect.stringContaining('the focus is on <button> "OK"'),
    });
    // Part of it arrived before a pop-up took the focus.
    expect(judgeTyping(3, 'oyster', field(''), field('oy', false))).toMatchObject({ ok: false, code: 'misdirected' });
    // Nothing arrived though the field kept the focus (a page that swallows keys).
    expect(judgeTyping(3, 'Ada', field('x'), field('x'))).toMatchObject({ ok: false, code: 'misdirected' });
  });

  it('does not judge a password field or a field it could not read', () => {
    expect(judgeTyping(3, 'secret', { ...field(''), masked: true }, { ...field('', false), masked: true })).toBeUndefined();
    expect(judgeTyping(3, 'Ada', undefined, field(''))).toBeUndefined();
  });
});
