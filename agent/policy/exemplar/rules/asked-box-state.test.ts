/**
 * A tick box the task asks ticked or unticked by its label's verb and particle, never set by the demonstration:
 * the click a person would make is added, shown from the other state so the plan skips it where the page agrees.
 */
import { describe, expect, it } from 'vitest';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { toggledState } from '../planned-step.js';
import { askedBoxState, labelVerbParticle, withAskedBoxStates } from './asked-box-state.js';

const box = (checked: boolean) => ({ id: 6, role: 'checkbox', text: 'Sign out of other devices', states: { checked }, box: { x: 10, y: 60, width: 8, height: 8 } });
const elements = (checked: boolean) => [
  { id: 3, role: 'textbox', text: '', label: 'Current password', states: {}, box: { x: 10, y: 20, width: 100, height: 10 } },
  box(checked),
  { id: 8, role: 'button', text: 'Save', states: {}, box: { x: 80, y: 80, width: 30, height: 10 } },
];
const step = (id: number, role: string, text = ''): Step =>
  ({ index: 0, observation: { text: '', elements: elements(false) }, action: { type: 'click', target: { elementId: id } }, targets: [{ role, text, box: elements(false).find((e) => e.id === id)!.box }], result: { ok: true } }) as unknown as Step;
const demo = { task: 'Change my password from Otter-tango34 to Quartzkite42.', steps: [step(3, 'textbox'), step(8, 'button', 'Save')] } as unknown as Trajectory;
const page = elements(true) as never;

describe('the state a task asks of a box by its label\'s verb and particle', () => {
  it('reads the label\'s opening verb and particle', () => {
    expect(labelVerbParticle('Sign out of other devices')).toEqual({ verb: 'sign', particle: 'out' });
    expect(labelVerbParticle('Remember me')).toBeUndefined();
    // Only a label that opens with its verb and particle: "prices in" is no phrasal verb, nor "signed in" further on.
    expect(labelVerbParticle('Show prices in euros')).toBeUndefined();
    expect(labelVerbParticle('Keep me signed in')).toBeUndefined();
  });

  it('reads ticked from the same particle, unticked from the opposite one or a negation', () => {
    expect(askedBoxState('Sign out all other devices.', 'sign', 'out')).toBe(true);
    expect(askedBoxState('Change it and sign me out everywhere else.', 'sign', 'out')).toBe(true);
    expect(askedBoxState('but keep me signed in on my other devices.', 'sign', 'out')).toBe(false);
    expect(askedBoxState('Stay signed in on the other devices.', 'sign', 'out')).toBe(false);
    expect(askedBoxState("Please don't sign me out of my other devices.", 'sign', 'out')).toBe(false);
  });

  it('reads nothing without the verb and a particle, or with both states', () => {
    expect(askedBoxState('Change my password on my other devices.', 'sign', 'out')).toBeUndefined();
    expect(askedBoxState('Sign out here but stay signed in on other devices.', 'sign', 'out')).toBeUndefined();
    // A negation further back in the clause than the verb's own: no single reading, never the opposite one.
    expect(askedBoxState("Change it, but don't keep me signed in on my other devices.", 'sign', 'out')).toBeUndefined();
  });
});

describe('a click added for the asked state', () => {
  it('is added before the closing press, shown from the other state ("keep me signed in": intended unticked)', () => {
    const added = withAskedBoxStates(demo, 'Change my password from Maplekite28 to Otter_pepper77 but keep me signed in on my other devices.', page);
    expect(added?.trajectory.steps).toHaveLength(3);
    expect(added?.trajectory.steps[1]?.action).toEqual({ type: 'click', target: { elementId: 6 } });
    expect(toggledState(added!.trajectory.steps[1]!)).toBe(false);
    const ticked = withAskedBoxStates(demo, 'Change my password from Maplekite28 to Otter_pepper77. Sign out all other devices.', page);
    expect(toggledState(ticked!.trajectory.steps[1]!)).toBe(true);
  });

  it('adds nothing when the task has no reading, does not speak of the box, or the page at hand has no such box', () => {
    expect(withAskedBoxStates(demo, 'Change my password from Maplekite28 to Otter_pepper77. Other devices: sign.', page)).toBeUndefined();
    expect(withAskedBoxStates(demo, 'Change my password from Maplekite28 to Otter_pepper77.', page)).toBeUndefined();
    expect(withAskedBoxStates(demo, 'Change my password from Maplekite28 to Otter_pepper77. Sign out all other devices.', [] as never)).toBeUndefined();
  });
});
