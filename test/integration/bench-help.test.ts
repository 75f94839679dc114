/**
 * Every script under bench/ answers `--help` and `-h` with its usage and exits 0 before doing any work
 * (bench/usage.mjs): each is spawned as `npm run bench:*` / the docs run it, and killed if it is still running after
 * a generous limit — a script that started its benchmark instead fails here, whatever the machine's speed. One at a
 * time: the time is loading each script's imports (a few seconds idle; side by side on a busy machine, minutes).
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asksForHelp, headerText } from '../../bench/usage.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const bench = join(root, 'bench');
/** Far above the time to load a script's imports on a busy machine; a benchmark that started runs far longer. */
const LIMIT_MS = 240_000;

/** The bench scripts: every .ts / .mjs under bench/, except the data modules and the helper itself. */
function benchScripts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'data' && !name.startsWith('.')) walk(path);
      } else if (/\.(ts|mjs)$/.test(name) && !/\.d\.m?ts$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'usage.mjs') {
        out.push(relative(root, path));
      }
    }
  };
  walk(bench);
  return out.sort();
}

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Run `script` with `flag`: its exit code (null when killed at the limit) and what it printed. */
function runWith(script: string, flag: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const args = script.endsWith('.mjs') ? [script, flag] : ['--import', tsxLoader, script, flag];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('bench scripts --help', () => {
  it('finds the scripts', () => {
    expect(benchScripts()).toEqual(expect.arrayContaining(['bench/offline.ts', 'bench/wording-pairs.ts', 'bench/real-miniwob/run-all.mjs']));
  });

  it.each(benchScripts())('%s prints its usage and exits 0 on --help', async (script) => {
    const { code, stdout, stderr } = await runWith(script, '--help');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: (?:npx )?(?:tsx|node) bench\//m);
  }, LIMIT_MS + 15_000);

  it('-h does as --help (run-all.mjs, which otherwise starts the whole measurement)', async () => {
    const { code, stdout } = await runWith('bench/real-miniwob/run-all.mjs', '-h');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: node bench/real-miniwob/run-all.mjs');
  }, LIMIT_MS + 15_000);

  it('reads the header comment without its margins, and knows --help and -h only', () => {
    expect(headerText('#!/usr/bin/env node\n/**\n * What it does.\n *\n * Usage: tsx bench/x.ts [--n 3]\n */\nexport {}')).toBe('What it does.\n\nUsage: tsx bench/x.ts [--n 3]');
    expect(asksForHelp(['--seeds', '0-4', '-h'])).toBe(true);
    expect(asksForHelp(['--help'])).toBe(true);
    expect(asksForHelp(['--seeds', '0-4', '--helpful'])).toBe(false);
  });
});
