/**
 * music-queue: read what to do with whose song (play now, play next, remove,
 * or remove one and put another next) and the save caption; for each, scroll
 * the queue until the song whose artist line is that artist is wholly in
 * view, press its "⋯", dismiss the Premium offer with its "Not now"-like
 * link if it took the press (and press "⋯" again), choose the menu item;
 * press the save button when the task names one.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, requireOne, type Demonstrator, type DemonstratorContext } from './demonstrator.js';
import { childrenOf, waitForElement } from './second-suite.js';
import { scrollIntoView } from './list-pages.js';

type Verb = 'play' | 'next' | 'remove';

const NAME = "([A-Z][a-z]+(?: [A-Z][a-z]+)*)(?:'s|')?";

export function readQueueTask(utterance: string): { steps: { verb: Verb; artist: string }[]; caption?: string } {
  const caption = /(?:press|with|click) ([A-Z][\w ]*)\.$/.exec(utterance)?.[1];
  const both = new RegExp(`^(?:Remove the song by|Drop) ${NAME}(?: and play|(?: track)?, put the) ${NAME} song next`).exec(utterance);
  if (both) return { steps: [{ verb: 'remove', artist: both[1]! }, { verb: 'next', artist: both[2]! }], caption };
  const patterns: [Verb, RegExp][] = [
    ['remove', new RegExp(`^(?:Remove the song by ${NAME} from|Take ${NAME} track out|I don't want to hear ${NAME} \u2014)`)],
    ['next', new RegExp(`^(?:Put ${NAME} song next|Play the ${NAME} track next|Move the song by ${NAME} to the top)`)],
    ['play', new RegExp(`^(?:Play the song by ${NAME} now|Start ${NAME} track|I want to hear ${NAME} now|Skip ahead to the ${NAME} song)`)],
  ];
  for (const [verb, pattern] of patterns) {
    const match = pattern.exec(utterance);
    const artist = match?.slice(1).find(Boolean);
    if (artist) return { steps: [{ verb, artist }], caption };
  }
  throw new DemonstrationError(`cannot read "${utterance}"`);
}

/** The queue row whose artist line (a text child of its own) is the artist. */
function rowOf(observation: Observation, artist: string): UIElement | undefined {
  return findAll(observation, { role: 'listitem' }).find((row) => childrenOf(observation, row).some((child) => child.text.trim() === artist));
}

const MENU_ITEM: Record<Verb, RegExp> = { play: /^Play( now)?$/, next: /^Play next$/, remove: /^Remove( from queue)?$/ };

async function openMenuOf(context: DemonstratorContext, artist: string): Promise<UIElement> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const { element: row, observation } = await scrollIntoView(context, (seen) => rowOf(seen, artist), (seen) => findAll(seen, { role: 'list' })[0], `the song by ${artist}`);
    await clickElement(context, requireOne(observation, { role: 'button', within: row, textStartsWith: '\u22ef' }));
    const opened = await waitForElement(context, (seen) => findAll(seen, { role: 'menu' })[0] ?? findAll(seen, { role: 'dialog' })[0]);
    if (opened?.role === 'menu') return opened;
    if (!opened) throw new DemonstrationError('neither a menu nor a pop-up opened');
    // The Premium offer took the press: turn it down and press again.
    const seen = await context.observe();
    const later = findAll(seen, { role: 'button', within: opened }).find((button) => /^(Not now|No thanks|Maybe later)$/.test(nameOf(button)));
    if (!later) throw new DemonstrationError('the pop-up has no way to turn it down');
    await clickElement(context, later);
  }
  throw new DemonstrationError(`the menu of the song by ${artist} never opened`);
}

export const musicQueue: Demonstrator = async (context) => {
  const task = readQueueTask(context.utterance);
  for (const step of task.steps) {
    const menu = await openMenuOf(context, step.artist);
    const item = findAll(await context.observe(), { role: 'menuitem', within: menu }).find((entry) => MENU_ITEM[step.verb].test(entry.text.trim()));
    if (!item) throw new DemonstrationError(`the menu has no item to ${step.verb}`);
    await clickElement(context, item);
  }
  if (task.caption) await clickElement(context, requireOne(await context.observe(), { role: 'button', text: task.caption }));
};
