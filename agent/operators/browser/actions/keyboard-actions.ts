/** Keyboard actions with real key input: type (checked against the field it was meant for), press a chord. */
import type { Action } from '../../../core/action.js';
import { errorMessage } from '../../../core/errors.js';
import { actionFailure, type ActionResult } from '../../../core/operator.js';
import { normaliseKeyChord } from '../key-names.js';
import { judgeTyping, readField } from '../landing-check.js';
import { SEGMENTED_INPUT_TYPES } from '../segmented-fields.js';
import type { ActingContext } from './acting-context.js';

type Of<Type extends Action['type']> = Extract<Action, { type: Type }>;

/** Longer text is inserted at once rather than typed key by key. */
export const KEYSTROKE_LIMIT = 400;

export async function type(context: ActingContext, action: Of<'type'>): Promise<ActionResult | undefined> {
  const { page } = context;
  const keyboard = page.keyboard;
  // Placeholders are resolved by the safety gate before any operator sees them: one that arrives
  // here has no value behind it, and typing it would submit it as if it were the secret.
  if (/<secret:[a-z-]+-\d+>/.test(action.text)) {
    return actionFailure('failed', `refusing to type the secret placeholder in ${JSON.stringify(action.text)}: its value is not known`);
  }
  const field = action.target && 'elementId' in action.target ? context.elementOf(action.target.elementId) : undefined;
  if (field && !('ok' in field) && field.inputType && SEGMENTED_INPUT_TYPES.has(field.inputType) && action.text !== '') {
    return context.typeSegmented(field, action.text);
  }
  const intended = action.target && 'elementId' in action.target ? { sequence: context.sequence, id: action.target.elementId } : undefined;
  if (action.target) {
    const point = await context.pointOf(action.target, true);
    if ('ok' in point) return point;
    const missed = await context.pressOn(action.target, () => page.mouse.click(point.x, point.y));
    if (missed) return missed;
  }
  // Text with a line break submits or clears as it goes: what the field holds after it says nothing.
  const before = intended && !/[\r\n]/.test(action.text) ? await readField(page, intended) : undefined;
  if (action.replace) {
    await keyboard.press('ControlOrMeta+a');
    if (action.text === '') await keyboard.press('Backspace');
  }
  if (action.text.length > KEYSTROKE_LIMIT) await keyboard.insertText(action.text);
  else if (action.text) await keyboard.type(action.text);
  return before && intended ? judgeTyping(intended.id, action.text, before, await readField(page, intended)) : undefined;
}

export async function press(context: ActingContext, action: Of<'press'>): Promise<ActionResult | undefined> {
  try {
    await context.page.keyboard.press(normaliseKeyChord(action.keys));
  } catch (error) {
    const message = errorMessage(error);
    if (/Unknown key/i.test(message)) return actionFailure('failed', `unknown key in "${action.keys}": ${message.split('\n')[0]}`);
    throw error;
  }
  return undefined;
}
