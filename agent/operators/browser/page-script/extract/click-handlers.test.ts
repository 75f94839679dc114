// @vitest-environment jsdom
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import { CLICKABLE_KEY, createClickDetector } from './click-handlers.js';

describe('createClickDetector', () => {
  it('sees on* attributes and properties, d3 listeners, the tracker set and forced nodes', () => {
    const { document, window, $ } = setBody(`
      <div id="attr" onclick="void 0"></div><div id="prop"></div><div id="d3v3"></div><div id="d3v4"></div>
      <div id="tracked"></div><div id="forced"></div><div id="plain"></div>`);
    ($('#prop') as unknown as { onclick: () => void }).onclick = () => undefined;
    ($('#d3v3') as unknown as Record<string, unknown>).__onclick = () => undefined;
    ($('#d3v4') as unknown as Record<string, unknown>).__on = [{ type: 'mousedown' }];
    window[Symbol.for(CLICKABLE_KEY)] = new Set([$('#tracked')]);
    const clickable = createClickDetector(window, document, [$('#forced')]);
    expect(['attr', 'prop', 'd3v3', 'd3v4', 'tracked', 'forced', 'plain'].map((id) => clickable($(`#${id}`)))).toEqual([true, true, true, true, true, true, false]);
    delete window[Symbol.for(CLICKABLE_KEY)];
  });

  it("reads jQuery's handler store: direct handlers and delegated ones within their container", () => {
    const { document, window, $ } = setBody(`
      <ul id="menu"><li class="item" id="in-menu">a</li></ul><li class="item" id="outside">b</li><button id="direct">c</button>`);
    const jquery = createRequire(import.meta.url)('jquery') as (selector: unknown) => { on(...args: unknown[]): void };
    (window as unknown as { jQuery: unknown }).jQuery = jquery;
    jquery($('#direct')).on('click', () => undefined);
    jquery($('#menu')).on('click', '.item', () => undefined);
    const clickable = createClickDetector(window, document, []);
    expect(clickable($('#direct'))).toBe(true);
    expect(clickable($('#in-menu'))).toBe(true);
    expect(clickable($('#outside'))).toBe(false);
    // The container holds the delegated handler in its own store, so it counts as listening too.
    expect(clickable($('#menu'))).toBe(true);
    delete (window as unknown as { jQuery?: unknown }).jQuery;
  });
});
