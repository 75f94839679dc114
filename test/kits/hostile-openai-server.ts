/**
 * A real local HTTP server (127.0.0.1 only) speaking the OpenAI
 * chat-completions and embeddings APIs, whose every answer is scripted by the
 * test — including hostile ones: empty, truncated or invalid JSON, wrong
 * types, 1 MB or 30 MB bodies, escape codes, prompt injection, coordinate
 * clicks on risky controls, secret-placeholder exfiltration, 429/500,
 * answers that never come, bodies that stall after their headers, and cut
 * connections. It records every request (headers and body) so a test can
 * assert that no secret and no foreign key ever reached it.
 *
 * It also serves the fixture pages (`/pages/<file>`) and records
 * `/clicked?what=…` beacons the risky-controls page sends when one of its
 * controls is really activated.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: Record<string, unknown>;
}

/** One scripted answer. */
export type HostileReply =
  /** A well-formed chat completion whose message content is `text`. */
  | { kind: 'completion'; text: string; usage?: unknown }
  /** Any JSON body (wrong types, missing fields, deep nesting…). */
  | { kind: 'json'; body: unknown; status?: number }
  /** Raw bytes with a status (invalid JSON, truncated JSON, HTML error pages…). */
  | { kind: 'raw'; body: string | Buffer; status?: number; contentType?: string; headers?: Record<string, string> }
  /** A body of `bytes` bytes (e.g. 30 MB), streamed. */
  | { kind: 'huge'; bytes: number; status?: number }
  /** Headers never come. */
  | { kind: 'hang' }
  /** Headers and the start of a body, then nothing (the connection stays open). */
  | { kind: 'stall-body'; partial: string }
  /** The connection is cut before any answer. */
  | { kind: 'reset' }
  /** The body starts, then the connection is cut mid-way ("terminated"). */
  | { kind: 'cut-body'; partial: string }
  /** `reply` (for embeddings: the well-formed default when absent) after `ms` milliseconds: a slow endpoint. */
  | { kind: 'later'; ms: number; reply?: HostileReply };

export type ChatScript = (request: RecordedRequest, index: number) => HostileReply;
export type EmbeddingsScript = (request: RecordedRequest, index: number) => HostileReply | undefined;

export interface HostileServerOptions {
  chat?: ChatScript;
  /** Default: well-formed embeddings (deterministic vectors of `dimension` numbers). */
  embeddings?: EmbeddingsScript;
  dimension?: number;
}

export const fixturePages = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** True when a chat request is the agent-grounding call (it asks for JSON output). */
export function wantsJson(request: RecordedRequest): boolean {
  return request.json?.response_format !== undefined;
}

/** The concatenated message contents of a chat request. */
export function promptOf(request: RecordedRequest): string {
  const messages = request.json?.messages;
  return Array.isArray(messages) ? messages.map((message) => String((message as { content?: unknown }).content ?? '')).join('\n') : '';
}

export function completionBody(text: string, usage: unknown = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }): string {
  return JSON.stringify({
    id: 'hostile-1',
    object: 'chat.completion',
    created: 0,
    model: 'hostile-model',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
    usage,
  });
}

function embeddingOf(text: string, dimension: number): number[] {
  const vector = new Array<number>(dimension).fill(0);
  for (let index = 0; index < text.length; index++) vector[(text.charCodeAt(index) * 31 + index) % dimension]! += 1;
  vector[0]! += 1;
  return vector;
}

