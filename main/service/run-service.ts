/**
 * Runs started from the app: each gets an id, runs in the background, and
 * pushes its agent events (with the screenshot of each observation and the
 * box each action lands on), its confirmation requests and its end. Stop and
 * confirmation answers find the run by id. Screenshots of the last few runs
 * stay available for `screenshot.get`.
 */
import { randomUUID } from 'node:crypto';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import type { AgentEvent } from '../../agent/core/events.js';
import type { Operator } from '../../agent/core/operator.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { miniwobOrigin, recordedPagesFolder } from '../../harness/replay.js';
import { isMiniwobAppKey } from '../../harness/miniwob/app-key.js';
import { replayTrajectory } from './replay-trajectory.js';
import type { ConfirmFunction } from '../../agent/safety/safety-gate.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import type { ParsedInput, PushedEvents, RequestResult } from '../api/contract.js';
import { runTask } from './run-task.js';
import { runSuiteTask } from './run-suite-task.js';
import { ScreenshotTap } from './screenshot-tap.js';

export type Emit = <E extends keyof PushedEvents>(name: E, payload: PushedEvents[E]) => void;

interface ActiveRun {
  runId: string;
  task: string;
  startedAt: number;
  controller: AbortController;
  pending: Map<string, (approve: boolean) => void>;
  done: Promise<void>;
}

interface LaunchContext {
  memoryPath: string;
  config: UnderstudyConfig;
  signal: AbortSignal;
  onEvent: (event: AgentEvent) => void;
  wrapOperator: (operator: Operator) => Operator;
  confirm: ConfirmFunction;
}

/** How many finished runs keep their screenshots in memory. */
const KEPT_RUNS = 8;

export class RunService {
  private readonly active = new Map<string, ActiveRun>();
  private readonly taps = new Map<string, ScreenshotTap>();

  constructor(
    private readonly settings: () => { memoryPath: string; config: UnderstudyConfig },
    private readonly emit: Emit,
  ) {}

  start(input: ParsedInput<'run.start'>): RequestResult<'run.start'> {
    const { target } = input;
    if (target.kind !== 'suite' && !input.task.trim()) throw new UserFacingError('run.start: task: say what to do, e.g. "Click the Submit button"');
    const { config: base } = this.settings();
    const config: UnderstudyConfig = {
      ...base,
      ...(input.model ? { model: input.model } : {}),
      budgets: { ...base.budgets, ...(input.maxSteps ? { maxSteps: input.maxSteps } : {}) },
    };
    return this.launch(target.kind === 'suite' ? `${target.task} (suite)` : input.task, config, async (common) => {
      if (target.kind === 'suite') {
        const seed = target.seed ?? Math.floor(Math.random() * 1_000_000);
        const episode = await runSuiteTask({ ...common, task: target.task, seed, policy: input.policy, maxSteps: input.maxSteps });
        return { outcome: episode.trajectory?.outcome ?? episode.result.outcome, trajectoryId: episode.trajectory?.id };
      }
      const result = await runTask({
        ...common,
        task: input.task,
        policy: input.policy,
        target: target.kind === 'browser' ? { kind: 'browser', url: target.url, headless: !target.headed } : { kind: 'desktop', scaleFactor: target.scaleFactor },
        screenshots: true,
      });
      return { outcome: result.outcome, trajectoryId: result.trajectory.id };
    });
  }

  /**
   * Play a stored trajectory back as a run (its events pushed like any run's): a MiniWoB one on its own
   * seed and pages (its outcome carries the reward it scored again), any other on the page it was recorded on.
   * The replay is not kept in the memory.
   */
  replay(trajectory: Trajectory): RequestResult<'memory.replay'> {
    if (trajectory.steps.length === 0) throw new UserFacingError(`trajectory ${trajectory.id} has no steps to replay`);
    const miniwob = isMiniwobAppKey(trajectory.appKey) ? miniwobOrigin(trajectory) : undefined;
    const root = miniwob ? recordedPagesFolder(trajectory) : undefined;
    const started = this.launch(`replay of “${trajectory.task}”`, this.settings().config, async (common) => {
      if (miniwob) {
        const episode = await runSuiteTask({ ...common, task: miniwob.task, seed: miniwob.seed, root, policy: { replay: trajectory }, save: false });
        const outcome = episode.trajectory?.outcome ?? episode.result.outcome;
        const expected = trajectory.outcome.reward;
        const reproduced = expected !== undefined && episode.result.done && episode.result.rawReward === expected;
        return { outcome: { ...outcome, reason: `${reproduced ? 'reproduced' : 'did NOT reproduce'} the stored reward ${expected ?? '—'} on seed ${miniwob.seed}: ${outcome.reason}` } };
      }
      const result = await replayTrajectory(trajectory, { signal: common.signal, onEvent: common.onEvent, wrapOperator: common.wrapOperator });
      return { outcome: result.outcome };
    });
    return started;
  }

