/**
 * Which actions need a person's yes before they run: typing into password
 * fields, pressing buttons that pay, delete or send, closing windows and
 * chords that close things. A pure function of the action and the
 * observation it was decided on.
 */
import type { Action } from '../core/action.js';
import { findElement, type Observation, type UIElement } from '../core/observation.js';

const RISKY_WORDS =
  /\b(pay|payment|purchase|buy|checkout|place order|order now|confirm order|transfer|send money|delete|remove|erase|destroy|uninstall|format|send|submit payment|unsubscribe|close account|deactivate)\b/i;

/** Key chords that close windows, tabs or applications. */
const CLOSING_CHORDS = new Set(['alt+f4', 'control+w', 'control+q', 'meta+w', 'meta+q', 'control+shift+w', 'control+f4']);

function elementOf(action: Action, observation: Observation): UIElement | undefined {
  if (!('target' in action) || !action.target || !('elementId' in action.target)) return undefined;
  return findElement(observation, action.target.elementId);
}

function nameOf(element: UIElement): string {
  return [element.text, element.label, element.attributes?.value, element.attributes?.['aria-label']].filter(Boolean).join(' ');
}

/** Why this action is risky, or undefined if it is not. */
export function riskOf(action: Action, observation: Observation): string | undefined {
  const element = elementOf(action, observation);
  switch (action.type) {
    case 'type':
      if (element?.inputType === 'password') return `typing into the password field ${JSON.stringify(element.label ?? element.text ?? '')}`;
      return undefined;
    case 'click':
    case 'double-click': {
      if (!element) return undefined;
      const name = nameOf(element);
      const clickable = element.interactive || ['button', 'link', 'menuitem'].includes(element.role);
      if (clickable && RISKY_WORDS.test(name)) return `pressing ${JSON.stringify(name.trim())}, which may pay, delete or send something`;
      if (clickable && /^(close window|close tab|close application|quit|exit)\b/i.test(name.trim())) {
        return `closing a window (${JSON.stringify(name.trim())})`;
      }
      return undefined;
    }
    case 'press': {
      const keys = action.keys.toLowerCase();
      if (CLOSING_CHORDS.has(keys)) return `the key chord ${action.keys}, which closes a window or application`;
      if (keys === 'enter' && observation.page.focusedId !== undefined) {
        const focused = findElement(observation, observation.page.focusedId);
        if (focused && RISKY_WORDS.test(nameOf(focused))) return `pressing Enter on ${JSON.stringify(nameOf(focused).trim())}`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
