/**
 * kanban-move: read each quoted card and the column named after it; move the
 * card with its ‹ › arrows when it has them, else with its ⋯ menu ("Move to
 * <column>"), else by dragging it onto the column's list; press the button
 * the instruction ends with.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, quotedStrings, requireOne, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

/**
 * The columns by their headings, as written (the page shows them in capitals:
 * "TO DO 3" → "to do"); a card belongs to the column whose heading it sits under.
 */
function columns(observation: Observation): { name: string; heading: UIElement }[] {
  return findAll(observation, { role: 'heading' })
    .filter((heading) => heading.box.y < 80)
    .sort((a, b) => a.box.x - b.box.x)
    .map((heading) => ({ name: heading.text.trim().replace(/\s+\d+$/, '').toLowerCase(), heading }));
}

function under(element: UIElement, heading: UIElement): boolean {
  const middle = element.box.x + element.box.width / 2;
  return middle >= heading.box.x - 4 && middle <= heading.box.x + heading.box.width + 4 && element.box.y > heading.box.y;
}

export function readMoves(utterance: string, names: readonly string[]): { card: string; column: string }[] {
  const lower = utterance.toLowerCase();
  return quotedStrings(utterance).map((card) => {
    const after = lower.slice(lower.indexOf(`"${card.toLowerCase()}"`) + card.length + 2);
    const column = names
      .map((name) => ({ name, at: after.search(new RegExp(`\\b${name}\\b`)) }))
      .filter((found) => found.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.name;
    if (!column) throw new DemonstrationError(`no column named after "${card}" in "${utterance}"`);
    return { card, column };
  });
}

function cardIn(observation: Observation, title: string): { card: UIElement; column: number } {
  const card = findAll(observation, { role: 'listitem' }).find((item) => item.text.replace(/[‹›⋯]/g, '').trim() === title);
  const column = card ? columns(observation).findIndex(({ heading }) => under(card, heading)) : -1;
  if (!card || column < 0) throw new DemonstrationError(`no card "${title}" on the board`);
  return { card, column };
}

/** The caption of the save button, named at the end of the instruction. */
export function saveCaption(utterance: string): string {
  const match = /(?:click|[Ss]ave with|press) ([A-Z][\w ]*?)(?: when the board is right)?\.$/.exec(utterance);
  if (!match) throw new DemonstrationError(`no save button named in "${utterance}"`);
  return match[1]!;
}

export const kanbanMove: Demonstrator = async (context) => {
  const names = columns(await context.observe()).map((column) => column.name);
  for (const move of readMoves(context.utterance, names)) {
    const wanted = names.indexOf(move.column);
    for (let step = 0; step < 4; step++) {
      const observation = await context.observe();
      const { card, column } = cardIn(observation, move.card);
      if (column === wanted) break;
      const buttons = findAll(observation, { role: 'button', within: card });
      const arrow = buttons.find((button) => button.label === `Move ${move.card} ${wanted < column ? 'left' : 'right'}`);
      const more = buttons.find((button) => button.label === `Actions for ${move.card}`);
      if (arrow) {
        await clickElement(context, arrow);
      } else if (more) {
        await clickElement(context, more);
        const item = await waitForElement(context, (seen) => findAll(seen, { role: 'menuitem' }).find((entry) => entry.text.trim().toLowerCase() === `move to ${move.column}`));
        if (!item) throw new DemonstrationError(`no "Move to ${move.column}" in the card's menu`);
        await clickElement(context, item);
      } else {
        // Drop just below the column's last card (or under its heading when it is empty).
        const { heading } = columns(observation)[wanted]!;
        const last = findAll(observation, { role: 'listitem' }).filter((item) => under(item, heading)).at(-1);
        const y = Math.min(last ? last.box.y + last.box.height + 8 : heading.box.y + heading.box.height + 12, 180);
        await perform(context, { type: 'drag', from: { elementId: card.id }, to: { x: heading.box.x + heading.box.width / 2, y } });
      }
    }
    if (cardIn(await context.observe(), move.card).column !== wanted) throw new DemonstrationError(`"${move.card}" did not reach ${move.column}`);
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: saveCaption(context.utterance) }));
};
