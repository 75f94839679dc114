/**
 * hover-paths: the instruction names a path through a top bar whose menus
 * open only on hover ("Open Account > More > Export.", "Go to Settings in the
 * Account menu.", "Open Docs."). Rest the pointer on each menu of the path in
 * turn, waiting for the next name to show inside it, then click the named
 * link. A menu's title may be a link to its own page: it is never clicked.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

function readPath(utterance: string): string[] {
  const inMenu = /^Go to (\w+) in the (\w+) menu\.$/.exec(utterance);
  if (inMenu) return [inMenu[2]!, inMenu[1]!];
  const path = /^(?:Open|Go to) (\w+(?: > \w+)*)\.$/.exec(utterance);
  if (path) return path[1]!.split(' > ');
  throw new DemonstrationError(`cannot read "${utterance}"`);
}

/** The one element reading `name`, innermost (a list item and its title both read it), inside `within` when given. */
function only(observation: Observation, name: string, within: UIElement | undefined): UIElement | undefined {
  const found = findAll(observation, { text: name, ...(within ? { within } : {}) });
  const innermost = found.filter((element) => !found.some((other) => other.parentId === element.id));
  return innermost.length === 1 ? innermost[0] : undefined;
}

export const hoverPaths: Demonstrator = async (context) => {
  const path = readPath(context.utterance);
  let target = only(await context.observe(), path[0]!, undefined);
  for (const [level, name] of path.entries()) {
    if (!target) throw new DemonstrationError(`"${name}" is not on screen once`);
    if (level === path.length - 1) {
      await clickElement(context, target);
      return;
    }
    await perform(context, { type: 'hover', target: { elementId: target.id } });
    // The opened menu lies inside the item (the title's parent) that holds the title.
    const holder = target.parentId;
    const next = path[level + 1]!;
    target = await waitForElement(context, (observation) => {
      const within = observation.elements.find((element) => element.id === holder);
      return within ? only(observation, next, within) : undefined;
    });
  }
};
