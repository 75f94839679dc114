/**
 * Counts what a language model costs: calls, prompt and completion tokens,
 * time, per purpose (propose, critique, ground…). Wrap any model with
 * `meterModel` and read `meter.snapshot()` for reports.
 */
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../core/language-model.js';

export interface UsageTotals {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** Milliseconds spent waiting for answers. */
  latencyMs: number;
  /** Calls that threw. */
  failures: number;
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

/** A model that reports every call to a meter. */
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
      const result = await this.inner.chat(messages, options);
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
