/**
 * Issue 16 defect 5 (consent) and 9 (special paths), through the real CLI:
 * a "y" piped into a non-terminal stdin is not a person's consent unless
 * `--confirm-from-stdin` says so; and an output folder under /proc is refused
 * at once instead of hanging. A real local OpenAI-compatible server whose
 * model clicks "Delete account" at its coordinates, on a page that reports
 * what was really activated; real Chromium and SQLite.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliNodeArguments, projectRoot, runCli, type CliResult } from '../kits/cli-process.js';
import { agentScript, HostileOpenAiServer } from '../kits/hostile-openai-server.js';

let server: HostileOpenAiServer;
let folder: string;
let configPath: string;

beforeAll(async () => {
  server = await HostileOpenAiServer.start();
  folder = mkdtempSync(join(tmpdir(), 'understudy-consent-'));
  configPath = join(folder, 'config.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      model: 'openai:hostile-model',
      openai: { baseUrl: server.baseUrl, timeoutMs: 5_000, maxRetries: 0 },
      memory: { embeddings: { url: server.baseUrl, model: 'hostile-embeddings', dimension: 16 } },
      budgets: { maxSteps: 2, maxWallTimeMs: 60_000 },
      policy: { critiqueRounds: 0 },
    }),
  );
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The model clicks "Delete account" at its point, then says done (a fresh script per run: its count starts at 0). */
function scriptDeleteClick(): void {
  let grounding = 0;
  server.chat = agentScript(() =>
    grounding++ === 0
      ? { kind: 'completion', text: JSON.stringify({ thought: 'click it', actions: [{ type: 'click', target: { x: 500, y: 418 } }] }) }
      : { kind: 'completion', text: '{"actions":[{"type":"done","success":true}]}' },
  );
}

/** `understudy run` with `input` piped into its stdin (not a terminal). */
function runWithPipedStdin(input: string, extra: string[]): Promise<CliResult> {
  const child = spawn(
    process.execPath,
    cliNodeArguments(['run', 'Tidy up my account', '--url', server.pageUrl('risky-controls.html'), '--policy', 'llm', '--config', configPath, '--memory', join(folder, `memory-${extra.length}.db`), ...extra]),
    { cwd: projectRoot, env: { ...process.env, OPENAI_API_KEY: 'sk-test-000000000000000000000001', OPENAI_BASE_URL: '', UNDERSTUDY_MODEL: '', UNDERSTUDY_EMBEDDINGS_URL: '', UNDERSTUDY_MEMORY: '' }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 100_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('consent from a non-terminal stdin', () => {
  it('a piped "y" is not consent: the risky click is refused, and nobody is said to have declined', async () => {
    server.clicked.length = 0;
    scriptDeleteClick();
    const result = await runWithPipedStdin('y\ny\n', []);
    expect(result.stdout).toMatch(/needs confirmation: click \(500, 418\) — pressing "Delete account"/);
    expect(result.stdout).toMatch(/nobody can confirm/);
    expect(result.stdout).not.toMatch(/declined/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.clicked).not.toContain('delete-account');
  }, 120_000);

  it('with --confirm-from-stdin the piped "y" is the answer, and the click lands', async () => {
    server.clicked.length = 0;
    scriptDeleteClick();
    const result = await runWithPipedStdin('y\ny\n', ['--confirm-from-stdin']);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.stdout).toMatch(/needs confirmation: click \(500, 418\)/);
    expect(await server.clickArrives('delete-account'), server.clicked.join(', ')).toBe(true);
  }, 120_000);
});

describe('special paths', () => {
  it('`demo --out` under /proc is refused at once with a clear message', async () => {
    const result = await runCli(['demo', '--out', '/proc/self/understudy-demo', '--tasks', 'click-button', '--seeds', '0', '--workers', '1', '--no-progress'], { timeoutMs: 90_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the output folder \/proc\/self\/understudy-demo is under \/proc, \/sys or \/dev/);
  }, 120_000);
});
