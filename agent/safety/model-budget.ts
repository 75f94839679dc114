/**
 * Budgets on model use: most calls and most tokens per run. A call that would
 * go past a budget is refused with `BudgetExceededError` before it is sent.
 * The figures are the meter's (`agent/models/usage-meter.ts`): the budget
 * counts nothing itself.
 */
import { BudgetExceededError } from '../core/errors.js';
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../core/language-model.js';
import { countChatTokens } from '../core/chat-tokens.js';
import { MeteredModel, UsageMeter } from '../models/usage-meter.js';

export interface ModelBudgets {
  /** Most model calls. */
  maxModelCalls?: number;
  /** Most tokens, prompt + completion, over all calls. */
  maxTokens?: number;
}

/** A run ran out of one of its budgets; `budget` names which. */
export { BudgetExceededError };

export function isBudgetExceeded(error: unknown): error is BudgetExceededError {
  return error instanceof BudgetExceededError;
}

export class BudgetedModel implements LanguageModel {
  readonly id: string;
  readonly remote: boolean;
  readonly inner: MeteredModel;
  /** Calls sent and not yet answered: they count against the call budget before the meter sees them. */
  private pending = 0;

  constructor(
    model: LanguageModel,
    readonly budgets: ModelBudgets,
    readonly meter: UsageMeter = new UsageMeter(),
  ) {
    this.inner = new MeteredModel(model, meter);
    this.id = model.id;
    this.remote = model.remote;
  }

  /** Calls made this run, answered or failed. */
  get calls(): number {
    return this.meter.total.calls + this.pending;
  }

  /** Tokens spent this run, prompt + completion. */
  get tokens(): number {
    return this.meter.tokens;
  }

  /** Read through: a local model lowers its context to what the file allows only once it has loaded. */
  get contextTokens(): number {
    return this.inner.contextTokens;
  }

  async chat(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const { maxModelCalls, maxTokens } = this.budgets;
    if (maxModelCalls !== undefined && this.calls >= maxModelCalls) {
      throw new BudgetExceededError('model-calls', `model-call budget of ${maxModelCalls} calls exceeded`);
    }
    if (maxTokens !== undefined) {
      // Refuse before sending when the prompt alone would overrun: tokens cost money.
      const prompt = countChatTokens(messages);
      if (this.tokens + prompt > maxTokens) {
        throw new BudgetExceededError('tokens', `token budget of ${maxTokens} tokens exceeded (${this.tokens} used, next prompt ${prompt})`);
      }
    }
    this.pending++;
    try {
      return await this.inner.chat(messages, options);
    } finally {
      this.pending--;
    }
  }

  /** Start counting afresh (a new run). */
  reset(): void {
    this.meter.reset();
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}
