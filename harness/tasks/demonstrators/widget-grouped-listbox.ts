/**
 * widget-grouped-listbox: read the meal (the group) and the dish; open the
 * pop-up by its trigger (the button that reports expanded), find the group
 * whose label is the meal and click the dish inside it, then press the other
 * button.
 */
import { clickElement, DemonstrationError, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

function readTask(utterance: string): { group: string; dish: string } {
  const patterns: Array<[RegExp, 'dish-group' | 'group-dish']> = [
    [/^Order the (.+?) from the (.+?) menu,/, 'dish-group'],
    [/^Choose (.+?) under (.+?) and click/, 'dish-group'],
    [/^For (.+?) I will have the (.+?)\. Select/, 'group-dish'],
    [/^(.+?): (.+?)\. Pick that dish/, 'group-dish'],
  ];
  for (const [pattern, order] of patterns) {
    const match = pattern.exec(utterance);
    if (match) return order === 'dish-group' ? { dish: match[1]!, group: match[2]! } : { group: match[1]!, dish: match[2]! };
  }
  throw new DemonstrationError(`cannot read the meal and dish from "${utterance}"`);
}

export const widgetGroupedListbox: Demonstrator = async (context) => {
  const { group, dish } = readTask(context.utterance);
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const trigger = findAll(await context.observe(), { role: 'button' }).find((button) => button.states.expanded !== undefined);
  if (!trigger) throw new DemonstrationError('no pop-up trigger');
  await clickElement(context, trigger);
  const listbox = await waitForElement(context, (seen) => findAll(seen, { role: 'listbox' })[0]);
  if (!listbox) throw new DemonstrationError('the pop-up did not open');
  // The section heading is a plain text beside its group; the pop-up scrolls, so look, and scroll down until the dish shows.
  for (let look = 0; look < 10; look++) {
    const observation = await context.observe();
    const box = findAll(observation, { role: 'listbox' })[0]?.box ?? listbox.box;
    const heading = findAll(observation, { within: listbox }).find((element) => element.role === 'text' && same(element.text, group));
    const section = heading && findAll(observation, { role: 'group' }).find((candidate) => candidate.parentId === heading.parentId);
    const option = section && findAll(observation, { role: 'option', within: section }).find((candidate) => same(nameOf(candidate), dish));
    if (option && option.box.y >= box.y && option.box.y + option.box.height <= box.y + box.height) {
      await clickElement(context, option);
      const buttons = findAll(await context.observe(), { role: 'button' }).filter((button) => button.states.expanded === undefined);
      if (buttons.length !== 1) throw new DemonstrationError(`${buttons.length} buttons besides the trigger`);
      await clickElement(context, buttons[0]!);
      return;
    }
    await perform(context, { type: 'scroll', deltaX: 0, deltaY: 26, target: { elementId: listbox.id } });
  }
  throw new DemonstrationError(`"${dish}" under "${group}" never came into view`);
};
