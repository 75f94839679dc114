/**
 * Rule: a day and a time written together bind to the steps that set them apart.
 *
 *   demonstration: "Quarterly planning / 14 February 12:30pm / Yusuf and Dev"   (chose "Friday, February 14" in Day, "12:30 PM" in Start time)
 *   task:          "Team lunch / 23 May 15:30 / Greta and Hana"
 *   slot:          "14 February 12:30pm" → "23 May 15:30"
 *
 * The alignment reads the words between two separators as one value, but a
 * person sets the day and the time in fields of their own (two drop-downs, a
 * date and a time input). So a slot whose values are each a day followed (or
 * preceded) by a time of day is read as two pieces, bound piece by piece: the
 * time as rules/date-formats.ts binds times (in the form the demonstration
 * chose or typed it: "12:30 PM" → "3:30 PM"), the day as rules/day-options.ts
 * binds a day chosen from a list, or as a date the steps used whole. Every
 * piece must bind to something a step used, else the slot stays unused.
 *
 * Planning half: bind-slots.ts (`dateTimePieceBindings`). Grounding half: that of
 * the piece rules (ground-step.ts `dayOptionFor` for a day option).
 */
import type { Step } from '../../../core/trajectory.js';
import type { Binding } from '../text-match.js';
import { dateTimeBindings } from './date-formats.js';
import { dayOptionBinding } from './day-options.js';

/** A time of day written as a piece of a longer value: "12:30pm", "15:30", "3:00 PM", "4 pm". */
const TIME_PIECE = /(?<![\d:])\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)(?![\p{L}])|(?<![\d:])\d{1,2}:\d{2}(?![\d:])/giu;

/** A value cut into its day and its time (words between dropped: "at", ","); undefined unless it holds exactly one time and a day beside it. */
export function dateTimePieces(value: string): { day: string; time: string } | undefined {
  const times = [...value.matchAll(TIME_PIECE)];
  if (times.length !== 1) return undefined;
  const found = times[0]!;
  const start = found.index ?? 0;
  const end = start + found[0].length;
  const strip = (text: string) => text.replace(/^[\s,;:–—@-]+|[\s,;:–—@-]+$/gu, '').replace(/^(?:on|at)\s+|\s+(?:on|at)$/giu, '').trim();
  const before = strip(value.slice(0, start));
  const after = strip(value.slice(end));
  if ((before === '') === (after === '')) return undefined;
  return { day: before || after, time: found[0].trim() };
}

/** A time written as timeOf reads it: "12:30pm" → "12:30pm", "4 pm" → "4:00 pm". */
function clockForm(time: string): string {
  return /:/.test(time) ? time : time.replace(/^(\d{1,2})\s?/, '$1:00 ');
}

/**
 * Bindings for a day-and-time slot: the time piece's forms and the day
 * piece's (a chosen day option, or the day the steps used whole). Undefined
 * when either value is not a day and a time, or a piece binds nothing a step used.
 */
export function dateTimePieceBindings(old: string, value: string, steps: readonly Step[], evidence: readonly string[], used: (text: string) => boolean): Binding[] | undefined {
  const before = dateTimePieces(old);
  const after = dateTimePieces(value);
  if (!before || !after) return undefined;
  const time = dateTimeBindings(clockForm(before.time), clockForm(after.time), evidence);
  if (!time || 'problem' in time) return undefined;
  const timeBindings = time.bindings.filter((binding) => used(binding.old));
  if (timeBindings.length === 0) return undefined;
  const day = dayOptionBinding(before.day, after.day, steps);
  if (day) return [...timeBindings, day];
  // The day typed or clicked as the task wrote it ("Friday" clicked in a week's tabs): bound whole.
  if (used(before.day)) return [...timeBindings, { old: before.day, new: after.day }];
  return undefined;
}
