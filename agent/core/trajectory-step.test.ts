import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from './observation.js';
import { trajectoryStep } from './trajectory-step.js';

const element = (id: number, text: string, parentId?: number): UIElement => ({
  id,
  role: id === 1 ? 'group' : 'button',
  text,
  states: {},
  box: { x: 10 * id, y: 0, width: 10, height: 10 },
  source: 'dom',
  interactive: id !== 1,
  ...(parentId !== undefined ? { parentId } : {}),
});

const observation: Observation = {
  sequence: 1,
  environment: 'browser',
  elements: [element(1, 'Shipping'), element(2, 'Submit', 1)],
  viewport: { width: 160, height: 210, deviceScaleFactor: 1 },
  page: {},
  capturedAt: 0,
};
const kept = { text: '[2] button "Submit"', elements: observation.elements };

describe('trajectoryStep', () => {
  it('describes the targets from the observation the action was chosen on, and keeps a failure with its code', () => {
    const step = trajectoryStep({
      index: 3,
      observation: kept,
      action: { type: 'click', target: { elementId: 2 } },
      targets: { describedFrom: observation },
      result: { ok: false, code: 'stale-element', error: 'gone', durationMs: 5 },
      thought: 'submit now',
      timings: { actMs: 5 },
    });
    expect(step.targets).toEqual([expect.objectContaining({ role: 'button', text: 'Submit', context: 'Shipping' })]);
    expect(step.result).toEqual({ ok: false, code: 'stale-element', error: 'gone' });
    expect(step).toMatchObject({ index: 3, thought: 'submit now', timings: { actMs: 5 } });
    expect('plan' in step).toBe(false);
  });

  it('keeps targets given as described, and a recorded gesture as ok with how it was carried out only when known', () => {
    const given = [{ role: 'button', text: 'Recorded', box: { x: 0, y: 0, width: 1, height: 1 } }];
    const recorded = trajectoryStep({ index: 0, observation: kept, action: { type: 'click', target: { elementId: 2 } }, targets: given });
    expect(recorded.targets).toBe(given);
    expect(recorded.result).toEqual({ ok: true });
    expect(recorded.timings).toEqual({});
    const viaAccessibility = trajectoryStep({
      index: 1,
      observation: kept,
      action: { type: 'click', target: { elementId: 2 } },
      targets: { describedFrom: observation },
      result: { ok: true, durationMs: 1, via: 'atspi-action' },
    });
    expect(viaAccessibility.result).toEqual({ ok: true, via: 'atspi-action' });
  });
});
