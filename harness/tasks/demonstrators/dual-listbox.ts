/**
 * dual-listbox: read which options to add and which to remove (or the exact
 * set to leave chosen, compared with what is chosen now); for each, click the
 * option in its list box (the left one holds the options not chosen) and press
 * the move button towards the other side ("›" / "Add →" to add, "‹" / "←
 * Remove" to remove); press the button the instruction ends with.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';
import { finalCaption } from './second-suite.js';

function options(observation: Observation): { name: string; element: UIElement; chosen: boolean }[] {
  const boxes = findAll(observation, { role: 'listbox' }).sort((a, b) => a.box.x - b.box.x);
  const middle = boxes.length === 2 ? (boxes[0]!.box.x + boxes[0]!.box.width + boxes[1]!.box.x) / 2 : 80;
  return findAll(observation, { role: 'option' }).map((element) => ({ name: element.text.trim(), element, chosen: element.box.x > middle }));
}

/** Option names in the order the text mentions them. */
function mentioned(text: string, names: readonly string[]): string[] {
  return names
    .map((name) => ({ name, at: text.search(new RegExp(`\\b${name}\\b`)) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.name);
}

export function readChanges(utterance: string, names: readonly string[], chosenNow: readonly string[]): { add: string[]; remove: string[] } {
  if (/\bexactly\b|\bThe only\b/.test(utterance)) {
    const wanted = mentioned(utterance, names);
    return { add: wanted.filter((name) => !chosenNow.includes(name)), remove: chosenNow.filter((name) => !wanted.includes(name)) };
  }
  const cut = utterance.search(/\b(?:remove|take|but not)\b/);
  const adding = cut < 0 ? utterance : utterance.slice(0, cut);
  const removing = cut < 0 ? '' : utterance.slice(cut);
  return { add: mentioned(adding, names), remove: mentioned(removing, names) };
}

export const dualListbox: Demonstrator = async (context) => {
  const first = options(await context.observe());
  const { add, remove } = readChanges(context.utterance, first.map((option) => option.name), first.filter((option) => option.chosen).map((option) => option.name));
  if (add.length + remove.length === 0) throw new DemonstrationError(`nothing to move in "${context.utterance}"`);
  for (const [names, toChosen] of [[add, true], [remove, false]] as const) {
    for (const name of names) {
      const observation = await context.observe();
      const option = options(observation).find((candidate) => candidate.name === name && candidate.chosen !== toChosen);
      if (!option) throw new DemonstrationError(`no option ${name} on the ${toChosen ? 'left' : 'right'}`);
      await clickElement(context, option.element);
      const button = findAll(await context.observe(), { role: 'button' }).find((candidate) =>
        toChosen ? nameOf(candidate) === 'Add →' || candidate.label === 'Add selected' : nameOf(candidate) === '← Remove' || candidate.label === 'Remove selected',
      );
      if (!button) throw new DemonstrationError('no move button');
      await clickElement(context, button);
    }
  }
  const after = await context.observe();
  const save = findAll(after, { role: 'button' }).find((candidate) => nameOf(candidate) === finalCaption(context.utterance));
  if (!save) throw new DemonstrationError('no save button');
  await clickElement(context, save);
};
