/**
 * Checked state as a person reads it: a real checkbox has it in its states;
 * a list item drawn as "☐ milk" / "☑ milk" shows it with a ballot-box glyph
 * in front of its name. Both count, so "tick exactly the named ones" works
 * on either. Only ballot boxes — a "✓ Done" button is no toggle.
 */
import { normalizeText } from './text-match.js';

const GLYPH = /^\s*([\u2610\u2611\u2612])\s*/u;

/** The checked state an element shows: its own state, else a leading ballot box (☐ unchecked, ☑ / ☒ checked). */
export function checkedOf(element: { text: string; states: { checked?: boolean } }): boolean | undefined {
  if (element.states.checked !== undefined) return element.states.checked;
  const glyph = GLYPH.exec(element.text)?.[1];
  return glyph === undefined ? undefined : glyph !== '\u2610';
}

/** The name of a checkable element without its ballot box, normalised: "☑ milk" → "milk". */
export function checkableName(element: { text: string; label?: string }): string {
  return normalizeText(element.text.replace(GLYPH, '')) || normalizeText(element.label);
}
