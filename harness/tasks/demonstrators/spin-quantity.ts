/**
 * spin-quantity: type the named number into the empty number field and press
 * the button. By hand, the person's click into the field lands on its
 * spin-down arrow by accident (the field now says −1); they select what it
 * put there (Control+A) and type the real number over it.
 */
import { DemonstrationError, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const spinQuantity: Demonstrator = async (context) => {
  const number = /\b(\d+)\b/.exec(context.utterance)?.[1];
  if (!number) throw new DemonstrationError(`no number in "${context.utterance}"`);
  const field = requireOne(await context.observe(), { role: ['spinbutton', 'textbox'] });
  if (context.input) {
    // The spin arrows sit at the right edge of the field; the lower one steps down.
    await context.input.click(field.box.x + field.box.width - 9, field.box.y + field.box.height * 0.7);
    await context.input.press('Control+a');
    await context.input.type(number);
  } else {
    await perform(context, { type: 'type', text: number, target: { elementId: field.id }, replace: true });
  }
  await clickFinalButton(context);
};
