import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from './static-server.js';

describe('static server for task pages', () => {
  const root = mkdtempSync(join(tmpdir(), 'understudy-serve-'));
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(join(root, 'site', 'miniwob'), { recursive: true });
    writeFileSync(join(root, 'site', 'miniwob', 'a b.html'), '<p>hi</p>');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    server = await serveDirectory(join(root, 'site'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves files on loopback with an ephemeral port and a content type', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${server.url}miniwob/a%20b.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toBe('<p>hi</p>');
  });

  it('answers 404 for missing files and folders, and never serves outside its root', async () => {
    expect((await fetch(`${server.url}miniwob/none.html`)).status).toBe(404);
    expect((await fetch(`${server.url}miniwob/`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2fsecret.txt`)).status).toBe(403);
    expect((await fetch(`${server.url}miniwob/a%20b.html`, { method: 'POST' })).status).toBe(405);
  });
});
