/**
 * A harness run: optionally record demonstrations through the browser
 * recorder (a scripted person drives the page with real input; each
 * recording is replayed on its own seed and stored verified or not), then run a policy on every (task, seed) of this
 * shard across the workers, score on the raw reward, and keep everything:
 * trajectories in the exemplar memory, episodes in a results SQLite file,
 * JSONL, and the HTML report.
 */
import { ConfigSchema, type UnderstudyConfig } from '../agent/config/config-schema.js';
import { openConfiguredMemory } from '../main/service/configured-memory.js';
import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { UserFacingError } from '../agent/core/errors.js';
import type { RunBudgets } from '../agent/core/events.js';
import type { LanguageModel } from '../agent/core/language-model.js';
import { newTrajectoryId } from '../agent/core/trajectory.js';
import { defaultAbstraction } from './abstraction.js';
import type { EpisodeKind, EpisodeResult, EpisodeRun } from './miniwob/episode-result.js';
import type { Demonstrator } from './miniwob/demonstrator-context.js';
import { recordThroughRecorder } from './miniwob/record-through-recorder.js';
import { journalDirectoryFor } from '../main/recorder/recording-journal.js';
import { pagesMetadata } from './replay.js';
import { failedEpisode, runPolicyEpisode } from './miniwob/run-episode.js';
import { openTaskDirectory, selectTasks } from './miniwob/task-directory.js';
import type { OperatorFactory } from './operator-factory.js';
import { defaultPolicyFactory, type PolicyFactory } from './policy-registry.js';
import { renderHtmlReport } from './report/html-report.js';
import { summarize, type PublishedNumbers, type ScoreSummary } from './report/scoring.js';
import { ResultsStore } from './results/results-store.js';
import { takeShard, type Shard } from './seeds.js';
import { openSession, type HarnessSession } from './session.js';

export type EvaluationPhase = 'demonstrations' | 'replays' | 'episodes';

export interface EvaluationProgress {
  phase: EvaluationPhase;
  done: number;
  total: number;
  /** Successes so far in this phase. */
  successes: number;
  last?: EpisodeResult;
}

export interface EvaluationOptions {
  /** Folder holding core/ and miniwob/ (a miniwob-plusplus `miniwob/html`, or the project's suite). */
  dir: string;
  /** Task names; default all pages of the folder. */
  tasks?: readonly string[];
  /** Seeds of the evaluated episodes (JS numbers). Empty: only demonstrations/replays. */
  seeds: readonly number[];
  /** 'offline' | 'llm' | 'hybrid' (or any name the factory knows). */
  policy: string;
  createPolicy?: PolicyFactory;
  model?: LanguageModel;
  /** Demonstrators by task; demonstrations are recorded for the selected tasks that have one. */
  demonstrators?: Readonly<Record<string, Demonstrator>>;
  /** Seeds to record demonstrations on (e.g. 1000-1002). */
  demoSeeds?: readonly number[];
  /** Replay every demonstration on its own seed right after it is recorded and store it verified or not. Default true. */
  replayDemonstrations?: boolean;
  /**
   * Least ms the scripted person lets pass after an input before it looks at the page again (see
   * record-through-recorder.ts). Default 450, a brisk person; slower gives the recorder more time to observe.
   */
  demonstrationPaceMs?: number;
  /** The exemplar memory file. Default: `memory.db` in the report folder. */
  memoryPath?: string;
  /** The configuration the front door resolved (the memory's embedder); default the built-in defaults. */
  config?: UnderstudyConfig;
  /** Also keep the agent's own episodes in the memory (added after the run, so they cannot help within it). Default true. */
  saveAgentTrajectories?: boolean;
  /** Browser contexts working in parallel. Default: the number of cores. */
  workers?: number;
  shard?: Shard;
  /** Playwright browser server endpoints (ws://…); workers are spread over them. Default: a local Chromium. */
  connect?: readonly string[];
  /** Raise every page's EPISODE_MAX_TIME to this many ms; default: the pages' own limits. */
  maxTimeMs?: number;
  /** Reload the task page before every episode (Synapse's setting). Default false. */
  reloadEachEpisode?: boolean;
  /** Most ms one call into a page may take before the page counts as hung. Default 15 000. */
  pageTimeoutMs?: number;
  budgets?: Partial<RunBudgets>;
  /** Load pages as file:// URLs instead of serving them on 127.0.0.1. */
  fileUrls?: boolean;
  /** Load pages from this URL of the same folder (e.g. reachable from a remote browser grid) instead. */
  pagesUrl?: string;
  /** Where results, JSONL, screenshots and report.html go. */
  reportDir: string;
  published?: PublishedNumbers;
  createOperator?: OperatorFactory;
  title?: string;
  onProgress?: (progress: EvaluationProgress) => void;
  signal?: AbortSignal;
}

