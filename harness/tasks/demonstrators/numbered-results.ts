/**
 * numbered-results: type the quoted name, press Search, then click the page
 * number link of the page that holds the Nth hit (three a page) — never ‹ ›
 * — and the hit at its place there.
 */
import { clickElement, DemonstrationError, findAll, firstOrdinal, firstQuoted, perform, requireOne, type Demonstrator } from './demonstrator.js';

const PER_PAGE = 3;

export const numberedResults: Demonstrator = async (context) => {
  const term = firstQuoted(context.utterance);
  const wanted = firstOrdinal(context.utterance);
  if (wanted === undefined) throw new DemonstrationError(`no hit number in "${context.utterance}"`);
  const field = requireOne(await context.observe(), { role: ['textbox', 'searchbox'] });
  await perform(context, { type: 'type', text: term, target: { elementId: field.id }, replace: true });
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: 'Search' }));
  const page = Math.ceil(wanted / PER_PAGE);
  if (page > 1) await clickElement(context, requireOne(await context.observe(), { role: 'link', text: String(page) }));
  const hits = findAll(await context.observe(), { role: 'link' }).filter((link) => link.attributes?.['class'] === 'hit-title');
  const hit = hits[(wanted - 1) % PER_PAGE];
  if (!hit) throw new DemonstrationError(`page ${page} shows ${hits.length} hits, not the ${wanted}th`);
  await clickElement(context, hit);
};
