/**
 * Run one task of the project's MiniWoB-protocol suite, on a seed, with a
 * policy: the pages served on 127.0.0.1, one Chromium, the episode driven and
 * scored by the harness (the page's raw reward decides success), the
 * trajectory kept in the memory. The app's Run screen calls this.
 */
import type { AgentEventListener } from '../../agent/core/events.js';
import type { LanguageModel } from '../../agent/core/language-model.js';
import type { Operator } from '../../agent/core/operator.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import { createModel } from '../../agent/config/create-model.js';
import type { EpisodeRun } from '../../harness/miniwob/episode-result.js';
import { runPolicyEpisode } from '../../harness/miniwob/run-episode.js';
import { defaultPolicyFactory } from '../../harness/policy-registry.js';
import { openSession } from '../../harness/session.js';
import { openTaskDirectory, selectTasks } from '../../harness/miniwob/task-directory.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { suiteDirectory, suiteTask } from '../../harness/tasks/catalog.js';
import { createSafetyGate, type ConfirmFunction } from '../../agent/safety/safety-gate.js';
import { RunMemoryStop, runMemory } from '../../memory/run-memory.js';
import { openConfiguredMemoryForRun } from './configured-memory.js';

export interface RunSuiteTaskOptions {
  task: string;
  seed: number;
  /** A policy by name, or a stored trajectory to replay step by step (re-grounded on the live page; not kept). */
  policy: 'offline' | 'llm' | 'hybrid' | { replay: Trajectory };
  /** The pages folder (holding core/ and miniwob/); default the project's own suite. */
  root?: string;
  memoryPath: string;
  config: UnderstudyConfig;
  maxSteps?: number;
  signal?: AbortSignal;
  onEvent?: AgentEventListener;
  wrapOperator?: (operator: Operator) => Operator;
  /** Ask before risky actions (typing a password…); without it they are refused unless the config says not to ask. */
  confirm?: ConfirmFunction;
  /** Keep the trajectory in the memory. Default true. */
  save?: boolean;
}

export async function runSuiteTask(options: RunSuiteTaskOptions): Promise<EpisodeRun> {
  // A clear error for an unknown task, before anything opens.
  if (options.root === undefined) suiteTask(options.task);
  else selectTasks(openTaskDirectory(options.root), [options.task]);
  const replay = typeof options.policy === 'object' ? options.policy.replay : undefined;
  const store = await openConfiguredMemoryForRun(options.memoryPath, options.config, options.signal);
  // Every embeddings wait of the run is awaited under its stop (the app's Stop, the wall-time budget).
  const memoryStop = new RunMemoryStop();
  memoryStop.follow(options.signal ? [options.signal] : [], options.config.budgets.maxWallTimeMs);
  const memory = runMemory(store, { signal: memoryStop.signal });
  let model: LanguageModel | undefined;
  let session: Awaited<ReturnType<typeof openSession>> | undefined;
  try {
    if (typeof options.policy === 'string' && options.policy !== 'offline') model = createModel(options.config);
    const policy = typeof options.policy === 'string' ? await defaultPolicyFactory(options.policy, { memory, model }) : new ReplayPolicy(options.policy.replay);
    session = await openSession({ root: options.root ?? suiteDirectory(), workers: 1 });
    const worker = session.pool.workers[0]!;
    const operator = options.wrapOperator ? options.wrapOperator(worker.operator) : worker.operator;
    const run = await runPolicyEpisode({
      environment: worker.environment,
      operator,
      policy,
      task: options.task,
      seed: options.seed,
      signal: options.signal,
      onEvent: options.onEvent,
      gate: createSafetyGate({ confirm: options.confirm, autoApprove: !options.config.safety.confirmRiskyActions }),
      budgets: options.maxSteps ? { maxSteps: options.maxSteps } : replay ? { maxSteps: replay.steps.length + 1 } : undefined,
      ...(replay ? { kind: 'replay' as const, metadata: { replayOf: replay.id } } : {}),
    });
    if (options.save !== false && !replay && run.trajectory) await memory.add(run.trajectory, run.screenshots);
    return run;
  } finally {
    await session?.close();
    await model?.close?.();
    memoryStop.end();
    store.close();
    store.embedder.close?.();
  }
}
