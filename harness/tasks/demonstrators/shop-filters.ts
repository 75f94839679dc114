/**
 * shop-filters: read the brands (exactly these), the price bounds, a minimum
 * rating or "in stock" when named, and the apply caption; open the Filters
 * panel, type the bounds, tick the named brands and untick the others (one
 * may be ticked from before), choose "4 stars & up" or turn the stock switch
 * on when asked — scrolling the panel as needed — and apply.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, requireOne, type Demonstrator, type DemonstratorContext } from './demonstrator.js';
import { waitForElement } from './second-suite.js';
import { scrollIntoView } from './list-pages.js';

export interface FilterTask {
  brands: string[];
  min?: number;
  max?: number;
  rating?: number;
  stock: boolean;
  caption: string;
}

export function readFilters(utterance: string): FilterTask {
  const caption = /(?:press|click) ([A-Z][\w ]*)\.$/.exec(utterance)?.[1];
  const brands = /^(?:Show|Filter to|I want) (?:only )?([A-Z][a-z]+)(?: (?:and|or) ([A-Z][a-z]+))?/.exec(utterance);
  if (!caption || !brands) throw new DemonstrationError(`cannot read "${utterance}"`);
  const task: FilterTask = { brands: [brands[1]!, brands[2]].filter((brand): brand is string => Boolean(brand)), stock: /\bin stock\b/.test(utterance), caption };
  const both = /between \$(\d+) and \$(\d+)|from (\d+) to (\d+) dollars|\$(\d+)\u2013\$(\d+)/.exec(utterance);
  const max = /under \$(\d+)|below (\d+) dollars|up to \$(\d+)/.exec(utterance);
  const min = /over \$(\d+)|at least \$(\d+)|from (\d+) dollars up/.exec(utterance);
  const first = (match: RegExpExecArray, from: number) => Number(match.slice(from).find(Boolean));
  if (both) {
    const numbers = both.slice(1).filter(Boolean).map(Number);
    task.min = numbers[0];
    task.max = numbers[1];
  } else if (max) task.max = first(max, 1);
  else if (min) task.min = first(min, 1);
  else throw new DemonstrationError(`no price in "${utterance}"`);
  if (/\b4 stars\b/.test(utterance)) task.rating = 4;
  return task;
}

function panelBody(observation: Observation): UIElement | undefined {
  const dialog = findAll(observation, { role: 'dialog' })[0];
  return dialog ? findAll(observation, { role: 'group', within: dialog })[0] : undefined;
}

async function reach(context: DemonstratorContext, find: (seen: Observation) => UIElement | undefined, what: string): Promise<UIElement> {
  return (await scrollIntoView(context, find, panelBody, what)).element;
}

export const shopFilters: Demonstrator = async (context) => {
  const task = readFilters(context.utterance);
  await clickElement(context, requireOne(await context.observe(), { role: 'button', textStartsWith: 'Filters' }));
  if (!(await waitForElement(context, (seen) => findAll(seen, { role: 'dialog' })[0]))) throw new DemonstrationError('the filters panel did not open');
  for (const [label, value] of [['Min', task.min], ['Max', task.max]] as const) {
    if (value === undefined) continue;
    const field = await reach(context, (seen) => findAll(seen, { role: ['textbox', 'spinbutton'], label })[0], `the ${label} field`);
    await perform(context, { type: 'type', text: String(value), target: { elementId: field.id }, replace: true });
  }
  const brandNames = findAll(await context.observe(), { role: 'checkbox' }).map((box) => nameOf(box).replace(/^\u2713\s*/, ''));
  for (const brand of brandNames) {
    const box = await reach(context, (seen) => findAll(seen, { role: 'checkbox' }).find((candidate) => nameOf(candidate).replace(/^\u2713\s*/, '') === brand), brand);
    if ((box.states.checked === true) !== task.brands.includes(brand)) await clickElement(context, box);
  }
  if (task.rating !== undefined) {
    const radio = await reach(context, (seen) => findAll(seen, { role: 'radio' }).find((candidate) => nameOf(candidate).startsWith(`${task.rating} stars`)), 'the rating');
    if (radio.states.checked !== true) await clickElement(context, radio);
  }
  if (task.stock) {
    const toggle = await reach(context, (seen) => findAll(seen, { role: 'switch' })[0], 'the stock switch');
    if (toggle.states.checked !== true) await clickElement(context, toggle);
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: task.caption }));
};
