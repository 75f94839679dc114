/**
 * contact-pager: a contact book showing one card at a time. Read the name
 * and what to click (phone number or e-mail) off the instruction; while the
 * card on show is not the named contact's (its heading is the name, whole),
 * press the pager's next button (the last button; its caption varies); then
 * click the link beside "Phone:" or "Email:" on that card.
 */
import { clickElement, DemonstrationError, findAll, parseUtterance, type Demonstrator } from './demonstrator.js';

export const contactPager: Demonstrator = async (context) => {
  const [name, what] = parseUtterance(context.utterance, /^(?:Find|Look up) (\S+) in the contact book and click(?: on)? their (phone number|email)\.$/, 'a contact and a property');
  const property = what === 'email' ? 'email' : 'phone';
  for (let page = 0; page < 20; page++) {
    const observation = await context.observe();
    const heading = findAll(observation, { role: 'heading' })[0];
    if (!heading) throw new DemonstrationError('no card on show');
    if (heading.text.trim() === name) {
      const link = observation.elements.find((element) => element.attributes?.['class'] === property);
      if (!link) throw new DemonstrationError(`no ${property} link on ${name}'s card`);
      return clickElement(context, link);
    }
    const next = findAll(observation, { role: 'button' }).at(-1);
    if (!next || next.states.disabled) throw new DemonstrationError(`${name} is in no card of the book`);
    await clickElement(context, next);
  }
  throw new DemonstrationError('gave up paging through the book');
};
