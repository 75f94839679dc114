/**
 * Keys in Action `press` vocabulary ("Control+Shift+X"), and which key
 * presses are steps of their own: typing into a field is stored as the
 * field's value, not as its keys. In-page code (pure: unit-tested in Node).
 */

export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The chord of a key event, e.g. "Control+A", "Shift+Tab", "Space". */
export const chordOf = (event: KeyFacts): string => {
  const parts: string[] = [];
  if (event.ctrlKey) parts.push('Control');
  if (event.altKey) parts.push('Alt');
  if (event.metaKey) parts.push('Meta');
  if (event.shiftKey) parts.push('Shift');
  let key = event.key;
  if (key === ' ') key = 'Space';
  else if (key.length === 1) key = /[a-z]/.test(key) ? key.toUpperCase() : key;
  parts.push(key);
  return parts.join('+');
};

/** The modifiers held, in Action vocabulary. */
export const modifiersOf = (event: KeyFacts): string[] =>
  ['Control', 'Shift', 'Alt', 'Meta'].filter((_name, index) => [event.ctrlKey, event.shiftKey, event.altKey, event.metaKey][index]);

export const MODIFIER_KEYS = ['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock'];
/** The browser's own chords (close tab, new window…), not the page's. */
export const BROWSER_CHORDS = ['Control+W', 'Control+Shift+W', 'Control+T', 'Control+N', 'Control+Shift+N', 'Control+Q', 'Control+Shift+Q', 'Alt+F4', 'Control+Tab', 'Control+Shift+Tab', 'Control+L', 'F5', 'Control+R'];
const PLAIN_KEYS_ANYWHERE = ['Enter', 'Tab', 'Escape'];
const PLAIN_KEYS_OUTSIDE_FIELDS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Backspace', 'Delete', ' '];
/** Keys that move a list box's cursor (with Control: without choosing) or toggle the option under it. */
export const LIST_CURSOR_KEYS = ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', ' '];
const RICH_TEXT_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'];
const EDITING_CHORDS = ['Control+A', 'Control+C', 'Control+V', 'Control+X', 'Control+Z', 'Control+Y', 'Control+Shift+Z', 'Control+Backspace', 'Control+Delete', 'Control+ArrowLeft', 'Control+ArrowRight', 'Control+Shift+ArrowLeft', 'Control+Shift+ArrowRight'];

export interface KeyPlace {
  /** Focus is in a text field or a select. */
  inField: boolean;
  /** Focus is in a contenteditable region (not an input or text area). */
  inRichText: boolean;
  /** Focus is in a text area (Enter adds a line there). */
  inTextArea: boolean;
  /** Focus is in a date/time field (Tab moves between its segments). */
  inSegmented: boolean;
}

/**
 * Is this key press a step? In rich text the selection is what the next toolbar command (Bold, Italic…)
 * acts on: the keys that move or select (arrows, Home/End, Control+A) are steps there. In a plain field
 * only its final value counts, so editing chords are not steps; outside fields, navigation keys are.
 */
export const isKeyStep = (event: KeyFacts, place: KeyPlace): boolean => {
  const keys = chordOf(event);
  const chord = event.ctrlKey || event.altKey || event.metaKey;
  if (place.inRichText && (RICH_TEXT_KEYS.includes(event.key) || keys === 'Control+A')) return true;
  if (chord) return !(place.inField && EDITING_CHORDS.includes(keys));
  if (PLAIN_KEYS_ANYWHERE.includes(event.key)) return !(event.key === 'Enter' && place.inTextArea) && !(event.key === 'Tab' && place.inSegmented);
  return !place.inField && PLAIN_KEYS_OUTSIDE_FIELDS.includes(event.key);
};
