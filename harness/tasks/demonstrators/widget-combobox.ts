/**
 * widget-combobox: read the departure and arrival (an airport's name, or
 * "the airport with code XYZ") from one of the phrasings; in each combobox
 * (the first is the departure, the second the arrival) type the code or the
 * name, wait for the filtered options and click the one that is that airport;
 * press the form's only button.
 */
import { clickElement, DemonstrationError, findAll, parseUtterance, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

function readRoute(utterance: string): { from: string; to: string } {
  const patterns: Array<[RegExp, 'from-to' | 'to-from']> = [
    [/^Search flights from (.+?) to (.+?): choose/, 'from-to'],
    [/^Set the departure to (.+?) and the arrival to (.+?), then/, 'from-to'],
    [/^I fly out of (.+?) and land at (.+?)\. Pick/, 'from-to'],
    [/^Going to (.+?), leaving from (.+?) - select/, 'to-from'],
  ];
  for (const [pattern, order] of patterns) {
    const match = pattern.exec(utterance);
    if (match) return order === 'from-to' ? { from: match[1]!, to: match[2]! } : { from: match[2]!, to: match[1]! };
  }
  throw new DemonstrationError(`cannot read the airports from "${utterance}"`);
}

/** What to type and how to recognise the option: a code, or an airport's full name. */
function optionFor(airport: string): { typed: string; matches: (text: string) => boolean } {
  const [code] = parseUtterance(airport, /^(?:the airport with code ([A-Z]{3})|.+)$/, 'the airport');
  if (code) return { typed: code, matches: (text) => text.endsWith(`(${code})`) };
  return { typed: airport, matches: (text) => text.startsWith(`${airport} (`) };
}

export const widgetCombobox: Demonstrator = async (context) => {
  const route = readRoute(context.utterance);
  for (const [index, airport] of [route.from, route.to].entries()) {
    const box = findAll(await context.observe(), { role: 'combobox' })[index];
    if (!box) throw new DemonstrationError(`no combobox number ${index + 1}`);
    const wanted = optionFor(airport);
    await perform(context, { type: 'type', text: wanted.typed, target: { elementId: box.id }, replace: true });
    const option = await waitForElement(context, (observation) =>
      findAll(observation, { role: 'option' }).find((candidate) => wanted.matches(candidate.text.trim())),
    );
    if (!option) throw new DemonstrationError(`no option for ${airport}`);
    await clickElement(context, option);
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button' }));
};
