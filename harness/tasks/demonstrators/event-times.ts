/**
 * event-times: read the quoted title and the start and end times (12- or
 * 24-hour); type the title over the title field; for the start picker, then
 * the end picker (moving the start moves the end), open the pop-up list,
 * scroll it until the time — written in the page's own clock, read off the
 * picker — is wholly in view, click it and wait for the picker to show it;
 * press the button the task ends with.
 */
import { clickElement, DemonstrationError, findAll, firstQuoted, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { scrollIntoView } from './list-pages.js';
import { finalCaption, waitForElement } from './second-suite.js';

/** Minutes after midnight of each time in the text, in order ("2:30 pm" → 870, "14:30" → 870). */
export function readTimes(text: string): number[] {
  return [...text.matchAll(/\b(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\b\.?)?/g)].map((match) => {
    let hour = Number(match[1]);
    const half = match[3]?.toLowerCase();
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    return hour * 60 + Number(match[2]);
  });
}

function written(minutes: number, twelve: boolean): string {
  const hour = Math.floor(minutes / 60);
  const minute = String(minutes % 60).padStart(2, '0');
  if (twelve) return `${((hour + 11) % 12) + 1}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
  return `${String(hour).padStart(2, '0')}:${minute}`;
}

export const eventTimes: Demonstrator = async (context) => {
  const title = firstQuoted(context.utterance);
  const times = readTimes(context.utterance.replace(`"${title}"`, ''));
  if (times.length !== 2) throw new DemonstrationError(`expected a start and an end time in "${context.utterance}"`);
  await perform(context, { type: 'type', text: title, target: { elementId: requireOne(await context.observe(), { role: 'textbox', label: 'Title' }).id }, replace: true });
  for (const [index, minutes] of times.entries()) {
    const pickers = findAll(await context.observe(), { role: 'button' }).filter((button) => button.states.expanded !== undefined);
    const picker = pickers[index];
    if (!picker || pickers.length !== 2) throw new DemonstrationError('expected two time pickers');
    const wanted = written(minutes, /[AP]M/.test(picker.text));
    if (picker.text.trim() === wanted) continue;
    await clickElement(context, picker);
    const list = await waitForElement(context, (seen) => findAll(seen, { role: 'listbox' })[0]);
    if (!list) throw new DemonstrationError('the time list did not open');
    const { element: option } = await scrollIntoView(
      context,
      (seen) => findAll(seen, { role: 'option' }).find((candidate) => candidate.text.trim() === wanted || candidate.text.trim().startsWith(`${wanted} (`)),
      (seen) => findAll(seen, { role: 'listbox' })[0],
      `the time ${wanted}`,
    );
    await clickElement(context, option);
    const shown = await waitForElement(context, (seen) => findAll(seen, { role: 'button' }).filter((button) => button.states.expanded !== undefined)[index]?.text.trim() === wanted ? seen.elements[0] : undefined);
    if (!shown) throw new DemonstrationError(`the picker does not show ${wanted}`);
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: finalCaption(context.utterance) }));
};
