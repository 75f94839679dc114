/**
 * A slider is set to a value the task names, not dragged to the
 * demonstration's screen point (issue 11 §2): the plan reads the value the
 * demonstration left, takes the new task's, and sets it by a drag along the
 * track and arrow keys, refusing a value the slider cannot take.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { parseTrajectory, TRAJECTORY_FORMAT_VERSION, type Step } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { groundSliderValue } from './slider-value.js';

/** A jQuery-UI-like slider: a 132 px track at x 14 and its ARIA handle at `value` of min–max; a confirm button. */
function page(value: number, { min = 0, max = 60, focused = false, label = 'Volume' } = {}): UIElement[] {
  const x = 14 + ((value - min) / (max - min)) * 132 - 7;
  return [
    { id: 3, role: 'button', tag: 'div', text: label, states: {}, box: { x: 14, y: 77, width: 132, height: 10 }, source: 'dom', interactive: true, attributes: { class: 'ui-slider' } },
    {
      id: 4,
      role: 'slider',
      tag: 'span',
      text: label,
      label,
      value: String(value),
      states: focused ? { focused: true } : {},
      box: { x, y: 75, width: 14, height: 14 },
      source: 'dom',
      interactive: true,
      parentId: 3,
      attributes: { role: 'slider', 'aria-label': label, 'aria-valuemin': String(min), 'aria-valuemax': String(max) },
    },
    { id: 5, role: 'button', tag: 'button', text: 'Send', states: {}, box: { x: 2, y: 97, width: 45, height: 21 }, source: 'dom', interactive: true },
  ];
}

const step = (index: number, elements: UIElement[], action: Step['action']): Step => {
  const id = action.type === 'drag' && 'elementId' in action.from ? action.from.elementId : action.type === 'click' && 'elementId' in action.target ? action.target.elementId : 4;
  const target = elements.find((element) => element.id === id)!;
  return { index, observation: { text: '', elements }, action, targets: [{ ...target }], timings: {} };
};

// Demonstrated: "Move the volume slider to 30": a drag that left 29, an ArrowRight to 30, then Send.
const demo = parseTrajectory({
  formatVersion: TRAJECTORY_FORMAT_VERSION,
  id: 'slider',
  task: 'Move the volume slider to 30 and click Send.',
  environment: 'browser',
  source: 'demonstration',
  outcome: { status: 'success', reason: 'reward 1' },
  createdAt: 0,
  steps: [
    step(0, page(7), { type: 'drag', from: { elementId: 4 }, to: { x: 79, y: 82 } }),
    step(1, page(29, { focused: true }), { type: 'press', keys: 'ArrowRight' }),
    step(2, page(30, { focused: true }), { type: 'click', target: { elementId: 5 } }),
  ],
});

function plan(task: string) {
  const planned = planDemonstration(demo, task);
  return { planned, slider: planned.steps[0]! };
}

describe('a slider set to a value', () => {
  it('takes the value the new task names, folding the fine-tuning keys into the setting', () => {
    const { planned, slider } = plan('Move the zoom slider to 45 and click Send.');
    expect(planned.problems).toEqual([]);
    expect(slider.sliderValue).toEqual({ wanted: 45, demonstrated: 30 });
    expect(planned.steps.map((step) => step.step.action.type)).toEqual(['drag', 'click']);
  });

  it('drags the handle to where the value lies on the track, then nudges it by keys, then is done', () => {
    const { slider } = plan('Move the zoom slider to 45 and click Send.');
    const first = groundSliderValue(slider, page(12, { label: 'Zoom' }), new Set(), 's:', demo.task);
    // 45 of 0–60 lies three quarters along the 132 px track from x 14.
    expect(first.grounding.ok && 'action' in first.grounding && first.grounding.action).toEqual({ type: 'drag', from: { elementId: 4 }, to: { x: 113, y: 82 } });
    expect(first.stay).toBe(true);
    const near = groundSliderValue(slider, page(44, { label: 'Zoom', focused: true }), new Set([first.visitKey!]), 's:', demo.task);
    expect(near.grounding.ok && 'action' in near.grounding && near.grounding.action).toEqual({ type: 'press', keys: 'ArrowRight' });
    expect(groundSliderValue(slider, page(45, { label: 'Zoom', focused: true }), new Set(), 's:', demo.task).grounding).toMatchObject({ ok: true, satisfied: true });
  });

  it('refuses a value outside the slider\'s range, and a slider that does not move', () => {
    const { slider } = plan('Move the zoom slider to 75 and click Send.');
    const outside = groundSliderValue(slider, page(12, { label: 'Zoom' }), new Set(), 's:', demo.task).grounding;
    expect(outside).toMatchObject({ ok: false });
    expect(outside.reason).toContain('the task asks for 75, and the slider "Zoom" goes from 0 to 60');
    const { slider: other } = plan('Move the zoom slider to 45 and click Send.');
    const stuck = groundSliderValue(other, page(12, { label: 'Zoom' }), new Set(['s:12']), 's:', demo.task).grounding;
    expect(stuck.reason).toContain('stays at 12 while setting it to 45');
  });
});
