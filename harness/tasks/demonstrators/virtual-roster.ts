/**
 * virtual-roster: scroll the roster pane (wheel over it) until the named
 * person's row is wholly in view, tick their checkbox unless it is ticked
 * already, then press the named button.
 */
import { DemonstrationError, clickElement, findOne, parseUtterance, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const virtualRoster: Demonstrator = async (context) => {
  const [name] = parseUtterance(context.utterance, /([A-Z][a-z]+ [A-Z][a-z]+) (?:as|in|is)\b/, 'the person');
  for (let attempt = 0; attempt < 40; attempt++) {
    const observation = await context.observe();
    const pane = requireOne(observation, { role: 'list' });
    const box = findOne(observation, { role: 'checkbox', text: name });
    const inView = box && box.box.y >= pane.box.y && box.box.y + box.box.height <= pane.box.y + pane.box.height;
    if (box && inView) {
      if (box.states.checked !== true) await clickElement(context, box);
      return clickFinalButton(context);
    }
    await perform(context, { type: 'scroll', deltaX: 0, deltaY: 60, target: { elementId: pane.id } });
  }
  throw new DemonstrationError(`${name} never scrolled into view`);
};
