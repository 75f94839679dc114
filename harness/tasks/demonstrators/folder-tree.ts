/**
 * folder-tree: read the path from the instruction ("Open a/b/c.pdf", "the file
 * c.pdf in the b folder under a"), then open each folder of it in turn —
 * looking only inside the folder opened before, since names recur — unless
 * it is open already: a click on its row, or on the ▸ button beside its name
 * when the row has one. Then click the file inside the last folder.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, type Demonstrator } from './demonstrator.js';

/** Folder names from the top, then the file. */
function readPath(utterance: string): { folders: string[]; file: string } {
  const slashed = /^Open (\S+\/\S+?)\.$/.exec(utterance);
  if (slashed) {
    const parts = slashed[1]!.split('/');
    return { folders: parts.slice(0, -1), file: parts.at(-1)! };
  }
  const under = /the file (\S+) in the (\S+) folder under (\S+)\./.exec(utterance);
  if (under) return { folders: [under[3]!, under[2]!], file: under[1]! };
  const single = /the file (\S+) in the (\S+) folder\./.exec(utterance);
  if (single) return { folders: [single[2]!], file: single[1]! };
  throw new DemonstrationError(`cannot read a path from "${utterance}"`);
}

/** A row's name without its ▸/▾ glyph. */
const bare = (text: string) => text.replace(/^[▸▾]\s*/, '').trim();

function inside(observation: Observation, element: UIElement, scope: UIElement | undefined): boolean {
  if (!scope) return true;
  const byId = new Map(observation.elements.map((candidate) => [candidate.id, candidate]));
  for (let id = element.parentId; id !== undefined; id = byId.get(id)?.parentId) if (id === scope.id) return true;
  return false;
}

/** The innermost element showing `name` inside `scope` (a folder's row or its name). */
function rowNamed(observation: Observation, name: string, scope: UIElement | undefined): UIElement {
  const found = observation.elements.filter((element) => !element.states.hidden && bare(element.text) === name && element.role !== 'button' && inside(observation, element, scope));
  const innermost = found.filter((element) => !found.some((other) => other !== element && other.parentId === element.id));
  // Names recur deeper down: the shallowest match inside the scope is this level's.
  const depth = (element: UIElement) => {
    let count = 0;
    const byId = new Map(observation.elements.map((candidate) => [candidate.id, candidate]));
    for (let id = element.parentId; id !== undefined; id = byId.get(id)?.parentId) count++;
    return count;
  };
  innermost.sort((a, b) => depth(a) - depth(b));
  const row = innermost[0];
  if (!row) throw new DemonstrationError(`no "${name}" in the tree where it should be`);
  return row;
}

export const folderTree: Demonstrator = async (context) => {
  const { folders, file } = readPath(context.utterance);
  let scope: UIElement | undefined;
  for (const folder of folders) {
    let observation = await context.observe();
    let row = rowNamed(observation, folder, scope);
    const item = observation.elements.find((element) => element.id === row.parentId);
    const toggle = item ? findAll(observation, { role: 'button', within: item }).find((button) => button.parentId === item.id) : undefined;
    const closed = toggle ? /▸/.test(toggle.text) : item?.states.expanded === false || /^▸/.test(row.text);
    if (closed) {
      await clickElement(context, toggle ?? row);
      observation = await context.observe();
      row = rowNamed(observation, folder, scope);
    }
    scope = observation.elements.find((element) => element.id === row.parentId);
  }
  const observation = await context.observe();
  await clickElement(context, rowNamed(observation, file, scope));
};
