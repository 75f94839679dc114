import { describe, expect, it } from 'vitest';
import { inertStandIn } from './inert-stand-in.js';

describe('inert-stand-in', () => {
  it('a heading the page does not make clickable is no stand-in for a demonstrated button', () => {
    expect(inertStandIn({ role: 'button' }, { role: 'heading', interactive: false, source: 'dom' })).toMatch(/heading that does nothing when clicked .* button/);
  });

  it('every choice and field role is a control (planned-step CHOICE_ROLES, EDITABLE_ROLES): a switch, a list box, a slider', () => {
    for (const role of ['switch', 'listbox', 'slider', 'menuitemcheckbox', 'treeitem']) {
      expect(inertStandIn({ role }, { role: 'text', interactive: false, source: 'dom' })).toMatch(new RegExp(`demonstrated ${role}$`));
    }
  });

  it('a clickable element of any role may stand in (a div with a click handler)', () => {
    expect(inertStandIn({ role: 'button' }, { role: 'text', interactive: true, source: 'dom' })).toBeUndefined();
  });

  it('a demonstrated target that was itself text (a clicked word) leaves inert text a candidate', () => {
    expect(inertStandIn({ role: 'text' }, { role: 'text', interactive: false, source: 'dom' })).toBeUndefined();
  });

  it('roles guessed by OCR are not firm enough to rule a candidate out', () => {
    expect(inertStandIn({ role: 'button' }, { role: 'text', interactive: false, source: 'ocr' })).toBeUndefined();
  });
});
