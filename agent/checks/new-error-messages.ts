/**
 * Messages a page shows to say the last input was refused: "Please enter a
 * valid e-mail", "Password is required", a role=alert box, an element styled
 * as an error. One that was not on the screen when the run started and is
 * there when the agent would say done means the page denies the done (a form
 * whose submit was refused): claiming success then would be confidently wrong.
 *
 * Judged generically: by class tokens pages use for errors, by wording, or by
 * role (alert, alertdialog) unless the alert's words say the input went well, only on short non-control texts that are not
 * part of the task's own words (a task that says "fill the required fields"
 * is no error on the page).
 */
import type { UIElement } from '../core/observation.js';

/** Wording of a refused input. */
const ERROR_WORDING =
  /\b(error|errors|invalid|is required|are required|required field|not valid|isn't valid|must (be|contain|have|include|match)|please (enter|fill|select|choose|provide|correct|check|type)|incorrect|does not match|do not match|doesn't match|failed|not allowed|try again|too (short|long)|missing|cannot be (empty|blank))\b/i;
/** Class tokens pages give to error messages and refused fields. */
const ERROR_CLASS = /(^|[\s_-])(error|errors|invalid|danger|alert-danger|has-error|is-invalid|validation-message|field-error|form-error)($|[\s_-])/i;
/** Wording of an accepted input: an alert that says this (a GTK "Information" box, "Thank you, saved") is no refusal. */
const SUCCESS_WORDING = /\b(information|info|thanks|thank you|success|successful|successfully|saved|created|registered|submitted|sent|confirmed|welcome|done|complete|completed)\b/i;
/** Roles of controls: their captions are not messages. */
const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'option', 'menuitem', 'tab', 'listbox', 'slider', 'spinbutton']);
/** Longest text taken for a message, characters (a paragraph of prose is not one). */
const MESSAGE_LENGTH = 140;

type Shown = Pick<UIElement, 'role' | 'text'> & { label?: string; attributes?: Record<string, string>; states?: { hidden?: boolean } };

function normal(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Does this element read as a message that an input was refused? */
export function isErrorMessage(element: Shown, task: string): boolean {
  const text = normal(element.text || element.label || '');
  if (text === '' || text.length > MESSAGE_LENGTH || element.states?.hidden) return false;
  if (CONTROL_ROLES.has(element.role)) return false;
  // The task's own words shown on the page (MiniWoB's instruction area) are no message of the page.
  const taskText = normal(task);
  if (taskText.includes(text) || text.includes(taskText)) return false;
  if (ERROR_CLASS.test(element.attributes?.['class'] ?? '') || ERROR_WORDING.test(text)) return true;
  // An alert says something went wrong unless its words say it went well.
  return (element.role === 'alert' || element.role === 'alertdialog') && !SUCCESS_WORDING.test(text);
}

/**
 * The error messages shown `now` that `before` (the screen when the run
 * started) did not show, by their text.
 */
export function newErrorMessages(before: readonly Shown[], now: readonly Shown[], task: string): string[] {
  const seen = new Set(before.map((element) => normal(element.text || element.label || '')));
  const found: string[] = [];
  for (const element of now) {
    if (!isErrorMessage(element, task)) continue;
    const text = (element.text || element.label || '').trim();
    if (seen.has(normal(text)) || found.includes(text)) continue;
    // A container repeats its children's text: keep the innermost message only.
    if (found.some((other) => other.includes(text) || text.includes(other))) continue;
    found.push(text);
  }
  return found;
}
