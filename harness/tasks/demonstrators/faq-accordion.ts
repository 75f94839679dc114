/**
 * faq-accordion: find the question — quoted, or the one whose text holds the
 * topic the instruction names — and open it unless it is open; read the value
 * of the asked kind (code, phone number, e-mail address) from the answer that
 * opened under it; type it into the field and press the named button.
 */
import { clickElement, DemonstrationError, findAll, perform, requireOne, quotedStrings, type Demonstrator } from './demonstrator.js';
import { finalCaption } from './second-suite.js';

const VALUE = {
  code: /\b[A-Z]{2}-\d{4}\b/,
  number: /\b0\d{3} \d{3} \d{3}\b/,
  address: /\b[\w.]+@[\w.]+\.com\b/,
};

export const faqAccordion: Demonstrator = async (context) => {
  const utterance = context.utterance;
  const [quoted] = quotedStrings(utterance);
  const topic = quoted ? undefined : /(?:about|for) (.+?)(?: from the FAQ|\?|,)/.exec(utterance)?.[1];
  const kind = /e-mail address|\baddress\b/.test(utterance) ? 'address' : /number/.test(utterance) ? 'number' : 'code';
  let observation = await context.observe();
  const questions = findAll(observation, { role: 'button' }).filter((button) => button.states.expanded !== undefined);
  const question = questions.find((button) => (quoted ? button.text.trim() === quoted : button.text.toLowerCase().includes(topic!.toLowerCase())));
  if (!question) throw new DemonstrationError(`no question for ${quoted ?? topic} in "${utterance}"`);
  if (!question.states.expanded) {
    await clickElement(context, question);
    observation = await context.observe();
  }
  const opened = findAll(observation, { role: 'button' }).find((button) => button.text.trim() === question.text.trim());
  if (!opened) throw new DemonstrationError('the question went away');
  // The answer is the first region below the question.
  const answer = findAll(observation, { role: 'region' })
    .filter((region) => region.box.y >= opened.box.y + opened.box.height - 1)
    .sort((a, b) => a.box.y - b.box.y)[0];
  if (!answer) throw new DemonstrationError(`no answer opened under "${question.text}"`);
  const text = [answer, ...findAll(observation, { within: answer })].map((element) => element.text).join(' ');
  const value = VALUE[kind].exec(text)?.[0];
  if (!value) throw new DemonstrationError(`no ${kind} in the answer "${text}"`);
  const field = requireOne(observation, { role: 'textbox' });
  await perform(context, { type: 'type', text: value, target: { elementId: field.id }, replace: true });
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: finalCaption(utterance) }));
};
