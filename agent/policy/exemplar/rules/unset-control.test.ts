/**
 * A tick box the task speaks of, which the demonstration never set, is refused: followed,
 * the box would stay as the page happens to show it.
 */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import { unsetControlProblems } from './unset-control.js';

const elements = [
  { id: 3, role: 'textbox', text: '', label: 'Current password' },
  { id: 6, role: 'checkbox', text: 'Sign out of other devices' },
  { id: 8, role: 'button', text: 'Save' },
];
const step = (id: number, role: string, text = ''): Step =>
  ({ index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: id } }, targets: [{ role, text }] }) as unknown as Step;
const typedAndSaved = [step(3, 'textbox'), step(8, 'button', 'Save')];
const DEMO = 'Change my password from Otter-tango34 to Quartzkite42.';

describe('a tick box the task speaks of, never set by the demonstration', () => {
  it('is refused when the task names most of its label ("keep me signed in on my other devices", "Sign out all other devices")', () => {
    expect(unsetControlProblems(DEMO, 'Change my password from Maplekite28 to Otter_pepper77 but keep me signed in on my other devices.', typedAndSaved)).toHaveLength(1);
    expect(unsetControlProblems(DEMO, 'Change my password from Maplekite28 to Otter_pepper77. Sign out all other devices.', typedAndSaved)[0]?.text).toContain('Sign out of other devices');
  });

  it('is no problem when the task does not speak of it, its own task did as much, or the demonstration set a tick box', () => {
    expect(unsetControlProblems(DEMO, 'Change my password from Maplekite28 to Otter_pepper77.', typedAndSaved)).toEqual([]);
    expect(unsetControlProblems(DEMO, 'Change my other password from Maplekite28 to Otter_pepper77.', typedAndSaved)).toEqual([]);
    const ticked = [step(3, 'textbox'), step(6, 'checkbox', 'Sign out of other devices'), step(8, 'button', 'Save')];
    expect(unsetControlProblems('Change it to X12 and sign out of other devices.', 'Change it to Y34 and sign out of other devices.', ticked)).toEqual([]);
  });
});
