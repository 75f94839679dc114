/**
 * tree-grid: read the path of the item (› , / or in words) or the team and
 * the owner, and the toolbar action; walk down the tree grid: find the next
 * name among the rows after its parent's row (scrolling the box when it is
 * out of view), and while it is not the last, select it and press
 * ArrowRight to open it, waiting for it to report expanded; select the item
 * (the row of the owner, for an owner) and press the action.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { scrollIntoView } from './list-pages.js';
import { waitForElement } from './second-suite.js';

interface TreeTask {
  path: string[];
  owner?: string;
  action: string;
}

export function readTree(utterance: string): TreeTask {
  let match = /^Select (.+) and press (\w+)\.$/.exec(utterance);
  if (match && match[1]!.includes(' › ')) return { path: match[1]!.split(' › '), action: match[2]! };
  match = /^Pick the row (.+), then click (\w+)\.$/.exec(utterance);
  if (match) return { path: match[1]!.split(' / '), action: match[2]! };
  match = /^Find (.+?) in (.+?) under (\w+) and (\w+) it\.$/.exec(utterance);
  if (match) return { path: [match[3]!, match[2]!, match[1]!], action: capital(match[4]!) };
  match = /^Find (.+?) under (\w+) and (\w+) it\.$/.exec(utterance);
  if (match) return { path: [match[2]!, match[1]!], action: capital(match[3]!) };
  match = /^Select the (\w+) item owned by (.+), then press (\w+)\.$/.exec(utterance);
  if (match) return { path: [match[1]!], owner: match[2]!, action: match[3]! };
  match = /^(.+) owns a folder in (\w+) — select it and click (\w+)\.$/.exec(utterance);
  if (match) return { path: [match[2]!], owner: match[1]!, action: match[3]! };
  throw new DemonstrationError(`cannot read the item from "${utterance}"`);
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The data rows (those with a selected state), in order. */
function rows(observation: Observation): UIElement[] {
  return findAll(observation, { role: 'row' }).filter((row) => row.states.selected !== undefined);
}

function cells(observation: Observation, row: UIElement): UIElement[] {
  return findAll(observation, { role: ['gridcell', 'cell'] }).filter((cell) => cell.parentId === row.id);
}

function rowName(observation: Observation, row: UIElement): string {
  return (cells(observation, row)[0]?.text ?? '').replace(/^[▸▾]\s*/, '').trim();
}

export const treeGrid: Demonstrator = async (context) => {
  const task = readTree(context.utterance);
  const box = (seen: Observation) => findAll(seen, { role: 'region' })[0];
  let after = -1;
  let found: UIElement | undefined;
  const steps = task.owner === undefined ? task.path.length : task.path.length + 1;
  for (let depth = 0; depth < steps; depth++) {
    const last = depth === steps - 1;
    const matches = (seen: Observation, row: UIElement) =>
      depth < task.path.length ? rowName(seen, row) === task.path[depth] : cells(seen, row)[1]?.text.trim() === task.owner;
    const { element, observation } = await scrollIntoView(
      context,
      (seen) => rows(seen).find((row, index) => index > after && matches(seen, row)),
      box,
      `the row ${task.path.slice(0, depth + 1).join(' › ')}`,
    );
    after = rows(observation).findIndex((row) => row.id === element.id);
    found = element;
    if (last) break;
    if (element.states.expanded === true) continue;
    await clickElement(context, cells(observation, element)[0] ?? element);
    await perform(context, { type: 'press', keys: 'ArrowRight' });
    const opened = await waitForElement(context, (seen) => rows(seen).find((row) => row.id === element.id && row.states.expanded === true));
    if (!opened) throw new DemonstrationError(`${rowName(observation, element)} did not open`);
  }
  if (!found) throw new DemonstrationError('no row found');
  const seen = await context.observe();
  const row = rows(seen).find((candidate) => candidate.id === found!.id) ?? found;
  await clickElement(context, cells(seen, row)[0] ?? row);
  const action = await waitForElement(context, (now) => findAll(now, { role: 'button', text: task.action }).find((button) => !button.states.disabled));
  if (!action) throw new DemonstrationError(`no usable ${task.action} button`);
  const check = await context.observe();
  if (!rows(check).find((candidate) => candidate.id === row.id)?.states.selected) throw new DemonstrationError('the row did not get selected');
  await clickElement(context, requireOne(check, { role: 'button', text: task.action }));
};
