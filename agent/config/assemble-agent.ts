/**
 * The model-driven agent's parts from the effective config, for one run:
 * the model (usage counted, budgets enforced, prompts redacted before they
 * leave the machine), the RCI policy, the checks (rules, memory, model), the
 * safety gate, and the Runner's budgets. Assemble afresh for every run: the
 * model budgets and the secret placeholders are per run.
 */
import type { TaskChecker } from '../core/checks.js';
import type { RunBudgets } from '../core/events.js';
import type { ExemplarMemory } from '../core/exemplar-memory.js';
import type { LanguageModel } from '../core/language-model.js';
import { combineCheckers } from '../checks/combine-checkers.js';
import { MemoryChecker } from '../checks/memory-checker.js';
import { ModelChecker } from '../checks/model-checker.js';
import { RuleChecker } from '../checks/rule-checker.js';
import { createModel } from './create-model.js';
import type { UsageMeter } from '../models/usage-meter.js';
import { RciPolicy } from '../policy/rci/rci-policy.js';
import type { ActionGate } from '../core/gate.js';
import { guardModel } from '../safety/guard-model.js';
import type { BudgetedModel } from '../safety/model-budget.js';
import { createSafetyGate, type ConfirmFunction } from '../safety/safety-gate.js';
import type { SecretVault } from '../safety/secret-vault.js';
import type { UnderstudyConfig } from './config-schema.js';

export interface AssembleAgentOptions {
  config: UnderstudyConfig;
  memory?: ExemplarMemory;
  /** A model made elsewhere; default `createModel(config)`. */
  model?: LanguageModel;
  /** Answers confirmation requests (CLI prompt, UI); without it risky actions are refused unless auto-approved. */
  confirm?: ConfirmFunction;
  /** `--yes`: approve risky actions without asking. */
  autoApprove?: boolean;
}

export interface AgentParts {
  model: BudgetedModel;
  policy: RciPolicy;
  checker: TaskChecker;
  gate: ActionGate;
  /** The Runner's share of the budgets. */
  budgets: RunBudgets;
  vault: SecretVault;
  meter: UsageMeter;
  /** Release the model (a local GGUF holds memory). */
  close(): Promise<void>;
}

export function assembleAgent(options: AssembleAgentOptions): AgentParts {
  const { config } = options;
  const raw = options.model ?? createModel(config);
  const guarded = guardModel(raw, {
    budgets: { maxModelCalls: config.budgets.maxModelCalls, maxTokens: config.budgets.maxTokens },
    secrets: config.safety.secrets,
    redactLocal: config.safety.redactLocalModels,
  });
  const policy = new RciPolicy({
    model: guarded.model,
    memory: options.memory,
    exemplars: config.policy.exemplars,
    critiqueRounds: config.policy.critiqueRounds,
    adaptive: config.policy.adaptive,
    maxRepairs: config.policy.maxRepairs,
    observationListener: guarded.vault,
  });
  const checkers: TaskChecker[] = [new RuleChecker()];
  if (options.memory) checkers.push(new MemoryChecker({ memory: options.memory }));
  checkers.push(new ModelChecker({ model: guarded.model, observationListener: guarded.vault }));
  const gate = createSafetyGate({
    vault: guarded.vault,
    confirm: options.confirm,
    autoApprove: options.autoApprove || !config.safety.confirmRiskyActions,
  });
  return {
    model: guarded.model,
    policy,
    checker: combineCheckers(...checkers),
    gate,
    budgets: { maxSteps: config.budgets.maxSteps, maxWallTimeMs: config.budgets.maxWallTimeMs },
    vault: guarded.vault,
    meter: guarded.meter,
    close: () => raw.close?.() ?? Promise.resolve(),
  };
}
