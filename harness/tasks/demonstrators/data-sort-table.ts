/**
 * data-sort-table: a person sorts by clicking the column header (or the
 * button inside it) until its ▲ / ▼ mark shows the wanted direction. A
 * sort task then presses the confirm button the instruction names; a pick
 * task sorts so the wanted row ("the cheapest", "most in stock") comes
 * first and presses that row's button.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';

type Direction = 'asc' | 'desc';

function caption(header: UIElement): string {
  return nameOf(header).replace(/[\u25b2\u25bc]/g, '').trim();
}

function direction(header: UIElement): Direction | undefined {
  const text = nameOf(header);
  return text.includes('\u25b2') ? 'asc' : text.includes('\u25bc') ? 'desc' : undefined;
}

/** What to sort by and which way, from the instruction and the headers on the page. */
function readSort(utterance: string, headers: readonly UIElement[]): { column: string; dir: Direction; pick: boolean } {
  const captions = headers.map(caption).filter(Boolean);
  const pick = !/\bsort|\border the rows/i.test(utterance);
  if (!pick) {
    const column = captions.filter((name) => utterance.includes(name)).sort((a, b) => b.length - a.length)[0];
    if (!column) throw new DemonstrationError(`no column of ${captions.join(', ')} named in "${utterance}"`);
    const dir: Direction = /A to Z|alphabetically|ascending|lowest first|smallest first/.test(utterance) ? 'asc' : 'desc';
    return { column, dir, pick };
  }
  const byPrice = /cheapest|price|costs least|priciest|expensive/.test(utterance);
  const column = captions.find((name) => (byPrice ? /^(Price|Cost)/ : /^(Stock|In stock|Qty)/).test(name));
  if (!column) throw new DemonstrationError(`no ${byPrice ? 'price' : 'stock'} column among ${captions.join(', ')}`);
  const dir: Direction = /cheapest|lowest|costs least|fewest|shortest/.test(utterance) ? 'asc' : 'desc';
  return { column, dir, pick };
}

/** The column headers: the children of the table's first row (header cells, or the buttons they hold). */
function headers(observation: Observation): UIElement[] {
  const row = findAll(observation, { role: 'row' })[0];
  if (!row) throw new DemonstrationError('the page shows no table');
  return childrenOf(observation, row).filter((element) => element.role !== 'cell' && caption(element) !== '');
}

function headerNamed(observation: Observation, column: string): UIElement {
  const header = headers(observation).find((element) => caption(element) === column);
  if (!header) throw new DemonstrationError(`no column "${column}"`);
  return header;
}

export const dataSortTable: Demonstrator = async (context) => {
  const first = await context.observe();
  const { column, dir, pick } = readSort(context.utterance, headers(first));
  let observation = first;
  for (let clicks = 0; ; clicks++) {
    const header = headerNamed(observation, column);
    if (direction(header) === dir) break;
    if (clicks >= 3) throw new DemonstrationError(`the ${column} column never sorted ${dir}`);
    // A header holding a button takes the click on the button.
    const inner = findAll(observation, { role: 'button', within: header })[0];
    await clickElement(context, inner ?? header);
    observation = await context.observe();
  }
  if (!pick) {
    const confirm = /(?:press|click) ([A-Z]\w*)\.$/.exec(context.utterance)?.[1];
    if (!confirm) throw new DemonstrationError(`no confirm button named in "${context.utterance}"`);
    return clickElement(context, requireOne(observation, { role: 'button', text: confirm }));
  }
  // The first body row: a row whose children are cells, not column headers.
  const row = findAll(observation, { role: 'row' }).find((element) => childrenOf(observation, element).some((child) => child.role === 'cell'));
  if (!row) throw new DemonstrationError('the table shows no row');
  await clickElement(context, requireOne(observation, { role: 'button', within: row }));
};
