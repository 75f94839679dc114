import { describe, expect, it } from 'vitest';
import { classWords, controlKind, isWordless, kindOf, toggledState } from './planned-step.js';
import type { Step } from '../../core/trajectory.js';

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

describe('the state a click left a checkable control in (toggledState)', () => {
  const clickOn = (role: string, checked: boolean) =>
    ({ action: { type: 'click', target: { elementId: 1 } }, targets: [], observation: { text: '', elements: [{ id: 1, role, text: '18%', states: { checked }, box: { x: 0, y: 0, width: 10, height: 10 } }] } }) as unknown as Step;

  it('is the other state for a tick box, and checked for a radio even when it was chosen already (a preset pressed again)', () => {
    expect(toggledState(clickOn('checkbox', false))).toBe(true);
    expect(toggledState(clickOn('checkbox', true))).toBe(false);
    expect(toggledState(clickOn('radio', false))).toBe(true);
    expect(toggledState(clickOn('radio', true))).toBe(true);
  });
});
