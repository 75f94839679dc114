/**
 * alarm-set: "Set an alarm for 6:45 AM on weekdays, called Gym.", "alarm
 * 18:05 mon/wed "Piano"", "Name: Meds. Repeat: daily. Time: 9:00 PM." — a
 * person chooses the hour and minutes (and AM / PM when the sheet has them),
 * presses the round day buttons until exactly the asked days are on (the
 * letters read in order from Monday, or from Sunday when the row starts with
 * S), types the name and presses the button at the top right.
 */
import { DemonstrationError, clickElement, findAll, nameOf, perform, selectOption, type Demonstrator } from './demonstrator.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const NAMES = ['Gym', 'Piano', 'Meds', 'School run', 'Yoga', 'Bins out', 'Swim'];

/** The days (0 = Monday) a request asks for. */
export function daysOf(text: string): number[] {
  const lower = text.toLowerCase();
  if (/\bweekdays?\b/.test(lower)) return [0, 1, 2, 3, 4];
  if (/\bweekends\b|(?<!\/)\bsat\/sun\b(?!\/)/.test(lower)) return [5, 6];
  if (/\bevery day\b|\bdaily\b/.test(lower)) return [0, 1, 2, 3, 4, 5, 6];
  return DAYS.flatMap((day, i) => (new RegExp(`\\b${day.slice(0, 3)}`).test(lower) ? [i] : []));
}

export const alarmSet: Demonstrator = async (context) => {
  const { utterance } = context;
  const time = /\b(\d{1,2}):(\d{2})( AM| PM)?/.exec(utterance);
  const name = NAMES.find((candidate) => utterance.includes(candidate));
  const days = daysOf(utterance.replace(/"[^"]*"/g, (quoted) => (NAMES.includes(quoted.slice(1, -1)) ? '' : quoted)));
  if (!time || !name || days.length === 0) throw new DemonstrationError(`cannot read the alarm in "${utterance}"`);
  const hour24 = Number(time[1]) % (time[3] ? 12 : 24) + (time[3] === ' PM' ? 12 : 0);
  let observation = await context.observe();
  const pm = findAll(observation, { role: 'button', text: 'PM' })[0];
  const am = findAll(observation, { role: 'button', text: 'AM' })[0];
  const twelve = Boolean(pm && am);
  const hourText = twelve ? String(hour24 % 12 === 0 ? 12 : hour24 % 12) : String(hour24).padStart(2, '0');
  await selectOption(context, { role: 'combobox', label: 'Hour' }, hourText);
  await selectOption(context, { role: 'combobox', label: 'Minutes' }, time[2]!);
  if (twelve) await clickElement(context, hour24 >= 12 ? pm! : am!);
  observation = await context.observe();
  const round = findAll(observation, { role: 'button' }).filter((button) => /^[MTWFS]$/.test(button.text.trim()));
  if (round.length !== 7) throw new DemonstrationError(`expected seven day buttons, found ${round.length}`);
  const sundayFirst = round[0]!.text.trim() === 'S';
  for (const [position, button] of round.entries()) {
    const day = sundayFirst ? (position + 6) % 7 : position;
    if (Boolean(button.states.checked) !== days.includes(day)) await clickElement(context, button);
  }
  const field = findAll(await context.observe(), { role: 'textbox' })[0];
  if (!field) throw new DemonstrationError('no name field');
  await perform(context, { type: 'type', text: name, target: { elementId: field.id }, replace: true });
  const buttons = findAll(await context.observe(), { role: 'button' }).filter((button) => !/^([MTWFS]|AM|PM|Cancel)$/.test(nameOf(button)) && !/^[MTWFS]$/.test(button.text.trim()));
  if (buttons.length !== 1) throw new DemonstrationError(`expected one save button, found ${buttons.map(nameOf).join(', ')}`);
  await clickElement(context, buttons[0]!);
};
