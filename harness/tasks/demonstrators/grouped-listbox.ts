/**
 * grouped-listbox: read the town and the day from the instruction, click the
 * town's option under that day's heading (the town leaves on another day
 * too), then press the button the instruction ends with.
 */
import { clickElement, DemonstrationError, findAll, parseUtterance, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

function readTask(utterance: string): { town: string; day: string } {
  let match = /^Pick the (\w+) departure on (\w+)/.exec(utterance);
  if (match) return { town: match[1]!, day: match[2]! };
  match = /^Under (\w+), choose (\w+)/.exec(utterance);
  if (match) return { town: match[2]!, day: match[1]! };
  const [town = '', day = ''] = parseUtterance(utterance, /^Book (\w+) for (\w+)/, 'a town and a day');
  return { town, day };
}

export const groupedListbox: Demonstrator = async (context) => {
  const { town, day } = readTask(context.utterance);
  const option = findAll(await context.observe(), { role: 'option', text: town }).find((element) => element.group === day);
  if (!option) throw new DemonstrationError(`no ${town} under ${day}`);
  await clickElement(context, option);
  await clickFinalButton(context);
};
