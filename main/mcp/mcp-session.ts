/**
 * What the MCP server holds between tool calls: one operator (a browser page
 * or the desktop, opened on first use), the exemplar memory, the safety gate
 * every action passes, the latest observation (element ids refer to it), and
 * the steps the client took through `act` since its last save — so a client's
 * own work can become an exemplar.
 */
import { describeAction, actionElementIds, type Action } from '../../agent/core/action.js';
import type { TaskChecker } from '../../agent/core/checks.js';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import type { AgentEventListener } from '../../agent/core/events.js';
import type { ExemplarMemory, RetrievalFilters } from '../../agent/core/exemplar-memory.js';
import { findElement, type Observation } from '../../agent/core/observation.js';
import type { Operator } from '../../agent/core/operator.js';
import type { Policy } from '../../agent/core/policy.js';
import { TRAJECTORY_FORMAT_VERSION, newTrajectoryId, type Outcome, type Step, type Trajectory } from '../../agent/core/trajectory.js';
import { combineCheckers } from '../../agent/checks/combine-checkers.js';
import { MemoryChecker } from '../../agent/checks/memory-checker.js';
import { RuleChecker } from '../../agent/checks/rule-checker.js';
import { assembleAgent } from '../../agent/config/assemble-agent.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import { abstract, type AbstractedObservation } from '../../agent/observation/abstract.js';
import { createPolicy } from '../../agent/policy/policy-registry.js';
import type { ActionGate } from '../../agent/core/gate.js';
import { Runner, type RunResult } from '../../agent/runner/runner.js';
import { appKeyOfUrl } from '../../agent/runner/app-key.js';
import { trajectoryStep } from '../../agent/core/trajectory-step.js';
import { createSafetyGate } from '../../agent/safety/safety-gate.js';
import { SecretVault } from '../../agent/safety/secret-vault.js';
import type { ExemplarStore } from '../../memory/exemplar-store.js';
import { RunMemoryStop, runMemory } from '../../memory/run-memory.js';
import { openConfiguredMemory } from '../service/configured-memory.js';
import { openOperator, type RunPolicyName, type RunTarget } from '../service/run-task.js';
import { learnedTasks, type LearnedTask } from './learned-tasks.js';
import { fillTaskText } from './task-slots.js';
import { isSecretField } from '../../agent/safety/secret-fields.js';

/** Where the server acts: as `understudy run`, plus a browser that is already running (Chrome DevTools endpoint). */
export type McpTarget = RunTarget | { kind: 'cdp'; endpoint: string; url?: string };

export interface McpSessionOptions {
  target: McpTarget;
  memoryPath: string;
  config: UnderstudyConfig;
  /** The policy run_task uses. */
  policy: RunPolicyName;
  /** Approve risky actions without asking (`--auto-approve`); else they are refused with an error. */
  autoApprove?: boolean;
}

/** A tool call that cannot be carried out; its message goes back to the client as the tool's error. */
export class ToolFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolFailure';
  }
}

export interface ActOutcome {
  description: string;
  durationMs: number;
}

/** Most steps `save_trajectory` keeps from the act journal. */
const MAX_JOURNAL = 200;

export class McpSession {
  readonly memory: ExemplarStore;
  private operatorPromise: Promise<{ operator: Operator; stopSignal?: AbortSignal }> | undefined;
  private latest: { observation: Observation; abstracted: AbstractedObservation } | undefined;
  private journal: Step[] = [];
  private readonly vault: SecretVault;
  private readonly gate: ActionGate;
  /** A run_task or learned task is going on: `act` waits its turn. */
  private busy: string | undefined;

  constructor(readonly options: McpSessionOptions) {
    this.memory = openConfiguredMemory(options.memoryPath, options.config);
    this.vault = new SecretVault(options.config.safety.secrets);
    this.gate = createSafetyGate({ vault: this.vault, autoApprove: this.autoApproves });
  }

  get autoApproves(): boolean {
    return Boolean(this.options.autoApprove) || !this.options.config.safety.confirmRiskyActions;
  }

  async operator(): Promise<Operator> {
    if (!this.operatorPromise) {
      this.operatorPromise = openMcpOperator(this.options.target);
      this.operatorPromise.catch(() => (this.operatorPromise = undefined));
    }
    return (await this.operatorPromise).operator;
  }

  /** Observe the screen or page; the text is redacted (secrets become placeholders the client may use in `act`). */
  async observe(screenshot: boolean): Promise<{ text: string; observation: Observation; omitted: number }> {
    this.assertIdle();
    const operator = await this.operator();
    const observation = await operator.observe({ screenshot });
    const abstracted = abstract(observation, '');
    this.latest = { observation, abstracted };
    this.vault.learnObservation(observation);
    return { text: this.vault.redact(abstracted.text), observation, omitted: abstracted.omitted };
  }

