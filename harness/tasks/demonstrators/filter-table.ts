/**
 * filter-table: read the person (full name, or first name and city) and which
 * of the row's two buttons to press; type the first name (or the city) into
 * the filter, then press that button on the row showing the whole name (or
 * the first name beside the city).
 */
import { clickElement, DemonstrationError, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';

export function readRequest(utterance: string): { verb: string; first: string; last?: string; city?: string } {
  const verb = /\b(approve|decline|accept|reject|allow|deny)\b/i.exec(utterance)?.[1];
  if (!verb) throw new DemonstrationError(`no row button named in "${utterance}"`);
  const body = utterance.replace(/^(?:Find|Please \w+|\w+ the access request of) /, '');
  let match = /\b([A-Z][a-z]+) (?:from|in) ([A-Z][a-z]+)\b/.exec(body);
  if (match) return { verb, first: match[1]!, city: match[2]! };
  match = /\b([A-Z][a-z]+) ([A-Z][a-z]+)\b/.exec(body);
  if (match) return { verb, first: match[1]!, last: match[2]! };
  throw new DemonstrationError(`no person named in "${utterance}"`);
}

export const filterTable: Demonstrator = async (context) => {
  const request = readRequest(context.utterance);
  const filter = requireOne(await context.observe(), { role: ['searchbox', 'textbox'] });
  await perform(context, { type: 'type', text: request.city ?? request.first, target: { elementId: filter.id }, replace: true });
  const observation = await context.observe();
  const row = findAll(observation, { role: 'row' }).find((candidate) => {
    const cells = findAll(observation, { within: candidate }).map((cell) => cell.text.trim());
    return request.city ? cells.some((text) => text.startsWith(`${request.first} `)) && cells.includes(request.city) : cells.includes(`${request.first} ${request.last}`);
  });
  if (!row) throw new DemonstrationError(`no row for ${JSON.stringify(request)}`);
  const button = findAll(observation, { role: 'button', within: row }).find((candidate) => candidate.text.trim().toLowerCase() === request.verb.toLowerCase());
  if (!button) throw new DemonstrationError(`no ${request.verb} button on the row`);
  await clickElement(context, button);
};
