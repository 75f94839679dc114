/**
 * list-comments: find the comment whose author line is the named person's
 * full name (a namesake shares the first name; mentions in other comments
 * do not count), scrolling the thread until its controls are wholly in
 * view. Like: press its Like control (a word or a glyph named by
 * aria-label). Reply: press its Reply control, type the quoted text into the
 * box that opens and press the box's send button (any but Cancel).
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { ancestorWithRole, scrollIntoView } from './list-pages.js';

function readTask(utterance: string): { who: string; reply?: string } {
  const who = /([A-Z][a-z]+ [A-Z][a-z]+)(?='s|[.:]| you)/.exec(utterance.replace(/"[^"]*"/g, ''))?.[1];
  if (!who) throw new DemonstrationError(`no person named in "${utterance}"`);
  const reply = /"([^"]*)"/.exec(utterance)?.[1];
  return { who, reply };
}

function commentBy(observation: Observation, who: string): UIElement | undefined {
  for (const element of observation.elements) {
    // The author line: the name, then the comment's age ("Mira Costa 3h").
    const text = element.text.trim();
    if (text !== who && !new RegExp(`^${who} \\d+h$`).test(text)) continue;
    const article = ancestorWithRole(observation, element, ['article']);
    if (article) return article;
  }
  return undefined;
}

function control(observation: Observation, article: UIElement, name: 'Like' | 'Reply'): UIElement | undefined {
  return findAll(observation, { role: 'button', within: article }).find((button) => button.label === name || nameOf(button).startsWith(name) || (name === 'Like' && /^Liked/.test(nameOf(button))));
}

/** The thread's scrolling pane: the nearest ancestor of the comments that is not a comment. */
function pane(observation: Observation): UIElement | undefined {
  const first = findAll(observation, { role: 'article' })[0];
  if (!first || first.parentId === undefined) return undefined;
  return observation.elements.find((element) => element.id === first.parentId);
}

export const listComments: Demonstrator = async (context) => {
  const { who, reply } = readTask(context.utterance);
  const want = reply === undefined ? 'Like' : 'Reply';
  const { element } = await scrollIntoView(context, (seen) => {
    const article = commentBy(seen, who);
    return article ? control(seen, article, want) : undefined;
  }, pane, `the ${want} control of ${who}'s comment`);
  await clickElement(context, element);
  if (reply === undefined) return;
  const { element: field } = await scrollIntoView(context, (seen) => {
    const article = commentBy(seen, who);
    return article ? findAll(seen, { role: 'textbox', within: article })[0] : undefined;
  }, pane, 'the reply box');
  await perform(context, { type: 'type', text: reply, target: { elementId: field.id }, replace: true });
  const { element: send } = await scrollIntoView(context, (seen) => {
    const now = commentBy(seen, who);
    if (!now) return undefined;
    const buttons = findAll(seen, { role: 'button', within: now });
    const box = findAll(seen, { role: 'textbox', within: now })[0];
    return buttons.find((button) => box !== undefined && button.box.y > box.box.y && nameOf(button) !== 'Cancel');
  }, pane, 'the send button');
  await clickElement(context, send);
};
