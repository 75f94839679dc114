import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { otherWordlessControl } from './wordless-class.js';

const box = { x: 40, y: 150, width: 12, height: 12 };
const icon = (className: string | undefined, text = ''): UIElement => ({
  id: 1, role: 'button', text, tag: 'span', states: {}, box, source: 'dom', interactive: true, ...(className ? { attributes: { class: className } } : {}),
});
const dots: TargetDescriptor = { role: 'button', tag: 'span', text: '', ordinal: 0, box, attributes: { class: 'dots' } };

describe('a wordless control is known by its class words', () => {
  it('takes a wordless icon whose classes share no word with the demonstrated one for another control', () => {
    expect(otherWordlessControl(dots, icon('heart'))).toBe(true);
  });

  it('keeps look-alikes: a shared class word, a state class added, no class to compare, or words to go by', () => {
    expect(otherWordlessControl(dots, icon('dots'))).toBe(false);
    expect(otherWordlessControl(dots, icon('dots open'))).toBe(false);
    expect(otherWordlessControl(dots, icon(undefined))).toBe(false);
    expect(otherWordlessControl(dots, icon('heart', 'Like'))).toBe(false);
    expect(otherWordlessControl({ ...dots, attributes: undefined }, icon('heart'))).toBe(false);
  });
});
