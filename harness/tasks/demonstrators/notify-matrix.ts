/**
 * notify-matrix: read the clauses (a channel on or off for a category, only
 * one channel for a category, or a category silenced) and the save caption;
 * for every cell a clause decides, find the category's row and the control
 * under the channel's column header, and press it when its state differs;
 * never touch the "All categories" row or the pause switch; save.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, requireOne, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';

type Clause = { category: string } & ({ kind: 'on' | 'off' | 'only'; channel: string } | { kind: 'none' });

const W = '(email|push|SMS|text messages)';

function channelOf(word: string): string {
  return word === 'text messages' ? 'SMS' : word === 'SMS' ? 'SMS' : word.charAt(0).toUpperCase() + word.slice(1);
}

export function readMatrixTask(utterance: string): { clauses: Clause[]; caption: string } {
  const whole = /^(?:Notification settings: )?(.+?)(?:, then press|\. Save with|\. Click) (.+)\.$/.exec(utterance);
  if (!whole) throw new DemonstrationError(`cannot read "${utterance}"`);
  const clauses = whole[1]!.split(' and ').map((text): Clause => {
    const clause = text.charAt(0).toLowerCase() + text.slice(1);
    let match = new RegExp(`^(?:turn on|enable) ${W} for (.+)$|^get ${W} notifications for (.+)$`).exec(clause);
    if (match) return { kind: 'on', channel: channelOf((match[1] ?? match[3])!), category: (match[2] ?? match[4])! };
    match = new RegExp(`^(?:turn off|disable) ${W} for (.+)$|^stop ${W} about (.+)$`).exec(clause);
    if (match) return { kind: 'off', channel: channelOf((match[1] ?? match[3])!), category: (match[2] ?? match[4])! };
    match = new RegExp(`^for (.+), only ${W}$`).exec(clause);
    if (match) return { kind: 'only', channel: channelOf(match[2]!), category: match[1]! };
    match = new RegExp(`^keep only ${W} for (.+)$`).exec(clause);
    if (match) return { kind: 'only', channel: channelOf(match[1]!), category: match[2]! };
    match = /^no notifications at all for (.+)$|^silence (.+) everywhere$/.exec(clause);
    if (match) return { kind: 'none', category: (match[1] ?? match[2])! };
    throw new DemonstrationError(`cannot read the clause "${text}"`);
  });
  return { clauses, caption: whole[2]! };
}

/** The control in the category's row under the channel's column header. */
function cellOf(observation: Observation, category: string, channel: string): UIElement {
  const row = findAll(observation, { role: 'row' }).find((candidate) => childrenOf(observation, candidate)[0]?.text.trim() === category);
  if (!row) throw new DemonstrationError(`no row "${category}"`);
  const header = requireOne(observation, { role: 'columnheader', text: channel });
  const control = findAll(observation, { role: ['checkbox', 'switch'], within: row }).find((candidate) => {
    const middle = candidate.box.x + candidate.box.width / 2;
    return middle >= header.box.x && middle <= header.box.x + header.box.width;
  });
  if (!control) throw new DemonstrationError(`no ${channel} control for ${category}`);
  return control;
}

export const notifyMatrix: Demonstrator = async (context) => {
  const { clauses, caption } = readMatrixTask(context.utterance);
  const channels = findAll(await context.observe(), { role: 'columnheader' }).map((header) => header.text.trim()).filter((name) => name !== 'Category');
  for (const clause of clauses) {
    const wanted: [string, boolean][] = clause.kind === 'on' ? [[clause.channel, true]]
      : clause.kind === 'off' ? [[clause.channel, false]]
      : clause.kind === 'only' ? channels.map((channel) => [channel, channel === clause.channel])
      : channels.map((channel) => [channel, false]);
    for (const [channel, on] of wanted) {
      const control = cellOf(await context.observe(), clause.category, channel);
      if ((control.states.checked === true) !== on) await clickElement(context, control);
    }
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: caption }));
};
