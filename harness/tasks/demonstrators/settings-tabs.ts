/**
 * settings-tabs: read the one or two changes (a select set to a value, a tick
 * box turned on or off, each named by its label, maybe with its tab), then for
 * each open the named tab — or look through the tabs in turn until the
 * labelled control shows — and set it; press the save button the instruction
 * names.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';

interface Change {
  label: string;
  value?: string;
  on?: boolean;
  tab?: string;
}

function readChange(raw: string): Change {
  let clause = raw.trim();
  let tab: string | undefined;
  let match = /^(.*) \((\w+) tab\)$/.exec(clause);
  if (match) [clause, tab] = [match[1]!, match[2]!];
  match = /^in (\w+), (.*)$/i.exec(clause);
  if (match) [tab, clause] = [match[1]!, match[2]!];
  const lower = clause.charAt(0).toLowerCase() + clause.slice(1);
  if ((match = /^(?:turn|switch) (on|off) (.+)$/.exec(lower))) return { label: match[2]!, on: match[1] === 'on', tab };
  if ((match = /^switch (.+) (on|off)$/.exec(lower))) return { label: match[1]!, on: match[2] === 'on', tab };
  if ((match = /^(enable|disable) (.+)$/.exec(lower))) return { label: match[2]!, on: match[1] === 'enable', tab };
  if ((match = /^(?:set|change)(?: the)? (.+) to (.+)$/.exec(lower))) return { label: match[1]!, value: match[2]!, tab };
  if ((match = /^make (.+) my (.+)$/.exec(lower))) return { label: match[2]!, value: match[1]!, tab };
  if ((match = /^pick (.+) for (.+)$/.exec(lower))) return { label: match[2]!, value: match[1]!, tab };
  throw new DemonstrationError(`cannot read the change "${raw}"`);
}

export function readSettings(utterance: string): { changes: Change[]; caption: string } {
  const match = /^(.+?)(?:, then press|\. Save it with|\. Leave everything else as it is and click) (.+)\.$/.exec(utterance);
  if (!match) throw new DemonstrationError(`cannot read "${utterance}"`);
  return { changes: match[1]!.split(/ and |; also /).map(readChange), caption: match[2]! };
}

function control(observation: Observation, label: string): UIElement | undefined {
  return findAll(observation, { interactive: true }).find(
    (element) => element.role !== 'tab' && element.role !== 'button' && [element.label ?? '', element.text].some((name) => name.trim().toLowerCase() === label.toLowerCase()),
  );
}

export const settingsTabs: Demonstrator = async (context) => {
  const { changes, caption } = readSettings(context.utterance);
  for (const change of changes) {
    let observation = await context.observe();
    let found = control(observation, change.label);
    const tabs = findAll(observation, { role: 'tab' });
    const order = change.tab ? tabs.filter((tab) => tab.text.trim() === change.tab) : tabs;
    for (const tab of order) {
      if (found && !change.tab) break;
      await clickElement(context, tab);
      observation = await context.observe();
      found = control(observation, change.label);
      if (found) break;
    }
    if (!found) throw new DemonstrationError(`no control labelled "${change.label}" on any tab`);
    if (change.on !== undefined) {
      if (Boolean(found.states.checked) !== change.on) await clickElement(context, found);
    } else {
      await perform(context, { type: 'select', target: { elementId: found.id }, option: change.value! });
    }
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: caption }));
};
