/** A glyph-only control named "Archive" is the control a page captions "Archive"; never another name or a worded caption. */
import { describe, expect, it } from 'vitest';
import { saysIconName } from './icon-named.js';

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