export class HostileOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  /** What the fixture page reported as really activated (the `what` of each beacon). */
  readonly clicked: string[] = [];
  chat: ChatScript;
  embeddings: EmbeddingsScript | undefined;
  private chatCount = 0;
  private embeddingsCount = 0;

  private constructor(
    private readonly server: Server,
    options: HostileServerOptions,
    private readonly dimension: number,
  ) {
    this.chat = options.chat ?? (() => ({ kind: 'completion', text: '{"actions":[{"type":"done","success":false,"answer":"no script"}]}' }));
    this.embeddings = options.embeddings;
  }

  static async start(options: HostileServerOptions = {}): Promise<HostileOpenAiServer> {
    let instance: HostileOpenAiServer | undefined;
    const server = createServer((request, response) => instance!.handle(request, response));
    instance = new HostileOpenAiServer(server, options, options.dimension ?? 16);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return instance;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The OpenAI-style base URL, `http://127.0.0.1:<port>/v1`. */
  get baseUrl(): string {
    return `${this.origin}/v1`;
  }

  pageUrl(file: string): string {
    return `${this.origin}/pages/${file}`;
  }

  /**
   * Wait until the page has reported `what` as activated: its beacon is a request of its own that may arrive after
   * the run has ended (later on a busy machine). True once it came, false when it did not within `timeoutMs`.
   */
  async clickArrives(what: string, timeoutMs = 15_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!this.clicked.includes(what)) {
      if (Date.now() > until) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  }

  /** Requests to an API path (`/v1/chat/completions`, `/v1/embeddings`). */
  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.origin);
    if (request.method === 'GET' && url.pathname.startsWith('/pages/')) {
      const file = normalize(url.pathname.slice('/pages/'.length)).replace(/^(\.\.[/\\])+/, '');
      try {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(fixturePages, file)));
      } catch {
        response.writeHead(404).end('not found');
      }
      return;
    }
    if (url.pathname === '/clicked') {
      this.clicked.push(url.searchParams.get('what') ?? '');
      response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      const recorded: RecordedRequest = { method: request.method ?? '', path: url.pathname, headers: request.headers, body, json };
      this.requests.push(recorded);
      if (url.pathname.endsWith('/chat/completions')) {
        this.send(response, this.chat(recorded, this.chatCount++));
      } else if (url.pathname.endsWith('/embeddings')) {
        const scripted = this.embeddings?.(recorded, this.embeddingsCount);
        this.embeddingsCount++;
        const input = Array.isArray(json?.input) ? (json!.input as unknown[]) : [json?.input];
        const vectors: HostileReply = {
          kind: 'json',
          body: { object: 'list', data: input.map((text, index) => ({ object: 'embedding', index, embedding: embeddingOf(String(text), this.dimension) })), model: 'hostile-embeddings' },
        };
        this.send(response, scripted?.kind === 'later' ? { ...scripted, reply: scripted.reply ?? vectors } : (scripted ?? vectors));
      } else {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"no such route"}}');
      }
    });
  }

  private send(response: ServerResponse, reply: HostileReply): void {
    switch (reply.kind) {
      case 'completion':
        response.writeHead(200, { 'content-type': 'application/json' }).end(completionBody(reply.text, reply.usage));
        return;
      case 'json':
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
        return;
      case 'raw':
        response.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json', ...reply.headers }).end(reply.body);
        return;
      case 'huge': {
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < reply.bytes) {
            const size = Math.min(chunk.length, reply.bytes - sent);
            sent += size;
            if (!response.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
              response.once('drain', pump);
              return;
            }
          }
          response.end();
        };
        response.write('{"choices":[{"message":{"content":"');
        response.on('error', () => undefined);
        pump();
        return;
      }
      case 'hang':
        return;
      case 'later': {
        const timer = setTimeout(() => this.send(response, reply.reply ?? { kind: 'hang' }), reply.ms);
        response.once('close', () => clearTimeout(timer));
        return;
      }
      case 'stall-body':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(reply.partial);
        return;
      case 'reset':
        response.socket?.destroy();
        return;
      case 'cut-body':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(reply.partial.length + 1000) });
        response.write(reply.partial, () => response.socket?.destroy());
        return;
    }
  }
}

/** Which of the agent's questions a chat request is. */
export type ChatPurpose = 'feasibility' | 'completeness' | 'grounding' | 'plan';

export function chatPurpose(request: RecordedRequest): ChatPurpose {
  const prompt = promptOf(request);
  if (prompt.includes('{"feasible"')) return 'feasibility';
  if (prompt.includes('{"complete"')) return 'completeness';
  // Plans and critiques are asked for as JSON too (rci-answers.ts): told apart by the shape they ask for.
  if (prompt.includes('{"steps"') || prompt.includes('{"problems"')) return 'plan';
  if (wantsJson(request) || prompt.includes('Turn the instruction into action')) return 'grounding';
  return 'plan';
}

/**
 * A chat script for the whole agent: the checks say "feasible" and "not yet
 * complete", planning questions get `plan`, and the grounding question (the
 * one that turns into actions) gets `ground(request, index)`.
 */
export function agentScript(ground: (request: RecordedRequest, index: number) => HostileReply, plan = '1. Do what the task says.\nNo problems found.'): ChatScript {
  let groundings = 0;
  return (request) => {
    switch (chatPurpose(request)) {
      case 'feasibility':
        return { kind: 'completion', text: '{"feasible": true, "reason": "the page has what the task needs"}' };
      case 'completeness':
        return { kind: 'completion', text: '{"complete": false, "reason": "not yet"}' };
      case 'grounding':
        return ground(request, groundings++);
      case 'plan':
        return { kind: 'completion', text: plan };
    }
  };
}

/** The id the prompt's observation gives an element whose line mentions `text`. */
export function elementIdIn(request: RecordedRequest, text: string): number | undefined {
  for (const line of promptOf(request).split('\n')) {
    const match = /\[(\d+)\]/.exec(line);
    if (match && line.includes(text)) return Number(match[1]);
  }
  return undefined;
}
