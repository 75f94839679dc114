import { describe, expect, it } from 'vitest';
import { classWords, controlKind, isWordless, kindOf } from './planned-step.js';

const withClass = (name: string) => ({ attributes: { class: name } });

describe('the readings of an element every rule shares', () => {
  it('reads class tokens, or the letter words of three letters or more that name an icon', () => {
    expect(classWords(withClass('  Fa fa-trash-o\tICON '))).toEqual(['fa', 'fa-trash-o', 'icon']);
    expect(classWords(withClass('  Fa fa-trash-o\tICON '), { letters: true })).toEqual(['trash', 'icon']);
    expect(classWords(withClass('btn-2 x'), { letters: true })).toEqual(['btn']);
    expect(classWords({})).toEqual([]);
    expect(classWords({}, { letters: true })).toEqual([]);
  });

  it('calls an element wordless only when neither its text nor its label holds a letter or digit', () => {
    expect(isWordless({ text: '★' })).toBe(true);
    expect(isWordless({ text: ' ♡ ', label: '' })).toBe(true);
    expect(isWordless({ text: '▤', label: 'Archive' })).toBe(false);
    expect(isWordless({ text: '3' })).toBe(false);
    expect(isWordless({ text: 'Élan' })).toBe(false);
  });

  it('keys the kind of a control by role, tag and class, whatever its caption', () => {
    const more = { role: 'button', tag: 'button', text: 'Load more', attributes: { class: 'pager more' } };
    expect(controlKind(more)).toBe('button|button|pager more');
    const older = { ...more, text: 'Show older' };
    expect(controlKind(older)).toBe(controlKind(more));
    expect(controlKind({ role: 'link' })).toBe('link||');
    expect(controlKind({ ...more, attributes: { class: 'pager' } })).not.toBe(controlKind(more));
    // kindOf adds whether the element carries a name of its own.
    expect(kindOf(more)).toBe('button|button|pager more|');
    expect(kindOf({ ...more, label: 'Next page' })).toBe('button|button|pager more|named');
  });
});
