// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import type { DomElement, DomStyle } from '../dom-types.js';
import { declaredLabelOf } from './labels.js';
import { isTransparentControl, transparentControlName } from './transparent-controls.js';

const style = (overrides: Partial<DomStyle> = {}): DomStyle =>
  ({ display: 'inline-block', visibility: 'visible', opacity: '0', cursor: 'auto', overflowX: 'visible', overflowY: 'visible', pointerEvents: 'auto', position: 'absolute', ...overrides }) as DomStyle;

describe('transparent controls (layout in real Chromium: test/integration/painted-controls.test.ts)', () => {
  it('are checkboxes, radios, file inputs and selects at opacity 0 that are laid out and not hidden from assistive tech', () => {
    const { $ } = setBody(`<input type="checkbox" id="c"><input type="radio" id="r"><input type="file" id="f"><select id="s"></select>
      <input type="text" id="t"><textarea id="a"></textarea><button id="b">Go</button><input type="checkbox" id="h" aria-hidden="true">`);
    const transparent = (id: string, overrides?: Partial<DomStyle>) => isTransparentControl($(`#${id}`) as unknown as DomElement, $(`#${id}`).tagName, style(overrides));
    expect(['c', 'r', 'f', 's'].map((id) => transparent(id))).toEqual([true, true, true, true]);
    // A field a person types into hidden at opacity 0 is a key sink (a web terminal's), and a button is no painted-over control.
    expect(['t', 'a', 'b'].map((id) => transparent(id))).toEqual([false, false, false]);
    expect(transparent('h')).toBe(false);
    expect(transparent('c', { opacity: '0.5' })).toBe(false);
    expect(transparent('c', { display: 'none' })).toBe(false);
  });

  it("are named by the page's label for them before any text beside them", () => {
    const { $, document } = setBody(`<p>Sounds <input type="checkbox" id="plain"></p><p>Sounds <input type="checkbox" id="named" aria-label="Autoplay"></p>`);
    const name = (id: string) =>
      transparentControlName($(`#${id}`) as unknown as DomElement, 'INPUT', (element, tag) => declaredLabelOf(element, tag, document as never), () => 'the text before');
    expect(name('named')).toBe('Autoplay');
    expect(name('plain')).toBe('the text before');
  });
});
