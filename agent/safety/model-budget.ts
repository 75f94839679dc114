/**
 * Budgets on model use: most calls and most tokens per run. A call that would
 * go past a budget is refused with `BudgetExceededError` before it is sent.
 */
import { BudgetExceededError } from '../core/errors.js';
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../core/language-model.js';
import { countChatTokens } from '../core/chat-tokens.js';

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
  calls = 0;
  tokens = 0;

  constructor(
    readonly inner: LanguageModel,
    readonly budgets: ModelBudgets,
  ) {
    this.id = inner.id;
    this.remote = inner.remote;
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
    this.calls++;
    const result = await this.inner.chat(messages, options);
    this.tokens += result.usage.promptTokens + result.usage.completionTokens;
    return result;
  }

  /** Start counting afresh (a new run). */
  reset(): void {
    this.calls = 0;
    this.tokens = 0;
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}
