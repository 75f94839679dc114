/**
 * `understudy serve` as a real process: it prints its tokened loopback URL,
 * `--open` hands exactly that URL to the platform's opener (xdg-open here,
 * found on PATH), the door refuses a request without the token, and Ctrl+C
 * ends it cleanly with exit code 0.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliNodeArguments, projectRoot } from '../kits/cli-process.js';

const folder = mkdtempSync(join(tmpdir(), 'understudy-serve-open-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('understudy serve --open', () => {
  it('opens the printed URL in the default browser, refuses strangers, and stops on Ctrl+C', async () => {
    if (process.platform !== 'linux') return;
    const opened = join(folder, 'opened.txt');
    const opener = join(folder, 'xdg-open');
    writeFileSync(opener, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(opener, 0o755);
    const child = spawn(process.execPath, cliNodeArguments(['serve', '--open', '--memory', join(folder, 'memory.db')]), {
      cwd: projectRoot,
      env: { ...process.env, PATH: `${folder}:${process.env.PATH}`, XDG_CONFIG_HOME: join(folder, 'config'), UNDERSTUDY_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => /Understudy is at (\S+)/.exec(output)?.[1], { timeout: 90_000 }).toBeTruthy();
      const url = /Understudy is at (\S+)/.exec(output)![1]!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
      await expect.poll(() => (existsSync(opened) ? readFileSync(opened, 'utf8') : ''), { timeout: 10_000 }).toBe(url);
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(new URL('/', url))).status).toBe(401);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