  /** Run `work` in the background as a run: an id, its events (with screenshots) pushed, stop and confirmations by id. */
  private launch(task: string, config: UnderstudyConfig, work: (common: LaunchContext) => Promise<Omit<PushedEvents['run.finished'], 'runId'>>): { runId: string } {
    const { memoryPath } = this.settings();
    const runId = `run-${randomUUID().slice(0, 8)}`;
    const tap = new ScreenshotTap();
    this.keepTap(runId, tap);
    const controller = new AbortController();
    const run: ActiveRun = { runId, task, startedAt: Date.now(), controller, pending: new Map(), done: Promise.resolve() };
    const onEvent = (event: AgentEvent) => {
      const payload: PushedEvents['run.event'] = { runId, event };
      if (event.type === 'observation') payload.screenshot = tap.screenshot();
      if (event.type === 'action' || event.type === 'confirmation-request') payload.targetBox = tap.targetBox(event.action);
      this.emit('run.event', payload);
    };
    const confirm: ConfirmFunction = (request, signal) =>
      new Promise<boolean>((resolve) => {
        const requestId = randomUUID();
        run.pending.set(requestId, resolve);
        signal.addEventListener('abort', () => {
          run.pending.delete(requestId);
          resolve(false);
        }, { once: true });
        this.emit('run.confirmation', { runId, requestId, description: request.description, reason: request.reason, screenshot: tap.screenshot(), targetBox: tap.targetBox(request.action) });
      });
    const common: LaunchContext = { memoryPath, config, signal: controller.signal, onEvent, wrapOperator: tap.wrap.bind(tap), confirm };
    run.done = work(common).then(
      (finished) => this.emit('run.finished', { runId, ...finished }),
      (error: unknown) => this.emit('run.finished', { runId, outcome: { status: 'error', reason: errorMessage(error) }, error: errorMessage(error) }),
    ).finally(() => this.active.delete(runId));
    this.active.set(runId, run);
    return { runId };
  }

  stop(runId: string): RequestResult<'run.stop'> {
    const run = this.active.get(runId);
    if (!run) return { stopped: false };
    run.controller.abort('stopped by the user');
    return { stopped: true };
  }

  stopAll(): number {
    for (const run of this.active.values()) run.controller.abort('stopped by the user');
    return this.active.size;
  }

  confirm(input: ParsedInput<'run.confirm'>): RequestResult<'run.confirm'> {
    const resolve = this.active.get(input.runId)?.pending.get(input.requestId);
    if (!resolve) return { answered: false };
    this.active.get(input.runId)!.pending.delete(input.requestId);
    resolve(input.approve);
    return { answered: true };
  }

  list(): RequestResult<'run.active'> {
    return { runs: [...this.active.values()].map(({ runId, task, startedAt }) => ({ runId, task, startedAt })) };
  }

  screenshot(sha256: string, runId?: string): Uint8Array | undefined {
    if (runId) return this.taps.get(runId)?.screenshots.get(sha256);
    for (const tap of this.taps.values()) {
      const png = tap.screenshots.get(sha256);
      if (png) return png;
    }
    return undefined;
  }

  /** Stop every run and wait for them to end. */
  async close(): Promise<void> {
    this.stopAll();
    await Promise.all([...this.active.values()].map((run) => run.done));
  }

  private keepTap(runId: string, tap: ScreenshotTap): void {
    this.taps.set(runId, tap);
    for (const old of this.taps.keys()) {
      if (this.taps.size <= KEPT_RUNS) break;
      if (!this.active.has(old)) this.taps.delete(old);
    }
  }
}
