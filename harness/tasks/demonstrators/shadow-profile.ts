/**
 * shadow-profile: the form inside the custom element's shadow root is
 * observed like any other (the observation pierces open shadow roots): type
 * the quoted name over the old one, pick the city, press the named button.
 */
import { firstQuoted, parseUtterance, selectOption, typeInto, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const shadowProfile: Demonstrator = async (context) => {
  const name = firstQuoted(context.utterance);
  const [city] = parseUtterance(context.utterance, /(?:city(?: to)?|from) ([A-Z][a-z]+)/, 'the city');
  await typeInto(context, { role: 'textbox', label: 'Display name' }, name);
  await selectOption(context, { label: 'City' }, city!);
  await clickFinalButton(context);
};
