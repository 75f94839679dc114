/**
 * menu-optgroup: read the dish and the meal from the instruction, choose the
 * dish among the options under that meal's <optgroup> (the same dish sits
 * under other meals too), then press the button the instruction ends with.
 */
import { DemonstrationError, parseUtterance, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

function readTask(utterance: string): { dish: string; meal: string } {
  let match = /^Choose (\w+) from the (\w+) menu/.exec(utterance);
  if (match) return { dish: match[1]!, meal: match[2]! };
  match = /^From the (\w+) menu, pick (\w+)/.exec(utterance);
  if (match) return { dish: match[2]!, meal: match[1]! };
  const [dish = '', meal = ''] = parseUtterance(utterance, /^Order (\w+) for (\w+)/, 'a dish and a meal');
  return { dish, meal };
}

export const menuOptgroup: Demonstrator = async (context) => {
  const { dish, meal } = readTask(context.utterance);
  const select = requireOne(await context.observe(), { role: ['combobox', 'listbox'] });
  const group = (select.optionGroups ?? []).find((name, index) => name.toLowerCase() === meal.toLowerCase() && select.options?.[index] === dish);
  if (!group) throw new DemonstrationError(`no ${dish} under ${meal}`);
  await perform(context, { type: 'select', target: { elementId: select.id }, option: dish, group });
  await clickFinalButton(context);
};
