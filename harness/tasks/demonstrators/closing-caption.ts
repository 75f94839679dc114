/**
 * closing-caption: "Enter "Lara" as the name and submit the form." — type the
 * quoted name, then press the form's sending control (id "send": its caption
 * and markup change between episodes; the other control is never pressed).
 */
import { clickElement, DemonstrationError, firstQuoted, typeInto, type Demonstrator } from './demonstrator.js';

export const closingCaption: Demonstrator = async (context) => {
  await typeInto(context, { role: 'textbox', label: 'Name' }, firstQuoted(context.utterance));
  const observation = await context.observe();
  const send = observation.elements.filter((element) => element.attributes?.['id'] === 'send');
  if (send.length !== 1) throw new DemonstrationError('no one sending control on the form');
  await clickElement(context, send[0]!);
};
