/**
 * list-folders: read the wanted folder's path (written with › or /, or in
 * words: "in the Taxes folder inside Work") and the file's name. Then, from
 * wherever the browser starts: while the breadcrumb is not on the way to the
 * wanted folder, click the deepest crumb that is; go down by the listing's
 * folder entries; open the file there.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';

function readTask(utterance: string): { file: string; path: string[]; rootNamed?: string } {
  const file = /\b([\w-]+\.[a-z0-9]{2,4})\b/.exec(utterance)?.[1];
  if (!file) throw new DemonstrationError(`no file named in "${utterance}"`);
  let match = / in (.+ \u203a .+|[^\u203a]+)\.$/.exec(utterance);
  if (match && !/folder|right in/.test(utterance) && /^Open /.test(utterance)) {
    const [root, ...path] = match[1]!.split(' \u203a ');
    return { file, path, rootNamed: root };
  }
  match = /^Go to (.+) and open /.exec(utterance);
  if (match) {
    const [root, ...path] = match[1]!.split('/');
    return { file, path, rootNamed: root };
  }
  match = /in the (\S+) folder inside (\S+)\.$/.exec(utterance);
  if (match) return { file, path: [match[2]!, match[1]!] };
  match = /in the (\S+) folder\.$/.exec(utterance);
  if (match) return { file, path: [match[1]!] };
  match = /right in (.+)\.$/.exec(utterance);
  if (match) return { file, path: [], rootNamed: match[1] };
  throw new DemonstrationError(`no folder named in "${utterance}"`);
}

/** The breadcrumb's folders, root first: its links and the current folder's name (separators left out). */
function crumbs(observation: Observation): UIElement[] {
  const nav = observation.elements.find((element) => element.role === 'navigation' || element.tag === 'nav' || element.label === 'Breadcrumb');
  if (!nav) throw new DemonstrationError('the page has no breadcrumb');
  const inside = findAll(observation, { within: nav }).filter((element) => {
    const text = nameOf(element);
    return text !== '' && text !== '\u203a' && text !== '/' && !findAll(observation, { within: element }).some((child) => nameOf(child) === text);
  });
  // In the top folder the breadcrumb is one plain name: the element itself.
  return inside.length > 0 ? inside : [nav];
}

export const listFolders: Demonstrator = async (context) => {
  const { file, path } = readTask(context.utterance);
  for (let step = 0; step < 12; step++) {
    const observation = await context.observe();
    const trail = crumbs(observation);
    const here = trail.slice(1).map(nameOf);
    let shared = 0;
    while (shared < here.length && shared < path.length && here[shared] === path[shared]) shared++;
    if (shared < here.length) {
      // Up to the deepest crumb still on the way.
      await clickElement(context, trail[shared]!);
      continue;
    }
    const listing = findAll(observation, { role: ['link', 'button'] }).filter((element) => !trail.some((crumb) => crumb.id === element.id));
    const wanted = here.length === path.length ? file : path[here.length]!;
    const entry = listing.find((element) => nameOf(element) === wanted);
    if (!entry) throw new DemonstrationError(`no entry "${wanted}" in ${here.join('/') || 'the top folder'}`);
    await clickElement(context, entry);
    if (wanted === file) return;
  }
  throw new DemonstrationError(`never reached ${path.join('/')}`);
};
