import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { mightSend, senderByPlace } from './sender-place.js';

let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 80, height: 20 }, source: 'dom', interactive: true, ...extra };
}
const save = { id: 'p-save', type: 'button' };
const demonstrated = (text: string, attributes: Record<string, string> = save): TargetDescriptor => ({ role: 'button', tag: 'button', text, attributes, ordinal: 0, box: { x: 10, y: 200, width: 80, height: 20 } });
/** A profile form: a bio box, a "Cancel" link, and its one sending button, captioned anew on each instance. */
const form = (caption: string, attributes: Record<string, string> = save, extra: UIElement[] = []) => {
  const bio = element('textbox', '', 100, { label: 'Bio' });
  const cancel = element('link', 'Cancel', 200, { attributes: { id: 'p-cancel' } });
  const sender = element('button', caption, 200, { tag: 'button', attributes, ordinal: 0 });
  return { sender, elements: [bio, cancel, sender, ...extra] };
};

describe('sender-place', () => {
  it('reads which captions could send a form: worded, no close / back-out / onward-only / deleting word', () => {
    expect(['Save', 'Update profile', 'Save changes', 'Continue', 'Share the bill'].map(mightSend)).toEqual([true, true, true, true, true]);
    expect(['Cancel', 'Close', '×', 'Next', 'Review', 'Delete account', 'Reset', '+', '▣'].map(mightSend)).toEqual(Array(9).fill(false));
  });

  it('grounds the one sender in the demonstrated one\'s place whatever its caption ("Update profile" → "Save")', () => {
    const { sender, elements } = form('Save');
    expect(senderByPlace(demonstrated('Update profile'), sender, elements)).toMatch(/same id="p-save"/);
    const grounding = groundTarget(demonstrated('Update profile'), [], elements, { demoTask: 'Change my bio to "Ask me about houseplants."' });
    expect(grounding.element?.id).toBe(sender.id);
    expect(grounding.score).toBeGreaterThan(0.55);
    expect(grounding.reason).toMatch(/in the place of the demonstrated sender: the same id="p-save", the one button here that could send/);
    // Both the form's submit button, no id: the place is still the sender's.
    const submit = form('Look up fares', { type: 'submit' });
    expect(groundTarget(demonstrated('Find flights', { type: 'submit' }), [], submit.elements).element?.id).toBe(submit.sender.id);
  });

  it('refuses when another button could be it: a destructive caption, a second sender, a reset beside it', () => {
    const want = demonstrated('Update profile');
    for (const rival of ['Delete account', 'Save draft', 'Reset']) {
      const { sender, elements } = form('Save', save, [element('button', rival, 240)]);
      expect(senderByPlace(want, sender, elements)).toBeUndefined();
      expect(groundTarget(want, [], elements).score).toBeLessThan(0.55);
    }
    // A back-out button beside it is no rival: "Cancel" never sends.
    const withCancel = form('Save', save, [element('button', 'Cancel', 200)]);
    expect(groundTarget(want, [], withCancel.elements).element?.id).toBe(withCancel.sender.id);
  });

  it('never stands a button of another purpose or harm in, nor one elsewhere, nor one the task names', () => {
    const want = demonstrated('Update profile');
    // The tempting one sits in the sender's place but deletes, resets, pays or only moves on.
    for (const caption of ['Delete', 'Reset form', 'Pay now', 'Send', 'Next', 'Cancel', 'Save $5']) {
      const { elements } = form(caption);
      expect(groundTarget(want, [], elements).score).toBeLessThan(0.55);
    }
    // Another id and no submit type: nothing says it is the same place.
    const elsewhere = form('Save', { id: 'p-other', type: 'button' });
    expect(groundTarget(want, [], elsewhere.elements).score).toBeLessThan(0.55);
    // The demonstration's task named its caption: a button captioned otherwise is not the one it names.
    const named = form('Save');
    expect(groundTarget(want, [], named.elements, { demoTask: 'Write the bio, then click Update profile.' }).score).toBeLessThan(0.55);
    // A demonstrated step onward ("Next") is no sender: "Submit" in its place is not it.
    expect(groundTarget(demonstrated('Next'), [], form('Submit').elements).score).toBeLessThan(0.55);
  });
});
