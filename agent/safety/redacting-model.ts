/**
 * A LanguageModel wrapper that redacts every message before it leaves the
 * machine. Remote models are always redacted; local ones only when
 * `redactLocal` is set (config `safety.redactLocalModels`).
 */
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../core/language-model.js';
import type { Observation } from '../core/observation.js';
import type { SecretVault } from './secret-vault.js';

export interface RedactingModelOptions {
  /** Redact for local models too. Default false (local prompts stay on the machine). */
  redactLocal?: boolean;
}

export class RedactingModel implements LanguageModel {
  readonly id: string;
  readonly remote: boolean;

  constructor(
    readonly inner: LanguageModel,
    readonly vault: SecretVault,
    private readonly options: RedactingModelOptions = {},
  ) {
    this.id = inner.id;
    this.remote = inner.remote;
  }

  /** Read through: a local model lowers its context to what the file allows only once it has loaded. */
  get contextTokens(): number {
    return this.inner.contextTokens;
  }

  /** Whether prompts to this model are redacted. */
  get redacts(): boolean {
    return this.inner.remote || (this.options.redactLocal ?? false);
  }

  /** Learn the secrets of an observation (password values) before it is put in a prompt. */
  learnObservation(observation: Observation): void {
    this.vault.learnObservation(observation);
  }

  chat(messages: readonly ChatMessage[], options?: ChatOptions): Promise<ChatResult> {
    if (!this.redacts) return this.inner.chat(messages, options);
    const redacted = messages.map((message) => ({ role: message.role, content: this.vault.redact(message.content) }));
    return this.inner.chat(redacted, options);
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}
