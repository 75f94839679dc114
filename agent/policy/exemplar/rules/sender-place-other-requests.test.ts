import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';

/**
 * Refusals found by review (issue 11), sender-place's hand-over reading: "Request X" / "Send X" hands the form over when X is
 * "a word of any short non-interactive text" on screen (54cb58b widened the subject back from heading/legend). So
 * any object a status line or badge happens to show passes as the form's subject, and a pharmacy page's shared
 * submit id ("rx-send") carries another request of another deed. Each asserts a refusal; each failed before its mend
 * (session 28).
 */
let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 80, height: 20 }, source: 'dom', interactive: true, ...extra };
}
const send = { id: 'rx-send', type: 'submit' };
const demonstrated = (text: string): TargetDescriptor => ({ role: 'button', tag: 'button', text, attributes: send, ordinal: 0, box: { x: 10, y: 200, width: 80, height: 20 } });
const demoTask = 'I need 30 more of Metformin 500mg ready for 28 April 2025.';

/** A prescription's page on this instance: its status line, the form the page shows now, and that form's one submit button. */
const prescription = (legend: string, field: string, caption: string) => {
  const status = element('text', 'Last refill: 12 March', 30, { interactive: false });
  const title = element('heading', legend, 60, { tag: 'legend', interactive: false });
  const box = element('textbox', '', 100, { label: field });
  const sender = element('button', caption, 200, { tag: 'button', attributes: send, ordinal: 0 });
  return { sender, elements: [status, title, box, sender] };
};

describe('sender-place (refusals found by review): another request handed over under one id', () => {
  it('"Request refill" is not "Request refund" (a refund form, its prescription\'s last refill shown above)', () => {
    const { elements } = prescription('Refund request', 'Reason for refund', 'Request refund');
    const grounding = groundTarget(demonstrated('Request refill'), [], elements, { demoTask });
    expect(grounding.score, `pressed ${JSON.stringify(grounding.element?.text)} — ${grounding.reason}`).toBeLessThan(0.55);
  });

  it('"Request refill" is not "Send message" (a message form, "Message your pharmacist")', () => {
    const { elements } = prescription('Message your pharmacist', 'Message', 'Send message');
    const grounding = groundTarget(demonstrated('Request refill'), [], elements, { demoTask });
    expect(grounding.score, `pressed ${JSON.stringify(grounding.element?.text)} — ${grounding.reason}`).toBeLessThan(0.55);
  });

  it('"Request refill" is not "Request cancellation" (a "Request transfer" is refused already, as money)', () => {
    for (const [legend, caption] of [['Cancellation request', 'Request cancellation']] as const) {
      const { elements } = prescription(legend, 'Notes', caption);
      const grounding = groundTarget(demonstrated('Request refill'), [], elements, { demoTask });
      expect(grounding.score, `${caption}: pressed ${JSON.stringify(grounding.element?.text)} — ${grounding.reason}`).toBeLessThan(0.55);
    }
  });
});
