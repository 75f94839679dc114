/**
 * author-feed: find the post whose author line shows the @handle the
 * instruction names (exactly: @maria is not @mariah, and a post that only
 * mentions @maria in its text is not hers). While it is not on screen,
 * scroll the feed down; when the feed's end shows its "load more" button
 * (caption varies), press it. Then press the named action inside that post,
 * once it is wholly in view.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';

function readTask(utterance: string): { handle: string; action: string } {
  const handle = /@[\w.]+?(?=[.'\s]|$)/.exec(utterance)?.[0];
  const action = /\bLike\b|\blike\b/.test(utterance) ? 'Like' : /\bShare\b/.test(utterance) ? 'Share' : /\bSave\b/.test(utterance) ? 'Save' : undefined;
  if (!handle || !action) throw new DemonstrationError(`cannot read "${utterance}"`);
  return { handle, action };
}

/** The post whose author line (its first child) ends with the handle. */
function postBy(observation: Observation, handle: string): UIElement | undefined {
  return findAll(observation, { role: 'article' }).find((post) => {
    const who = childrenOf(observation, post)[0];
    return who !== undefined && who.text.trim().split(/\s+/).at(-1) === handle;
  });
}

export const authorFeed: Demonstrator = async (context) => {
  const { handle, action } = readTask(context.utterance);
  for (let attempt = 0; attempt < 40; attempt++) {
    const observation = await context.observe();
    const post = postBy(observation, handle);
    const button = post ? findAll(observation, { role: 'button', within: post }).find((element) => nameOf(element) === action || element.label === action) : undefined;
    if (button) return clickElement(context, button);
    // The feed's own button after the posts (its caption varies), not an action inside a post.
    const posts = findAll(observation, { role: 'article' });
    const more = findAll(observation, { role: 'button' }).find((element) => element.tag === 'button' && !posts.some((one) => element.parentId === one.id || childrenOf(observation, one).some((child) => child.id === element.parentId)));
    if (!post && more) {
      await clickElement(context, more);
      continue;
    }
    const last = posts.at(-1);
    if (!last) throw new DemonstrationError('the feed shows no post');
    await perform(context, { type: 'scroll', deltaX: 0, deltaY: post ? 30 : 80, target: { elementId: last.id } });
  }
  throw new DemonstrationError(`no post by ${handle} came into view`);
};
