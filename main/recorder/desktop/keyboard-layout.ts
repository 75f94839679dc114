/**
 * uiohook key codes → what the key means on a US keyboard: the character it
 * types (with and without Shift) or its key name in the Action `press`
 * vocabulary (Playwright names). uiohook reports scan-code-like key codes,
 * never characters, so the layout is ours to apply. Other layouts would need
 * their own table; US is what Xvfb and most CI machines use.
 */

/** Printable keys: code → [unshifted, shifted]. Codes are uiohook's (UiohookKey). */
const PRINTABLE: ReadonlyMap<number, readonly [string, string]> = new Map([
  // digits row
  [41, ['`', '~']], [2, ['1', '!']], [3, ['2', '@']], [4, ['3', '#']], [5, ['4', '$']], [6, ['5', '%']],
  [7, ['6', '^']], [8, ['7', '&']], [9, ['8', '*']], [10, ['9', '(']], [11, ['0', ')']], [12, ['-', '_']], [13, ['=', '+']],
  // letters
  [16, ['q', 'Q']], [17, ['w', 'W']], [18, ['e', 'E']], [19, ['r', 'R']], [20, ['t', 'T']], [21, ['y', 'Y']], [22, ['u', 'U']],
  [23, ['i', 'I']], [24, ['o', 'O']], [25, ['p', 'P']], [26, ['[', '{']], [27, [']', '}']], [43, ['\\', '|']],
  [30, ['a', 'A']], [31, ['s', 'S']], [32, ['d', 'D']], [33, ['f', 'F']], [34, ['g', 'G']], [35, ['h', 'H']], [36, ['j', 'J']],
  [37, ['k', 'K']], [38, ['l', 'L']], [39, [';', ':']], [40, ["'", '"']],
  [44, ['z', 'Z']], [45, ['x', 'X']], [46, ['c', 'C']], [47, ['v', 'V']], [48, ['b', 'B']], [49, ['n', 'N']], [50, ['m', 'M']],
  [51, [',', '<']], [52, ['.', '>']], [53, ['/', '?']],
  [57, [' ', ' ']],
  // numeric keypad (NumLock on)
  [82, ['0', '0']], [79, ['1', '1']], [80, ['2', '2']], [81, ['3', '3']], [75, ['4', '4']], [76, ['5', '5']], [77, ['6', '6']],
  [71, ['7', '7']], [72, ['8', '8']], [73, ['9', '9']], [55, ['*', '*']], [78, ['+', '+']], [74, ['-', '-']], [83, ['.', '.']], [3637, ['/', '/']],
]);

/** Non-printing keys: code → Playwright key name. */
const NAMED: ReadonlyMap<number, string> = new Map([
  [14, 'Backspace'], [15, 'Tab'], [28, 'Enter'], [3612, 'Enter'], [1, 'Escape'], [58, 'CapsLock'],
  [3657, 'PageUp'], [3665, 'PageDown'], [3663, 'End'], [3655, 'Home'],
  [57419, 'ArrowLeft'], [57416, 'ArrowUp'], [57421, 'ArrowRight'], [57424, 'ArrowDown'],
  [3666, 'Insert'], [3667, 'Delete'],
  [59, 'F1'], [60, 'F2'], [61, 'F3'], [62, 'F4'], [63, 'F5'], [64, 'F6'], [65, 'F7'], [66, 'F8'], [67, 'F9'], [68, 'F10'], [87, 'F11'], [88, 'F12'],
  [3639, 'PrintScreen'], [69, 'NumLock'], [70, 'ScrollLock'],
]);

/** Modifier keys: code → modifier name. */
const MODIFIERS: ReadonlyMap<number, 'Control' | 'Shift' | 'Alt' | 'Meta'> = new Map([
  [29, 'Control'], [3613, 'Control'], [42, 'Shift'], [54, 'Shift'], [56, 'Alt'], [3640, 'Alt'], [3675, 'Meta'], [3676, 'Meta'],
]);

export type KeyMeaning =
  | { kind: 'modifier'; name: 'Control' | 'Shift' | 'Alt' | 'Meta' }
  /** `base` is the unshifted character, used to name the key in chords ("Control+A"). */
  | { kind: 'character'; character: string; base: string }
  | { kind: 'named'; name: string }
  | { kind: 'unknown'; keycode: number };

/** What a key press means with this Shift state (CapsLock is not tracked: a recorder sees no lock state). */
export function keyMeaning(keycode: number, shift: boolean): KeyMeaning {
  const modifier = MODIFIERS.get(keycode);
  if (modifier) return { kind: 'modifier', name: modifier };
  const printable = PRINTABLE.get(keycode);
  if (printable) return { kind: 'character', character: shift ? printable[1] : printable[0], base: printable[0] };
  const name = NAMED.get(keycode);
  if (name) return { kind: 'named', name };
  return { kind: 'unknown', keycode };
}

/** The name of a key inside a chord: letters upper case ("Control+A"), space as "Space". */
export function chordKeyName(meaning: KeyMeaning): string | undefined {
  switch (meaning.kind) {
    case 'character':
      if (meaning.base === ' ') return 'Space';
      return /^[a-z]$/.test(meaning.base) ? meaning.base.toUpperCase() : meaning.base;
    case 'named':
      return meaning.name;
    default:
      return undefined;
  }
}

/** A chord in the `press` vocabulary, modifiers first in a fixed order. */
export function chordName(key: string, modifiers: { ctrl: boolean; alt: boolean; meta: boolean; shift: boolean }): string {
  const parts: string[] = [];
  if (modifiers.ctrl) parts.push('Control');
  if (modifiers.alt) parts.push('Alt');
  if (modifiers.meta) parts.push('Meta');
  if (modifiers.shift) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}
