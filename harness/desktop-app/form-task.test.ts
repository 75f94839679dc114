import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../agent/core/observation.js';
import { DemonstratedScriptPolicy, confirmationShown } from './form-task.js';

const element = (id: number, role: string, text: string): UIElement =>
  ({ id, role, text, box: { x: 0, y: 0, width: 10, height: 10 }, states: {} }) as unknown as UIElement;

describe('the scripted person of the desktop demo', () => {
  it('takes as the confirmation only an element showing the whole of it, never the Submit button inside "Submitted"', () => {
    const before = [element(1, 'button', 'Submit'), element(2, 'text', 'Name')];
    expect(confirmationShown(before, 'Submitted: Ada Lovelace')).toBeUndefined();
    const after = [...before, element(3, 'text', 'Submitted: Ada Lovelace')];
    expect(confirmationShown(after, 'Submitted: Ada Lovelace')?.id).toBe(3);
  });

  it('waits and looks again while the confirmation is not drawn yet, then gives up', async () => {
    const policy = new DemonstratedScriptPolicy([{ do: 'done-when-visible', text: 'Submitted: Ada Lovelace' }]);
    const context = { observation: { elements: [element(1, 'button', 'Submit')] }, feedback: [], history: [] } as never;
    const decisions = [];
    for (let look = 0; look < 8; look++) decisions.push(await policy.decide(context));
    expect(decisions.slice(0, 6).every((decision) => decision.kind === 'act' && decision.actions[0]?.type === 'wait')).toBe(true);
    expect(decisions[6]).toMatchObject({ kind: 'give-up' });
    const shown = { observation: { elements: [element(3, 'text', 'Submitted: Ada Lovelace')] }, feedback: [], history: [] } as never;
    policy.reset();
    expect(await policy.decide(shown)).toMatchObject({ kind: 'act', actions: [{ type: 'done', success: true, answer: 'Submitted: Ada Lovelace' }] });
  });
});
