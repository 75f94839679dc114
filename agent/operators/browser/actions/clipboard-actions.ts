/** Copy and paste with the keys a person would use (select, Ctrl/Cmd+C, Ctrl/Cmd+V). */
import type { Action } from '../../../core/action.js';
import type { ActionResult } from '../../../core/operator.js';
import type { ActingContext } from './acting-context.js';

type Of<Type extends Action['type']> = Extract<Action, { type: Type }>;

export async function copy(context: ActingContext, action: Of<'copy'>): Promise<ActionResult | undefined> {
  const { mouse, keyboard } = context.page;
  const point = await context.pointOf(action.target, true);
  if ('ok' in point) return point;
  const element = 'elementId' in action.target ? context.elementOf(action.target.elementId) : undefined;
  const field = element !== undefined && !('ok' in element) && element.states.editable === true;
  // A field: its whole text. Anything else: the block of text under the point, as a triple click selects it.
  const missed = await context.pressOn(action.target, () => mouse.click(point.x, point.y, field ? {} : { clickCount: 3 }));
  if (missed) return missed;
  if (field) await keyboard.press('ControlOrMeta+a');
  await keyboard.press('ControlOrMeta+c');
  return undefined;
}

export async function paste(context: ActingContext, action: Of<'paste'>): Promise<ActionResult | undefined> {
  const { mouse, keyboard } = context.page;
  if (action.target) {
    const point = await context.pointOf(action.target, true);
    if ('ok' in point) return point;
    const missed = await context.pressOn(action.target, () => mouse.click(point.x, point.y));
    if (missed) return missed;
  }
  if (action.replace) await keyboard.press('ControlOrMeta+a');
  await keyboard.press('ControlOrMeta+v');
  return undefined;
}
