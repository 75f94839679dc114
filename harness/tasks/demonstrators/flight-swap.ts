/**
 * flight-swap: "Find flights from Prague to Zurich on March 13.", "Could
 * you look for Oslo flights out of Dublin on Fri the 14th for two of us?",
 * "Oslo → Lisbon, 14 Mar, 3 adults" — a person reads the trip's two cities,
 * and when the search form holds them the other way round presses the ⇅
 * button between the fields; otherwise types each city the form does not
 * already hold over its field. Then picks the departure day (the option
 * ending "14 Mar"), the travellers when the request gives them, and presses
 * the remaining button.
 */
import { DemonstrationError, clickElement, findAll, nameOf, perform, requireOne, type Demonstrator } from './demonstrator.js';

const COUNTS = ['one', 'two', 'three', 'four'];

export function tripOf(utterance: string): { from: string; to: string; day: number; travellers?: number } {
  const outOf = /([A-Z][a-z]+) flights out of ([A-Z][a-z]+)/.exec(utterance);
  const plain = /([A-Z][a-z]+) ?(?:to|→|-) ?([A-Z][a-z]+)/.exec(utterance);
  const [from, to] = outOf ? [outOf[2]!, outOf[1]!] : plain ? [plain[1]!, plain[2]!] : [];
  const day = /\bMarch (\d{1,2})\b|\b(\d{1,2}) Mar\b|\bthe (\d{1,2})(?:st|nd|rd|th)\b/.exec(utterance);
  if (!from || !to || !day) throw new DemonstrationError(`cannot read the trip in "${utterance}"`);
  const party = new RegExp(`for (\\d|${COUNTS.join('|')}) of us|(\\d) adults`).exec(utterance);
  const travellers = party ? (/\d/.test(party[1] ?? party[2]!) ? Number(party[1] ?? party[2]) : COUNTS.indexOf(party[1]!) + 1) : undefined;
  return { from, to, day: Number(day[1] ?? day[2] ?? day[3]), travellers };
}

export const flightSwap: Demonstrator = async (context) => {
  const trip = tripOf(context.utterance);
  let observation = await context.observe();
  const fromField = requireOne(observation, { label: 'From' });
  const toField = requireOne(observation, { label: 'To' });
  const holds = (value: string | undefined, city: string) => (value ?? '').startsWith(city);
  if (holds(fromField.value, trip.to) && holds(toField.value, trip.from)) {
    const swap = findAll(observation, { role: 'button' }).find((button) => button.text.trim() === '⇅');
    if (!swap) throw new DemonstrationError('no ⇅ button');
    await clickElement(context, swap);
  } else {
    if (!holds(fromField.value, trip.from)) await perform(context, { type: 'type', text: trip.from, target: { elementId: fromField.id }, replace: true });
    if (!holds(toField.value, trip.to)) await perform(context, { type: 'type', text: trip.to, target: { elementId: toField.id }, replace: true });
  }
  observation = await context.observe();
  const selects = findAll(observation, { role: 'combobox' });
  const daySelect = selects.find((select) => (select.options ?? []).some((option) => / Mar$/.test(option)));
  const option = daySelect?.options?.find((candidate) => candidate.endsWith(`, ${trip.day} Mar`));
  if (!daySelect || !option) throw new DemonstrationError(`no departure day ${trip.day}`);
  await perform(context, { type: 'select', target: { elementId: daySelect.id }, option });
  if (trip.travellers) {
    const party = requireOne(await context.observe(), { role: 'combobox', label: 'Passengers' });
    await perform(context, { type: 'select', target: { elementId: party.id }, option: `${trip.travellers} adult${trip.travellers > 1 ? 's' : ''}` });
  }
  const search = findAll(await context.observe(), { role: 'button' }).filter((button) => button.text.trim() !== '⇅');
  if (search.length !== 1) throw new DemonstrationError(`expected one search button, found ${search.map(nameOf).join(', ')}`);
  await clickElement(context, search[0]!);
};
