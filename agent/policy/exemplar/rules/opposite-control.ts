/**
 * Rule: a counter or spinner demonstrated with one of its two arrows ("+" pressed 3 times to
 * show 3) is driven the other way by its opposite control when the task's number has the other
 * sign ("-4": "−" pressed 4 times). A person who saw "+" raise the count presses "−" to lower it.
 *
 * Planning half (click-count.ts calls it): the demonstrated target's descriptor with every word
 * of a known opposite pair swapped (▲/▼, +/−, up/down, increase/decrease…) in its text, label and
 * attributes; its ordinal is dropped, since the other arrow is another sibling (its place is kept: the two arrows sit together). A target
 * with no such word has no known opposite: the slot stays unused and the plan is refused.
 * Grounding half: the swapped descriptor is grounded like any other (ground-target.ts): when the
 * page has no control with the opposite caption or name, the step refuses.
 */
import type { TargetDescriptor } from '../../../core/trajectory.js';

/** Pairs of captions or names for the two directions of one control: the raising one first. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['▲', '▼'], ['△', '▽'], ['▴', '▾'], ['⏶', '⏷'], ['↑', '↓'], ['⬆', '⬇'], ['⇧', '⇩'],
  ['+', '−'], ['+', '-'], ['＋', '－'],
  ['up', 'down'], ['increase', 'decrease'], ['increment', 'decrement'], ['plus', 'minus'],
  ['more', 'less'], ['raise', 'lower'], ['higher', 'lower'], ['add', 'subtract'], ['inc', 'dec'],
];

/** The word (or glyph) opposite to this one, in the same case style; undefined when none is known. */
function oppositeWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const [a, b] of OPPOSITES) {
    const other = lower === a ? b : lower === b ? a : undefined;
    if (other === undefined) continue;
    if (word === word.toUpperCase() && word !== lower) return other.toUpperCase();
    if (word[0] !== lower[0]) return other[0]!.toUpperCase() + other.slice(1);
    return other;
  }
  return undefined;
}

/**
 * Which way the control moves a count, read from the pair words of its caption and name: +1 for the first of a pair
 * ("+", "▲", "Increase"), −1 for the second ("−", "Decrease"); undefined when it holds none, or words of both ways.
 */
export function pressDirection(target: Pick<TargetDescriptor, 'text' | 'label'>): 1 | -1 | undefined {
  const ways = new Set<1 | -1>();
  for (const part of `${target.text} ${target.label ?? ''}`.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []) {
    const lower = part.toLowerCase();
    for (const [up, down] of OPPOSITES) {
      if (lower === up) ways.add(1);
      if (lower === down) ways.add(-1);
    }
  }
  return ways.size === 1 ? [...ways][0] : undefined;
}

/** A text with every opposite word swapped; `swapped` tells whether any was. Glyphs swap anywhere, words whole. */
export function oppositeText(text: string): { text: string; swapped: boolean } {
  let swapped = false;
  const result = text.replace(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu, (part) => {
    const other = oppositeWord(part);
    if (other === undefined) return part;
    swapped = true;
    return other;
  });
  return { text: result, swapped };
}

/**
 * The descriptor of the demonstrated control's opposite, or undefined when its caption and
 * name hold no word of a known pair. Attributes ("id=up" → "id=down") swap the same way;
 * an attribute with no such word is dropped (it names the demonstrated arrow, not this one).
 */
export function oppositeTarget(target: TargetDescriptor): TargetDescriptor | undefined {
  const text = oppositeText(target.text);
  const label = target.label === undefined ? undefined : oppositeText(target.label);
  if (!text.swapped && !label?.swapped) return undefined;
  // A caption of words with no opposite among them ("Save") is no arrow: its "+" glyph would be a guess.
  if (target.text.trim() !== '' && !text.swapped) return undefined;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(target.attributes ?? {})) {
    if (key === 'class' || key === 'type') {
      attributes[key] = value;
      continue;
    }
    const swapped = oppositeText(value);
    if (swapped.swapped) attributes[key] = swapped.text;
  }
  const { ordinal: _ordinal, ...rest } = target;
  return { ...rest, text: text.text, ...(label ? { label: label.text } : {}), attributes };
}
