/**
 * An alarm sheet for day-set tests (agent/policy/exemplar/rules/day-set*.test.ts): AM / PM toggles and the seven
 * round day toggles showing one letter each, named by their day, as alarm pages draw them; and a press on one.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import type { Step } from '../../../agent/core/trajectory.js';
import { bindSlots } from '../../../agent/policy/exemplar/bind-slots.js';
import type { TaskAlignment } from '../../../agent/policy/exemplar/align-tasks.js';

/** The week as the sheet shows it, Sunday first. */
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A toggle button showing `text`, named by `label` when given, pressed when `checked`. */
export const toggle = (id: number, text: string, label: string | undefined, checked: boolean): UIElement =>
  ({ id, role: 'button', tag: 'button', text, ...(label ? { label } : {}), states: { checked }, box: { x: id * 20, y: 0, width: 17, height: 17 }, source: 'dom', interactive: true }) as UIElement;

/** A sheet: AM / PM toggles (ids 1, 2) and the seven round day toggles (ids 10–16, Sunday first) showing one letter each. */
export const sheet = (on: readonly string[], pm = false): UIElement[] => [
  toggle(1, 'AM', undefined, !pm),
  toggle(2, 'PM', undefined, pm),
  ...DAYS.map((day, index) => toggle(10 + index, day[0]!, day, on.includes(day))),
];

/** A demonstrated click on element `id` of a page showing `elements`. */
export const press = (id: number, elements: UIElement[]): Step => ({ action: { type: 'click', target: { elementId: id } }, observation: { elements } }) as unknown as Step;

/** The demonstration the day-set review probes follow: its presses leave every day on, on a sheet starting with Tuesday and the weekend on. */
export const SWIM_DEMO = 'From Mum: "set yourself an alarm for 6:35 AM every day, label it Swim!"';
const swimPresses = (() => {
  const start = sheet(['Tuesday', 'Saturday', 'Sunday']);
  return [11, 13, 14, 15].map((id) => press(id, start));
})();
const swimAlignment: TaskAlignment = {
  score: 0.6,
  slots: [{ old: ['6:35 AM'], new: ['18:05'], list: false, kind: 'number' }, { old: ['Swim'], new: ['Gym'], list: false, kind: 'text' }],
  anchors: 7,
  unpaired: [],
};
/** The day set bindSlots reads for `task` (its time 18:05, its name Gym) following SWIM_DEMO; undefined when none is read. */
export const bindAfterSwim = (task: string) =>
  bindSlots(swimPresses.map((step, index) => ({ step: { ...step, targets: [] }, index })), swimAlignment, [], [], { old: SWIM_DEMO, new: task }).ensure;
