/**
 * Key chords from the agent ("ctrl+a", "Return", "Control+Shift+Tab") in
 * Playwright's key vocabulary. Models write key names many ways; the common
 * aliases are mapped, anything else is passed through for Playwright to judge.
 */

const ALIASES: Record<string, string> = {
  ctrl: 'Control',
  control: 'Control',
  cmd: 'Meta',
  command: 'Meta',
  meta: 'Meta',
  win: 'Meta',
  super: 'Meta',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  esc: 'Escape',
  escape: 'Escape',
  return: 'Enter',
  enter: 'Enter',
  del: 'Delete',
  delete: 'Delete',
  backspace: 'Backspace',
  tab: 'Tab',
  space: 'Space',
  spacebar: 'Space',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  arrowup: 'ArrowUp',
  arrowdown: 'ArrowDown',
  arrowleft: 'ArrowLeft',
  arrowright: 'ArrowRight',
  pgup: 'PageUp',
  pageup: 'PageUp',
  pgdn: 'PageDown',
  pagedown: 'PageDown',
  home: 'Home',
  end: 'End',
  ins: 'Insert',
  insert: 'Insert',
};

/** "ctrl+a" → "Control+a"; "Return" → "Enter"; F-keys and single characters unchanged. */
export function normaliseKeyChord(keys: string): string {
  if (keys === '+') return '+';
  return keys
    .split('+')
    .map((part) => {
      const alias = ALIASES[part.toLowerCase()];
      if (alias) return alias;
      if (/^f\d{1,2}$/i.test(part)) return part.toUpperCase();
      return part;
    })
    .join('+');
}
