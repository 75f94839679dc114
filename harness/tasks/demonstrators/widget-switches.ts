/**
 * widget-switches: read which settings the task wants on and which off (four
 * phrasings); for each named switch whose aria-checked state differs, click
 * it once; leave the others; press the only button.
 */
import { clickElement, DemonstrationError, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';

function names(list: string | undefined): string[] {
  return list === undefined ? [] : list.split(/, | and /).map((name) => name.trim()).filter(Boolean);
}

function readWanted(utterance: string): Map<string, boolean> {
  const wanted = new Map<string, boolean>();
  const set = (list: string | undefined, on: boolean) => names(list).forEach((name) => wanted.set(name, on));
  let match = /^Please (.+), then press /.exec(utterance);
  if (match) {
    for (const clause of match[1]!.split(/ and (?=turn o)/)) {
      const part = /^turn (on|off) (.+)$/.exec(clause);
      if (part) set(part[2], part[1] === 'on');
    }
  } else if ((match = /^Settings: (.+?)\. /.exec(utterance))) {
    for (const item of match[1]!.split(', ')) {
      const part = /^(.+) (on|off)$/.exec(item);
      if (part) wanted.set(part[1]!, part[2] === 'on');
    }
  } else if (/^(?:Enable|Disable) /.test(utterance)) {
    set(/Enable (.+?)\./.exec(utterance)?.[1], true);
    set(/Disable (.+?)\./.exec(utterance)?.[1], false);
  } else if (/^I want /.test(utterance)) {
    set(/I want (.+?) switched on/.exec(utterance)?.[1], true);
    set((/, but (.+?) switched off/.exec(utterance) ?? /^I want (.+?) switched off/.exec(utterance))?.[1], false);
  }
  if (wanted.size === 0) throw new DemonstrationError(`cannot read the settings from "${utterance}"`);
  return wanted;
}

export const widgetSwitches: Demonstrator = async (context) => {
  const wanted = readWanted(context.utterance);
  const switches = findAll(await context.observe(), { role: 'switch' });
  for (const [name, on] of wanted) {
    const control = switches.find((candidate) => nameOf(candidate) === name);
    if (!control) throw new DemonstrationError(`no switch "${name}"`);
    if (Boolean(control.states.checked) !== on) await clickElement(context, control);
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button' }));
};
