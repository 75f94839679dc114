/**
 * Key names in the Action vocabulary (Playwright's: "Enter", "Control+A",
 * "Shift+ArrowDown") → nut-js Key enum names and uiohook key codes. Pure.
 */

/** Playwright-style name (lower-cased) → nut-js `Key` member name. */
const NUT_KEY_NAMES: Record<string, string> = {
  control: 'LeftControl', ctrl: 'LeftControl', controlormeta: 'LeftControl',
  shift: 'LeftShift', alt: 'LeftAlt', option: 'LeftAlt', meta: 'LeftSuper', super: 'LeftSuper', cmd: 'LeftSuper', command: 'LeftSuper',
  enter: 'Enter', return: 'Enter', tab: 'Tab', escape: 'Escape', esc: 'Escape', backspace: 'Backspace',
  delete: 'Delete', insert: 'Insert', home: 'Home', end: 'End', pageup: 'PageUp', pagedown: 'PageDown',
  arrowup: 'Up', arrowdown: 'Down', arrowleft: 'Left', arrowright: 'Right', up: 'Up', down: 'Down', left: 'Left', right: 'Right',
  space: 'Space', ' ': 'Space', capslock: 'CapsLock', printscreen: 'Print', contextmenu: 'Menu',
  '-': 'Minus', '=': 'Equal', '[': 'LeftBracket', ']': 'RightBracket', '\\': 'Backslash', ';': 'Semicolon',
  "'": 'Quote', ',': 'Comma', '.': 'Period', '/': 'Slash', '`': 'Grave',
};

/** The nut-js Key member names for a chord like "Control+Shift+A". @throws RangeError naming an unknown key. */
export function nutKeyNames(chord: string): string[] {
  return splitChord(chord).map((part) => {
    const lower = part.toLowerCase();
    const mapped = NUT_KEY_NAMES[lower];
    if (mapped) return mapped;
    if (/^[a-z]$/.test(lower)) return lower.toUpperCase();
    if (/^[0-9]$/.test(lower)) return `Num${lower}`;
    if (/^digit[0-9]$/.test(lower)) return `Num${lower.slice(5)}`;
    if (/^key[a-z]$/.test(lower)) return lower.slice(3).toUpperCase();
    if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return lower.toUpperCase();
    throw new RangeError(`unknown key "${part}" in "${chord}"`);
  });
}

/** Split "Control+A" into ["Control", "A"]; a lone "+" or a trailing "++" means the plus key. */
export function splitChord(chord: string): string[] {
  if (chord === '+') return ['+'];
  const parts = chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  if (parts.some((part) => part === '')) throw new RangeError(`malformed key chord "${chord}"`);
  return parts;
}

export interface HotkeySpec {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
  /** uiohook-napi key code of the non-modifier key. */
  keycode: number;
}

const MODIFIERS = new Set(['control', 'ctrl', 'shift', 'alt', 'meta', 'super', 'cmd']);

/**
 * Parse a stop-hotkey chord ("Control+Shift+F12") against uiohook's key table.
 * @param keyTable uiohook-napi's `UiohookKey` object.
 * @throws RangeError for an unknown key or a chord without exactly one non-modifier key.
 */
export function parseHotkey(chord: string, keyTable: Record<string, number>): HotkeySpec {
  const parts = splitChord(chord);
  const spec: HotkeySpec = { ctrl: false, shift: false, alt: false, meta: false, keycode: -1 };
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (MODIFIERS.has(lower)) {
      if (lower === 'control' || lower === 'ctrl') spec.ctrl = true;
      else if (lower === 'shift') spec.shift = true;
      else if (lower === 'alt') spec.alt = true;
      else spec.meta = true;
      continue;
    }
    if (spec.keycode !== -1) throw new RangeError(`hotkey "${chord}" has more than one non-modifier key`);
    const name = Object.keys(keyTable).find((key) => key.toLowerCase() === lower || (lower === 'esc' && key === 'Escape'));
    if (name === undefined) throw new RangeError(`unknown key "${part}" in hotkey "${chord}"`);
    spec.keycode = keyTable[name]!;
  }
  if (spec.keycode === -1) throw new RangeError(`hotkey "${chord}" has no key besides modifiers`);
  return spec;
}
