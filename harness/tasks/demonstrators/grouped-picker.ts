/**
 * grouped-picker: "Select Small under Tea, then press Done.", "I'll have a
 * large coffee and a small hot chocolate.", "men's fit | medium" — a person
 * reads which size of which group (drink or fit) the request names — the size
 * beside the group's name, never "Large" inside "Extra large" — chooses
 * exactly those options in the list box (under that group: the same size
 * recurs under the others), unchooses any other, and presses the button at
 * the top.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the request names `size` of `group` in one of the ways people write it. */
export function namesOption(utterance: string, group: string, size: string): boolean {
  const g = escape(group.toLowerCase());
  const s = escape(size.toLowerCase());
  const short = escape(group.toLowerCase().replace(/ fit$/, ''));
  const forms = [`${s} under ${g}`, `${s} ${g}`, `${g} \\| ${s}`, `${g} › ${s}`, `${g}, ${s}`, `${short} tee in ${s}`];
  const text = utterance.toLowerCase();
  return forms.some((form) => new RegExp(`(?<!extra )(?<![a-z'])${form}(?![a-z])`).test(text));
}

export const groupedPicker: Demonstrator = async (context) => {
  const options = (observation: Awaited<ReturnType<typeof context.observe>>): UIElement[] => findAll(observation, { role: 'option' });
  const wanted = (option: UIElement) => namesOption(context.utterance, option.group ?? '', nameOf(option));
  const first = options(await context.observe());
  const named = first.filter(wanted);
  if (named.length === 0) throw new DemonstrationError(`no option named in "${context.utterance}"`);
  for (const option of named) if (!option.states.selected) await clickElement(context, option);
  for (const option of options(await context.observe())) if (option.states.selected && !wanted(option)) await clickElement(context, option);
  const chosen = options(await context.observe()).filter((option) => option.states.selected);
  if (chosen.length !== named.length || !chosen.every(wanted)) throw new DemonstrationError(`chose ${chosen.map((o) => `${o.group}:${nameOf(o)}`).join(', ')}`);
  const go = findAll(await context.observe(), { role: 'button' }).filter((button) => nameOf(button) !== 'Clear');
  if (go.length !== 1) throw new DemonstrationError(`expected one confirm button, found ${go.map(nameOf).join(', ')}`);
  await clickElement(context, go[0]!);
};
