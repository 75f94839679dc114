/**
 * compare-table: read which product the task wants (by name, by an extreme —
 * cheapest, lightest, most storage … — or the cheapest with a feature or with
 * at least an amount), read the comparison by geometry (product names across
 * the top, spec names down the left, each value where a spec's row meets a
 * product's column), and press the button in that product's column.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, type Demonstrator } from './demonstrator.js';

interface Wanted {
  name?: string;
  spec?: string;
  direction?: 1 | -1;
  feature?: string;
  atLeast?: { spec: string; amount: number };
}

const EXTREMES: [RegExp, string, 1 | -1][] = [
  [/\bthe cheapest\b/, 'Price', -1],
  [/\bthe most expensive\b/, 'Price', 1],
  [/\bthe lightest\b/, 'Weight', -1],
  [/\bwith the most storage\b/, 'Storage', 1],
  [/\bwith the longest battery life\b/, 'Battery', 1],
  [/\bthe best rated\b/, 'Rating', 1],
];

export function readWanted(utterance: string, names: readonly string[]): Wanted {
  const named = names.find((name) => utterance.includes(`the ${name}`));
  if (named) return { name: named };
  let match = /\bwith (5G|backlit keys)\b/.exec(utterance);
  if (match) return { spec: 'Price', direction: -1, feature: match[1] === '5G' ? '5G' : 'Backlit keys' };
  match = /\bwith at least (\d+) GB of (storage|memory)\b/.exec(utterance);
  if (match) return { spec: 'Price', direction: -1, atLeast: { spec: match[2] === 'storage' ? 'Storage' : 'Memory', amount: Number(match[1]) } };
  const extreme = EXTREMES.find(([pattern]) => pattern.test(utterance));
  if (extreme) return { spec: extreme[1], direction: extreme[2] };
  throw new DemonstrationError(`cannot tell which product "${utterance}" wants`);
}

/** "$1,249" → 1249, "1 TB" → 1024, "★ 4.5" → 4.5, "1.3 kg" → 1.3. */
function amount(text: string): number {
  if (/\bTB\b/.test(text)) return 1024 * Number.parseFloat(text);
  return Number.parseFloat(text.replace(/[^\d.]/g, ''));
}

function centreX(element: UIElement): number {
  return element.box.x + element.box.width / 2;
}

function inColumn(element: UIElement, header: UIElement): boolean {
  const x = centreX(element);
  return x >= header.box.x && x <= header.box.x + header.box.width;
}

export const compareTable: Demonstrator = async (context) => {
  const observation: Observation = await context.observe();
  const headers = findAll(observation, { role: 'columnheader' });
  const top = Math.min(...headers.map((header) => header.box.y));
  const products = headers.filter((header) => header.box.y === top).sort((a, b) => a.box.x - b.box.x);
  if (products.length < 2) throw new DemonstrationError('no product names across the top of the comparison');
  const left = products[0]!.box.x;
  const labels = observation.elements.filter((element) => element.box.x + element.box.width <= left + 1 && element.box.y > top && element.text.trim() !== '' && !element.interactive);
  const value = (spec: string, product: UIElement): string => {
    const label = labels.find((element) => element.text.trim() === spec);
    if (!label) throw new DemonstrationError(`no "${spec}" row`);
    const y = label.box.y + label.box.height / 2;
    // The smallest box there: the cell, not the row or the table around it.
    const cell = observation.elements
      .filter((element) => element.id !== product.id && inColumn(element, product) && element.box.y <= y && y <= element.box.y + element.box.height && element.text.trim() !== '')
      .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0];
    if (!cell) throw new DemonstrationError(`no "${spec}" value for ${product.text.trim()}`);
    return cell.text.trim();
  };
  const wanted = readWanted(context.utterance, products.map((product) => product.text.trim()));
  let chosen: UIElement | undefined;
  if (wanted.name) {
    chosen = products.find((product) => product.text.trim() === wanted.name);
  } else {
    const fits = products.filter((product) => {
      if (wanted.feature) return ['✓', 'Yes'].includes(value(wanted.feature, product));
      if (wanted.atLeast) return amount(value(wanted.atLeast.spec, product)) >= wanted.atLeast.amount;
      return true;
    });
    chosen = fits.sort((a, b) => wanted.direction! * (amount(value(wanted.spec!, b)) - amount(value(wanted.spec!, a))))[0];
  }
  if (!chosen) throw new DemonstrationError(`no product fits "${context.utterance}"`);
  const button = findAll(observation, { role: 'button' }).find((candidate) => inColumn(candidate, chosen!));
  if (!button) throw new DemonstrationError(`no button under ${chosen.text.trim()}`);
  await clickElement(context, button);
};
