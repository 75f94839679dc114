import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { likeRevealed } from './reveal-toggle.js';

const control = (role: string, tag: string, text: string, className?: string): UIElement => ({
  id: 1, role, tag, text, states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true, ...(className ? { attributes: { class: className } } : {}),
});

describe('reveal toggles', () => {
  const demonstrated = [control('button', 'button', 'Navigation', 'toggle') as TargetDescriptor];

  it('looks into a control like the demonstrated toggle whatever its caption', () => {
    expect(likeRevealed(control('button', 'button', '☰ Menu', 'toggle'), demonstrated)).toBe(true);
  });

  it('never into another control of the role: the page body with a click handler, an action button in a row', () => {
    expect(likeRevealed(control('button', 'div', 'Acme ☰ Pricing About'), demonstrated)).toBe(false);
    expect(likeRevealed(control('button', 'button', '♡'), demonstrated)).toBe(false);
  });
});
