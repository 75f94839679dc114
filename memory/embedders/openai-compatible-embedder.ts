/**
 * Embeddings from any OpenAI-compatible `/embeddings` endpoint: OpenAI itself,
 * Ollama (`http://localhost:11434/v1`), vLLM, llama.cpp server, LM Studio.
 * Plain `fetch` rather than the SDK, because the store also needs a
 * synchronous path (see synchronous-fetch.ts) and both paths should send the
 * same request.
 */
import { normalizeInPlace, type EmbedOptions, type Embedder } from './embedder.js';
import { MAX_EMBEDDINGS_BODY_BYTES, SynchronousFetcher, type SynchronousResponse } from './synchronous-fetch.js';
import { readCappedBody } from '../../agent/core/read-capped-body.js';

export interface OpenAICompatibleEmbedderOptions {
  /** Base URL up to and including the version, e.g. "https://api.openai.com/v1". */
  baseURL: string;
  model: string;
  apiKey?: string;
  /**
   * Vector length. When absent it is measured with one request on first use,
   * which needs the server to be up.
   */
  dimension?: number;
  /** Per request, ms; default 30 000. */
  timeoutMs?: number;
  /** Texts per request; default 64. */
  batchSize?: number;
  /**
   * Applied to every text before it is sent (the outbound redaction gate,
   * agent/core/outbound-redaction.ts). createEmbedder always sets it for a
   * remote endpoint.
   */
  redact?: (text: string) => string;
}

export class EmbeddingEndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddingEndpointError';
  }
}

export class OpenAICompatibleEmbedder implements Embedder {
  readonly name: string;
  private measuredDimension: number | undefined;
  private readonly fetcher = new SynchronousFetcher();
  private readonly url: string;

  constructor(private readonly options: OpenAICompatibleEmbedderOptions) {
    if (!options.model) throw new EmbeddingEndpointError('an embeddings model name is required');
    let base: URL;
    try {
      base = new URL(options.baseURL);
    } catch {
      throw new EmbeddingEndpointError(`embeddings base URL is not a URL: ${JSON.stringify(options.baseURL)}`);
    }
    this.url = `${base.href.replace(/\/+$/, '')}/embeddings`;
    this.name = `openai-compatible:${options.model}`;
    this.measuredDimension = options.dimension;
  }

  get dimension(): number {
    if (this.measuredDimension === undefined) this.measuredDimension = this.embedSync(['dimension probe'])[0]!.length;
    return this.measuredDimension;
  }

  async prepare(options: EmbedOptions = {}): Promise<void> {
    if (this.measuredDimension === undefined) this.measuredDimension = (await this.embed(['dimension probe'], options))[0]!.length;
  }

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    for (const batch of this.batches(texts)) {
      options.signal?.throwIfAborted();
      // One deadline for headers and body together; the caller's signal (Ctrl+C, a budget) cuts either.
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
      const failed = (error: unknown): never => {
        if (options.signal?.aborted) throw new EmbeddingEndpointError(`request to ${this.url} stopped: ${reasonText(options.signal.reason)}`);
        if (deadline.aborted) throw new EmbeddingEndpointError(`no answer from ${this.url} within ${timeoutMs} ms`);
        throw new EmbeddingEndpointError(`request to ${this.url} failed: ${causeText(error)}`);
      };
      let response: SynchronousResponse;
      try {
        const answer = await fetch(this.url, { ...this.requestInit(batch), signal });
        response = { status: answer.status, body: await readCappedBody(answer, MAX_EMBEDDINGS_BODY_BYTES, () => new EmbeddingEndpointError(`${this.url} answered with more than ${MAX_EMBEDDINGS_BODY_BYTES / 1024 / 1024} MB; an embeddings answer is far smaller`)) };
      } catch (error) {
        if (error instanceof EmbeddingEndpointError) throw error;
        return failed(error);
      }
      vectors.push(...this.parse(response, batch.length));
    }
    return vectors;
  }

  embedSync(texts: readonly string[]): Float32Array[] {
    const vectors: Float32Array[] = [];
    for (const batch of this.batches(texts)) {
      let response: SynchronousResponse;
      try {
        response = this.fetcher.request(this.url, this.requestInit(batch), this.options.timeoutMs ?? 30_000);
      } catch (error) {
        throw new EmbeddingEndpointError((error as Error).message);
      }
      vectors.push(...this.parse(response, batch.length));
    }
    return vectors;
  }

  close(): void {
    this.fetcher.close();
  }

  private *batches(texts: readonly string[]): Generator<string[]> {
    const size = this.options.batchSize ?? 64;
    for (let start = 0; start < texts.length; start += size) yield texts.slice(start, start + size);
  }

  private requestInit(batch: string[]) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    // Empty strings are refused by some servers; a single space embeds as "nothing".
    const redact = this.options.redact ?? ((text: string) => text);
    const input = batch.map((text) => redact(text.length ? text : ' ') || ' ');
    return { method: 'POST', headers, body: JSON.stringify({ model: this.options.model, input, encoding_format: 'float' }) };
  }

  private parse(response: SynchronousResponse, expected: number): Float32Array[] {
    if (response.status < 200 || response.status >= 300) {
      throw new EmbeddingEndpointError(`${this.url} answered HTTP ${response.status}: ${response.body.slice(0, 200)}`);
    }
    let data: unknown;
    try {
      data = (JSON.parse(response.body) as { data?: unknown }).data;
    } catch {
      throw new EmbeddingEndpointError(`${this.url} answered with something that is not JSON: ${response.body.slice(0, 120)}`);
    }
    if (!Array.isArray(data) || data.length !== expected) {
      throw new EmbeddingEndpointError(`${this.url} returned ${Array.isArray(data) ? data.length : 'no'} embeddings for ${expected} texts`);
    }
    const ordered = [...(data as { index?: number; embedding?: unknown }[])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return ordered.map((item) => {
      if (!Array.isArray(item.embedding) || !item.embedding.every((value) => typeof value === 'number')) {
        throw new EmbeddingEndpointError(`${this.url} returned an embedding that is not a list of numbers`);
      }
      const vector = normalizeInPlace(Float32Array.from(item.embedding as number[]));
      if (this.measuredDimension !== undefined && vector.length !== this.measuredDimension) {
        throw new EmbeddingEndpointError(
          `${this.url} returned ${vector.length}-dimensional embeddings, expected ${this.measuredDimension}`,
        );
      }
      return vector;
    });
  }
}

function reasonText(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

function causeText(error: unknown): string {
  const cause = (error as { cause?: { message?: string } })?.cause?.message;
  return cause ?? (error instanceof Error ? error.message : String(error));
}

