/**
 * Benchmark runs from the app: the suite's tasks on the given seeds with a
 * policy, demonstrations from the memory (or recorded first by the suite's
 * demonstrators), progress pushed as it goes, the per-task table at the end.
 * The agent's episodes are not added to the memory (a benchmark measures it).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorMessage } from '../../agent/core/errors.js';
import type { LanguageModel } from '../../agent/core/language-model.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import { createModel } from '../../agent/config/create-model.js';
import { loadSuiteDemonstrators } from '../../harness/demonstrators.js';
import { runEvaluation, type EvaluationOptions, type EvaluationResult } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { openTaskDirectory, selectTasks } from '../../harness/miniwob/task-directory.js';
import type { BenchReport, ParsedInput, RequestResult } from '../api/contract.js';
import type { Emit } from './run-service.js';

const SUMMARY_FILE = 'summary.json';

/** Benchmarks from the app keep their reports next to the memory they used. */
export function reportsFolder(memoryPath: string): string {
  return join(dirname(memoryPath), 'bench-reports');
}

export interface BenchmarkOptions extends Omit<EvaluationOptions, 'model' | 'demonstrators' | 'config'> {
  /** The model (for llm / hybrid) and the memory's embedder come from it. */
  config: UnderstudyConfig;
  /** Record demonstrations first with the suite's demonstrators (on `demoSeeds`). */
  recordDemonstrations: boolean;
}

/**
 * One benchmark run, for every front door (the app's `bench.start`, `understudy
 * bench miniwob`): the configured model when the policy needs one (closed at
 * the end), the suite's demonstrators when asked for, then the evaluation.
 */
export async function runBenchmark(options: BenchmarkOptions): Promise<EvaluationResult> {
  const { recordDemonstrations, ...evaluation } = options;
  let model: LanguageModel | undefined;
  try {
    if (options.policy !== 'offline') model = createModel(options.config);
    const demonstrators = recordDemonstrations ? await loadSuiteDemonstrators() : undefined;
    return await runEvaluation({ ...evaluation, model, demonstrators });
  } finally {
    await model?.close?.();
  }
}

const DEMO_SEEDS = [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009];

export class BenchService {
  private readonly active = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(
    private readonly settings: () => { memoryPath: string; config: UnderstudyConfig },
    private readonly emit: Emit,
  ) {}

  start(input: ParsedInput<'bench.start'>): RequestResult<'bench.start'> {
    const benchId = `bench-${randomUUID().slice(0, 8)}`;
    const controller = new AbortController();
    const { memoryPath, config } = this.settings();
    // A missing folder or a task it does not hold fails here, before anything starts.
    const root = input.dir !== undefined ? openTaskDirectory(input.dir).root : undefined;
    if (root !== undefined) selectTasks(openTaskDirectory(root), input.tasks);
    const work = async () => {
      try {
        const result = await runBenchmark({
          dir: root ?? suiteDirectory(),
          tasks: input.tasks,
          seeds: input.seeds,
          policy: input.policy,
          recordDemonstrations: input.demos > 0,
          demoSeeds: DEMO_SEEDS.slice(0, input.demos),
          replayDemonstrations: false,
          saveAgentTrajectories: false,
          memoryPath,
          config,
          workers: input.workers,
          reportDir: join(reportsFolder(memoryPath), benchId),
          signal: controller.signal,
          onProgress: (progress) =>
            this.emit('bench.progress', {
              benchId,
              phase: progress.phase,
              done: progress.done,
              total: progress.total,
              successes: progress.successes,
              ...(progress.last ? { last: { task: progress.last.task, seed: progress.last.seed, success: progress.last.success } } : {}),
            }),
        });
        const report: BenchReport = {
          benchId,
          finishedAt: Date.now(),
          policy: input.policy,
          seeds: input.seeds,
          ...(root !== undefined ? { dir: root } : {}),
          rows: result.summary.tasks.map((task) => ({ task: task.task, episodes: task.episodes, successes: task.successes, rate: task.successRate })),
          successRate: result.summary.mean.successRate,
          episodes: result.summary.episodes,
          reportPath: result.reportPath,
        };
        writeFileSync(join(dirname(result.reportPath), SUMMARY_FILE), `${JSON.stringify(report, null, 2)}\n`);
        this.emit('bench.finished', { benchId, rows: report.rows, successRate: report.successRate, episodes: report.episodes, reportPath: report.reportPath });
      } catch (error) {
        this.emit('bench.finished', { benchId, rows: [], successRate: 0, episodes: 0, error: errorMessage(error) });
      } finally {
        this.active.delete(benchId);
      }
    };
    this.active.set(benchId, { controller, done: work() });
    return { benchId };
  }

  /** Past benchmarks of this memory, newest first (unreadable summaries are skipped). */
  reports(limit: number): RequestResult<'bench.reports'> {
    const folder = reportsFolder(this.settings().memoryPath);
    if (!existsSync(folder)) return { reports: [] };
    const reports: BenchReport[] = [];
    for (const name of readdirSync(folder)) {
      try {
        reports.push(JSON.parse(readFileSync(join(folder, name, SUMMARY_FILE), 'utf8')) as BenchReport);
      } catch {
        // a benchmark that was stopped or is still running has no summary
      }
    }
    return { reports: reports.sort((a, b) => b.finishedAt - a.finishedAt).slice(0, limit) };
  }

  stop(benchId: string): RequestResult<'bench.stop'> {
    const bench = this.active.get(benchId);
    bench?.controller.abort('stopped by the user');
    return { stopped: Boolean(bench) };
  }

  /** Stop every benchmark going (the app's stop-all); how many were. */
  stopAll(): number {
    for (const bench of this.active.values()) bench.controller.abort('stopped by the user');
    return this.active.size;
  }

  async close(): Promise<void> {
    for (const bench of this.active.values()) bench.controller.abort('closing');
    await Promise.all([...this.active.values()].map((bench) => bench.done));
  }
}
