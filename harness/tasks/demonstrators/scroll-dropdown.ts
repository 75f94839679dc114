/**
 * scroll-dropdown: open the styled drop-down, turn the wheel over its list
 * until the named city shows (three show at a time), click it, then press
 * the named button.
 */
import { clickElement, DemonstrationError, findAll, parseUtterance, perform, requireOne, type Demonstrator } from './demonstrator.js';

export const scrollDropdown: Demonstrator = async (context) => {
  const [city, button] = parseUtterance(context.utterance, /^Choose (.+) from the dropdown, then press "(.+)"\.$/, 'a city and a button');
  const opener = findAll(await context.observe(), { role: 'button' }).find((element) => element.attributes?.['class'] === 'opener');
  if (!opener) throw new DemonstrationError('no drop-down opener');
  await clickElement(context, opener);
  for (let turn = 0; turn < 8; turn++) {
    const observation = await context.observe();
    const option = observation.elements.find((element) => element.tag === 'li' && element.text.trim() === city);
    const view = observation.elements.find((element) => element.attributes?.['class'] === 'view');
    const middle = option ? option.box.y + option.box.height / 2 : 0;
    // An option cut off at the list's edge is scrolled fully into view first, as a person would.
    if (option && view && (middle < view.box.y + 4 || middle > view.box.y + view.box.height - 4)) {
      await perform(context, { type: 'scroll', target: { elementId: view.id }, deltaX: 0, deltaY: Math.round(middle - (view.box.y + view.box.height / 2)) });
      continue;
    }
    if (option) {
      await clickElement(context, option);
      return clickElement(context, requireOne(await context.observe(), { role: 'button', text: button }));
    }
    if (!view) throw new DemonstrationError('the drop-down did not open');
    await perform(context, { type: 'scroll', target: { elementId: view.id }, deltaX: 0, deltaY: 52 });
  }
  throw new DemonstrationError(`${city} never came into view`);
};
