/**
 * settings-search: read each named setting (with its group when the task
 * gives one) and whether it should be on or off; type the setting's name into
 * the search box, wait for its switch or tick box to show in the filtered
 * list, click it when its state differs; press the button the task names.
 */
import { clickElement, DemonstrationError, findAll, nameOf, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

interface Wanted {
  label: string;
  group?: string;
  on: boolean;
}

function readNamed(text: string): { label: string; group?: string } {
  const named = text.trim();
  let match = /^the (.+) setting of (\w+)$/.exec(named);
  if (match) return { label: match[1]!, group: match[2]! };
  match = /^(\w+) › (.+)$/.exec(named);
  if (match) return { label: match[2]!, group: match[1]! };
  match = /^(.+) (?:under|in) (\w+)$/.exec(named);
  if (match) return { label: match[1]!, group: match[2]! };
  return { label: named };
}

const VERB = /^(turn on|enable|switch on|turn off|disable|switch off) (.+)$/i;

function fromClause(clause: string): Wanted {
  const match = VERB.exec(clause.trim());
  if (!match) throw new DemonstrationError(`cannot read the clause "${clause}"`);
  return { ...readNamed(match[2]!), on: /on|enable/i.test(match[1]!) };
}

export function readSettings(utterance: string): { wanted: Wanted[]; caption: string } {
  let match = /^(.+), then press (\w+)\.$/.exec(utterance);
  if (match) return { wanted: match[1]!.split(/ and (?=turn|enable|disable|switch)/).map(fromClause), caption: match[2]! };
  match = /^Find (.+) in settings: (.+)\. Save with (\w+)\.$/.exec(utterance);
  if (match) {
    const states = match[2]!.split(', ');
    return { wanted: match[1]!.split(' and ').map((named, i) => ({ ...readNamed(named), on: states[i] === 'on' })), caption: match[3]! };
  }
  match = /^I want (.+) — nothing else changed\. Click (\w+)\.$/.exec(utterance);
  if (match) {
    return {
      wanted: match[1]!.split(/ and /).map((part) => {
        const piece = /^(.+) (on|off)$/.exec(part);
        if (!piece) throw new DemonstrationError(`cannot read "${part}"`);
        return { ...readNamed(piece[1]!), on: piece[2] === 'on' };
      }),
      caption: match[2]!,
    };
  }
  match = /^(.+) Finish with (\w+)\.$/.exec(utterance);
  if (match) return { wanted: match[1]!.split(/\.\s*/).filter(Boolean).map(fromClause), caption: match[2]! };
  throw new DemonstrationError(`cannot read the settings from "${utterance}"`);
}

export const settingsSearch: Demonstrator = async (context) => {
  const { wanted, caption } = readSettings(context.utterance);
  for (const want of wanted) {
    const search = requireOne(await context.observe(), { role: ['searchbox', 'textbox'] });
    await perform(context, { type: 'type', text: want.label, target: { elementId: search.id }, replace: true });
    const control = await waitForElement(context, (seen) => {
      // A setting belongs to the nearest group heading (a button that opens and closes) above it.
      const headings = findAll(seen, { role: 'button' }).filter((button) => button.states.expanded !== undefined);
      return findAll(seen, { role: ['switch', 'checkbox'] }).find((candidate) => {
        if (nameOf(candidate) !== want.label) return false;
        if (want.group === undefined) return true;
        const above = headings.filter((heading) => heading.box.y < candidate.box.y).at(-1);
        return above !== undefined && nameOf(above) === want.group;
      });
    });
    if (!control) throw new DemonstrationError(`no setting "${want.label}"${want.group ? ` under ${want.group}` : ''} after searching`);
    if (Boolean(control.states.checked) !== want.on) await clickElement(context, control);
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: caption }));
};
