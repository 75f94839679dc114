/**
 * Web mode: the built renderer and the API contract (over a WebSocket) on
 * 127.0.0.1 only. Whoever reaches this API can move the user's mouse, so:
 * - every HTTP request and WebSocket needs the random access token (in the
 *   printed URL; the page then keeps it in a same-site, HTTP-only cookie);
 * - a Host or Origin other than the printed loopback address is refused, so a
 *   web page that rebinds its own name to 127.0.0.1 gets nothing (DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { UserFacingError } from '../../agent/core/errors.js';
import type { Backend } from './handler-table.js';

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (index.html and assets/). */
  rendererDir: string;
  /** 0: any free port. */
  port?: number;
  /** Fixed token (tests); default 32 random bytes. */
  token?: string;
}

export interface WebServer {
  /** The URL to open, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
/** Most bytes one WebSocket message may carry. */
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UserFacingError(`port ${options.port} on ${HOST} is in use`, 'choose another with --port, or leave --port out for a free one') : error),
    );
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = `${HOST}:${port}`;
  const origin = `http://${host}`;
  // Cookies are per host, not per port: the name carries the port so two servers do not mix.
  const cookieName = `understudy_token_${port}`;

  /** Why this request is refused, or undefined when it may pass. */
  const refusal = (request: IncomingMessage, url: URL, requireOrigin: boolean): { status: number; reason: string } | undefined => {
    if (request.headers.host !== host) return { status: 421, reason: 'wrong Host (only the printed 127.0.0.1 address is served)' };
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined ? requestOrigin !== origin : requireOrigin) return { status: 403, reason: 'foreign Origin' };
    const given = url.searchParams.get('token') ?? cookieValue(request.headers.cookie, cookieName);
    if (!sameSecret(given ?? undefined, token)) return { status: 401, reason: 'missing or wrong access token (open the URL `understudy serve` printed)' };
    return undefined;
  };

  const refuse = (response: ServerResponse, status: number, reason: string) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end(`${reason}\n`);
  };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', origin);
    const refused = refusal(request, url, false);
    if (refused) return refuse(response, refused.status, refused.reason);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'only GET');
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(normalize(options.rendererDir) + sep) || !existsSync(file) || !statSync(file).isFile()) return refuse(response, 404, 'not found');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      ...(url.searchParams.has('token') ? { 'set-cookie': `${cookieName}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/` } : {}),
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', origin);
    const refused = url.pathname === '/api' ? refusal(request, url, true) : { status: 404, reason: 'not found' };
    if (refused) {
      socket.end(`HTTP/1.1 ${refused.status} Refused\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${refused.reason}\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, options.backend));
  });

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * One connection: `{ id, name, input }` in, `{ id, reply }` out; pushed events
 * go out as `{ event, payload }`.
 */
export function serveSocket(ws: WebSocket, backend: Backend): void {
  const unsubscribe = backend.events.subscribe((event, payload) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
  });
  ws.on('close', unsubscribe);
  ws.on('message', async (data) => {
    let message: { id?: unknown; name?: unknown; input?: unknown };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      ws.send(JSON.stringify({ id: null, reply: { ok: false, error: { message: 'the message is not JSON' } } }));
      return;
    }
    const reply = await backend.invoke(message.name, message.input);
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: message.id ?? null, reply }));
  });
}
