// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import type { DomElement, DomStyle } from '../dom-types.js';
import { seenText } from './seen-text.js';

/** jsdom lays nothing out: each element's display is the one its data-display gives, inline otherwise. */
const styleOf = (element: DomElement): DomStyle => ({
  display: element.getAttribute('data-display') ?? 'inline',
  visibility: 'visible',
  opacity: '1',
  cursor: 'auto',
  overflowX: 'visible',
  overflowY: 'visible',
  pointerEvents: 'auto',
  position: 'static',
});

describe('seenText', () => {
  it('keeps a block child apart from the words beside it ("Thu" over "16" reads "Thu 16")', () => {
    const { $ } = setBody(`
      <button id="chip" data-display="inline-block">Thu<span data-display="block">16</span></button>
      <button id="plain" data-display="inline-block">Book <b>now</b></button>
      <button id="inline" data-display="inline-block">Thu<span>16</span></button>`);
    expect(seenText($('#chip'), styleOf)).toBe('Thu 16');
    // Nothing hidden and nothing glued: undefined, the caller's own reading stands.
    expect(seenText($('#plain'), styleOf)).toBeUndefined();
    expect(seenText($('#inline'), styleOf)).toBeUndefined();
  });
});
