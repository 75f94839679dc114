/**
 * sheet-cell: read the row name, the column name, the number and the save
 * caption; find the column by its header (or, on a lettered sheet, the cell
 * in the first row that names it) and the row by its header (or the cell in
 * the first column); double-click the cell where they cross, type the number
 * over the field that opens, press Enter, wait for the cell to show it; press
 * save.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

interface SheetTask {
  row: string;
  column: string;
  value: string;
  caption: string;
}

export function readSheet(utterance: string): SheetTask {
  let match = /^Set (.+)'s (\w+) to (\d+), then press (\w+)\.$/.exec(utterance);
  if (match) return { row: match[1]!, column: match[2]!, value: match[3]!, caption: match[4]! };
  match = /^Change the (\w+) figure for (.+) to (\d+) and click (\w+)\.$/.exec(utterance);
  if (match) return { column: match[1]!, row: match[2]!, value: match[3]!, caption: match[4]! };
  match = /^In the row for (.+), column (\w+), enter (\d+)\. Save with (\w+)\.$/.exec(utterance);
  if (match) return { row: match[1]!, column: match[2]!, value: match[3]!, caption: match[4]! };
  match = /^(.+) had (\d+) in (\w+) — correct the sheet and press (\w+)\.$/.exec(utterance);
  if (match) return { row: match[1]!, value: match[2]!, column: match[3]!, caption: match[4]! };
  throw new DemonstrationError(`cannot read the cell from "${utterance}"`);
}

function centre(element: UIElement): { x: number; y: number } {
  return { x: element.box.x + element.box.width / 2, y: element.box.y + element.box.height / 2 };
}

function targetCell(observation: Observation, task: SheetTask): UIElement {
  const column = findAll(observation, { role: 'columnheader', text: task.column })[0] ?? findAll(observation, { role: 'gridcell', text: task.column })[0];
  const row = findAll(observation, { role: 'rowheader', text: task.row })[0] ?? findAll(observation, { role: 'gridcell', text: task.row })[0];
  if (!column || !row) throw new DemonstrationError(`no column ${task.column} or row ${task.row} in the sheet`);
  const x = centre(column).x;
  const y = centre(row).y;
  const cell = findAll(observation, { role: 'gridcell' }).find((candidate) =>
    x > candidate.box.x && x < candidate.box.x + candidate.box.width && y > candidate.box.y && y < candidate.box.y + candidate.box.height);
  if (!cell) throw new DemonstrationError(`no cell at ${task.row} × ${task.column}`);
  return cell;
}

export const sheetCell: Demonstrator = async (context) => {
  const task = readSheet(context.utterance);
  const cell = targetCell(await context.observe(), task);
  await perform(context, { type: 'double-click', target: { elementId: cell.id } });
  const field = await waitForElement(context, (seen) => findAll(seen, { role: 'textbox' }).find((box) => (box.label ?? '').startsWith('Cell ')));
  if (!field) throw new DemonstrationError('the cell did not open for editing');
  await perform(context, { type: 'type', text: task.value, target: { elementId: field.id }, replace: true });
  await perform(context, { type: 'press', keys: 'Enter' });
  const shown = await waitForElement(context, (seen) => {
    const now = targetCell(seen, task);
    return now.text.trim() === task.value ? now : undefined;
  });
  if (!shown) throw new DemonstrationError(`the cell does not show ${task.value}`);
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: task.caption }));
};
