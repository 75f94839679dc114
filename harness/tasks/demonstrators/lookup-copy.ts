/**
 * lookup-copy: find the person the sentence names in the directory (a table
 * or cards), read the property it asks for (phone or city) in that person's
 * row or card, and put it into the answer field — typed for some people,
 * copied and pasted for others, as either person might do — then Submit.
 * A paste is checked against the cell and typed over when it differs (the
 * workers' tabs share one browser clipboard).
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickWhere, DemonstrationError, findAll, parseUtterance, perform, requireOne, type Demonstrator } from './demonstrator.js';

const centreY = (element: UIElement) => element.box.y + element.box.height / 2;
const centreX = (element: UIElement) => element.box.x + element.box.width / 2;

/** The element showing the person's `caption` value: under the column caption in the person's row, or after the caption in the person's card. */
function valueCell(observation: Observation, person: UIElement, caption: string): UIElement {
  const visible = observation.elements.filter((element) => !element.states.hidden && element.text.trim() !== '');
  const header = visible.find((element) => element.text.trim() === caption);
  if (header) {
    // The cell itself, not the whole row around it (a row is as high, and spans every column).
    const cell = visible.find(
      (element) => element.id !== person.id && Math.abs(centreY(element) - centreY(person)) < 4 && centreX(element) >= header.box.x && centreX(element) <= header.box.x + header.box.width && element.box.width <= header.box.width + 2,
    );
    if (cell) return cell;
  }
  const index = visible.findIndex((element) => element.id === person.id);
  for (let next = index + 1; next < visible.length - 1; next++) {
    if (visible[next]!.text.trim() === caption) return visible[next + 1]!;
  }
  throw new DemonstrationError(`no ${caption} shown for ${person.text}`);
}

export const lookupCopy: Demonstrator = async (context) => {
  const utterance = context.utterance;
  const [what, who] = parseUtterance(utterance, /^Enter the (.+?) of (.+?) into/, 'the property and the person');
  const caption = /phone/i.test(what!) ? 'Phone' : /city/i.test(what!) ? 'City' : undefined;
  if (!caption) throw new DemonstrationError(`cannot tell which property "${what}" is`);
  const observation = await context.observe();
  const person = requireOne(observation, { text: who! });
  const cell = valueCell(observation, person, caption);
  const field = findAll(observation, { role: 'textbox' })[0];
  if (!field) throw new DemonstrationError('no answer field');
  if (who!.length % 2 === 0) {
    // Copy and paste: select the cell's text, copy it, paste it into the field.
    await perform(context, { type: 'copy', target: { elementId: cell.id } });
    await perform(context, { type: 'paste', target: { elementId: field.id } });
    // A person looks at what was pasted. The harness's workers are tabs of one browser, which has one
    // clipboard: another worker's copy landing between this copy and its paste pastes that worker's
    // text (seen under load). The field then shows something else, and the value is typed over it.
    const after = findAll(await context.observe(), { role: 'textbox' })[0];
    if (!after) throw new DemonstrationError('the answer field is gone after the paste');
    if ((after.value ?? '').trim() !== cell.text.trim()) {
      await perform(context, { type: 'type', text: cell.text.trim(), target: { elementId: after.id }, replace: true });
    }
  } else {
    await perform(context, { type: 'type', text: cell.text.trim(), target: { elementId: field.id }, replace: true });
  }
  await clickWhere(context, { role: 'button', text: 'Submit' });
};
