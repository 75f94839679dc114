/**
 * navbar-paths: the instruction names a path through a navbar ("Open
 * Account > More > Export.", "Go to Settings in the Account menu.", "Open
 * Docs."). Click each dropdown toggle of the path in turn, then the named
 * link inside the menu opened last.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, type Demonstrator } from './demonstrator.js';

function readPath(utterance: string): string[] {
  const inMenu = /^Go to (\w+) in the (\w+) menu\.$/.exec(utterance);
  if (inMenu) return [inMenu[2]!, inMenu[1]!];
  const path = /^(?:Open|Go to) (\w+(?: > \w+)*)\.$/.exec(utterance);
  if (path) return path[1]!.split(' > ');
  throw new DemonstrationError(`cannot read "${utterance}"`);
}

/** The one element reading `name` (inside `within` when given). */
function only(observation: Observation, name: string, within: UIElement | undefined): UIElement {
  const found = findAll(observation, { text: name, interactive: true, ...(within ? { within } : {}) });
  if (found.length !== 1) throw new DemonstrationError(`${found.length} elements read "${name}"`);
  return found[0]!;
}

export const navbarPaths: Demonstrator = async (context) => {
  const path = readPath(context.utterance);
  let observation = await context.observe();
  let menu: UIElement | undefined;
  for (const [level, name] of path.entries()) {
    const target = only(observation, name, menu);
    await clickElement(context, target);
    if (level === path.length - 1) return;
    observation = await context.observe();
    // The opened menu: the list that now shows, next to the toggle.
    const parent = observation.elements.find((element) => element.id === target.parentId);
    menu = parent ?? undefined;
  }
};