export interface EvaluationResult {
  runId: string;
  summary: ScoreSummary;
  episodes: EpisodeResult[];
  demonstrations: EpisodeResult[];
  replays: EpisodeResult[];
  reportPath: string;
  resultsPath: string;
  jsonlPath: string;
  memoryPath: string;
}

export async function runEvaluation(options: EvaluationOptions): Promise<EvaluationResult> {
  const directory = openTaskDirectory(options.dir);
  const tasks = selectTasks(directory, options.tasks);
  const reportDir = resolve(options.reportDir);
  mkdirSync(join(reportDir, 'screenshots'), { recursive: true });
  const runId = newTrajectoryId().replace(/^t/, 'run-');
  const startedAt = Date.now();
  const resultsPath = join(reportDir, 'results.sqlite');
  const jsonlPath = join(reportDir, 'episodes.jsonl');
  const memoryPath = resolve(options.memoryPath ?? join(reportDir, 'memory.db'));
  const workerCount = options.workers ?? availableParallelism();
  if (!Number.isInteger(workerCount) || workerCount < 1) throw new UserFacingError(`--workers must be a whole number ≥ 1, got ${options.workers}`);

  const demoJobs: Job[] = [];
  for (const task of tasks) {
    if (!options.demonstrators?.[task]) continue;
    for (const seed of options.demoSeeds ?? []) demoJobs.push({ task, seed });
  }
  const evalJobs = takeShard(
    tasks.flatMap((task) => options.seeds.map((seed) => ({ task, seed }))),
    options.shard,
  );

  const memory = openConfiguredMemory(memoryPath, options.config ?? ConfigSchema.parse({}));
  let results: ResultsStore;
  try {
    results = ResultsStore.open(resultsPath);
  } catch (error) {
    memory.close();
    throw error;
  }
  const settings: Record<string, string> = {
    policy: options.policy,
    folder: directory.root,
    tasks: String(tasks.length),
    seeds: describeSeeds(options.seeds),
    'demo seeds': describeSeeds(options.demoSeeds ?? []),
    'max time': options.maxTimeMs === undefined ? "pages' own" : `${options.maxTimeMs} ms`,
    reload: options.reloadEachEpisode ? 'every episode' : 'on task change',
    workers: String(workerCount),
    shard: options.shard ? `${options.shard.index}/${options.shard.count}` : 'all',
    browser: options.connect?.length ? options.connect.join(', ') : 'local chromium',
  };
  results.startRun({ id: runId, startedAt, policy: options.policy, shard: settings.shard, options: settings });

  const pages = pagesMetadata(directory.root);
  let session: HarnessSession | undefined;
  const agentRuns: EpisodeRun[] = [];
  const demonstrations: EpisodeResult[] = [];
  const replays: EpisodeResult[] = [];
  const episodes: EpisodeResult[] = [];
  const screenshotPaths = new Map<string, string>();
  try {
    session = await openSession({
      root: directory.root,
      workers: workerCount,
      fileUrls: options.fileUrls,
      pagesUrl: options.pagesUrl,
      connect: options.connect,
      maxTimeMs: options.maxTimeMs,
      pageTimeoutMs: options.pageTimeoutMs,
      reloadEachEpisode: options.reloadEachEpisode,
      createOperator: options.createOperator,
    });
    const pool = session.pool;
    const abstract = defaultAbstraction;

    const record = (phase: EvaluationPhase, list: EpisodeResult[], total: number) => (run: EpisodeRun) => {
      list.push(run.result);
      results.addEpisode(runId, run.result);
      appendFileSync(jsonlPath, `${JSON.stringify({ formatVersion: 1, runId, ...run.result })}\n`);
      options.onProgress?.({ phase, done: list.length, total, successes: list.filter((result) => result.success).length, last: run.result });
    };

    // 1. Demonstrations, captured by the browser recorder while a scripted person drives the page with real
    //    input, and (2.) each replayed on its own seed right after it was recorded: stored verified or not.
    //    Only those that completed the task are kept in the memory (the recorder saves them itself).
    if (demoJobs.length > 0) {
      const done = record('demonstrations', demonstrations, demoJobs.length);
      const verify = options.replayDemonstrations !== false;
      const replayed = record('replays', replays, demoJobs.length);
      const journalDirectory = journalDirectoryFor(memoryPath);
      await pool.runAll(
        demoJobs,
        async (worker, job) => {
          const started = Date.now();
          let run: EpisodeRun;
          let replay: EpisodeRun | undefined;
          try {
            const recorded = await recordThroughRecorder({
              browser: worker.browser,
              root: directory.root,
              baseUrl: session!.baseUrl,
              demonstrator: options.demonstrators![job.task]!,
              task: job.task,
              seed: job.seed,
              sink: memory,
              journalDirectory,
              maxTimeMs: options.maxTimeMs,
              paceMs: options.demonstrationPaceMs,
              verify,
            });
            run = recorded.demonstration;
            run.result.verified = recorded.verification.verified;
            run.result.verification = recorded.verification.reason;
            replay = recorded.replay;
          } catch (error) {
            run = failedEpisode('demonstration', job.task, job.seed, 'demonstrator', error, started);
          }
          done(run);
          if (replay) replayed(replay);
          return run;
        },
        options.signal,
      );
    }

    // 3. The policy on every (task, seed) of this shard; one policy instance per worker.
    if (evalJobs.length > 0) {
      const createPolicy = options.createPolicy ?? defaultPolicyFactory;
      const policies = await Promise.all(pool.workers.map(() => createPolicy(options.policy, { memory, model: options.model })));
      const done = record('episodes', episodes, evalJobs.length);
      await pool.runAll(
        evalJobs,
        async (worker, job) => {
          const policy = policies[worker.index]!;
          const run = await guardedEpisode('agent', job.task, job.seed, policy.name, () =>
            runPolicyEpisode({ environment: worker.environment, operator: worker.operator, policy, task: job.task, seed: job.seed, abstract, budgets: options.budgets, signal: options.signal, metadata: { ...pages, runId } }),
          );
          if (!run.result.success) {
            for (const sha of [...run.result.actions.map((action) => action.screenshotSha256), run.result.finalScreenshotSha256]) {
              const png = sha ? run.screenshots.get(sha) : undefined;
              if (sha && png && !screenshotPaths.has(sha)) {
                writeFileSync(join(reportDir, 'screenshots', `${sha}.png`), png);
                screenshotPaths.set(sha, `screenshots/${sha}.png`);
              }
            }
          }
          agentRuns.push(run);
          done(run);
          return run;
        },
        options.signal,
      );
    }
  } catch (error) {
    results.close();
    throw error;
  } finally {
    await session?.close();
    // The agent's own episodes join the memory only after the run (so they cannot help other episodes of the
    // same evaluation), and also when it is interrupted or fails part-way, so no finished episode is lost.
    try {
      if (options.saveAgentTrajectories !== false) {
        const items = agentRuns.filter((run) => run.trajectory).map((run) => ({ trajectory: run.trajectory!, screenshots: run.screenshots }));
        if (items.length > 0) memory.addMany(items);
      }
    } finally {
      memory.close();
    }
  }

  const summary = summarize(episodes);
  const finishedAt = Date.now();
  results.finishRun(runId, {
    ...summary,
    demonstrations: { recorded: demonstrations.length, successes: demonstrations.filter((demo) => demo.success).length, verified: demonstrations.filter((demo) => demo.verified === true).length },
    replays: { total: replays.length, reproduced: replays.filter((replay) => replay.success).length },
  }, finishedAt);
  results.close();
  const reportPath = join(reportDir, 'report.html');
  writeFileSync(
    reportPath,
    renderHtmlReport({
      title: options.title ?? `Understudy on MiniWoB: ${options.policy} policy`,
      runId,
      startedAt,
      finishedAt,
      settings,
      summary,
      episodes,
      demonstrations,
      replays,
      published: options.published,
      screenshotPaths,
    }),
  );
  return { runId, summary, episodes, demonstrations, replays, reportPath, resultsPath, jsonlPath, memoryPath };
}

interface Job {
  task: string;
  seed: number;
}

/** Run an episode; a harness failure (hung page…) becomes a failed episode instead of ending the run. */
async function guardedEpisode(kind: EpisodeKind, task: string, seed: number, policy: string, run: () => Promise<EpisodeRun>): Promise<EpisodeRun> {
  const started = Date.now();
  try {
    return await run();
  } catch (error) {
    return failedEpisode(kind, task, seed, policy, error, started);
  }
}

/** "0-49" for a contiguous list, else the list (shortened). */
export function describeSeeds(seeds: readonly number[]): string {
  if (seeds.length === 0) return 'none';
  const sorted = [...seeds].sort((a, b) => a - b);
  const contiguous = sorted.every((seed, index) => index === 0 || seed === sorted[index - 1]! + 1);
  if (contiguous && sorted.length > 2) return `${sorted[0]}-${sorted[sorted.length - 1]}`;
  return sorted.length > 8 ? `${sorted.slice(0, 8).join(',')},… (${sorted.length})` : sorted.join(',');
}
