/**
 * Checked state as a person reads it: a real checkbox has it in its states;
 * a list item drawn as "☐ milk" / "☑ milk" shows it with a ballot-box glyph
 * in front of its name. Both count, so "tick exactly the named ones" works
 * on either. Only ballot boxes — a "✓ Done" button is no toggle.
 */
import { MONTH_NAMES, WEEKDAYS } from './date-parts.js';
import { switchStateOf } from './intent-words.js';
import { normalizeText } from './text-match.js';

const GLYPH = /^\s*([\u2610\u2611\u2612])\s*/u;

/** The checked state an element shows: its own state, else a leading ballot box (☐ unchecked, ☑ / ☒ checked). */
export function checkedOf(element: { text: string; states: { checked?: boolean } }): boolean | undefined {
  if (element.states.checked !== undefined) return element.states.checked;
  const glyph = GLYPH.exec(element.text)?.[1];
  return glyph === undefined ? undefined : glyph !== '\u2610';
}

/** Day and month names, lower case: the only words a toggle's shown letters are read as short for. */
const CALENDAR_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_NAMES].map((name) => name.toLowerCase()));

/**
 * The name of a checkable element without its ballot box, normalised: "☑ milk" → "milk". A toggle that shows only
 * a day's or month's first letters ("T", "Sat", "Jan") where its accessible name or its title (the tooltip a person
 * sees) spells that name out ("Tuesday", "Saturday") is named by it: a row of day toggles "M T W T F S S" shows two
 * "T"s and two "S"s, and a person reads each by the day it stands for, never as the same letter. Any other label
 * leaves the shown text as the name: a switch showing "No" labelled "Notifications", or "Off" labelled "Offline",
 * shows its state, and is no abbreviation of its label (a shown state word is never read as one).
 */
export function checkableName(element: { text: string; label?: string; attributes?: Record<string, string> }): string {
  const shown = normalizeText(element.text.replace(GLYPH, ''));
  const label = normalizeText(element.label);
  if (abbreviates(shown, label)) return label;
  const title = normalizeText(element.attributes?.title);
  if (abbreviates(shown, title)) return title;
  return shown || label;
}

/** Is `shown` one to three letters, no state word, that begin the day or month name `label` is ("t" of "tuesday")? */
function abbreviates(shown: string, label: string): boolean {
  return /^\p{L}{1,3}$/u.test(shown) && switchStateOf(shown) === undefined && CALENDAR_NAMES.has(label) && label.length > shown.length && label.startsWith(shown);
}
