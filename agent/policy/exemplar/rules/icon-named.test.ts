/** A glyph-only control named "Archive" is the control a page captions "Archive"; never another name or a worded caption. */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { groundTarget } from '../ground-target.js';
import { iconSaysCaption, saysIconName } from './icon-named.js';

describe('saysIconName', () => {
  it('takes a control that says the icon\'s name in words', () => {
    expect(saysIconName('▣', 'Archive', 'button', { role: 'button', text: 'Archive' })).toBe(true);
    expect(saysIconName('🗑', 'Remove', 'button', { role: 'button', text: '', label: 'remove' })).toBe(true);
  });
  it('takes nothing else: another name, a longer caption, a worded demonstrated caption, an icon with no name', () => {
    expect(saysIconName('▣', 'Archive', 'button', { role: 'button', text: 'Edit' })).toBe(false);
    expect(saysIconName('▣', 'Archive', 'button', { role: 'button', text: 'Archive all' })).toBe(false);
    expect(saysIconName('Save', 'Archive', 'button', { role: 'button', text: 'Archive' })).toBe(false);
    expect(saysIconName('▣', '', 'button', { role: 'button', text: '' })).toBe(false);
    expect(saysIconName('▣', '▣', 'button', { role: 'button', text: '▣' })).toBe(false);
    // A control of another role saying the name goes elsewhere: the sidebar's folder link "Archive".
    expect(saysIconName('▣', 'Archive', 'button', { role: 'link', text: 'Archive' })).toBe(false);
  });
});

describe('a deed named with the place it acts from', () => {
  it('takes the bin titled "Remove from basket" and the word "Remove" for one control, either way round', () => {
    expect(saysIconName('🗑', 'Remove from basket', 'button', { role: 'button', text: 'Remove' })).toBe(true);
    expect(iconSaysCaption('Remove', 'button', { role: 'button', text: '🗑', label: 'Remove from basket' })).toBe(true);
    expect(iconSaysCaption('Remove', 'button', { role: 'button', text: '🗑', label: 'Remove' })).toBe(true);
  });
  it('takes no other deed: "Remove all", "Empty basket", "Remove selected", a worded control, another role', () => {
    expect(saysIconName('🗑', 'Remove from basket', 'button', { role: 'button', text: 'Remove all' })).toBe(false);
    expect(saysIconName('🗑', 'Remove from basket', 'button', { role: 'button', text: 'Empty basket' })).toBe(false);
    expect(iconSaysCaption('Remove', 'button', { role: 'button', text: '🗑', label: 'Remove all' })).toBe(false);
    expect(iconSaysCaption('Remove', 'button', { role: 'button', text: '🗑', label: 'Empty basket' })).toBe(false);
    expect(iconSaysCaption('Remove', 'button', { role: 'button', text: '🗑', label: 'Remove selected' })).toBe(false);
    // A worded control is compared by its words as before, not by its name.
    expect(iconSaysCaption('Remove', 'button', { role: 'button', text: 'Delete', label: 'Remove from basket' })).toBe(false);
    expect(iconSaysCaption('Remove', 'button', { role: 'link', text: '🗑', label: 'Remove from basket' })).toBe(false);
    // A caption that is itself a glyph is no word to say.
    expect(iconSaysCaption('×', 'button', { role: 'button', text: '🗑', label: '×' })).toBe(false);
  });
});

describe('grounding a row\'s remove control shown as a bin or as a word', () => {
  /** One basket line: its name, "−", the count, "+", and the given remove controls; the line's container left out. */
  const line = (controls: Partial<UIElement>[]): UIElement[] => [
    { id: 2, role: 'text', tag: 'span', text: 'Pasta £1.50 each', parentId: 1, box: { x: 6, y: 20, width: 76, height: 16 }, states: {} },
    { id: 3, role: 'button', tag: 'button', text: '−', parentId: 1, attributes: { class: 'step', type: 'button' }, box: { x: 84, y: 22, width: 12, height: 12 }, states: {} },
    { id: 4, role: 'text', tag: 'span', text: '2', parentId: 1, box: { x: 98, y: 23, width: 12, height: 10 }, states: {} },
    { id: 5, role: 'button', tag: 'button', text: '+', parentId: 1, attributes: { class: 'step', type: 'button' }, box: { x: 112, y: 22, width: 12, height: 12 }, states: {} },
    ...controls.map((control, index) => ({ id: 6 + index, role: 'button', tag: 'button', text: '', parentId: 1, attributes: { class: 'rm', type: 'button' }, box: { x: 128 + 14 * index, y: 22, width: 12, height: 12 }, states: {}, ...control }) as UIElement),
  ] as UIElement[];
  const bin = { role: 'button', tag: 'button', text: '🗑', label: 'Remove from basket', attributes: { class: 'rm icon', type: 'button' }, box: { x: 128, y: 22, width: 12, height: 12 } };
  const word = { role: 'button', tag: 'button', text: 'Remove', attributes: { class: 'rm', type: 'button' }, box: { x: 128, y: 22, width: 26, height: 7 } };

  it('takes the word "Remove" for the demonstrated bin, and the bin for the demonstrated word', () => {
    expect(groundTarget(bin, [], line([{ text: 'Remove' }])).element?.id).toBe(6);
    expect(groundTarget(bin, [], line([{ text: 'Remove' }])).score).toBeGreaterThan(0.55);
    expect(groundTarget(word, [], line([{ text: '🗑', label: 'Remove from basket' }])).element?.id).toBe(6);
    expect(groundTarget(word, [], line([{ text: '🗑', label: 'Remove from basket' }])).score).toBeGreaterThan(0.55);
  });

  it('refuses two bins of the deed in one row, takes no "Remove from wishlist", "Remove all" or "Empty basket" for it', () => {
    const two = groundTarget(word, [], line([{ text: '🗑', label: 'Remove from basket' }, { text: '🗑', label: 'Remove from cart' }]));
    expect(two.score).toBeLessThan(0.55);
    // A heart's "Remove from wishlist" takes the line off another list: only the basket's bin is the demonstrated "Remove".
    const wish = line([{ text: '🗑', label: 'Remove from basket' }, { text: '♥', label: 'Remove from wishlist' }]);
    expect(groundTarget(word, [], wish).element?.label).toBe('Remove from basket');
    expect(groundTarget(word, [], line([{ text: '♥', label: 'Remove from wishlist' }])).score).toBeLessThan(0.55);
    expect(groundTarget(bin, [], line([{ text: 'Remove all' }])).score).toBeLessThan(0.55);
    expect(groundTarget(bin, [], line([{ text: 'Empty basket' }])).score).toBeLessThan(0.55);
    expect(groundTarget(word, [], line([{ text: '🗑', label: 'Empty basket' }])).score).toBeLessThan(0.55);
  });
});
