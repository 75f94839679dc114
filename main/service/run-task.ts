/**
 * Run one task end to end, with no UI: open the operator (a browser at a URL,
 * or the desktop), open the exemplar memory, build the chosen policy
 * (`offline` — no model; `llm` — the RCI loop; `hybrid` — offline when it can
 * ground, the model otherwise), the checks and the safety gate, run the
 * Runner, and keep the trajectory in the memory. The CLI's `understudy run`,
 * the Electron app and an MCP server all call this.
 */
import type { TaskChecker } from '../../agent/core/checks.js';
import { UserFacingError } from '../../agent/core/errors.js';
import type { AgentEventListener } from '../../agent/core/events.js';
import type { Operator } from '../../agent/core/operator.js';
import type { Policy } from '../../agent/core/policy.js';
import { combineCheckers } from '../../agent/checks/combine-checkers.js';
import { MemoryChecker } from '../../agent/checks/memory-checker.js';
import { RuleChecker } from '../../agent/checks/rule-checker.js';
import { assembleAgent } from '../../agent/config/assemble-agent.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import { assertPolicyName, createPolicy, type PolicyName } from '../../agent/policy/policy-registry.js';
import { Runner, type RunResult } from '../../agent/runner/runner.js';
import { createSafetyGate, type ConfirmFunction } from '../../agent/safety/safety-gate.js';
import { RunMemoryStop, runMemory } from '../../memory/run-memory.js';
import { openConfiguredMemoryForRun } from './configured-memory.js';

/** The policy names (one registry: agent/policy/policy-registry.ts). */
export { POLICY_NAMES as RUN_POLICIES, type PolicyName as RunPolicyName } from '../../agent/policy/policy-registry.js';

export type RunTarget =
  | { kind: 'browser'; url: string; headless?: boolean }
  | { kind: 'desktop'; display?: string; scaleFactor?: number };

export interface RunTaskOptions {
  task: string;
  target: RunTarget;
  policy: PolicyName;
  /** The exemplar memory file. */
  memoryPath: string;
  config: UnderstudyConfig;
  /** Asks a person before a risky action; without it risky actions are refused unless autoApprove. */
  confirm?: ConfirmFunction;
  /** Approve risky actions without asking (`--yes`). */
  autoApprove?: boolean;
  onEvent?: AgentEventListener;
  signal?: AbortSignal;
  /** Keep the finished trajectory in the memory. Default true. */
  save?: boolean;
  /** Capture a screenshot with every observation (stored with the trajectory). Default false. */
  screenshots?: boolean;
  /** Wrap the opened operator (the app taps observations for live screenshots). */
  wrapOperator?: (operator: Operator) => Operator;
}

export async function openOperator(target: RunTarget): Promise<{ operator: Operator; stopSignal?: AbortSignal }> {
  if (target.kind === 'browser') {
    const { BrowserOperator } = await import('../../agent/operators/browser/browser-operator.js');
    return { operator: await BrowserOperator.launch({ url: target.url, headless: target.headless ?? true }) };
  }
  const { DesktopOperator } = await import('../../agent/operators/desktop/desktop-operator.js');
  const operator = await DesktopOperator.open({ display: target.display, scaleFactor: target.scaleFactor });
  return { operator, stopSignal: operator.stopSignal };
}

export async function runTask(options: RunTaskOptions): Promise<RunResult> {
  if (!options.task.trim()) throw new UserFacingError('the task is empty', 'say what to do, e.g. understudy run "Click the Submit button" --url …');
  assertPolicyName(options.policy);
  const store = await openConfiguredMemoryForRun(options.memoryPath, options.config, options.signal);
  // Every embeddings wait of the run is awaited under its stop (Ctrl+C, Stop, the wall-time budget), set below.
  const memoryStop = new RunMemoryStop();
  const memory = runMemory(store, { signal: memoryStop.signal });
  let operator: Operator | undefined;
  let closeModel: () => Promise<void> = async () => undefined;
  try {
    let gate = createSafetyGate({ confirm: options.confirm, autoApprove: options.autoApprove || !options.config.safety.confirmRiskyActions });
    let budgets = { maxSteps: options.config.budgets.maxSteps, maxWallTimeMs: options.config.budgets.maxWallTimeMs };
    let checker: TaskChecker = combineCheckers(new RuleChecker(), new MemoryChecker({ memory }));
    const policy: Policy = createPolicy(options.policy, {
      memory,
      modelPolicy: () => {
        if (!options.config.model) {
          throw new UserFacingError(
            `the ${options.policy} policy needs a language model`,
            'set UNDERSTUDY_MODEL (e.g. openai:gpt-4o-mini with OPENAI_API_KEY, or gguf:/path/model.gguf), or use --policy offline',
          );
        }
        const parts = assembleAgent({ config: options.config, memory, confirm: options.confirm, autoApprove: options.autoApprove });
        closeModel = parts.close;
        checker = parts.checker;
        gate = parts.gate;
        budgets = parts.budgets;
        return parts.policy;
      },
    });

    const opened = await openOperator(options.target);
    operator = opened.operator;
    const acting = options.wrapOperator ? options.wrapOperator(operator) : operator;
    const signals = [options.signal, opened.stopSignal].filter((signal): signal is AbortSignal => signal !== undefined);
    memoryStop.follow(signals, budgets.maxWallTimeMs);
    const runner = new Runner({
      operator: acting,
      policy,
      checker,
      gate,
      budgets,
      screenshots: options.screenshots ?? false,
      save: options.save === false ? undefined : (trajectory, screenshots) => memory.add(trajectory, screenshots),
    });
    return await runner.run(options.task, {
      signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
      onEvent: options.onEvent,
      metadata: { target: options.target.kind },
    });
  } finally {
    memoryStop.end();
    await operator?.close();
    await closeModel();
    store.close();
    store.embedder.close?.();
  }
}