  /** One action through the safety gate, against the latest observation. */
  async act(action: Action, signal?: AbortSignal): Promise<ActOutcome> {
    this.assertIdle();
    const operator = await this.operator();
    const ids = actionElementIds(action);
    if (ids.length > 0 && !this.latest) throw new ToolFailure(`element ids refer to an observation, and there is none yet: call observe first, then use its [ids]`);
    const before = this.latest ?? { observation: await operator.observe(), abstracted: undefined };
    for (const id of ids) {
      if (!findElement(before.observation, id)) {
        throw new ToolFailure(`element [${id}] is not in the latest observation (stale or unknown id): call observe again and use an id it shows`);
      }
    }
    const decision = await this.gate(action, {
      task: '',
      step: this.journal.length,
      observation: before.observation,
      signal: signal ?? new AbortController().signal,
      emit: () => undefined,
    });
    if (!decision.allow) {
      throw new ToolFailure(
        /confirmation/.test(decision.reason)
          ? `refused: ${decision.reason.replace(/; rerun with --yes.*$/, '')}. This action needs a person's confirmation; the server was started without --auto-approve, so it will not perform it`
          : `refused: ${decision.reason}`,
      );
    }
    const result = await operator.execute(decision.action ?? action, { signal });
    if (!result.ok) {
      const hint = result.code === 'stale-element' ? ' — the page changed since the observation: call observe again and use a current id' : '';
      throw new ToolFailure(`${describeAction(action)} failed (${result.code}): ${result.error}${hint}`);
    }
    const abstracted = before.abstracted ?? abstract(before.observation, '');
    this.journal.push(
      trajectoryStep({
        index: this.journal.length,
        observation: { text: abstracted.text, elements: abstracted.elements, url: abstracted.url, title: abstracted.title },
        action: this.keepable(action, before.observation),
        targets: { describedFrom: before.observation },
        result,
        timings: { actMs: result.durationMs },
      }),
    );
    if (this.journal.length > MAX_JOURNAL) this.journal.splice(0, this.journal.length - MAX_JOURNAL);
    return { description: describeAction(action), durationMs: result.durationMs };
  }

  /** The action as the memory may keep it: text typed into a password field becomes its placeholder, as the recorder keeps it. */
  private keepable(action: Action, observation: Observation): Action {
    if (action.type !== 'type' || !action.target || !('elementId' in action.target)) return action;
    const field = findElement(observation, action.target.elementId);
    if (!field || !isSecretField(field) || SecretVault.mentionsPlaceholder(action.text)) return action;
    const placeholder = this.vault.add(action.text, 'password');
    return placeholder ? { ...action, text: placeholder } : action;
  }

  /** Steps the client took through act since the last save. */
  get journalLength(): number {
    return this.journal.length;
  }

  /**
   * Keep the client's recent acts as a trajectory. A success kept as a
   * demonstration becomes (or joins) a learned task. The embeddings wait is
   * awaited under the client's cancel; a cut save keeps the journal.
   */
  async saveTrajectory(
    input: { task: string; success: boolean; reason?: string; answer?: string; name?: string; lastSteps?: number; demonstration?: boolean },
    signal?: AbortSignal,
  ): Promise<Trajectory> {
    if (this.journal.length === 0) throw new ToolFailure('there are no steps to save: perform the task with act first (save_trajectory keeps the act calls made since the last save)');
    const steps = (input.lastSteps ? this.journal.slice(-input.lastSteps) : this.journal).map((step, index) => ({ ...step, index }));
    const outcome: Outcome = {
      status: input.success ? 'success' : 'failed',
      reason: input.reason ?? (input.success ? 'the client reported the task done' : 'the client reported the task failed'),
      ...(input.answer ? { answer: input.answer } : {}),
    };
    const url = steps[0]?.observation.url;
    const trajectory: Trajectory = {
      formatVersion: TRAJECTORY_FORMAT_VERSION,
      id: newTrajectoryId(),
      task: input.task,
      environment: this.options.target.kind === 'desktop' ? 'desktop' : 'browser',
      appKey: url ? appKeyOfUrl(url) : '',
      source: (input.demonstration ?? input.success) ? 'demonstration' : 'agent',
      outcome,
      createdAt: Date.now(),
      steps,
      metadata: { origin: 'mcp', ...(input.name ? { taskName: input.name } : {}) },
    };
    await this.memory.addManyAsync([{ trajectory }], { signal });
    this.journal = [];
    return trajectory;
  }

  /** The learned tasks the memory holds now. */
  learnedTasks(): LearnedTask[] {
    const ids = this.memory.list({ limit: 100_000, filters: { source: 'demonstration' } }).map((summary) => summary.id);
    return learnedTasks(ids.map((id) => this.memory.get(id)).filter((trajectory) => trajectory !== undefined));
  }

