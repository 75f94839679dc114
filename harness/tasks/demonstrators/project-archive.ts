/**
 * project-archive: "Archive whatever Tess is leading.", "Which project hasn't
 * changed since March 4? Archive it, please.", "Clean-up time: the stalest
 * project on the list should be archived." — a person reads the table's rows
 * (project, lead, last update), finds the project the request means — by
 * name, by lead, by the date (written "Mar 4" or "4 Mar" in the table),
 * or the one updated longest ago — presses that row's Archive control (a
 * word or a ▣ icon) and confirms in the dialog.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';
import { MONTHS } from './second-suite.js';

interface Row { row: UIElement; project: string; lead: string; day: number; archive: UIElement }

/** Day of the year 2025 (0-based) of "Feb 12" or "12 Feb". */
function dayOfYear(text: string): number | undefined {
  const monthFirst = /^([A-Z][a-z]{2}) (\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2}) ([A-Z][a-z]{2})$/.exec(text);
  const [word, day] = monthFirst ? [monthFirst[1]!, monthFirst[2]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!] : ['', ''];
  const month = word ? MONTHS.findIndex((m) => m.startsWith(word)) : -1;
  if (month < 0) return undefined;
  return (Date.UTC(2025, month, Number(day)) - Date.UTC(2025, 0, 1)) / 86_400_000;
}

function rowsOf(observation: Observation): Row[] {
  return findAll(observation, { role: 'row' }).flatMap((row) => {
    const children = observation.elements.filter((element) => element.parentId === row.id);
    const archive = findAll(observation, { role: 'button', within: row }).find((button) => /Archive|▣/.test(nameOf(button)));
    const day = dayOfYear(children[2]?.text.trim() ?? '');
    if (!archive || day === undefined) return [];
    return [{ row, project: children[0]!.text.trim(), lead: children[1]!.text.trim(), day, archive }];
  });
}

/** The day of the year the request names ("March 4", "Mar 4", "4 March"), if any. */
function namedDay(utterance: string): number | undefined {
  const match = new RegExp(`\\b(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')}) (\\d{1,2})\\b|\\b(\\d{1,2}) (${MONTHS.join('|')})\\b`).exec(utterance);
  if (!match) return undefined;
  return dayOfYear(`${(match[1] ?? match[4])!.slice(0, 3)} ${match[2] ?? match[3]}`);
}

export const projectArchive: Demonstrator = async (context) => {
  const { utterance } = context;
  const rows = rowsOf(await context.observe());
  if (rows.length === 0) throw new DemonstrationError('no project rows');
  const day = namedDay(utterance);
  const target =
    rows.find((row) => utterance.includes(row.project)) ??
    // A date before a lead: a lead may be called Jun, as a month is written in "Jun 5".
    (day !== undefined ? rows.find((row) => row.day === day) : undefined) ??
    rows.find((row) => new RegExp(`\\b${row.lead}\\b`).test(utterance)) ??
    (/longest|stalest|oldest/.test(utterance) ? [...rows].sort((a, b) => a.day - b.day)[0] : undefined);
  if (!target) throw new DemonstrationError(`cannot tell which project "${utterance}" means`);
  await clickElement(context, target.archive);
  const observation = await context.observe();
  const dialog = requireOne(observation, { role: ['dialog', 'alertdialog'] });
  const confirm = findAll(observation, { role: 'button', within: dialog }).find((button) => /archive/i.test(nameOf(button)));
  if (!confirm) throw new DemonstrationError('no confirm button in the dialog');
  await clickElement(context, confirm);
};
