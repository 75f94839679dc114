/**
 * Scores of a set of episodes: per task and the mean over tasks, on the raw
 * reward (success = raw reward 1) with the published criterion (reward > 0)
 * alongside; plus time, steps, model calls and tokens. Pure.
 */
import type { EpisodeResult } from '../miniwob/episode-result.js';

export interface TaskScore {
  task: string;
  episodes: number;
  successes: number;
  /** Share of episodes with raw reward 1. */
  successRate: number;
  /** Share of episodes with raw reward > 0 (Synapse / RCI's criterion). */
  positiveRate: number;
  meanRawReward: number;
  /** Mean wall-clock ms per episode. */
  meanDurationMs: number;
  meanSteps: number;
  modelCalls: number;
  tokens: number;
  /** Episodes the harness could not run (hung page…). */
  harnessErrors: number;
}

export interface ScoreSummary {
  tasks: TaskScore[];
  /** Means over tasks (each task weighs the same, as papers report). */
  mean: { successRate: number; positiveRate: number; meanRawReward: number };
  episodes: number;
  modelCalls: number;
  tokens: number;
  /** Sum of episode durations, ms. */
  durationMs: number;
}

export function summarize(results: readonly EpisodeResult[]): ScoreSummary {
  const byTask = new Map<string, EpisodeResult[]>();
  for (const result of results) {
    const list = byTask.get(result.task) ?? [];
    list.push(result);
    byTask.set(result.task, list);
  }
  const tasks: TaskScore[] = [...byTask.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([task, list]) => ({
      task,
      episodes: list.length,
      successes: list.filter((result) => result.success).length,
      successRate: mean(list.map((result) => (result.success ? 1 : 0))),
      positiveRate: mean(list.map((result) => (result.positive ? 1 : 0))),
      meanRawReward: mean(list.map((result) => (result.done ? result.rawReward : 0))),
      meanDurationMs: mean(list.map((result) => result.durationMs)),
      meanSteps: mean(list.map((result) => result.steps)),
      modelCalls: sum(list.map((result) => result.modelCalls)),
      tokens: sum(list.map((result) => result.tokens)),
      harnessErrors: list.filter((result) => result.error !== undefined).length,
    }));
  return {
    tasks,
    mean: {
      successRate: mean(tasks.map((task) => task.successRate)),
      positiveRate: mean(tasks.map((task) => task.positiveRate)),
      meanRawReward: mean(tasks.map((task) => task.meanRawReward)),
    },
    episodes: results.length,
    modelCalls: sum(results.map((result) => result.modelCalls)),
    tokens: sum(results.map((result) => result.tokens)),
    durationMs: sum(results.map((result) => result.durationMs)),
  };
}

/** A plain-text per-task table for the terminal. `published` adds one column per source. */
export function formatScoreTable(summary: ScoreSummary, published?: PublishedNumbers): string {
  const sources = published?.sources ?? [];
  const header = ['task', 'episodes', 'success', 'reward>0', 'steps', 'ms/ep', 'calls', 'tokens', ...sources];
  const percent = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
  const rows = summary.tasks.map((task) => [
    task.task,
    String(task.episodes),
    percent(task.successRate),
    percent(task.positiveRate),
    task.meanSteps.toFixed(1),
    task.meanDurationMs.toFixed(0),
    String(task.modelCalls),
    String(task.tokens),
    ...sources.map((source) => percent(published?.scores.get(task.task)?.[source])),
  ]);
  rows.push([
    'MEAN',
    String(summary.episodes),
    percent(summary.mean.successRate),
    percent(summary.mean.positiveRate),
    '',
    '',
    String(summary.modelCalls),
    String(summary.tokens),
    ...sources.map((source) => percent(publishedMean(published!, source, summary.tasks.map((task) => task.task)))),
  ]);
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(0, -1).map(line), line(widths.map((width) => '-'.repeat(width))), line(rows[rows.length - 1]!)].join('\n');
}

/** Published per-task success rates (fractions 0..1), by task, then by source (column). */
export interface PublishedNumbers {
  sources: string[];
  scores: Map<string, Record<string, number>>;
}

/**
 * Parse a TSV: a header `task<TAB>source…`, then one row per task. Values are
 * fractions (0.94) or percentages (94, 94%); '-' or empty means not reported.
 */
export function parsePublishedNumbers(tsv: string, name = 'published numbers'): PublishedNumbers {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() && !line.startsWith('#'));
  const header = lines.shift()?.split('\t').map((cell) => cell.trim());
  if (!header || header.length < 2) throw new Error(`${name}: the first line must be a header "task<TAB>source…"`);
  const sources = header.slice(1);
  const scores = new Map<string, Record<string, number>>();
  lines.forEach((line, position) => {
    const cells = line.split('\t').map((cell) => cell.trim());
    const task = cells[0];
    if (!task) throw new Error(`${name}: line ${position + 2} has no task name`);
    const row: Record<string, number> = {};
    sources.forEach((source, column) => {
      const raw = cells[column + 1];
      if (raw === undefined || raw === '' || raw === '-' || raw === '—') return;
      const value = Number(raw.replace(/%$/, ''));
      if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: line ${position + 2}, column ${source}: ${JSON.stringify(raw)} is not a success rate`);
      row[source] = raw.endsWith('%') || value > 1 ? value / 100 : value;
    });
    scores.set(task, row);
  });
  return { sources, scores };
}

/** A source's mean over the given tasks it reports, or undefined if it reports none of them. */
export function publishedMean(published: PublishedNumbers, source: string, tasks: readonly string[]): number | undefined {
  const values = tasks.map((task) => published.scores.get(task)?.[source]).filter((value): value is number => value !== undefined);
  return values.length > 0 ? mean(values) : undefined;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}
