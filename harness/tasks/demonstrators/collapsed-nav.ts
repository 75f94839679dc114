/**
 * collapsed-nav: the page named in the instruction is a link in the site's
 * navigation, maybe inside a group ("Laptops under Products"). When the
 * navigation is collapsed, open it with the toggle in the header bar (its
 * caption varies); open the group when the link sits in one; click the link.
 */
import type { Observation } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, findOne, requireOne, type Demonstrator } from './demonstrator.js';

function readTarget(utterance: string): { page: string; group?: string } {
  const grouped = /^Go to (\w+) under (\w+)\.$|^Open the (\w+) page in the (\w+) section\.$|^Navigate to (\w+) > (\w+)\.$/.exec(utterance);
  if (grouped) {
    if (grouped[1]) return { page: grouped[1], group: grouped[2]! };
    if (grouped[3]) return { page: grouped[3], group: grouped[4]! };
    return { page: grouped[6]!, group: grouped[5]! };
  }
  const plain = /^(?:Go to|Open the|Navigate to) (\w+)(?: page)?\.$/.exec(utterance);
  if (plain) return { page: plain[1]! };
  throw new DemonstrationError(`cannot read "${utterance}"`);
}

const visibleLink = (observation: Observation, name: string) => findOne(observation, { role: 'link', text: name });

export const collapsedNav: Demonstrator = async (context) => {
  const { page, group } = readTarget(context.utterance);
  let observation = await context.observe();
  const first = group ?? page;
  const firstShown = (seen: Observation) => (group ? findAll(seen, { textStartsWith: group }).find((element) => element.interactive) : visibleLink(seen, page));
  if (!firstShown(observation)) {
    const banner = requireOne(observation, { role: 'banner' });
    await clickElement(context, requireOne(observation, { role: 'button', within: banner }));
    observation = await context.observe();
  }
  const shown = firstShown(observation);
  if (!shown) throw new DemonstrationError(`no "${first}" in the navigation`);
  if (group) {
    await clickElement(context, shown);
    observation = await context.observe();
  }
  const link = visibleLink(observation, page);
  if (!link) throw new DemonstrationError(`no link "${page}"`);
  await clickElement(context, link);
};
