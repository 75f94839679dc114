/**
 * The per-task table `understudy demo` and `bench:offline` print: how many
 * demonstrations the recorder captured and how many of those verified
 * (replayed to their reward on their own seed), then the policy on unseen
 * seeds — successes, refusals, wrong actions, model calls. Pure.
 *
 * A refusal is an episode the policy gave up on (or declared infeasible)
 * without the page ending it; a wrong action is an episode the page scored
 * below zero, or one the policy declared done while the page did not agree
 * (not ended, or ended without a positive reward). Refusing is the honest
 * failure; a wrong action is the one a user cannot trust. A page's own clock
 * running out ("timed out", −1) is a wrong action by that definition; the
 * table says how many of the wrong actions were such endings, since on a
 * loaded machine they tell of slowness rather than of a mistaken action.
 */
import type { EpisodeResult } from '../miniwob/episode-result.js';

/** The policy gave up (or said the task cannot be done here) and the page did not end the episode. */
export function isRefusal(result: EpisodeResult): boolean {
  if (result.error !== undefined || result.done) return false;
  return result.outcome.status === 'failed' || result.outcome.status === 'infeasible';
}

/** The page scored the episode below zero, or the policy said done and the page did not confirm it. */
export function isWrongAction(result: EpisodeResult): boolean {
  if (result.error !== undefined) return false;
  if (result.done && result.rawReward < 0) return true;
  return result.outcome.status === 'success' && !(result.done && result.rawReward > 0);
}

/** One episode's verdict, by the definitions above of a wrong action and a refusal. */
export function episodeVerdict(result: EpisodeResult): 'success' | 'wrong' | 'refusal' | 'other' {
  if (result.success) return 'success';
  if (isWrongAction(result)) return 'wrong';
  if (isRefusal(result)) return 'refusal';
  return 'other';
}

/** The reason a MiniWoB++ page gives when its episode clock ends the episode (PROTOCOL-MINIWOB.md). */
const PAGE_TIMEOUT_REASON = 'timed out';

/** A wrong action that is the page's clock running out ("timed out", −1), not a scored mistake. */
export function isPageTimeout(result: EpisodeResult): boolean {
  return isWrongAction(result) && result.done && result.reason === PAGE_TIMEOUT_REASON;
}

export interface DemonstrationRow {
  task: string;
  /** Demonstrations the recorder captured (with at least one step). */
  recorded: number;
  /** Of those, replayed to their reward on their own seed right after recording. */
  verified: number;
  episodes: number;
  successes: number;
  refusals: number;
  wrongActions: number;
  /** Of the wrong actions, those the page's clock ended ("timed out"). */
  timedOut: number;
  modelCalls: number;
}

export interface DemonstrationTable {
  rows: DemonstrationRow[];
  total: Omit<DemonstrationRow, 'task'>;
  /** Mean over tasks of the per-task success rate (each task weighs the same). */
  meanSuccessRate: number;
  /** The same totals for each named group of tasks (e.g. the development and evaluation halves). */
  groups: { name: string; total: Omit<DemonstrationRow, 'task'>; meanSuccessRate: number }[];
}

/** A named set of tasks whose totals the table also reports. */
export interface TaskGroup {
  name: string;
  tasks: readonly string[];
}

export function demonstrationTable(
  tasks: readonly string[],
  demonstrations: readonly EpisodeResult[],
  episodes: readonly EpisodeResult[],
  groups: readonly TaskGroup[] = [],
): DemonstrationTable {
  const rows = tasks.map((task): DemonstrationRow => {
    const demos = demonstrations.filter((demo) => demo.task === task && demo.steps > 0);
    const own = episodes.filter((episode) => episode.task === task);
    return {
      task,
      recorded: demos.length,
      verified: demos.filter((demo) => demo.verified === true).length,
      episodes: own.length,
      successes: own.filter((episode) => episode.success).length,
      refusals: own.filter(isRefusal).length,
      wrongActions: own.filter(isWrongAction).length,
      timedOut: own.filter(isPageTimeout).length,
      modelCalls: own.reduce((sum, episode) => sum + episode.modelCalls, 0),
    };
  });
  const summary = totalsOf(rows);
  return {
    rows,
    ...summary,
    groups: groups
      .map((group) => ({ name: group.name, ...totalsOf(rows.filter((row) => group.tasks.includes(row.task))) }))
      .filter((group) => group.total.episodes + group.total.recorded > 0),
  };
}

function totalsOf(rows: readonly DemonstrationRow[]): { total: Omit<DemonstrationRow, 'task'>; meanSuccessRate: number } {
  const add = (key: keyof Omit<DemonstrationRow, 'task'>) => rows.reduce((sum, row) => sum + row[key], 0);
  const rated = rows.filter((row) => row.episodes > 0);
  return {
    total: {
      recorded: add('recorded'),
      verified: add('verified'),
      episodes: add('episodes'),
      successes: add('successes'),
      refusals: add('refusals'),
      wrongActions: add('wrongActions'),
      timedOut: add('timedOut'),
      modelCalls: add('modelCalls'),
    },
    meanSuccessRate: rated.length === 0 ? 0 : rated.reduce((sum, row) => sum + row.successes / row.episodes, 0) / rated.length,
  };
}

/** The table as text for the terminal. */
export function formatDemonstrationTable(table: DemonstrationTable): string {
  const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);
  const header = ['task', 'demos recorded', 'verified', 'success (unseen seeds)', 'refusals', 'wrong actions', 'model calls'];
  const cells = (row: Omit<DemonstrationRow, 'task'>, name: string, rate?: string) => [
    name,
    String(row.recorded),
    `${row.verified}/${row.recorded}`,
    `${row.successes}/${row.episodes} ${rate ?? percent(row.successes, row.episodes)}`,
    String(row.refusals),
    `${row.wrongActions} ${percent(row.wrongActions, row.episodes)}${row.timedOut > 0 ? ` (${row.timedOut} timed out)` : ''}`,
    String(row.modelCalls),
  ];
  const rows = table.rows.map((row) => cells(row, row.task));
  const mean = (rate: number) => `(mean over tasks ${(rate * 100).toFixed(1)}%)`;
  const totals = [
    cells(table.total, 'ALL', mean(table.meanSuccessRate)),
    ...table.groups.map((group) => cells(group.total, group.name, mean(group.meanSuccessRate))),
  ];
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...totals.map((row) => row[column]!.length), ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = line(widths.map((width) => '-'.repeat(width)));
  return [line(header), rule, ...rows.map(line), rule, ...totals.map(line)].join('\n');
}
