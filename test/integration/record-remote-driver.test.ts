/**
 * A scripted driver reaches the real recorder from outside: `understudy
 * record --miniwob … --headless --remote-debugging-port <n>` runs as a child
 * process and prints its DevTools endpoint (127.0.0.1 only); a separate
 * Playwright client connects over CDP and does the task with real mouse and
 * keyboard input. The recording is replayed on its seed right after, and the
 * output says plainly whether it replays — and never offers "replay it with"
 * for one that does not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { cliNodeArguments, projectRoot, runCli } from '../kits/cli-process.js';

const workDir = mkdtempSync(join(tmpdir(), 'understudy-record-remote-'));
const children: ChildProcess[] = [];
const drivers: Browser[] = [];

afterAll(async () => {
  for (const driver of drivers) await driver.close().catch(() => undefined);
  for (const child of children) if (child.exitCode === null && child.pid) child.kill('SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
});

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface RecorderProcess {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

function startRecorder(db: string, seed: number, port: number): RecorderProcess {
  // One process (node --import tsx), not tsx's wrapper, which SIGKILLs a child slow to acknowledge a relayed SIGINT
  // (DEVELOPERS.md, "Signals and the tsx wrapper").
  const child = spawn(
    process.execPath,
    cliNodeArguments(['record', '--miniwob', suiteDirectory(), '--task', 'enter-text', '--seed', String(seed), '--memory', db, '--headless', '--remote-debugging-port', String(port)]),
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function waitFor<T>(what: string, check: () => T | undefined, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Connect to the printed endpoint and find the recorded task page. */
async function connectDriver(recorder: RecorderProcess): Promise<{ page: Page; endpoint: string }> {
  const endpoint = await waitFor('the DevTools endpoint', () => /remote debugging \(127\.0\.0\.1 only\): (ws:\/\/127\.0\.0\.1:\d+\/devtools\/browser\/\S+)/.exec(recorder.output().stdout)?.[1]);
  await waitFor('the recording to start', () => (/^recording "/m.test(recorder.output().stdout) ? true : undefined));
  const driver = await chromium.connectOverCDP(endpoint);
  drivers.push(driver);
  const page = driver.contexts().flatMap((context) => context.pages()).find((candidate) => candidate.url().endsWith('/enter-text.html'));
  if (!page) throw new Error(`no enter-text page among ${driver.contexts().flatMap((context) => context.pages()).map((candidate) => candidate.url()).join(', ')}`);
  return { page, endpoint };
}

/** Centre of an element in viewport px: what a person's eye gives their hand. */
async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('understudy record with a remote driver', () => {
  it('records what a CDP-connected driver does with real input, verifies it on its seed and says how to replay it', async () => {
    const db = join(workDir, 'verified.db');
    const recorder = startRecorder(db, 4, await freePort());
    const { page, endpoint } = await connectDriver(recorder);
    expect(endpoint).toMatch(/^ws:\/\/127\.0\.0\.1:/);
    const utterance = recorder.output().stdout.match(/MiniWoB enter-text, seed 4: "(.*)"$/m)![1]!;
    const word = /"([^"]+)"/.exec(utterance)![1]!;

    const field = await centreOf(page, '#tt');
    await page.mouse.move(field.x - 40, field.y + 30, { steps: 4 });
    await page.mouse.click(field.x, field.y);
    await page.keyboard.type(word, { delay: 30 });
    await pause(500);
    const submit = await centreOf(page, '#subbtn');
    await page.mouse.click(submit.x, submit.y);
    // The end of the episode ends the recording; verification follows; the process exits.
    const code = await Promise.race([recorder.exited, pause(90_000).then(() => 'timeout' as const)]);
    const { stdout, stderr } = recorder.output();
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/saved t\S+: 2 step\(s\), outcome success/);
    expect(stdout).toMatch(/verified: it replays — replayed on seed 4: the page scored raw reward 1 again/);
    expect(stdout).toMatch(/replay it with: understudy replay t\S+ --memory /);

    const store = ExemplarStore.open(db, { readonly: true });
    let id: string;
    try {
      [id] = store.ids() as [string];
      const trajectory = store.get(id)!;
      expect(trajectory.steps.map((step) => step.action.type)).toEqual(['type', 'click']);
      expect(trajectory.steps[0]!.action).toMatchObject({ type: 'type', text: word });
      expect(trajectory.metadata).toMatchObject({ verified: true, seed: 4, task: 'enter-text' });
    } finally {
      store.close();
    }
    const replay = await runCli(['replay', id!, '--memory', db], { timeoutMs: 120_000 });
    expect(replay.code, `${replay.stdout}\n${replay.stderr}`).toBe(0);
    expect(replay.stdout).toContain('1/1 replays reproduced their stored reward');
  }, 240_000);

  it('says plainly that a recording that did not finish the task will not replay, and why', async () => {
    const db = join(workDir, 'unverified.db');
    const recorder = startRecorder(db, 6, await freePort());
    const { page } = await connectDriver(recorder);
    const field = await centreOf(page, '#tt');
    await page.mouse.click(field.x, field.y);
    await page.keyboard.type('half done', { delay: 20 });
    await pause(800);
    recorder.child.kill('SIGINT'); // Ctrl+C: the recording ends, the episode has not
    const code = await Promise.race([recorder.exited, pause(60_000).then(() => 'timeout' as const)]);
    const { stdout, stderr } = recorder.output();
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/saved t\S+: 1 step\(s\), outcome stopped/);
    expect(stdout).toMatch(/NOT verified: this recording will not replay — the recording ended before the task did/);
    expect(stdout).not.toMatch(/replay it with/);
    const store = ExemplarStore.open(db, { readonly: true });
    try {
      const trajectory = store.get(store.ids()[0]!)!;
      expect(trajectory.metadata).toMatchObject({ verified: false });
      expect((trajectory.metadata.verification as { reason: string }).reason).toMatch(/ended before the task did/);
    } finally {
      store.close();
    }
  }, 120_000);
});
