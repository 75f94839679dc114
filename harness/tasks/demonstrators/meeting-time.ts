/**
 * meeting-time: "Set the meeting to 10:45 and add 3 guests, then click
 * Save." — type the time's hour and minute into their own fields, the number
 * of guests into Guests (a count of one may read "a guest"), then Save.
 */
import { clickWhere, DemonstrationError, typeInto, type Demonstrator } from './demonstrator.js';

/** The time and guest count a task names: "10:45", 3 ("a guest" / "one guest" is 1). */
export function meetingOf(utterance: string): { hour: string; minute: string; guests: string } {
  const time = /\b(\d{2}):(\d{2})\b/.exec(utterance);
  const count = /\badd (\d+|a|an|one) guests?\b/i.exec(utterance);
  if (!time || !count) throw new DemonstrationError(`cannot read the meeting in "${utterance}"`);
  return { hour: time[1]!, minute: time[2]!, guests: /^\d+$/.test(count[1]!) ? count[1]! : '1' };
}

export const meetingTime: Demonstrator = async (context) => {
  const meeting = meetingOf(context.utterance);
  await typeInto(context, { role: 'textbox', label: 'Hour' }, meeting.hour);
  await typeInto(context, { role: 'textbox', label: 'Minute' }, meeting.minute);
  await typeInto(context, { role: 'textbox', label: 'Guests' }, meeting.guests);
  await clickWhere(context, { role: 'button', text: 'Save' });
};
