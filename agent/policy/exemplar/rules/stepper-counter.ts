/**
 * A stepper's counter: the number shown between "−" and "+" (or ▲ / ▼), the
 * nearest whole number beside the control on its line, under the same parent
 * (a plain div around "− 2 +" gives them none). A button captioned with such
 * a glyph or word that has a counter beside it steps that count: it changes a
 * number, it never sends the page (closing-control.ts). Pure.
 */
import type { UIElement } from '../../../core/observation.js';
import { oppositeText } from './opposite-control.js';

const WHOLE = /^\d+$/;

/** Gap (in widths of the control) within which a number beside it on its line is its counter. */
const BESIDE_WIDTHS = 4;

/**
 * The counter of a stepper control: the nearest whole number on its line, beside it (within a few of its widths), under the
 * same parent — the number between "−" and "+". Undefined when there is none, or two as near.
 */
export function counterBeside(element: UIElement, elements: readonly UIElement[]): { value: number; element: UIElement } | undefined {
  const middle = (box: UIElement['box']) => box.y + box.height / 2;
  const gap = (other: UIElement) => Math.max(other.box.x - (element.box.x + element.box.width), element.box.x - (other.box.x + other.box.width), 0);
  const numbers = elements
    .filter((other) => other.parentId === element.parentId && other.id !== element.id && other.role !== 'button' && !other.states.hidden && WHOLE.test(other.text.trim()))
    .filter((other) => Math.abs(middle(other.box) - middle(element.box)) <= Math.max(other.box.height, element.box.height) / 2)
    .filter((other) => gap(other) <= BESIDE_WIDTHS * Math.max(element.box.width, 1))
    .sort((a, b) => gap(a) - gap(b));
  if (numbers.length === 0 || (numbers.length > 1 && gap(numbers[1]!) === gap(numbers[0]!))) return undefined;
  return { value: Number(numbers[0]!.text.trim()), element: numbers[0]! };
}

/** A button whose caption has a known opposite ("+" / "−", "▲" / "▼") and a counter beside it: a stepper's control. */
export function isStepperControl(element: UIElement, elements: readonly UIElement[]): boolean {
  const caption = element.text.trim();
  return caption !== '' && oppositeText(caption).swapped && counterBeside(element, elements) !== undefined;
}
