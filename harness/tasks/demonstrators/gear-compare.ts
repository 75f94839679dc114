/**
 * gear-compare: "Add the Alpine 2" / "Add the lightest tent" — press the Add
 * button of the row that shows the name, or of the row whose value in the
 * column the task compares (Price, Weight, Rating, Reviews, Added) is the
 * lowest or highest. A person reads the column under its header, so the
 * cells are found by where they sit: a row's cells share the button's line,
 * a column's cells sit under its header.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, type Demonstrator } from './demonstrator.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Which header the task compares, and whether it wants the lowest or the highest. */
const COMPARISONS: { pattern: RegExp; header: string; best: 'min' | 'max' }[] = [
  { pattern: /\bcheapest\b/i, header: 'Price', best: 'min' },
  { pattern: /\blightest\b/i, header: 'Weight', best: 'min' },
  { pattern: /\bheaviest\b/i, header: 'Weight', best: 'max' },
  { pattern: /\b(?:best|highest)-rated\b/i, header: 'Rating', best: 'max' },
  { pattern: /\bmost reviewed\b/i, header: 'Reviews', best: 'max' },
  { pattern: /\b(?:most recent|newest)\b/i, header: 'Added', best: 'max' },
  { pattern: /\boldest\b/i, header: 'Added', best: 'min' },
];

/** A cell's value as a number: "$129", "1.4 kg", "4.6", "31", "Mar 14" (day of the year, roughly). */
function cellValue(text: string): number {
  const date = /^([A-Z][a-z]{2}) (\d{1,2})$/.exec(text.trim());
  if (date) return MONTHS.indexOf(date[1]!.toLowerCase()) * 31 + Number(date[2]);
  const number = /\d+(?:\.\d+)?/.exec(text);
  if (!number) throw new DemonstrationError(`no value in cell "${text}"`);
  return Number(number[0]);
}

const centerX = (element: UIElement) => element.box.x + element.box.width / 2;
const centerY = (element: UIElement) => element.box.y + element.box.height / 2;

export const gearCompare: Demonstrator = async (context) => {
  const observation = await context.observe();
  const buttons = findAll(observation, { role: 'button', text: 'Add' });
  if (buttons.length < 2) throw new DemonstrationError('no rows of Add buttons');
  const texts = findAll(observation, {}).filter((element) => element.role !== 'button' && element.text.trim() !== '');
  // A row's cells share the button's line and lie beside it (the row itself spans the button).
  const beside = (element: UIElement, button: UIElement) => element.box.x + element.box.width <= button.box.x + 1;
  const cellsOf = (button: UIElement) => texts.filter((element) => Math.abs(centerY(element) - centerY(button)) < button.box.height / 2 && beside(element, button));
  const comparison = COMPARISONS.find((candidate) => candidate.pattern.test(context.utterance));
  let chosen: UIElement | undefined;
  if (!comparison) {
    const name = /^Add the (.+?)(?: to the cart)?\.$/.exec(context.utterance.trim())?.[1];
    if (!name) throw new DemonstrationError(`no name in "${context.utterance}"`);
    chosen = buttons.find((button) => cellsOf(button).some((cell) => cell.text.trim() === name));
  } else {
    const header = texts.find((element) => element.text.trim() === comparison.header && centerY(element) < Math.min(...buttons.map(centerY)));
    if (!header) throw new DemonstrationError(`no "${comparison.header}" header`);
    const valueOf = (button: UIElement) => {
      const cell = cellsOf(button).find((element) => element.box.x <= centerX(header) + 4 && element.box.x + element.box.width >= centerX(header) - 4);
      if (!cell) throw new DemonstrationError(`no ${comparison.header} cell in a row`);
      return cellValue(cell.text);
    };
    const sorted = [...buttons].sort((a, b) => (comparison.best === 'min' ? valueOf(a) - valueOf(b) : valueOf(b) - valueOf(a)));
    chosen = sorted[0];
  }
  if (!chosen) throw new DemonstrationError(`no row for "${context.utterance}"`);
  await clickElement(context, chosen);
};
