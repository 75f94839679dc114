import { describe, expect, it } from 'vitest';
import { normaliseKeyChord } from './key-names.js';

describe('normaliseKeyChord', () => {
  it('maps the names models write to Playwright key names', () => {
    expect(normaliseKeyChord('ctrl+a')).toBe('Control+a');
    expect(normaliseKeyChord('Cmd+Shift+z')).toBe('Meta+Shift+z');
    expect(normaliseKeyChord('Return')).toBe('Enter');
    expect(normaliseKeyChord('esc')).toBe('Escape');
    expect(normaliseKeyChord('pgdn')).toBe('PageDown');
    expect(normaliseKeyChord('f5')).toBe('F5');
    expect(normaliseKeyChord('Alt+Tab')).toBe('Alt+Tab');
  });

  it('leaves single characters and unknown names for Playwright to judge', () => {
    expect(normaliseKeyChord('+')).toBe('+');
    expect(normaliseKeyChord('a')).toBe('a');
    expect(normaliseKeyChord('Hyper+q')).toBe('Hyper+q');
  });
});
