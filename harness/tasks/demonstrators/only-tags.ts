/**
 * only-tags: the quoted tags are the ones to leave on; click every chip
 * whose on state (aria-pressed or a "selected" class, read as checked;
 * no state shown is off) disagrees with that, then press the named button.
 */
import { DemonstrationError, clickElement, quotedStrings, type Demonstrator } from './demonstrator.js';
import { clickFinalButton, finalCaption } from './second-suite.js';

export const onlyTags: Demonstrator = async (context) => {
  const wanted = new Set(quotedStrings(context.utterance));
  for (let step = 0; step < 20; step++) {
    const observation = await context.observe();
    // Every button but the confirm one is a chip; a chip whose class marks only the ones on shows no state while none is.
    const chips = observation.elements.filter((element) => element.role === 'button' && element.text.trim() !== finalCaption(context.utterance));
    if (chips.length === 0) throw new DemonstrationError('no tag chip on the page');
    const wrong = chips.find((chip) => (chip.states.checked === true) !== wanted.has(chip.text.trim()));
    if (!wrong) return clickFinalButton(context, observation);
    await clickElement(context, wrong);
  }
  throw new DemonstrationError('the tags never reached the wanted set');
};
