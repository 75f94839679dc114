/**
 * Any OpenAI-compatible chat-completions endpoint through the official SDK:
 * OpenAI, Ollama (`http://localhost:11434/v1`), vLLM, llama.cpp server,
 * LM Studio. The SDK builds and sends the request; this class owns what
 * happens after, because an endpoint may be hostile or broken:
 * - one deadline (`timeoutMs`) covers the whole answer, headers and body,
 *   so a body that stalls after its headers cannot hang the run;
 * - the body is read up to a size limit and the answer's text up to a
 *   length limit before anything parses or counts it;
 * - a malformed answer (not JSON, no choices, content of the wrong type)
 *   becomes an error that says what was wrong, which endpoint gave it and
 *   what to try;
 * - 408/409/429/5xx, timeouts and cut connections are retried with backoff
 *   (`maxRetries`), but a server that is not there (connection refused, no
 *   such host) fails at once with a message;
 * - the caller's AbortSignal gets one listener per call, removed after it
 *   (the SDK's own listeners went on the run's signal and piled up).
 * The API key is never logged: errors are rewritten without request details.
 */
import OpenAI from 'openai';
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../../core/language-model.js';
import { UserFacingError } from '../../core/errors.js';
import { sleep } from '../../core/sleep.js';
import { countChatTokens } from '../../core/chat-tokens.js';
import { countTokens } from '../../core/tokens.js';
import { readBoundedBody, ModelAnswerError, parseCompletion } from './read-completion.js';

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
      // Retries are ours (chat): the SDK's would retry a dead server for minutes.
      maxRetries: 0,
    });
  }

  /** Where the requests go, for messages. */
  get endpoint(): string {
    return `${(this.options.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/chat/completions`;
  }

  async chat(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const started = performance.now();
    const maxRetries = this.options.maxRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.chatOnce(messages, options, started);
      } catch (error) {
        const retry = error instanceof RetryableError ? error : undefined;
        if (!retry || attempt >= maxRetries || options.signal?.aborted) throw retry ? retry.final : error;
        await backoff(attempt, retry.retryAfterMs, options.signal);
      }
    }
  }

  private async chatOnce(messages: readonly ChatMessage[], options: ChatOptions, started: number): Promise<ChatResult> {
    const timeoutMs = this.options.timeoutMs ?? 60_000;
    // One controller per call: the caller's signal gets one listener, removed in `finally`.
    const controller = new AbortController();
    const onAbort = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) throw abortError(this.id);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, timeoutMs);
    try {
      let body: string;
      try {
        const response = await this.client.chat.completions
          .create(
            {
              model: this.options.model,
              messages: messages.map((message) => ({ role: message.role, content: message.content })),
              ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
              ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
              ...(options.stop ? { stop: options.stop } : {}),
              ...(options.jsonSchema && (this.options.jsonMode ?? true) ? { response_format: { type: 'json_object' as const } } : {}),
            },
            { signal: controller.signal, maxRetries: 0, timeout: timeoutMs },
          )
          .asResponse();
        body = await readBoundedBody(response, this.endpoint, this.id);
      } catch (error) {
        if (options.signal?.aborted) throw abortError(this.id);
        if (timedOut) {
          throw new RetryableError(new UserFacingError(`${this.id}: ${this.endpoint} gave no complete answer within ${timeoutMs} ms`, 'check the server, or raise openai.timeoutMs'));
        }
        throw this.describeError(error);
      }
      const completion = parseCompletion(body, this.endpoint, this.id);
      const text = completion.text;
      return {
        text,
        usage: {
          promptTokens: completion.promptTokens ?? countChatTokens(messages),
          completionTokens: completion.completionTokens ?? countTokens(text),
        },
        latencyMs: performance.now() - started,
        model: completion.model || this.options.model,
      };
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** A short, key-free error: what happened, where, and what to try; retryable ones wrapped. */
  private describeError(error: unknown): Error {
    const id = this.id;
    const where = this.endpoint;
    if (error instanceof ModelAnswerError) return error;
    if (error instanceof OpenAI.APIUserAbortError) return abortError(id);
    if (error instanceof OpenAI.AuthenticationError) {
      return new UserFacingError(`${id}: the endpoint refused the API key (401)`, 'check OPENAI_API_KEY / "openai.apiKey"');
    }
    if (error instanceof OpenAI.APIConnectionError) {
      const cause = causeCode(error);
      if (cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN' || cause === 'EHOSTUNREACH') {
        return new UserFacingError(`${id}: nothing answers at ${where} (${cause})`, 'start the model server, or check openai.baseUrl / OPENAI_BASE_URL');
      }
      return new RetryableError(new UserFacingError(`${id}: the connection to ${where} failed${cause ? ` (${cause})` : ''}`, 'check the server and the network'));
    }
    if (error instanceof OpenAI.APIError) {
      const status = error.status;
      const message = new UserFacingError(
        `${id}: HTTP ${status ?? '?'} from ${where}: ${String(error.message).slice(0, 300)}`,
        status === 404 ? 'check the model name and openai.baseUrl' : status === 429 ? 'wait, or lower the request rate' : 'check the server',
      );
      const retryable = status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
      return retryable ? new RetryableError(message, retryAfterOf(error)) : message;
    }
    if (error instanceof Error && /terminated|other side closed|socket|ECONNRESET/i.test(`${error.message} ${causeCode(error) ?? ''}`)) {
      return new RetryableError(new UserFacingError(`${id}: ${where} cut the connection in the middle of its answer`, 'check the server; the request is retried'));
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** An error worth another attempt; `cause` is what the caller sees when the attempts run out. */
class RetryableError extends Error {
  constructor(
    readonly final: Error,
    readonly retryAfterMs?: number,
  ) {
    super(final.message);
  }
}

function abortError(id: string): Error {
  return Object.assign(new Error(`${id}: request aborted`), { name: 'AbortError' });
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function retryAfterOf(error: InstanceType<typeof OpenAI.APIError>): number | undefined {
  const headers = error.headers as Headers | Record<string, string> | undefined;
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers?.[name]) ?? undefined;
  const ms = Number(get('retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = Number(get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Exponential backoff with jitter (0.5 s, 1 s, 2 s… at most 8 s), or what the server asked for up to 60 s; cut by the signal. */
function backoff(attempt: number, retryAfterMs: number | undefined, signal?: AbortSignal): Promise<void> {
  const ms = retryAfterMs !== undefined ? Math.min(retryAfterMs, 60_000) : Math.min(8_000, 500 * 2 ** attempt) * (0.75 + Math.random() / 4);
  return sleep(ms, signal);
}
