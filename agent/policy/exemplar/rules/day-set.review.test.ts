// Review probes (session 31, review31): a day phrase said once in each task but not as the alarm's repeat days.
// bindSlots read the shared-days set for each (a wrong action); it.fails where it still does.
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { bindSlots } from '../bind-slots.js';
import type { TaskAlignment } from '../align-tasks.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const toggle = (id: number, text: string, label: string | undefined, checked: boolean): UIElement =>
  ({ id, role: 'button', tag: 'button', text, ...(label ? { label } : {}), states: { checked }, box: { x: id * 20, y: 0, width: 17, height: 17 }, source: 'dom', interactive: true }) as UIElement;
/** A sheet: AM / PM toggles (ids 1, 2) and the seven round day toggles (ids 10–16, Sunday first) showing one letter each. */
const sheet = (on: readonly string[], pm = false): UIElement[] => [
  toggle(1, 'AM', undefined, !pm),
  toggle(2, 'PM', undefined, pm),
  ...DAYS.map((day, index) => toggle(10 + index, day[0]!, day, on.includes(day))),
];
const press = (id: number, elements: UIElement[]): Step => ({ action: { type: 'click', target: { elementId: id } }, observation: { elements } }) as unknown as Step;


const demo = 'From Mum: "set yourself an alarm for 6:35 AM every day, label it Swim!"';
const start = sheet(['Tuesday', 'Saturday', 'Sunday']);
const presses = [11, 13, 14, 15].map((id) => press(id, start));
const alignment: TaskAlignment = {
  score: 0.6,
  slots: [{ old: ['6:35 AM'], new: ['18:05'], list: false, kind: 'number' }, { old: ['Swim'], new: ['Gym'], list: false, kind: 'text' }],
  anchors: 7,
  unpaired: [],
};
const bind = (task: string) => bindSlots(presses.map((step, index) => ({ step: { ...step, targets: [] }, index })), alignment, [], [], { old: demo, new: task }).ensure;

describe('review probes: a day phrase that names the days left out', () => {
  it('control: the shared phrase is read', () => {
    expect(bind('Set an alarm for 18:05 every day, called Gym.')).toBeDefined();
  });
  // "Skip it on weekends" asks Saturday and Sunday off; the set reading turned exactly Saturday and Sunday on ("skip"
  // is now a narrowing word of day-set.ts).
  it('reads no set from a phrase after "skip"', () => {
    expect(bind('Set an alarm for 18:05, called Gym. Skip it on weekends.')).toBeUndefined();
  });
  // "I rest at weekends" says when there is no alarm; the weekend toggles would be left on alone.
  it.fails('reads no set from a phrase saying when the person rests', () => {
    expect(bind('Set an alarm for 18:05 called Gym; I rest at weekends.')).toBeUndefined();
  });
});
