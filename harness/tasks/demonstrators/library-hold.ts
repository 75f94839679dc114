/**
 * library-hold: "Could you please put The Glass Kitchen on hold for me? I'll
 * pick it up at the Riverside branch." — a patron finds the title among the
 * drop-down's options and the branch among the radios' labels (both written
 * in the request), picks them (the branch may be ticked already), then
 * presses the form's one button, whatever its caption.
 */
import { DemonstrationError, clickElement, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';

export const libraryHold: Demonstrator = async (context) => {
  const observation = await context.observe();
  const select = requireOne(observation, { role: 'combobox', label: 'Title' });
  const title = (select.options ?? []).filter((option) => context.utterance.includes(option)).sort((a, b) => b.length - a.length)[0];
  if (!title) throw new DemonstrationError(`no title of the list in "${context.utterance}"`);
  await perform(context, { type: 'select', target: { elementId: select.id }, option: title });
  const radios = findAll(await context.observe(), { role: 'radio' });
  const branch = radios.find((radio) => new RegExp(`\\b${radio.label ?? radio.text}\\b`).test(context.utterance));
  if (!branch) throw new DemonstrationError(`no branch of the form in "${context.utterance}"`);
  if (!branch.states.checked) await clickElement(context, branch);
  await clickElement(context, requireOne(await context.observe(), { role: 'button' }));
};
