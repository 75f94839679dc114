/**
 * list-cart: read each change (a quantity set, raised or lowered by an
 * amount, in digits or words, or a line removed), then for each line press
 * its + or − once at a time, looking at the quantity after every press (a
 * toast may have taken a click), or its wordless remove icon; then press
 * the checkout button the instruction names.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';
import { readCount } from './list-pages.js';

type Change = { name: string; remove: true } | { name: string; set?: number; by?: number };

const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine)';

export function readChanges(utterance: string): Change[] {
  const body = utterance.replace(/(?:, then press|\. Finish with) .+$/, '');
  return body.split(/ and /).map((clause) => {
    let match = /(?:remove the|take the) (\w+)(?: out)?$|need the (\w+) any more$/i.exec(clause);
    if (match) return { name: (match[1] ?? match[2])!, remove: true as const };
    match = new RegExp(`(?:make it|exactly) ${COUNT} (\\w+)$`, 'i').exec(clause);
    if (match) return { name: match[2]!, set: readCount(match[1]!) };
    match = new RegExp(`set the (\\w+) to ${COUNT}$`, 'i').exec(clause);
    if (match) return { name: match[1]!, set: readCount(match[2]!) };
    match = new RegExp(`${COUNT} (?:more|extra) (\\w+)$`, 'i').exec(clause);
    if (match) return { name: match[2]!, by: readCount(match[1]!) };
    match = new RegExp(`${COUNT} fewer (\\w+)$|take away ${COUNT} of the (\\w+)$`, 'i').exec(clause);
    if (match) return { name: (match[2] ?? match[4])!, by: -readCount((match[1] ?? match[3])!) };
    throw new DemonstrationError(`cannot read "${clause}"`);
  });
}

/** The cart line naming the product: a list item whose first child is the name. */
function lineOf(observation: Observation, name: string): UIElement | undefined {
  return findAll(observation, { role: 'listitem' }).find((line) => childrenOf(observation, line).some((child) => child.text.trim() === name));
}

/** The line's quantity: the number between its − and + buttons. */
function quantity(observation: Observation, line: UIElement): number {
  const number = findAll(observation, { within: line }).find((element) => element.role !== 'button' && /^\d+$/.test(element.text.trim()));
  if (!number) throw new DemonstrationError('a cart line shows no quantity');
  return Number(number.text.trim());
}

function stepper(observation: Observation, line: UIElement, sign: '+' | '-'): UIElement {
  const wanted = sign === '+' ? /^(\+|Increase)$/ : /^(\u2212|-|Decrease)$/;
  const button = findAll(observation, { role: 'button', within: line }).find((element) => wanted.test(nameOf(element)) || wanted.test(element.label ?? ''));
  if (!button) throw new DemonstrationError(`no ${sign} button on the line`);
  return button;
}

export const listCart: Demonstrator = async (context) => {
  const changes = readChanges(context.utterance);
  for (const change of changes) {
    let observation = await context.observe();
    let line = lineOf(observation, change.name);
    if (!line) throw new DemonstrationError(`no cart line "${change.name}"`);
    if ('remove' in change) {
      const icon = findAll(observation, { role: 'button', within: line }).find((button) => /^(Remove|Delete)$/.test(button.label ?? '') || /^(Remove|Delete)$/.test(nameOf(button)));
      if (!icon) throw new DemonstrationError(`no remove icon on the line "${change.name}"`);
      await clickElement(context, icon);
      continue;
    }
    const target = change.set ?? quantity(observation, line) + change.by!;
    for (let presses = 0; presses < 30; presses++) {
      const now = quantity(observation, line);
      if (now === target) break;
      await clickElement(context, stepper(observation, line, now < target ? '+' : '-'));
      observation = await context.observe();
      line = lineOf(observation, change.name);
      if (!line) throw new DemonstrationError(`the line "${change.name}" went away`);
    }
  }
  const caption = /(?:press|with) (.+)\.$/.exec(context.utterance)?.[1];
  if (!caption) throw new DemonstrationError(`no checkout button named in "${context.utterance}"`);
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: caption }));
};
