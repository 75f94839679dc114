/**
 * notice-close: "Close the notice, then click "Reports"." — press the notice's
 * close icon (class "x": its glyph, markup and name change between episodes),
 * then the quoted link of the page.
 */
import { clickElement, DemonstrationError, firstQuoted, requireOne, type Demonstrator } from './demonstrator.js';

export const noticeClose: Demonstrator = async (context) => {
  let observation = await context.observe();
  const closer = observation.elements.filter((element) => element.attributes?.['class'] === 'x');
  if (closer.length !== 1) throw new DemonstrationError('no one close icon on the notice');
  await clickElement(context, closer[0]!);
  observation = await context.observe();
  await clickElement(context, requireOne(observation, { role: 'link', text: firstQuoted(context.utterance) }));
};
