/**
 * framed-newsletter: the form in the iframe is observed like any other (the
 * observation reads same-origin frames): name, e-mail, topic, then the named
 * button.
 */
import { parseUtterance, selectOption, typeInto, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

const TOPICS = 'Science|Travel|Cooking|Music|Sport|Gardening';

export const framedNewsletter: Demonstrator = async (context) => {
  const [email] = parseUtterance(context.utterance, /([\w.]+@[\w.]+\w)/, 'the e-mail address');
  const [topic] = parseUtterance(context.utterance, new RegExp(`\\b(${TOPICS})\\b`), 'the topic');
  const [given] = parseUtterance(context.utterance, /(?:name |Sign |for )([A-Z][a-z]+)\b(?! letter)/, 'the name');
  await typeInto(context, { role: 'textbox', label: 'Your name' }, given!);
  await typeInto(context, { role: 'textbox', label: 'E-mail' }, email!);
  await selectOption(context, { label: 'Topic' }, topic!);
  await clickFinalButton(context);
};
