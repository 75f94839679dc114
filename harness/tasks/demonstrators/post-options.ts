/**
 * post-options: find the post whose author line shows the @handle the
 * instruction names, press its wordless options icon (the second icon of the
 * post, a "⋯" image), and choose the quoted item in the menu that opens.
 */
import { clickElement, DemonstrationError, findAll, parseUtterance, quotedStrings, requireOne, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

export const postOptions: Demonstrator = async (context) => {
  const [handle = ''] = parseUtterance(context.utterance, /@(\w+)/, 'the user');
  const [item = ''] = quotedStrings(context.utterance);
  // The icons are CSS images: on a busy machine they take up no room until their files have loaded, and a person
  // waits until they show.
  let count = 0;
  const icon = await waitForElement(context, (observation) => {
    const author = findAll(observation, { role: 'text' }).find((element) => element.text.trim().endsWith(`@${handle}`));
    if (!author) throw new DemonstrationError(`no post by @${handle}`);
    const post = observation.elements.find((element) => element.id === author.parentId);
    if (!post) throw new DemonstrationError('the author line has no post around it');
    // The wordless icons of the post: the heart, then the options icon.
    const icons = findAll(observation, { role: 'button', within: post }).filter((element) => element.text.trim() === '' && element.attributes?.class === 'dots');
    count = icons.length;
    return icons.length === 1 ? icons[0] : undefined;
  }, 20);
  if (!icon) throw new DemonstrationError(`the post by @${handle} shows ${count} options icons`);
  await clickElement(context, icon);
  const menu = await context.observe();
  // The item itself, not the wrapper around the icon and the whole menu (its text starts with the first item too).
  const [choice] = findAll(menu, { role: 'button', textStartsWith: item }).sort((a, b) => a.text.length - b.text.length);
  await clickElement(context, choice ?? requireOne(menu, { textStartsWith: item }));
};
