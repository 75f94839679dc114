/**
 * Web mode's door: without the token, with a wrong one, or from a foreign
 * Host or Origin (DNS rebinding), nothing is served and no WebSocket opens;
 * the server listens on 127.0.0.1 only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createAppBackend, type AppBackend } from '../service/app-backend.js';
import { startWebServer, type WebServer } from './web-server.js';

let folder: string;
let backend: AppBackend;
let server: WebServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-serve-'));
  const rendererDir = join(folder, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Understudy</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(folder, 'secret.txt'), 'not for the web');
  backend = createAppBackend({ shell: 'web', memoryPath: join(folder, 'memory.db'), env: { XDG_CONFIG_HOME: join(folder, 'config'), HOME: folder } });
  server = await startWebServer({ backend, rendererDir });
});

afterAll(async () => {
  await server?.close();
  await backend?.close();
  rmSync(folder, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}, host = '127.0.0.1'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port: server.port, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Open the API socket; resolves with 'open' or the HTTP status it was refused with. */
function openSocket(query: string, headers: Record<string, string | undefined>): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<string, string>;
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api${query}`, { headers: clean });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', () => resolve(0));
  });
}

describe('understudy serve refuses whoever lacks the token or comes from elsewhere', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{40,}$`));
  });

  it('serves the app with the token and then by its cookie', async () => {
    const first = await get(`/?token=${server.token}`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('<title>Understudy</title>');
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await get('/assets/app.js', { cookie })).status).toBe(200);
  });

  it('refuses HTTP without a token or with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/assets/app.js')).status).toBe(401);
    expect((await get(`/?token=${server.token.slice(0, -1)}x`)).status).toBe(401);
    expect((await get('/', { cookie: `understudy_token_${server.port}=wrong` })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin even with the token (DNS rebinding)', async () => {
    expect((await get(`/?token=${server.token}`, { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await get(`/?token=${server.token}`, { host: `localhost:${server.port}` })).status).toBe(421);
    expect((await get(`/?token=${server.token}`, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('serves nothing outside the app folder', async () => {
    expect((await get(`/../secret.txt?token=${server.token}`)).status).toBe(404);
    expect((await get(`/%2e%2e/secret.txt?token=${server.token}`)).status).toBe(404);
  });

  it('opens the API socket only with the token, the printed Host and its own Origin', async () => {
    const host = `127.0.0.1:${server.port}`;
    expect(await openSocket(`?token=${server.token}`, { origin: server.origin })).toBe('open');
    expect(await openSocket('', { origin: server.origin })).toBe(401);
    expect(await openSocket('?token=wrong', { origin: server.origin })).toBe(401);
    expect(await openSocket(`?token=${server.token}`, { origin: 'http://evil.example' })).toBe(403);
    expect(await openSocket(`?token=${server.token}`, { origin: server.origin, host: `evil.example:${server.port}` })).toBe(421);
    expect(host).toBe(new URL(server.origin).host);
  });

  it('answers requests over an accepted socket', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api?token=${server.token}`, { origin: server.origin });
    const reply = await new Promise<{ id: number; reply: { ok: boolean; result?: { name: string } } }>((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ id: 7, name: 'app.info', input: {} })));
      socket.on('message', (data) => resolve(JSON.parse(String(data))));
      socket.on('error', reject);
    });
    socket.close();
    expect(reply).toMatchObject({ id: 7, reply: { ok: true, result: { name: 'Understudy' } } });
  });

  it('says so in one line when the port is taken', async () => {
    await expect(startWebServer({ backend, rendererDir: folder, port: server.port })).rejects.toThrow(new RegExp(`port ${server.port} on 127\\.0\\.0\\.1 is in use`));
  });

  it('does not listen on any non-loopback address', async () => {
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry && !entry.internal)
      .map((entry) => entry!.address);
    for (const address of [...addresses, '::1']) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: server.port, timeout: 2000 });
        socket.on('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
        socket.on('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(reached, `reachable on ${address}`).toBe(false);
    }
  });
});
