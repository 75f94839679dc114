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

/** Three uncaptioned sliders of 0–20 stacked in page order (ids 4, 8, 12 on tracks 3, 7, 11) at these values, and a Done button. */
function threeSliders(values: readonly number[]): UIElement[] {
  const elements: UIElement[] = [];
  values.forEach((value, index) => {
    const y = 40 + index * 23;
    const track = 3 + index * 4;
    elements.push(
      { id: track, role: 'generic', tag: 'div', text: '', states: {}, box: { x: 30, y, width: 110, height: 8 }, source: 'dom', interactive: false, attributes: { class: 'ui-slider' } },
      {
        id: track + 1,
        role: 'slider',
        tag: 'span',
        text: '',
        value: String(value),
        states: {},
        box: { x: 30 + (value / 20) * 110 - 6, y: y - 3, width: 12, height: 14 },
        source: 'dom',
        interactive: true,
        parentId: track,
        attributes: { role: 'slider', 'aria-valuemin': '0', 'aria-valuemax': '20' },
      },
    );
  });
  elements.push({ id: 20, role: 'button', tag: 'button', text: 'Done', states: {}, box: { x: 6, y: 110, width: 40, height: 20 }, source: 'dom', interactive: true });
  return elements;
}

// Demonstrated: "Set the sliders to the combination [6,8,16] and press Done.": one drag per slider, in page order.
const combination = parseTrajectory({
  formatVersion: TRAJECTORY_FORMAT_VERSION,
  id: 'sliders',
  task: 'Set the sliders to the combination [6,8,16] and press Done.',
  environment: 'browser',
  source: 'demonstration',
  outcome: { status: 'success', reason: 'reward 1' },
  createdAt: 0,
  steps: [
    step(0, threeSliders([2, 2, 2]), { type: 'drag', from: { elementId: 4 }, to: { x: 63, y: 44 } }),
    step(1, threeSliders([6, 2, 2]), { type: 'drag', from: { elementId: 8 }, to: { x: 74, y: 67 } }),
    step(2, threeSliders([6, 8, 2]), { type: 'drag', from: { elementId: 12 }, to: { x: 118, y: 90 } }),
    step(3, threeSliders([6, 8, 16]), { type: 'click', target: { elementId: 20 } }),
  ],
});

describe('sliders set from a bracketed list, one value each in page order', () => {
  it('reads "[12,13,3]" as three values and gives each slider its own', () => {
    const planned = planDemonstration(combination, 'Set the sliders to the combination [12,13,3] and press Done.');
    expect(planned.problems).toEqual([]);
    expect(planned.steps.map((step) => step.sliderValue?.wanted)).toEqual([12, 13, 3, undefined]);
    // Written with spaces, the list is the same.
    expect(planDemonstration(combination, 'Set the sliders to the combination [12, 13, 3] and press Done.').steps.map((step) => step.sliderValue?.wanted)).toEqual([12, 13, 3, undefined]);
  });

  it('sets the n-th of sliders named alike, whatever their values, and refuses when the page shows another number of them', () => {
    const planned = planDemonstration(combination, 'Set the sliders to the combination [12,13,3] and press Done.');
    const third = planned.steps[2]!;
    // Now the second slider shows 3 and the third 13: the third is still the one to set.
    const grounded = groundSliderValue(third, threeSliders([12, 3, 13]), new Set(), 's:', combination.task).grounding;
    expect(grounded.ok && 'action' in grounded && grounded.action).toMatchObject({ type: 'drag', from: { elementId: 12 } });
    const fewer = groundSliderValue(third, threeSliders([12, 3]), new Set(), 's:', combination.task).grounding;
    expect(fewer).toMatchObject({ ok: false });
    expect(fewer.reason).toContain('the page shows 2 slider(s) named alike where the demonstration set the 3rd of 3');
  });

  it('refuses a list of another length', () => {
    const shorter = planDemonstration(combination, 'Set the sliders to the combination [12,13] and press Done.');
    expect(shorter.problems.some((problem) => problem.blocking)).toBe(true);
  });

  // Demonstrated: "[6,6,16]", a value named twice: the first two sliders both set to 6.
  const twice = parseTrajectory({
    ...combination,
    id: 'twice',
    task: 'Set the sliders to the combination [6,6,16] and press Done.',
    steps: [
      step(0, threeSliders([2, 2, 2]), { type: 'drag', from: { elementId: 4 }, to: { x: 63, y: 44 } }),
      step(1, threeSliders([6, 2, 2]), { type: 'drag', from: { elementId: 8 }, to: { x: 63, y: 67 } }),
      step(2, threeSliders([6, 6, 2]), { type: 'drag', from: { elementId: 12 }, to: { x: 118, y: 90 } }),
      step(3, threeSliders([6, 6, 16]), { type: 'click', target: { elementId: 20 } }),
    ],
  });

  it('gives a value the demonstration\'s list named twice to each slider by its place in page order', () => {
    const planned = planDemonstration(twice, 'Set the sliders to the combination [12,13,3] and press Done.');
    expect(planned.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(planned.steps.map((step) => step.sliderValue?.wanted)).toEqual([12, 13, 3, undefined]);
    // The new list may name a value twice too, or the demonstrated one again.
    expect(planDemonstration(twice, 'Set the sliders to the combination [9,9,1] and press Done.').steps.map((step) => step.sliderValue?.wanted)).toEqual([9, 9, 1, undefined]);
    expect(planDemonstration(twice, 'Set the sliders to the combination [6,2,6] and press Done.').steps.map((step) => step.sliderValue?.wanted)).toEqual([6, 2, 6, undefined]);
  });

  it('sets no slider a value named twice when its place does not hold it in the list (sliders set out of list order)', () => {
    // The first slider set to 16, the last two to 6, under "[6,6,16]": page order and the list disagree, so neither 6 is placed.
    const crossed = parseTrajectory({
      ...twice,
      id: 'crossed',
      steps: [
        step(0, threeSliders([2, 2, 2]), { type: 'drag', from: { elementId: 4 }, to: { x: 118, y: 44 } }),
        step(1, threeSliders([16, 2, 2]), { type: 'drag', from: { elementId: 8 }, to: { x: 63, y: 67 } }),
        step(2, threeSliders([16, 6, 2]), { type: 'drag', from: { elementId: 12 }, to: { x: 63, y: 90 } }),
        step(3, threeSliders([16, 6, 6]), { type: 'click', target: { elementId: 20 } }),
      ],
    });
    const planned = planDemonstration(crossed, 'Set the sliders to the combination [12,13,3] and press Done.');
    expect(planned.steps.filter((step) => step.sliderValue?.wanted === 12 || step.sliderValue?.wanted === 13)).toHaveLength(0);
  });
});
