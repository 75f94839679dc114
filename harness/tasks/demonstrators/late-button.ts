/**
 * late-button: the button the task names is disabled or missing at first; a
 * person watches the page until it can be clicked, then clicks it.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findOne, parseUtterance, type DemonstratorContext, type Demonstrator } from './demonstrator.js';

/** How long a person watches before giving up, ms. */
const PATIENCE_MS = 20_000;
/** How often the person looks again, ms. */
const LOOK_EVERY_MS = 250;

/** Look at the page until `ready` finds something in it, or fail after PATIENCE_MS. */
export async function watchUntil<T>(context: DemonstratorContext, ready: (observation: Observation) => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const found = ready(await context.observe());
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new DemonstrationError(`waited ${PATIENCE_MS} ms and ${what} never came`);
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
  }
}

export const lateButton: Demonstrator = async (context) => {
  const [caption] = parseUtterance(context.utterance, /^(?:Click the |Wait for the |Click |The )(\S+)/, 'the button name');
  const button = await watchUntil<UIElement>(
    context,
    (observation) => {
      const found = findOne(observation, { role: 'button', text: caption });
      return found && !found.states.disabled ? found : undefined;
    },
    `an enabled ${caption} button`,
  );
  await clickElement(context, button);
};
