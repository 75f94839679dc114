// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import { collapse, cut, explicitRole } from './dom-text.js';
import { controlRole, isEditableRoot } from './roles.js';

describe('controlRole', () => {
  it('gives native controls their role and everything else none', () => {
    const { $ } = setBody(`
      <input id="text"><input id="hidden" type="hidden"><input id="check" type="checkbox"><input id="radio" type="radio">
      <input id="range" type="range"><input id="submit" type="submit"><input id="mail" type="email"><textarea id="area"></textarea>
      <select id="one"></select><select id="many" multiple></select><select id="sized" size="4"></select>
      <button id="button"></button><a id="link" href="#">x</a><a id="anchor">x</a><details><summary id="summary">s</summary></details><div id="div"></div>`);
    const role = (id: string) => controlRole($(`#${id}`), $(`#${id}`).tagName.toUpperCase());
    expect(['text', 'hidden', 'check', 'radio', 'range', 'submit', 'mail', 'area'].map(role)).toEqual(['textbox', '', 'checkbox', 'radio', 'slider', 'button', 'textbox', 'textbox']);
    expect(['one', 'many', 'sized', 'button', 'link', 'anchor', 'summary', 'div'].map(role)).toEqual(['combobox', 'listbox', 'listbox', 'button', 'link', '', 'button', '']);
  });

  it('finds the outermost contenteditable element only', () => {
    const { $ } = setBody(`<div id="outer" contenteditable="true"><p id="inner" contenteditable="true">x</p></div><div id="off" contenteditable="false"></div>`);
    // jsdom has no isContentEditable: mark the outer one as a browser would.
    Object.defineProperty($('#outer'), 'isContentEditable', { value: true });
    expect([isEditableRoot($('#outer')), isEditableRoot($('#inner')), isEditableRoot($('#off'))]).toEqual([true, false, false]);
  });
});

describe('text helpers', () => {
  it('collapses whitespace, cuts with an ellipsis, reads the first role token', () => {
    expect(collapse('  a \n\t b ')).toBe('a b');
    expect(collapse(null)).toBe('');
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('abc', 4)).toBe('abc');
    const { $ } = setBody(`<div id="r" role=" Button link"></div>`);
    expect(explicitRole($('#r'))).toBe('button');
  });
});
