// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import { createClickDetector } from './click-handlers.js';
import { createInlineOnlyCheck } from './inline-text.js';
import { attributesOf } from './attributes.js';
import { svgHasContent, svgName } from './svg.js';

describe('createInlineOnlyCheck', () => {
  it('is true for text and inline formatting, false with a block, a control, a role, a listener or a tabindex inside', () => {
    const { document, window, $ } = setBody(`
      <p id="plain">Hello <b>bold <i>world</i></b></p><span id="block">a <div>b</div></span><p id="control">a <span><input></span></p>
      <p id="role">a <span role="button">b</span></p><p id="listener">a <span onclick="void 0">b</span></p><p id="tab">a <span tabindex="0">b</span></p>`);
    const inlineOnly = createInlineOnlyCheck(createClickDetector(window, document, []));
    expect(['plain', 'block', 'control', 'role', 'listener', 'tab'].map((id) => inlineOnly($(`#${id}`)))).toEqual([true, false, false, false, false, false]);
  });
});

describe('attributesOf', () => {
  it('keeps the listed non-empty attributes, collapsed and cut to 120 characters', () => {
    const { $ } = setBody(`<a id="x" class="  a   b " href="${'h'.repeat(200)}" title="" data-other="1">x</a><span id="none"></span>`);
    expect(attributesOf($('#x'))).toEqual({ id: 'x', class: 'a b', href: 'h'.repeat(120) });
    expect(attributesOf($('#none'))).toEqual({ id: 'none' });
  });
});

describe('svg', () => {
  it('names an icon by aria-label, title or its <title>, and tells a chart from decoration', () => {
    const { $ } = setBody(`
      <svg id="named"><title>Edit</title><path d="M0 0"></path></svg><svg id="drawing"><path d="M0 0"></path></svg>
      <svg id="chart"><text>Sales</text></svg><svg id="bars"><rect id="bar"></rect></svg>`);
    expect(svgName($('#named'))).toBe('Edit');
    const never = () => false;
    expect(svgHasContent($('#drawing'), never)).toBe(false);
    expect(svgHasContent($('#chart'), never)).toBe(true);
    expect(svgHasContent($('#bars'), (element) => element.id === 'bar')).toBe(true);
  });
});
