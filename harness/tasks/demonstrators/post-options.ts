/**
 * post-options: find the post whose author line shows the @handle the
 * instruction names, press its wordless options icon (the second icon of the
 * post, a "⋯" image), and choose the quoted item in the menu that opens.
 */
import { clickElement, DemonstrationError, findAll, parseUtterance, quotedStrings, requireOne, type Demonstrator } from './demonstrator.js';

export const postOptions: Demonstrator = async (context) => {
  const [handle = ''] = parseUtterance(context.utterance, /@(\w+)/, 'the user');
  const [item = ''] = quotedStrings(context.utterance);
  const observation = await context.observe();
  const author = findAll(observation, { role: 'text' }).find((element) => element.text.trim().endsWith(`@${handle}`));
  if (!author) throw new DemonstrationError(`no post by @${handle}`);
  const post = observation.elements.find((element) => element.id === author.parentId);
  if (!post) throw new DemonstrationError('the author line has no post around it');
  // The wordless icons of the post: the heart, then the options icon.
  const icons = findAll(observation, { role: 'button', within: post }).filter((element) => element.text.trim() === '' && element.attributes?.class === 'dots');
  if (icons.length !== 1) throw new DemonstrationError(`the post by @${handle} shows ${icons.length} options icons`);
  await clickElement(context, icons[0]!);
  const menu = await context.observe();
  // The item itself, not the wrapper around the icon and the whole menu (its text starts with the first item too).
  const [choice] = findAll(menu, { role: 'button', textStartsWith: item }).sort((a, b) => a.text.length - b.text.length);
  await clickElement(context, choice ?? requireOne(menu, { textStartsWith: item }));
};
