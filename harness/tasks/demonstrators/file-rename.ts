/**
 * file-rename: read the file and its new name (whole, or a base name to keep
 * the old extension with); click the file's name to select its row, press the
 * toolbar's Rename (the word or ✎), wait for the name field, type the new
 * name over the whole field and press Enter.
 */
import { clickElement, DemonstrationError, findAll, parseUtterance, perform, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

export function readRename(utterance: string): { from: string; to: string } {
  const names = [...utterance.matchAll(/[\w-]+\.[a-z]+\b/g)].map((match) => match[0]);
  const from = names[0];
  if (!from) throw new DemonstrationError(`no file named in "${utterance}"`);
  if (/keeping its extension|same extension/.test(utterance)) {
    const [base = ''] = parseUtterance(utterance, new RegExp(`${from.replace('.', '\\.')}"? (?:to |")([\\w-]+)`), 'the new base name');
    return { from, to: base + from.slice(from.lastIndexOf('.')) };
  }
  const to = names[1];
  if (!to) throw new DemonstrationError(`no new name in "${utterance}"`);
  return { from, to };
}

export const fileRename: Demonstrator = async (context) => {
  const { from, to } = readRename(context.utterance);
  const observation = await context.observe();
  const cell = observation.elements.find((element) => element.text.trim() === from && element.role !== 'row');
  if (!cell) throw new DemonstrationError(`no file ${from} in the list`);
  await clickElement(context, cell);
  const rename = await waitForElement(context, (seen) => findAll(seen, { role: 'button' }).find((button) => (button.text.trim() === 'Rename' || button.label?.trim() === 'Rename') && !button.states.disabled));
  if (!rename) throw new DemonstrationError('the Rename button never became usable');
  await clickElement(context, rename);
  const field = await waitForElement(context, (seen) => findAll(seen, { role: 'textbox' })[0]);
  if (!field) throw new DemonstrationError('no name field appeared');
  await perform(context, { type: 'type', text: to, target: { elementId: field.id }, replace: true });
  await perform(context, { type: 'press', keys: 'Enter' });
};
