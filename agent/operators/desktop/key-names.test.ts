import { describe, expect, it } from 'vitest';
import { nutKeyNames, parseHotkey, splitChord } from './key-names.js';

describe('key names', () => {
  it('maps Playwright chords to nut-js keys', () => {
    expect(nutKeyNames('Control+Shift+A')).toEqual(['LeftControl', 'LeftShift', 'A']);
    expect(nutKeyNames('Enter')).toEqual(['Enter']);
    expect(nutKeyNames('ArrowDown')).toEqual(['Down']);
    expect(nutKeyNames('Alt+F4')).toEqual(['LeftAlt', 'F4']);
    expect(nutKeyNames('Control+1')).toEqual(['LeftControl', 'Num1']);
    expect(nutKeyNames('Control+,')).toEqual(['LeftControl', 'Comma']);
  });

  it('names the unknown key in its error', () => {
    expect(() => nutKeyNames('Control+Frobnicate')).toThrow(/unknown key "Frobnicate"/);
    expect(() => splitChord('Control++A')).toThrow(/malformed/);
    expect(splitChord('Control++')).toEqual(['Control', '+']);
  });

  it('parses stop hotkeys against a uiohook key table', () => {
    const table = { Escape: 1, F12: 88, A: 30 };
    expect(parseHotkey('Control+Shift+F12', table)).toEqual({ ctrl: true, shift: true, alt: false, meta: false, keycode: 88 });
    expect(parseHotkey('esc', table).keycode).toBe(1);
    expect(() => parseHotkey('Control+Shift', table)).toThrow(/no key besides modifiers/);
    expect(() => parseHotkey('A+F12', table)).toThrow(/more than one/);
    expect(() => parseHotkey('Control+Nope', table)).toThrow(/unknown key "Nope"/);
  });
});
