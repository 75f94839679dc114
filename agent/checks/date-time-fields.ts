/**
 * A date or time field is done when it holds the task's date or time in the
 * task's meaning, whatever form either is written in: "07.02.1972" holds
 * "February 7, 1972", "2:05 PM" holds "14:05". A field showing another date
 * than every date the task names (a day clicked in the wrong month) is not.
 * Fields whose value reads as no date or time, and tasks that name none, are
 * not judged here.
 */
import type { UIElement } from '../core/observation.js';
import { dateReadings, datesNamedIn, sameDate, timeOf, timesNamedIn } from '../policy/exemplar/rules/date-formats.js';

const FIELD_ROLES = new Set(['textbox', 'combobox', 'spinbutton', 'searchbox']);

export function dateTimeFieldProblems(task: string, elements: readonly UIElement[]): string[] {
  const dates = datesNamedIn(task);
  const times = timesNamedIn(task);
  if (dates.length === 0 && times.length === 0) return [];
  const problems: string[] = [];
  for (const element of elements) {
    const value = element.value?.trim();
    if (!value || element.states.hidden || !FIELD_ROLES.has(element.role)) continue;
    const name = JSON.stringify(element.label || element.text || element.role);
    const readings = dateReadings(value);
    if (dates.length > 0 && readings.length > 0 && !readings.some((reading) => dates.some((date) => sameDate(date, reading)))) {
      problems.push(`the date field ${name} holds ${JSON.stringify(value)}, which is not the date the task names`);
    }
    const time = timeOf(value);
    if (times.length > 0 && time && !times.some((named) => named.hour === time.hour && named.minute === time.minute)) {
      problems.push(`the time field ${name} holds ${JSON.stringify(value)}, which is not the time the task names`);
    }
  }
  return problems;
}
