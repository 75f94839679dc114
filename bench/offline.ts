/**
 * The offline exemplar policy on the project's MiniWoB-protocol suite, with
 * no language model at all (issue 6):
 *
 *   1. record demonstrations through the browser recorder — the scripted
 *      demonstrators drive the pages with real input — on a few seeds of a
 *      separate range (default 1000-1002) into a fresh memory, each replayed
 *      on its seed right after and stored verified or not;
 *   2. run the offline policy on unseen seeds (default 0-49) of every task;
 *   3. print per-task demonstrations recorded and verified, success (raw
 *      reward 1), refusals, wrong actions (negative reward or a done the page
 *      denies) and the means, grounding failures by reason, model calls
 *      (must be 0) and steps per second;
 *   4. cross-task transfer: each task again (fewer seeds) with its own
 *      demonstrations left out of retrieval, so only other tasks' can help.
 *
 * Usage: tsx bench/offline.ts [--seeds 0-49] [--demo-seeds 1000-1002]
 *          [--tasks a,b] [--workers 2] [--transfer-seeds 0-9] [--no-transfer] [--out dir]
 * Prints figures; never passes or fails on them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExemplarPolicy } from '../agent/policy/exemplar/exemplar-policy.js';
import { runEvaluation } from '../harness/evaluation.js';
import type { EpisodeResult } from '../harness/miniwob/episode-result.js';
import { demonstrationTable, episodeVerdict, isRefusal, isWrongAction } from '../harness/report/demonstration-table.js';
import { splitGroups, splitOf } from '../harness/tasks/splits.js';
import { parseList, parseSeeds } from '../harness/seeds.js';
import { SUITE_TASKS, suiteDirectory } from '../harness/tasks/catalog.js';
import { demonstrators } from '../harness/tasks/demonstrators/index.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

/** Families whose instances differ only in the values the task names: the issue's ≥ 95% target. */
const TEMPLATE_FAMILIES = new Set(['click', 'text-entry', 'login', 'checkbox', 'select', 'tab', 'radio', 'form', 'focus', 'dialog', 'collapsible']);

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Why an offline episode failed, as a short category (the full reasons are printed per task). */
export function failureCategory(result: EpisodeResult): string {
  if (result.error) return 'harness error';
  const { status, reason } = result.outcome;
  if (status === 'failed' && reason.startsWith('cannot ground step')) {
    if (/no demonstration in memory/.test(reason)) return 'cannot ground: no demonstration retrieved';
    if (/fits the task's template|of another kind of task/.test(reason)) return 'cannot ground: no demonstration fits the template';
    if (/cannot do all this task asks/.test(reason)) return 'cannot ground: the demonstration leaves a task value unused';
    if (/neither in the task nor on the screen|which this task does not give/.test(reason)) return 'cannot ground: a value to type comes from nowhere';
    if (/the state the task asks for is not there/.test(reason)) return 'cannot ground: the final state is not what the task asks';
    if (/no element shows the new value|no \S+ named/.test(reason)) return 'cannot ground: the new value is not on screen';
    if (/not among \d+ options/.test(reason)) return 'cannot ground: option missing';
    if (/action failed/.test(reason)) return 'cannot ground: the action kept failing';
    if (/looked through every|scrolled \d+ times/.test(reason)) return 'cannot ground: search exhausted';
    if (/is not on screen/.test(reason)) return 'cannot ground: a demonstrated target the task does not explain is not on screen';
    if (/nearly tied/.test(reason)) return 'cannot ground: ambiguous target';
    return 'cannot ground: low score';
  }
  if (result.done) return `acted to the end, page scored raw reward ${result.rawReward}`;
  if (status === 'success') return 'replayed the demonstration to its end, page not done';
  return `run ended: ${status}`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const seeds = parseSeeds(argument('--seeds') ?? '0-49');
  const demoSeeds = parseSeeds(argument('--demo-seeds') ?? '1000-1002', '--demo-seeds');
  const transferSeeds = parseSeeds(argument('--transfer-seeds') ?? '0-9', '--transfer-seeds');
  const tasks = argument('--tasks') ? parseList(argument('--tasks')!) : SUITE_TASKS.map((task) => task.name).filter((name) => demonstrators[name]);
  const workers = Number(argument('--workers') ?? 2);
  const out = argument('--out') ?? mkdtempSync(join(tmpdir(), 'understudy-bench-offline-'));
  const keep = argument('--out') !== undefined;
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number ≥ 1, got ${argument('--workers')}`);
  const overlap = seeds.filter((seed) => demoSeeds.includes(seed));
  if (overlap.length > 0) throw new Error(`evaluation seeds overlap the demonstration seeds: ${overlap.join(', ')}`);

  console.log(`offline exemplar policy: ${tasks.length} tasks, demonstrations on seeds ${demoSeeds.join(',')}, evaluation on ${seeds.length} unseen seeds, ${workers} workers`);
  const started = Date.now();
  const main = await runEvaluation({
    dir: suiteDirectory(),
    tasks,
    seeds,
    policy: 'offline',
    demonstrators,
    demoSeeds,
    saveAgentTrajectories: false,
    workers,
    reportDir: join(out, 'main'),
    title: 'Understudy offline exemplar policy',
    onProgress: (progress) => {
      if (progress.done % 25 === 0 || progress.done === progress.total) {
        process.stderr.write(`\r${progress.phase} ${progress.done}/${progress.total} (${progress.successes} ok)   `);
      }
    },
  });
  process.stderr.write('\n');
  const wallMs = Date.now() - started;

  const family = new Map(SUITE_TASKS.map((task) => [task.name, task.family]));
  const byTask = new Map<string, EpisodeResult[]>();
  for (const episode of main.episodes) byTask.set(episode.task, [...(byTask.get(episode.task) ?? []), episode]);
  const demosByTask = new Map<string, EpisodeResult[]>();
  for (const demo of main.demonstrations) demosByTask.set(demo.task, [...(demosByTask.get(demo.task) ?? []), demo]);

  const rows = [['task', 'family', 'half', 'demos', 'verified', 'success', 'rate', 'refusals', 'wrong', 'steps/ep', 'main failure reason']];
  const rates: { task: string; rate: number; template: boolean }[] = [];
  const categories = new Map<string, number>();
  for (const task of tasks) {
    const episodes = byTask.get(task) ?? [];
    const successes = episodes.filter((episode) => episode.success).length;
    const rate = episodes.length === 0 ? 0 : successes / episodes.length;
    rates.push({ task, rate, template: TEMPLATE_FAMILIES.has(family.get(task) ?? '') });
    const reasons = new Map<string, number>();
    for (const episode of episodes.filter((candidate) => !candidate.success)) {
      const category = failureCategory(episode);
      reasons.set(category, (reasons.get(category) ?? 0) + 1);
      categories.set(category, (categories.get(category) ?? 0) + 1);
    }
    const top = [...reasons.entries()].sort((a, b) => b[1] - a[1])[0];
    const demos = demosByTask.get(task) ?? [];
    rows.push([
      task,
      family.get(task) ?? '',
      splitOf(task),
      String(demos.filter((demo) => demo.steps > 0).length),
      `${demos.filter((demo) => demo.verified === true).length}/${demos.length}`,
      `${successes}/${episodes.length}`,
      percent(rate),
      String(episodes.filter(isRefusal).length),
      String(episodes.filter(isWrongAction).length),
      (episodes.reduce((sum, episode) => sum + episode.steps, 0) / Math.max(1, episodes.length)).toFixed(1),
      top ? `${top[0]} (${top[1]})` : '',
    ]);
  }
  console.log(`\n${table(rows)}\n`);
  const mean = (list: { rate: number }[]) => (list.length === 0 ? 0 : list.reduce((sum, item) => sum + item.rate, 0) / list.length);
  const template = rates.filter((item) => item.template);
  console.log(`mean success (raw reward 1), all ${rates.length} tasks: ${percent(mean(rates))}`);
  console.log(`mean success, ${template.length} template-like tasks (${[...TEMPLATE_FAMILIES].join('/')}): ${percent(mean(template))}`);
  // Tune on the development half only; the evaluation half is the figure to report (harness/tasks/splits.json).
  for (const half of demonstrationTable(tasks, main.demonstrations, main.episodes, splitGroups()).groups) {
    const { total } = half;
    console.log(
      `${half.name} half: mean success ${percent(half.meanSuccessRate)}; wrong actions ${total.wrongActions}/${total.episodes} (${percent(total.wrongActions / Math.max(1, total.episodes))}); refusals ${total.refusals}; demonstrations verified ${total.verified}/${total.recorded}`,
    );
  }
  const modelCalls = main.episodes.reduce((sum, episode) => sum + episode.modelCalls, 0);
  console.log(`model calls: ${modelCalls}`);
  const verified = main.demonstrations.filter((demo) => demo.verified === true).length;
  console.log(`demonstrations through the recorder: ${main.demonstrations.filter((demo) => demo.steps > 0).length} recorded, ${verified}/${main.demonstrations.length} verified on their own seed`);
  for (const demo of main.demonstrations.filter((candidate) => candidate.verified !== true)) console.log(`  unverified ${demo.task}#${demo.seed}: ${demo.verification ?? demo.reason}`);
  const refusals = main.episodes.filter(isRefusal).length;
  const wrong = main.episodes.filter(isWrongAction).length;
  console.log(`refusals: ${refusals} (${percent(refusals / Math.max(1, main.episodes.length))}); wrong actions: ${wrong} (${percent(wrong / Math.max(1, main.episodes.length))}) of ${main.episodes.length} episodes`);
  const steps = main.episodes.reduce((sum, episode) => sum + episode.steps, 0);
  const episodeMs = main.episodes.reduce((sum, episode) => sum + episode.durationMs, 0);
  console.log(`steps: ${steps} in ${(episodeMs / 1000).toFixed(1)} s of episode time → ${(steps / (episodeMs / 1000)).toFixed(2)} steps/s per worker; wall time ${(wallMs / 1000).toFixed(0)} s`);
  console.log('\nfailures by reason:');
  for (const [category, count] of [...categories.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${category}`);
  console.log('\nfailed episodes (first 3 per task):');
  for (const task of tasks) {
    for (const episode of (byTask.get(task) ?? []).filter((candidate) => !candidate.success).slice(0, 3)) {
      console.log(`  ${task} seed ${episode.seed}: ${episode.outcome.status}: ${episode.outcome.reason.slice(0, 300)}`);
    }
  }

  if (!process.argv.includes('--no-transfer')) {
    console.log(`\ncross-task transfer: each task on seeds ${transferSeeds[0]}-${transferSeeds.at(-1)} with its own demonstrations left out`);
    const transferRows = [['task', 'own demos', 'without own demos', 'wrong', 'refused']];
    for (const task of tasks) {
      const own = main.demonstrations.filter((demo) => demo.task === task && demo.trajectoryId).map((demo) => demo.trajectoryId!);
      const result = await runEvaluation({
        dir: suiteDirectory(),
        tasks: [task],
        seeds: transferSeeds,
        policy: 'offline',
        memoryPath: main.memoryPath,
        saveAgentTrajectories: false,
        workers,
        reportDir: join(out, 'transfer', task),
        createPolicy: (_name, { memory }) => new ExemplarPolicy({ memory, filters: { successOnly: true, excludeIds: own } }),
      });
      const successes = result.episodes.filter((episode) => episode.success).length;
      const ownRate = rates.find((item) => item.task === task)?.rate ?? 0;
      const verdicts = result.episodes.map(episodeVerdict);
      transferRows.push([task, percent(ownRate), `${successes}/${result.episodes.length}`, String(verdicts.filter((verdict) => verdict === 'wrong').length), String(verdicts.filter((verdict) => verdict === 'refusal').length)]);
    }
    console.log(table(transferRows));
  }
  console.log(`\nreport: ${main.reportPath}`);
  if (!keep) console.log(`(written under a temporary folder, ${out}; pass --out to choose one)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
