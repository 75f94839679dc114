/**
 * widget-radio-cards: read the plan (by name, monthly price or storage) and
 * the billing period; click the plan's card (a radio outside the billing
 * group) and the period's segment (a radio inside it) — also when already
 * selected — then press the form's only button.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, requireOne, type Demonstrator } from './demonstrator.js';

function readTask(utterance: string): { plan: (text: string) => boolean; period: RegExp } {
  const period = /\b(monthly|yearly)\b/.exec(utterance)?.[1];
  if (!period) throw new DemonstrationError(`no billing period in "${utterance}"`);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let plan: ((text: string) => boolean) | undefined;
  let match = /the plan that costs (\S+?) a month/.exec(utterance);
  if (match) {
    const price = match[1]!;
    plan = (text) => text.includes(`${price}/mo`);
  } else if ((match = /the plan with (\d+) GB of storage/.exec(utterance))) {
    const pattern = new RegExp(`(?:^|\\D)${match[1]} GB`);
    plan = (text) => pattern.test(text);
  } else if ((match = /the (\w+) plan\b/.exec(utterance))) {
    const pattern = new RegExp(`^${escape(match[1]!)}\\W`);
    plan = (text) => pattern.test(text);
  }
  if (!plan) throw new DemonstrationError(`no plan in "${utterance}"`);
  return { plan, period: period === 'monthly' ? /month/i : /year/i };
}

export const widgetRadioCards: Demonstrator = async (context) => {
  const task = readTask(context.utterance);
  const observation = await context.observe();
  const group = requireOne(observation, { role: 'radiogroup' });
  const segments = findAll(observation, { role: 'radio', within: group });
  const cards = findAll(observation, { role: 'radio' }).filter((radio) => !segments.includes(radio));
  const one = (list: UIElement[], test: (text: string) => boolean, what: string): UIElement => {
    const found = list.filter((element) => test(element.text.trim()));
    if (found.length !== 1) throw new DemonstrationError(`${found.length} ${what} fit "${context.utterance}"`);
    return found[0]!;
  };
  await clickElement(context, one(cards, task.plan, 'plan cards'));
  await clickElement(context, one(segments, (text) => task.period.test(text), 'billing segments'));
  await clickElement(context, requireOne(await context.observe(), { role: 'button' }));
};
