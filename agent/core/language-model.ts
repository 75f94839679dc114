/**
 * One small interface for every chat model: OpenAI-compatible endpoints,
 * local GGUF models, and the scripted model tests use.
 */

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface ChatOptions {
  /** Upper bound on generated tokens. */
  maxTokens?: number;
  /** 0 = deterministic. */
  temperature?: number;
  /** A JSON schema the answer must follow (providers that can constrain output honour it). */
  jsonSchema?: Record<string, unknown>;
  stop?: string[];
  signal?: AbortSignal;
  /** Free-form label of the phase asking (propose, critique, ground…), for logs and tests. */
  purpose?: string;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatResult {
  text: string;
  usage: TokenUsage;
  /** Milliseconds from request to full answer. */
  latencyMs: number;
  model: string;
}

export interface LanguageModel {
  /** "provider:model", e.g. "openai:gpt-4o-mini", "gguf:/models/x.gguf", "scripted". */
  readonly id: string;
  /** Context window in tokens, for prompt budgeting. */
  readonly contextTokens: number;
  /** True if prompts leave the machine (secrets must be redacted first). */
  readonly remote: boolean;
  chat(messages: readonly ChatMessage[], options?: ChatOptions): Promise<ChatResult>;
  close?(): Promise<void>;
}
