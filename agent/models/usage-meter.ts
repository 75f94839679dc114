/**
 * Counts what a language model costs: calls, prompt and completion tokens,
 * time, per purpose (propose, critique, ground…). Wrap any model with
 * `meterModel` and read `meter.snapshot()` for reports. This is the one
 * counter of model use: the budget (`agent/safety/model-budget.ts`) and the
 * RCI policy's usage read a meter rather than counting calls themselves.
 */
import { countChatTokens } from '../core/chat-tokens.js';
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel, TokenUsage } from '../core/language-model.js';
import { countTokens } from '../core/tokens.js';

export interface UsageTotals {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** Milliseconds spent waiting for answers. */
  latencyMs: number;
  /** Calls that threw (a call refused before it was sent counts here too). */
  failures: number;
}

/** A call's tokens as the model reported them, counted by our tokenizer where it reported none. */
export function countedUsage(messages: readonly ChatMessage[], result: ChatResult): TokenUsage {
  return {
    promptTokens: result.usage.promptTokens || countChatTokens(messages),
    completionTokens: result.usage.completionTokens || countTokens(result.text),
  };
}

function emptyTotals(): UsageTotals {
  return { calls: 0, promptTokens: 0, completionTokens: 0, latencyMs: 0, failures: 0 };
}

export class UsageMeter {
  readonly total: UsageTotals = emptyTotals();
  readonly byPurpose = new Map<string, UsageTotals>();

  record(purpose: string | undefined, result: ChatResult | undefined, latencyMs: number): void {
    const key = purpose ?? 'other';
    const bucket = this.byPurpose.get(key) ?? emptyTotals();
    this.byPurpose.set(key, bucket);
    for (const totals of [this.total, bucket]) {
      totals.calls++;
      totals.latencyMs += latencyMs;
      if (result) {
        totals.promptTokens += result.usage.promptTokens;
        totals.completionTokens += result.usage.completionTokens;
      } else {
        totals.failures++;
      }
    }
  }

  get tokens(): number {
    return this.total.promptTokens + this.total.completionTokens;
  }

  /** Calls that came back with an answer. */
  get answered(): number {
    return this.total.calls - this.total.failures;
  }

  /** Flat counters, e.g. for `Policy.usage()` and run metadata. */
  snapshot(): Record<string, number> {
    const flat: Record<string, number> = {
      modelCalls: this.total.calls,
      promptTokens: this.total.promptTokens,
      completionTokens: this.total.completionTokens,
      modelLatencyMs: Math.round(this.total.latencyMs),
      modelFailures: this.total.failures,
    };
    for (const [purpose, totals] of this.byPurpose) flat[`calls.${purpose}`] = totals.calls;
    return flat;
  }

  reset(): void {
    Object.assign(this.total, emptyTotals());
    this.byPurpose.clear();
  }
}

/** A model that reports every call to a meter; its results carry the metered usage (`countedUsage`). */
export class MeteredModel implements LanguageModel {
  readonly id: string;
  readonly remote: boolean;

  constructor(
    readonly inner: LanguageModel,
    readonly meter: UsageMeter = new UsageMeter(),
  ) {
    this.id = inner.id;
    this.remote = inner.remote;
  }

  /** Read through: a local model lowers its context to what the file allows only once it has loaded. */
  get contextTokens(): number {
    return this.inner.contextTokens;
  }

  async chat(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const started = performance.now();
    try {
      const answer = await this.inner.chat(messages, options);
      const result = { ...answer, usage: countedUsage(messages, answer) };
      this.meter.record(options.purpose, result, performance.now() - started);
      return result;
    } catch (error) {
      this.meter.record(options.purpose, undefined, performance.now() - started);
      throw error;
    }
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}

export function meterModel(model: LanguageModel, meter?: UsageMeter): MeteredModel {
  return new MeteredModel(model, meter);
}
