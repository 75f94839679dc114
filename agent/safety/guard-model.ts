/**
 * The model as a run should use it: usage counted, budgets enforced, and
 * prompts redacted before they leave the machine. Redaction sits innermost,
 * so the budget counts the tokens actually sent.
 */
import type { LanguageModel } from '../core/language-model.js';
import { UsageMeter } from '../models/usage-meter.js';
import { BudgetedModel, type ModelBudgets } from './model-budget.js';
import { RedactingModel } from './redacting-model.js';
import { SecretVault } from './secret-vault.js';

export interface GuardModelOptions {
  budgets?: ModelBudgets;
  /** Strings the user lists as secret. */
  secrets?: readonly string[];
  /** Redact prompts to local models too. */
  redactLocal?: boolean;
  vault?: SecretVault;
  meter?: UsageMeter;
}

export interface GuardedModel {
  model: BudgetedModel;
  /** Learns password values from observations; resolves placeholders in the gate. */
  vault: SecretVault;
  redacting: RedactingModel;
  meter: UsageMeter;
}

export function guardModel(model: LanguageModel, options: GuardModelOptions = {}): GuardedModel {
  const vault = options.vault ?? new SecretVault(options.secrets ?? []);
  const redacting = new RedactingModel(model, vault, { redactLocal: options.redactLocal });
  const meter = options.meter ?? new UsageMeter();
  return { model: new BudgetedModel(redacting, options.budgets ?? {}, meter), vault, redacting, meter };
}
