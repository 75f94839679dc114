/**
 * Any OpenAI-compatible chat-completions endpoint through the official SDK:
 * OpenAI, Ollama (`http://localhost:11434/v1`), vLLM, llama.cpp server,
 * LM Studio. The SDK retries 408/409/429/5xx and connection errors with
 * exponential backoff; we set the retry count and the per-request timeout,
 * and pass the caller's AbortSignal. The API key is never logged: errors
 * are rewritten without request details.
 */
import OpenAI from 'openai';
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../../core/language-model.js';
import { UserFacingError } from '../../core/errors.js';
import { countChatTokens, countTokens } from '../count-tokens.js';

export interface OpenAiModelOptions {
  /** Model name at the endpoint, e.g. "gpt-4o-mini", "llama3.1:8b". */
  model: string;
  apiKey?: string;
  /** Default https://api.openai.com/v1. */
  baseUrl?: string;
  /** Per-request timeout, ms. Default 60,000. */
  timeoutMs?: number;
  /** Retries on 429 / 5xx / connection errors, with backoff. Default 3. */
  maxRetries?: number;
  /** Context window in tokens; default from the model name, else 8,192. */
  contextTokens?: number;
  /** Whether prompts leave the machine; default: true unless the base URL is localhost. */
  remote?: boolean;
  /** Ask for JSON output (`response_format: json_object`) when a schema is given. Default true. */
  jsonMode?: boolean;
}

/** Context windows of well-known models, tokens. */
function knownContext(model: string): number | undefined {
  if (/^gpt-4\.1/.test(model)) return 1_000_000;
  if (/^(gpt-4o|gpt-4-turbo|o1|o3|o4|gpt-5)/.test(model)) return 128_000;
  if (/^gpt-3\.5-turbo/.test(model)) return 16_385;
  return undefined;
}

export function isLocalUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]' || host.endsWith('.localhost');
  } catch {
    return false;
  }
}

export class OpenAiModel implements LanguageModel {
  readonly id: string;
  readonly contextTokens: number;
  readonly remote: boolean;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiModelOptions) {
    if (!options.model) throw new UserFacingError('no model name given for the OpenAI-compatible provider', 'set UNDERSTUDY_MODEL=openai:<model>');
    const local = isLocalUrl(options.baseUrl);
    if (!options.apiKey && !local) {
      throw new UserFacingError('no API key for the OpenAI-compatible endpoint', 'set OPENAI_API_KEY, or "openai.apiKey" in the config file');
    }
    this.id = `openai:${options.model}`;
    this.contextTokens = options.contextTokens ?? knownContext(options.model) ?? 8192;
    this.remote = options.remote ?? !local;
    this.client = new OpenAI({
      // Local servers accept any key; the SDK insists on one.
      apiKey: options.apiKey || 'local',
      baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
      timeout: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 3,
    });
  }

  async chat(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const started = performance.now();
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await this.client.chat.completions.create(
        {
          model: this.options.model,
          messages: messages.map((message) => ({ role: message.role, content: message.content })),
          ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
          ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
          ...(options.stop ? { stop: options.stop } : {}),
          ...(options.jsonSchema && (this.options.jsonMode ?? true) ? { response_format: { type: 'json_object' as const } } : {}),
        },
        { signal: options.signal },
      );
    } catch (error) {
      throw describeError(error, this.id);
    }
    const text = completion.choices[0]?.message?.content ?? '';
    return {
      text,
      usage: {
        promptTokens: completion.usage?.prompt_tokens ?? countChatTokens(messages),
        completionTokens: completion.usage?.completion_tokens ?? countTokens(text),
      },
      latencyMs: performance.now() - started,
      model: completion.model || this.options.model,
    };
  }
}

/** A short, key-free error: status and message only. */
function describeError(error: unknown, id: string): Error {
  if (error instanceof OpenAI.APIUserAbortError) return Object.assign(new Error(`${id}: request aborted`), { name: 'AbortError' });
  if (error instanceof OpenAI.AuthenticationError) {
    return new UserFacingError(`${id}: the endpoint refused the API key (401)`, 'check OPENAI_API_KEY / "openai.apiKey"');
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new Error(`${id}: request timed out`);
  if (error instanceof OpenAI.APIConnectionError) return new Error(`${id}: could not connect to the endpoint`);
  if (error instanceof OpenAI.APIError) return new Error(`${id}: HTTP ${error.status ?? '?'}: ${String(error.message).slice(0, 300)}`);
  return error instanceof Error ? error : new Error(String(error));
}
