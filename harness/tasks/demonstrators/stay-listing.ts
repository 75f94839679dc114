/**
 * stay-listing: "Book this stay. Room: Double, Nights: 3, Breakfast: No,
 * View: Garden. Then press Save." — every field is listed; a person changes
 * only those that do not already show the listed value, then presses the
 * closing button. Shared with ticket-counts: setFieldIfNeeded.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, parseUtterance, requireOne, selectOption, typeInto, type Demonstrator, type DemonstratorContext } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

/** Set the field labelled `label` to `value` unless it already shows it (a drop-down, a text field or a radio group). */
export async function setFieldIfNeeded(context: DemonstratorContext, label: string, value: string): Promise<void> {
  const observation = await context.observe();
  const field = observation.elements.find((element) => (element.role === 'combobox' || element.role === 'textbox') && element.label === label);
  if (field) {
    if ((field.value ?? '').trim() === value) return;
    if (field.role === 'combobox') await selectOption(context, { role: 'combobox', label }, value);
    else await typeInto(context, { role: 'textbox', label }, value);
    return;
  }
  const radios = findAll(observation, { role: 'radio' }).filter((radio: UIElement) => radio.group === label);
  if (radios.length === 0) throw new DemonstrationError(`no field labelled ${label}`);
  const radio = radios.find((candidate) => nameOf(candidate) === value);
  if (!radio) throw new DemonstrationError(`no ${value} in ${label}`);
  if (radio.states.checked === true) return;
  await clickElement(context, requireOne(observation, { role: 'radio', label: radio.label, text: radio.text }));
}

export const stayListing: Demonstrator = async (context) => {
  const [room, nights, breakfast, view] = parseUtterance(context.utterance, /Room: (\w+), Nights: (\d+), Breakfast: (\w+), View: (\w+)\./, 'the stay');
  await setFieldIfNeeded(context, 'Room', room!);
  await setFieldIfNeeded(context, 'Nights', nights!);
  await setFieldIfNeeded(context, 'Breakfast', breakfast!);
  await setFieldIfNeeded(context, 'View', view!);
  await clickFinalButton(context);
};
