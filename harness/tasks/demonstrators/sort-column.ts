/**
 * sort-column: read the column and the direction the task names, click the
 * column's header button until its header shows ▲ (ascending) or ▼
 * (descending) as asked, then press the named button.
 */
import { DemonstrationError, clickElement, parseUtterance, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

const DESCENDING = /\b(descending|largest first|high to low|highest first|Z to A|reverse alphabetical)\b/;

export const sortColumn: Demonstrator = async (context) => {
  const [column] = parseUtterance(context.utterance, /\bby (item|price|stock)\b/, 'the column');
  const title = column!.charAt(0).toUpperCase() + column!.slice(1);
  const arrow = DESCENDING.test(context.utterance) ? '\u25BC' : '\u25B2';
  for (let step = 0; step < 4; step++) {
    const observation = await context.observe();
    const header = observation.elements.find((element) => element.text.trim().startsWith(title) && /[\u25B2\u25BC]\s*$/.test(element.text.trim()));
    if (header?.text.trim().endsWith(arrow)) return clickFinalButton(context, observation);
    await clickElement(context, requireOne(observation, { role: 'button', text: title }));
  }
  throw new DemonstrationError(`the ${title} column never showed ${arrow}`);
};
