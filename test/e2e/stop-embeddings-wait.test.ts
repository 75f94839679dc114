/**
 * Issue 16 defect 4, the embeddings side: a silent embeddings endpoint must
 * not hold the process. The embeddings request used to be waited for
 * synchronously (a sleeping thread runs no Ctrl+C handler and no budget
 * timer), so Ctrl+C and the wall-time budget waited for the 30 s request
 * timeout. Real CLI processes, a real local endpoint that never answers the
 * request in question, real Chromium and SQLite.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory, spawnTypeScript } from '../integration/memory-kit.js';
import { projectRoot } from '../kits/cli-process.js';
import { HostileOpenAiServer } from '../kits/hostile-openai-server.js';

/** The embedder's own request timeout: a stop that waited for it would take this long. */
const REQUEST_TIMEOUT_MS = 30_000;

let server: HostileOpenAiServer;
let folder: string;
let runs = 0;

beforeAll(async () => {
  server = await HostileOpenAiServer.start();
  folder = mkdtempSync(join(tmpdir(), 'understudy-stop-embeddings-'));
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => {
  server.requests.length = 0;
});

/** From this test's embeddings request number `from` (0-based) on, through `to`, the endpoint never answers. */
function hangEmbeddings(from: number, to = from): { hanging: () => boolean } {
  let start: number | undefined;
  let hung = false;
  server.embeddings = (_request, index) => {
    start ??= index;
    if (index - start < from || index - start > to) return undefined;
    hung = true;
    return { kind: 'hang' };
  };
  return { hanging: () => hung };
}

function configFile(budgetMs: number): string {
  const path = join(folder, `config-${++runs}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      memory: { embeddings: { url: server.baseUrl, model: 'hostile-embeddings', dimension: 16 } },
      budgets: { maxSteps: 3, maxWallTimeMs: budgetMs },
    }),
  );
  return path;
}

const cleanEnv = { UNDERSTUDY_EMBEDDINGS_URL: '', UNDERSTUDY_EMBEDDINGS_MODEL: '', UNDERSTUDY_MEMORY: '', UNDERSTUDY_MODEL: '', UNDERSTUDY_CONFIG: '' };

/**
 * Start the CLI; once `ready()` holds, send SIGINT; resolve with its output, how long the stop took, and how long
 * the process lived after printing its outcome.
 */
function interruptCli(
  args: string[],
  ready: () => boolean,
  env: NodeJS.ProcessEnv = {},
  signal: NodeJS.Signals = 'SIGINT',
): Promise<{ code: number | null; stdout: string; stderr: string; stopMs: number; afterOutcomeMs: number }> {
  // Node itself runs the CLI (tsx as a loader, not as a wrapper process that relays signals on its own terms).
  const child = spawnTypeScript(join(projectRoot, 'cli', 'understudy.ts'), args, { ...cleanEnv, ...env });
  let stdout = '';
  let stderr = '';
  let outcomeAt = 0;
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (!outcomeAt && stdout.includes('outcome:')) outcomeAt = Date.now();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let interruptedAt = 0;
  const poll = setInterval(() => {
    if (interruptedAt || !ready()) return;
    interruptedAt = Date.now();
    child.kill(signal);
  }, 50);
  const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(killer);
      resolve({ code, stdout, stderr, stopMs: interruptedAt ? Date.now() - interruptedAt : Number.NaN, afterOutcomeMs: outcomeAt ? Date.now() - outcomeAt : Number.NaN });
    });
  });
}

function countIn(memoryPath: string): number {
  const memory = ExemplarStore.open(memoryPath, { readonly: true, allowEmbedderMismatch: true });
  try {
    expect(memory.integrityCheck()).toEqual(['ok']);
    return memory.count();
  } finally {
    memory.close();
  }
}

describe('a silent embeddings endpoint does not hold the process', () => {
  it('Ctrl+C during `memory import` ends it at once, leaving the memory as it was', async () => {
    // 250 trajectories: batches of 100, each 200 texts (task and state) = 4 requests of at most 64 texts.
    const file = join(folder, 'import.jsonl');
    writeFileSync(file, Array.from({ length: 250 }, (_, index) => `${JSON.stringify(sampleTrajectory({ id: `t-${index}` }))}\n`).join(''));
    const endpoint = hangEmbeddings(4, Infinity);
    const memoryPath = join(folder, 'import.db');
    const result = await interruptCli(['memory', 'import', file, '--memory', memoryPath], endpoint.hanging, {
      UNDERSTUDY_EMBEDDINGS_URL: server.baseUrl,
      UNDERSTUDY_EMBEDDINGS_MODEL: 'hostile-embeddings',
      UNDERSTUDY_EMBEDDINGS_DIMENSION: '16',
    });
    expect(result.stopMs).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/stopped \(Ctrl\+C\); nothing was imported, the memory is as it was/);
    expect(countIn(memoryPath)).toBe(0);
  }, 120_000);

  it.each([
    ['SIGINT', 'stopped with Ctrl\\+C'],
    ['SIGTERM', 'stopped by SIGTERM'],
  ] as const)('%s while `run` waits for the retrieval embedding stops the run at once, and the run is saved', async (signal, reason) => {
    const endpoint = hangEmbeddings(0);
    const memoryPath = join(folder, `run-${signal}.db`);
    const result = await interruptCli(
      ['run', 'Tidy up my account', '--url', server.pageUrl('risky-controls.html'), '--policy', 'offline', '--memory', memoryPath, '--config', configFile(120_000)],
      endpoint.hanging,
      {},
      signal,
    );
    expect(result.stopMs).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(result.stdout, result.stdout + result.stderr).toMatch(new RegExp(`outcome: stopped — ${reason}`));
    expect(result.stderr).not.toMatch(/unexpected error|TypeError/);
    expect(countIn(memoryPath)).toBe(1);
  }, 120_000);

  it('the wall-time budget cuts the retrieval embedding wait, and the run is saved', async () => {
    hangEmbeddings(0);
    const memoryPath = join(folder, 'run-budget.db');
    const result = await interruptCli(
      ['run', 'Tidy up my account', '--url', server.pageUrl('risky-controls.html'), '--policy', 'offline', '--memory', memoryPath, '--config', configFile(3_000)],
      () => false,
    );
    const outcome = /outcome: budget-exceeded — wall-time budget of 3000 ms exceeded \(0 steps, ([\d.]+) s\)/.exec(result.stdout);
    expect(outcome, result.stdout + result.stderr).not.toBeNull();
    // Waited for synchronously, the request held the run (and its budget timer) until its own 30 s timeout.
    expect(Number(outcome![1]) * 1000).toBeLessThan(REQUEST_TIMEOUT_MS);
    // And the request the Runner gave up on is cancelled: it does not keep the process alive after the run.
    expect(result.afterOutcomeMs).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(countIn(memoryPath)).toBe(1);
  }, 120_000);
});
