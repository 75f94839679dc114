/**
 * file-treegrid: "Expand Projects, then Drafts and select plan.pdf.",
 * "invoices › report.pdf", "In Photos, select the file modified on 12
 * March.", "Pick the 2.4 MB file in Archive." — a person opens each folder
 * the request names, from the top (a double-click on a closed folder's row;
 * names of files recur in other folders, so only the rows that folder shows
 * count), picks the file there by its name, its Modified date or its size,
 * selects its row with a click and presses the toolbar's action button (never
 * Delete).
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { MONTHS } from './second-suite.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A row's cells' texts: name (without its ▸ / ▾ and icon), size, modified. */
function cells(observation: Observation, row: UIElement): string[] {
  return findAll(observation, { role: 'gridcell', within: row }).map((cell) => cell.text.replace(/^[^\p{L}\p{N}]+/u, '').trim());
}

function shownRows(observation: Observation): UIElement[] {
  return findAll(observation, { role: 'row' }).filter((row) => !row.states.hidden && findAll(observation, { role: 'gridcell', within: row }).length > 0);
}

export const fileTreegrid: Demonstrator = async (context) => {
  const text = context.utterance.toLowerCase();
  const mentions = (name: string) => new RegExp(`(^|[^a-z0-9.-])${escape(name.toLowerCase())}($|[^a-z0-9-])`).test(text);
  const named = (observation: Observation) => shownRows(observation).filter((row) => row.states.expanded !== undefined && mentions(cells(observation, row)[0]!));
  let observation = await context.observe();
  // Open the named folders from the top: a sub-folder shows once its parent is open.
  for (let closed = named(observation).find((row) => !row.states.expanded); closed; closed = named(observation).find((row) => !row.states.expanded)) {
    await perform(context, { type: 'double-click', target: { elementId: closed.id } });
    observation = await context.observe();
  }
  const folder = named(observation).at(-1);
  if (!folder) throw new DemonstrationError(`no folder named in "${context.utterance}"`);
  // The folder's own rows come right after it (only the named folders are open below it).
  const rows = shownRows(observation);
  const after = rows.slice(rows.findIndex((row) => row.id === folder.id) + 1).filter((row) => row.states.expanded === undefined);
  const date = /(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december)/.exec(text);
  const size = /(\d+(?:\.\d)? [km]b)/.exec(text);
  const file = /([\w-]+\.(?:pdf|xlsx|txt|docx|png|jpg|zip|pptx))/.exec(text);
  const match = after.find((row) => {
    const [name, rowSize, modified] = cells(observation, row);
    if (file) return name === file[1];
    if (date) return modified === `${date[1]} ${MONTHS[MONTHS.map((m) => m.toLowerCase()).indexOf(date[2]!)]!.slice(0, 3)}`;
    if (size) return rowSize?.toLowerCase() === size[1];
    return false;
  });
  if (!match) throw new DemonstrationError(`no file matches after ${nameOf(folder)} in "${context.utterance}"`);
  await clickElement(context, match);
  const action = findAll(await context.observe(), { role: 'button' }).filter((button) => nameOf(button) !== 'Delete');
  if (action.length !== 1) throw new DemonstrationError(`expected one action button, found ${action.map(nameOf).join(', ')}`);
  await clickElement(context, action[0]!);
};
