/**
 * The offline demo: start the project's own suite, record demonstrations
 * through the browser recorder (scripted people driving the pages with real
 * input, seeds 1000-1002) into a fresh memory, each replayed on its seed right
 * after and stored verified or not, run the offline exemplar policy (no
 * model) on unseen seeds of every task with a progress bar, print the
 * per-task table (demonstrations recorded, verified, success on unseen seeds,
 * refusals, wrong actions, model calls) and write the HTML report. Offline;
 * a few minutes on 2 cores.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { SUITE_TASKS, suiteDirectory } from './tasks/catalog.js';
import { splitGroups } from './tasks/splits.js';
import { loadSuiteDemonstrators } from './demonstrators.js';
import { runEvaluation, type EvaluationResult } from './evaluation.js';
import { createProgressBar, evaluationProgress } from './progress-bar.js';
import { demonstrationTable, formatDemonstrationTable } from './report/demonstration-table.js';

export const DEMO_DEMONSTRATION_SEEDS = [1000, 1001, 1002] as const;
/**
 * Unseen seeds the offline policy is evaluated on by default: three per task keep the whole demo
 * (58 tasks, 174 recordings each replayed once) near ten minutes on two cores; `bench:offline` runs 50.
 */
export const DEMO_EVALUATION_SEEDS = [0, 1, 2] as const;

export interface SuiteDemoOptions {
  /** Folder for the report, results and (by default) the memory. */
  out: string;
  /** Memory file; default `<out>/memory.db`, emptied first so the demo starts fresh. */
  memoryPath?: string;
  /** Evaluation seeds; default 0-2 (never the demonstration seeds). */
  seeds?: readonly number[];
  /** Task names; default every suite task. */
  tasks?: readonly string[];
  log?: (line: string) => void;
  /** Default: the number of cores. */
  workers?: number;
  /** Draw a progress bar on stderr. Default true. */
  progress?: boolean;
  signal?: AbortSignal;
}

export async function runSuiteDemo(options: SuiteDemoOptions): Promise<EvaluationResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const out = resolve(options.out);
  const memoryPath = resolve(options.memoryPath ?? join(out, 'memory.db'));
  if (!options.memoryPath) for (const suffix of ['', '-wal', '-shm']) rmSync(memoryPath + suffix, { force: true });
  for (const file of ['results.sqlite', 'results.sqlite-wal', 'results.sqlite-shm', 'episodes.jsonl']) rmSync(join(out, file), { force: true });
  const demonstrators = await loadSuiteDemonstrators();
  const tasks = options.tasks ?? SUITE_TASKS.map((task) => task.name);
  const seeds = options.seeds ?? DEMO_EVALUATION_SEEDS;
  const workers = options.workers ?? availableParallelism();
  log(`Understudy demo: ${tasks.length} tasks, demonstrations on seeds ${DEMO_DEMONSTRATION_SEEDS.join(', ')}, offline policy on ${seeds.length} unseen seeds each, ${workers} workers`);
  const bar = options.progress === false ? undefined : createProgressBar();
  try {
    const result = await runEvaluation({
      dir: suiteDirectory(),
      tasks,
      seeds,
      policy: 'offline',
      demonstrators,
      demoSeeds: DEMO_DEMONSTRATION_SEEDS,
      memoryPath,
      workers,
      reportDir: out,
      title: 'Understudy demo: offline exemplar policy on the project suite',
      signal: options.signal,
      onProgress: evaluationProgress(bar, 'offline'),
    });
    bar?.finish();
    const demoOk = result.demonstrations.filter((demo) => demo.success).length;
    const verified = result.demonstrations.filter((demo) => demo.verified === true).length;
    log(`demonstrations through the recorder: ${demoOk}/${result.demonstrations.length} scored reward 1; verified (replayed to reward 1 on their own seed): ${verified}/${result.demonstrations.length}`);
    for (const demo of result.demonstrations.filter((candidate) => candidate.verified !== true)) {
      log(`  unverified ${demo.task}#${demo.seed}: ${demo.verification ?? demo.reason}`);
    }
    log('');
    log(formatDemonstrationTable(demonstrationTable(tasks, result.demonstrations, result.episodes, splitGroups())));
    log('');
    log(`report:  ${result.reportPath}`);
    log(`results: ${result.resultsPath} (SQLite), ${result.jsonlPath} (JSONL)`);
    log(`memory:  ${result.memoryPath}`);
    return result;
  } finally {
    bar?.finish();
  }
}
