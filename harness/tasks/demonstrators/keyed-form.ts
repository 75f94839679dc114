/**
 * keyed-form: for each field, find the table row whose first cell is the
 * field's label and type the row's second cell into the field; then press
 * the button the instruction names.
 */
import { DemonstrationError, findAll, perform, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const keyedForm: Demonstrator = async (context) => {
  const observation = await context.observe();
  const cells = findAll(observation, { role: 'cell' });
  const fields = findAll(observation, { role: 'textbox' });
  if (fields.length === 0) throw new DemonstrationError('no fields on the page');
  for (const field of fields) {
    const label = (field.label ?? '').replace(/:$/, '').trim();
    const key = cells.find((cell) => cell.text.trim() === label);
    const value = key === undefined ? undefined : cells[cells.indexOf(key) + 1];
    if (!value || value.parentId !== key!.parentId) throw new DemonstrationError(`no table row for the field "${label}"`);
    await perform(context, { type: 'type', text: value.text.trim(), target: { elementId: field.id } });
  }
  await clickFinalButton(context);
};
