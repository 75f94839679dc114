/**
 * paged-results: search the quoted name, then go to the page that holds the
 * Nth result — by its page number when the pager shows it, else by Next
 * (whatever its caption) — and click the result at its place there. The
 * page size is read off the first page, as a person counts it.
 */
import { clickElement, DemonstrationError, findAll, firstOrdinal, firstQuoted, perform, requireOne, type Demonstrator } from './demonstrator.js';
import type { Observation, UIElement } from '../../../agent/core/observation.js';

const NEXT_CAPTIONS = ['>', 'Next', '\u00bb', '\u203a'];

const resultsOf = (observation: Observation): UIElement[] => findAll(observation, { role: 'link' }).filter((link) => link.attributes?.['class'] === 'result-title');

export const pagedResults: Demonstrator = async (context) => {
  const term = firstQuoted(context.utterance);
  const wanted = firstOrdinal(context.utterance);
  if (wanted === undefined) throw new DemonstrationError(`no result number in "${context.utterance}"`);
  const field = requireOne(await context.observe(), { role: ['textbox', 'searchbox'] });
  await perform(context, { type: 'type', text: term, target: { elementId: field.id }, replace: true });
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: 'Search' }));
  const perPage = resultsOf(await context.observe()).length;
  if (perPage === 0) throw new DemonstrationError('the search showed no results');
  const page = Math.ceil(wanted / perPage);
  for (let current = 1; current < page; ) {
    const observation = await context.observe();
    const number = findAll(observation, { role: 'link', text: String(page) })[0];
    if (number) {
      await clickElement(context, number);
      current = page;
      continue;
    }
    const next = findAll(observation, { role: 'link' }).find((link) => NEXT_CAPTIONS.includes(link.text.trim()));
    if (!next) throw new DemonstrationError(`no link to page ${page} and no Next on page ${current}`);
    await clickElement(context, next);
    current++;
  }
  const results = resultsOf(await context.observe());
  const result = results[(wanted - 1) % perPage];
  if (!result) throw new DemonstrationError(`page ${page} shows ${results.length} results, not the ${wanted}th`);
  await clickElement(context, result);
};
