/**
 * The "Edit alarm" sheet of the alarm-days run tests: an Hour list 1–12, Minutes, an AM / PM pair, a row of seven day
 * toggles (buttons showing a pressed state, each named by its day), an Alarm name field, an optional Repeat list and
 * Save; and the demonstration of a Demo recorded on it (the sheet starting with Sunday on, 7:00 AM).
 */
import { find, recordDemonstration } from './record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from './widget-page.js';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import type { Action } from '../../../agent/core/action.js';
import type { ActionResult } from '../../../agent/core/operator.js';

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PRESSABLE = new Set([...DAYS.map((day) => day.toLowerCase()), 'am', 'pm']);

/** The sheet's toggles are buttons showing a pressed state (aria-pressed), as on a phone's alarm sheet: AM / PM one of two, each day on its own. */
export class AlarmSheet extends WidgetPageOperator {
  override async observe(): Promise<Observation> {
    const observation = await super.observe();
    const keyOf = (element: UIElement) => (element.label ?? element.text).toLowerCase();
    const elements = observation.elements.map((element) => (element.role === 'button' && PRESSABLE.has(keyOf(element)) ? { ...element, states: { ...element.states, checked: this.checked.has(keyOf(element)) } } : element));
    return { ...observation, elements };
  }
  override async execute(action: Action): Promise<ActionResult> {
    const result = await super.execute(action);
    const key = action.type === 'click' && result.ok ? this.clicks.at(-1) : undefined;
    if (key === 'am' || key === 'pm') {
      this.checked.delete('am');
      this.checked.delete('pm');
      this.checked.add(key);
    } else if (key && PRESSABLE.has(key)) {
      if (this.checked.has(key)) this.checked.delete(key);
      else this.checked.add(key);
    }
    return result;
  }
}

export const sheet = (on: readonly string[] = ['Sunday'], repeatList = false) =>
  new AlarmSheet([
    { key: 'hour', role: 'combobox', label: 'Hour', options: Array.from({ length: 12 }, (_, index) => String(index + 1)), value: '7' },
    { key: 'minutes', role: 'combobox', label: 'Minutes', options: Array.from({ length: 12 }, (_, index) => String(index * 5).padStart(2, '0')), value: '00' },
    { key: 'am', role: 'button', text: 'AM', checked: true },
    { key: 'pm', role: 'button', text: 'PM' },
    ...DAYS.map((day): WidgetSpec => ({ key: day.toLowerCase(), role: 'button', text: day[0]!, label: day, checked: on.includes(day) })),
    { key: 'name', role: 'textbox', label: 'Alarm name' },
    // A "Repeat" list offering periods the toggles cannot say, left at Weekly by every demonstration here.
    ...(repeatList ? [{ key: 'repeat', role: 'combobox', label: 'Repeat', options: ['Weekly', 'Every 2 weeks', 'Monthly'], value: 'Weekly' } satisfies WidgetSpec] : []),
    { key: 'save', role: 'button', text: 'Save' },
  ] satisfies WidgetSpec[]);

export interface Demo {
  task: string;
  /** The hour, minutes and half chosen, and the day toggles pressed (on a sheet starting with Sunday on, 7:00 AM). */
  hour: string;
  minutes: string;
  pm: boolean;
  presses: readonly string[];
  name: string;
}

export async function demonstrate(demo: Demo, repeatList = false) {
  const day = (observation: Observation, name: string) => ({ type: 'click' as const, target: { elementId: find(observation, 'button', undefined, name).id } });
  return recordDemonstration(sheet(['Sunday'], repeatList), demo.task, (observation, step) =>
    [
      { type: 'select' as const, target: { elementId: find(observation, 'combobox', undefined, 'Hour').id }, option: demo.hour },
      { type: 'select' as const, target: { elementId: find(observation, 'combobox', undefined, 'Minutes').id }, option: demo.minutes },
      ...(demo.pm ? [{ type: 'click' as const, target: { elementId: find(observation, 'button', 'PM').id } }] : []),
      ...demo.presses.map((name) => day(observation, name)),
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Alarm name').id }, text: demo.name },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
    ][step],
  );
}
