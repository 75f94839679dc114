/**
 * data-pager: set the rows per page first when the instruction asks for a
 * number, then look for the order (by its number, or by the customer's full
 * name — a namesake shares the first name) on each page, pressing the
 * pager's next control (a word or a glyph with an aria-label) until it shows
 * up; open it by the link or the button in its row.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';
import { ancestorWithRole, scrollIntoView } from './list-pages.js';

function readTask(utterance: string): { size?: string; id?: string; who?: string } {
  const size = /\b(\d+) rows per page/.exec(utterance)?.[1];
  const id = /order (?:#|number )?(\d{4})\b/.exec(utterance)?.[1];
  const who = /([A-Z][a-z]+ [A-Z][a-z]+)(?:'s| called|\.$)/.exec(utterance)?.[1] ?? /by ([A-Z][a-z]+ [A-Z][a-z]+)/.exec(utterance)?.[1];
  if (!id && !who) throw new DemonstrationError(`no order named in "${utterance}"`);
  return { size, id, who };
}

function rowOf(observation: Observation, id: string | undefined, who: string | undefined): UIElement | undefined {
  return findAll(observation, { role: 'row' }).find((row) => {
    const cells = childrenOf(observation, row).map((cell) => cell.text.trim());
    return id ? cells.includes(`#${id}`) : cells.includes(who!);
  });
}

export const dataPager: Demonstrator = async (context) => {
  const { size, id, who } = readTask(context.utterance);
  if (size) {
    const select = requireOne(await context.observe(), { role: 'combobox' });
    await perform(context, { type: 'select', target: { elementId: select.id }, option: size });
  }
  // The box the table scrolls in: the nearest ancestor of its rows that is not part of the table itself.
  const grid = (seen: Observation) => {
    const row = findAll(seen, { role: 'row' })[0];
    return row ? ancestorWithRole(seen, row, ['group', 'generic', 'region']) : undefined;
  };
  let lastRows = '';
  for (let look = 0; look < 40; look++) {
    const observation = await context.observe();
    if (rowOf(observation, id, who)) {
      // The table scrolls inside its box when the page holds many rows: bring the row's control wholly into view.
      const { element } = await scrollIntoView(context, (seen) => {
        const row = rowOf(seen, id, who);
        return row ? findAll(seen, { role: ['link', 'button'], within: row })[0] : undefined;
      }, grid, `the order of ${id ?? who}`);
      return clickElement(context, element);
    }
    // Not in view: scroll the page's rows while they move, then go to the next page.
    const rows = findAll(observation, { role: 'row' }).map((row) => `${row.text}@${Math.round(row.box.y)}`).join('|');
    const box = grid(observation);
    const content = box ? childrenOf(observation, box)[0] : undefined;
    if (box && content && content.box.height > box.box.height + 1 && rows !== lastRows) {
      lastRows = rows;
      await perform(context, { type: 'scroll', deltaX: 0, deltaY: 60, target: { elementId: box.id } });
      continue;
    }
    const next = findAll(observation, { role: 'button' }).find((button) => /^(Next|More)\b|Next page|\u00bb|\u203a/.test(nameOf(button)) || button.label === 'Next page');
    if (!next || next.states.disabled) break;
    lastRows = '';
    await clickElement(context, next);
  }
  throw new DemonstrationError(`order ${id ?? who} is on no page`);
};
