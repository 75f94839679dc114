// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import { createClickDetector } from './click-handlers.js';
import { createInlineOnlyCheck } from './inline-text.js';
import { glyphLabel, labelOf, nameOf, ownLabelText, textJustBefore } from './labels.js';

const page = (html: string) => {
  const { document, window, $ } = setBody(html);
  const isInlineOnly = createInlineOnlyCheck(createClickDetector(window, document, []));
  return { document, $, label: (selector: string) => labelOf($(selector), $(selector).tagName.toUpperCase(), isInlineOnly, document), isInlineOnly };
};

describe('labelOf', () => {
  it('takes aria-labelledby, then aria-label, then <label>, then placeholder, then title, then the text before', () => {
    const { label } = page(`
      <span id="a">Alpha</span><span id="b">Beta</span>
      <input id="one" aria-labelledby="a b" aria-label="ignored">
      <input id="two" aria-label=" Two  words " placeholder="ignored">
      <label for="three">Three</label><input id="three" placeholder="ignored">
      <input id="four" placeholder="Four" title="ignored">
      <select id="five" title="Five"></select>
      <p>Username: <input id="six"></p>`);
    expect(label('#one')).toBe('Alpha Beta');
    expect(label('#two')).toBe('Two words');
    expect(label('#three')).toBe('Three');
    expect(label('#four')).toBe('Four');
    expect(label('#five')).toBe('Five');
    expect(label('#six')).toBe('Username');
  });

  it('joins several labels and leaves out the text of controls nested in a label', () => {
    const { label, $ } = page(`<label for="x">First</label><label>Second <select id="x"><option>Red</option></select></label>`);
    expect(label('#x')).toBe('First Second');
    expect(ownLabelText($('label:nth-of-type(2)'))).toBe('Second');
  });
});

describe('textJustBefore', () => {
  it('reads the short text or inline-only element just before, past <br>, and stops at a control or a box holding blocks', () => {
    const { $, isInlineOnly } = page(`
      <div><b>City:</b><br><input id="city"></div>
      <div><input id="other"><input id="after-control"></div>
      <div><div><p>Block</p><p>more</p></div><input id="after-block"></div>
      <div>${'long '.repeat(20)}<input id="after-long"></div>`);
    expect(textJustBefore($('#city'), isInlineOnly)).toBe('City');
    expect(textJustBefore($('#after-control'), isInlineOnly)).toBe('');
    expect(textJustBefore($('#after-block'), isInlineOnly)).toBe('');
    expect(textJustBefore($('#after-long'), isInlineOnly)).toBe('');
  });
});

describe('nameOf and glyphLabel', () => {
  it('names a button by its text, a value, aria, labelledby or an image alt', () => {
    const { $, document } = page(`
      <button id="t"> Save  now </button><input id="v" type="submit" value="Send">
      <button id="a" title="Close"></button><span id="n">Named</span><button id="l" aria-labelledby="n"></button>
      <a id="i" href="#"><img alt="Home"></a>`);
    const name = (selector: string) => nameOf($(selector), $(selector).tagName.toUpperCase(), document);
    expect([name('#t'), name('#v'), name('#a'), name('#l'), name('#i')]).toEqual(['Save now', 'Send', 'Close', 'Named', 'Home']);
  });

  it('labels a glyph-only control by aria-label, title or its icon title, and a worded one only by aria-label', () => {
    const { $ } = page(`
      <button id="x" title="Delete">×</button><button id="w" title="ignored">Remove</button>
      <button id="s"><svg><title>Edit</title></svg></button><button id="a" aria-label="Close">Close it</button>`);
    expect(glyphLabel($('#x'), '×')).toBe('Delete');
    expect(glyphLabel($('#w'), 'Remove')).toBe('');
    expect(glyphLabel($('#s'), '')).toBe('Edit');
    expect(glyphLabel($('#a'), 'Close it')).toBe('Close');
  });
});