  /** A whole task with the configured policy (or the offline policy limited to some demonstrations). */
  async runTask(
    task: string,
    options: { signal?: AbortSignal; onEvent?: AgentEventListener; policy?: RunPolicyName; filters?: RetrievalFilters; metadata?: Record<string, unknown> } = {},
  ): Promise<RunResult> {
    if (!task.trim()) throw new ToolFailure('task is empty: say what to do');
    this.assertIdle();
    this.busy = task;
    let close: () => Promise<void> = async () => undefined;
    const memoryStop = new RunMemoryStop();
    try {
      const operator = await this.operator();
      const opened = await this.operatorPromise!;
      const signals = [options.signal, opened.stopSignal].filter((signal): signal is AbortSignal => signal !== undefined);
      // Every embeddings wait of the run is awaited under its stop (see RunMemoryStop).
      const maxWallTimeMs = this.options.config.budgets.maxWallTimeMs;
      memoryStop.follow(signals, maxWallTimeMs);
      const memory = runMemory(this.memory, { signal: memoryStop.signal });
      const built = this.buildPolicy(options.policy ?? this.options.policy, options.filters, memory);
      close = built.close;
      const runner = new Runner({
        operator,
        policy: built.policy,
        checker: built.checker,
        gate: built.gate,
        budgets: { maxSteps: this.options.config.budgets.maxSteps, maxWallTimeMs },
        save: (trajectory, screenshots) => memory.add(trajectory, screenshots),
      });
      return await runner.run(task, {
        signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
        onEvent: options.onEvent,
        metadata: { target: this.options.target.kind, origin: 'mcp', ...options.metadata },
      });
    } finally {
      this.latest = undefined; // The run observed since: the client's ids are stale.
      this.busy = undefined;
      memoryStop.end();
      await close();
    }
  }

  /** A learned task with new values, by the offline policy (no model) from that task's verified demonstrations. */
  async runLearnedTask(learned: LearnedTask, values: Record<string, string | number | string[]>, options: { signal?: AbortSignal; onEvent?: AgentEventListener } = {}): Promise<{ task: string; result: RunResult }> {
    const task = fillTaskText(learned.demonstration.task, learned.slots, values);
    const result = await this.runTask(task, {
      ...options,
      policy: 'offline',
      filters: this.learnedTaskFilters(learned),
      metadata: { learnedTask: learned.name, parameters: values },
    });
    return { task, result };
  }

  async close(): Promise<void> {
    const opened = await this.operatorPromise?.catch(() => undefined);
    await opened?.operator.close().catch(() => undefined);
    this.memory.close();
  }

  /** Retrieval limited to the learned task's own verified demonstrations. */
  private learnedTaskFilters(learned: LearnedTask): RetrievalFilters {
    const appKey = learned.demonstration.appKey;
    const sameApp = learned.demonstrationIds.every((id) => this.memory.get(id)?.appKey === appKey);
    const others = this.memory
      .list({ limit: 100_000, filters: { source: 'demonstration', ...(sameApp && appKey ? { appKey } : {}) } })
      .map((summary) => summary.id)
      .filter((id) => !learned.demonstrationIds.includes(id));
    return { successOnly: true, source: 'demonstration', ...(sameApp && appKey ? { appKey } : {}), excludeIds: others };
  }

  private assertIdle(): void {
    if (this.busy !== undefined) throw new ToolFailure(`a task is running (${JSON.stringify(this.busy)}): wait for it to end or cancel it first`);
  }

  private buildPolicy(
    name: RunPolicyName,
    filters: RetrievalFilters | undefined,
    memory: ExemplarMemory,
  ): { policy: Policy; checker: TaskChecker; gate: ActionGate; close(): Promise<void> } {
    let built: { checker: TaskChecker; gate: ActionGate; close(): Promise<void> } = {
      checker: combineCheckers(new RuleChecker(), new MemoryChecker({ memory })),
      gate: this.gate,
      close: async () => undefined,
    };
    const policy = createPolicy(name, {
      memory,
      ...(filters ? { filters } : {}),
      modelPolicy: () => {
        if (!this.options.config.model) {
          throw new ToolFailure(`the ${name} policy needs a language model, and the server has none configured (UNDERSTUDY_MODEL or --model); use a task_* tool or start the server with --policy offline`);
        }
        const parts = assembleAgent({ config: this.options.config, memory, autoApprove: this.autoApproves });
        built = { checker: parts.checker, gate: parts.gate, close: parts.close };
        return parts.policy;
      },
    });
    return { policy, ...built };
  }
}

export async function openMcpOperator(target: McpTarget): Promise<{ operator: Operator; stopSignal?: AbortSignal }> {
  if (target.kind !== 'cdp') return openOperator(target);
  const { BrowserOperator } = await import('../../agent/operators/browser/browser-operator.js');
  return { operator: await BrowserOperator.connectOverCDP(target.endpoint, { url: target.url }) };
}

/** Turn anything thrown by a tool into one line for the client. */
export function toolErrorMessage(error: unknown): string {
  if (error instanceof ToolFailure) return error.message;
  if (error instanceof UserFacingError) return `${error.message}${error.hint ? ` (${error.hint})` : ''}`;
  return errorMessage(error).split('\n')[0] ?? 'unknown error';
}
