/**
 * `understudy export` end to end: demonstrations recorded from the suite into
 * a real SQLite memory, exported by the CLI (a process) as standalone scripts,
 * and the scripts run with `node` in real Chromium on unseen seeds with new
 * values — scored by the page's own reward — and on a page whose target was
 * removed, where they must refuse and name the step.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { runEvaluation } from '../../harness/evaluation.js';
import { MiniwobEnvironment, newTaskContext } from '../../harness/miniwob/environment.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';
import { projectRoot, runCli as runCliProcess } from '../kits/cli-process.js';

/** Generous: on a loaded machine a CLI start alone can take a minute (these are limits, not timing assertions). */
const CLI_TIMEOUT = 240_000;
const TEST_TIMEOUT = 600_000;
const runCli = (timeoutMs: number, args: readonly string[]) => runCliProcess(args, { timeoutMs });

const folder = mkdtempSync(join(tmpdir(), 'understudy-export-'));
const memoryPath = join(folder, 'memory.db');
const scripts = join(folder, 'scripts');
let browser: Browser;
let demonstrationIds: Record<string, string> = {};

/** The instruction of a suite task at a seed, read from the page itself. */
async function utteranceAt(task: string, seed: number): Promise<string> {
  const context = await newTaskContext(browser);
  try {
    const environment = new MiniwobEnvironment(await context.newPage(), { baseUrl: `${pathToFileURL(suiteDirectory()).href}/` });
    await environment.open(task);
    await environment.reset(seed);
    return await environment.utterance();
  } finally {
    await context.close();
  }
}

function runNode(script: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: scripts, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  const recorded = await runEvaluation({
    dir: suiteDirectory(),
    tasks: ['enter-text', 'login-user'],
    seeds: [],
    policy: 'offline',
    demonstrators,
    demoSeeds: [1000],
    saveAgentTrajectories: false,
    workers: 1,
    reportDir: join(folder, 'report'),
    memoryPath,
  });
  expect(recorded.demonstrations.every((demo) => demo.success)).toBe(true);
  demonstrationIds = Object.fromEntries(recorded.demonstrations.map((demo) => [demo.task, demo.trajectoryId!]));
  // The scripts live outside the project and find playwright-core the way a user's would: in a node_modules beside them.
  mkdirSync(scripts);
  symlinkSync(join(projectRoot, 'node_modules'), join(scripts, 'node_modules'));
  browser = await launchChromium();
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('understudy export (CLI process, scripts run with node in real Chromium)', () => {
  it('exports a learned task as a standalone script that scores reward 1 on an unseen seed with new values', async () => {
    const script = join(scripts, 'login.mjs');
    const exported = await runCli(CLI_TIMEOUT, ['export', '--task', 'login-user', '--to', script, '--memory', memoryPath]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/parameters --username <text> --password <text>/);
    const source = readFileSync(script, 'utf8');
    expect(source).not.toMatch(/understudy\//i);
    expect(source).toMatch(/getByRole\("textbox", \{ name: "Username", exact: true \}\)/);
    expect(source).not.toMatch(/page\.mouse\.click/); // every target was an element: no stored coordinates

    const seed = 4242;
    const utterance = await utteranceAt('login-user', seed);
    const [, username, password] = utterance.match(/username "([^"]+)" and the password "([^"]+)"/)!;
    const demonstrated = readFileSync(script, 'utf8').match(/"example": "([^"]+)"/)![1];
    expect(username).not.toBe(demonstrated);
    const run = await runNode(script, ['--username', username!, '--password', password!, '--seed', String(seed)]);
    expect(run.stderr).toContain(`episode: ${utterance}`);
    expect(JSON.parse(run.stdout.trim())).toEqual({ done: true, reward: 1 });
    expect(run.code).toBe(0);
  }, TEST_TIMEOUT);

  it('refuses, naming the step, when the target is gone from the page', async () => {
    const script = join(scripts, 'enter-text.mjs');
    const exported = await runCli(CLI_TIMEOUT, ['export', demonstrationIds['enter-text']!, '--to', script, '--memory', memoryPath]);
    expect(exported.code).toBe(0);

    // The same suite page, but its Submit button is gone from view (the page's script still needs the node).
    const pages = join(folder, 'pages');
    cpSync(suiteDirectory(), pages, { recursive: true });
    const page = join(pages, 'miniwob', 'enter-text.html');
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<button id="subbtn">Submit</button>');
    writeFileSync(page, html.replace('<button id="subbtn">Submit</button>', '<button id="subbtn" hidden>Submit</button>'));

    const utterance = await utteranceAt('enter-text', 77);
    const word = utterance.match(/"([^"]+)"/)![1]!;
    const run = await runNode(script, ['--text', word, '--seed', '77', '--url', pathToFileURL(page).href, '--timeout', '1500']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refused: step 2: button "Submit" was not found within 1500 ms/);
    expect(run.stdout).toBe('');

    // On the intact page the same script succeeds.
    const intact = await runNode(script, ['--text', word, '--seed', '77']);
    expect(JSON.parse(intact.stdout.trim())).toEqual({ done: true, reward: 1 });
  }, TEST_TIMEOUT);

  it('rejects a missing parameter with a usage message, before opening any page', async () => {
    const script = join(scripts, 'login.mjs');
    const run = await runNode(script, ['--username', 'ada']);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/--password is missing/);
  }, TEST_TIMEOUT);

  it('writes a skill file: what it does, its parameters, the steps in words and how to run the script', async () => {
    const skill = join(scripts, 'enter-text.md');
    const exported = await runCli(CLI_TIMEOUT, ['export', '--task', 'enter-text', '--to', skill, '--memory', memoryPath]);
    expect(exported.code).toBe(0);
    const text = readFileSync(skill, 'utf8');
    expect(text).toContain('**What it does:** Enter "{text}" into the text field and press Submit.');
    expect(text).toMatch(/\| `--text` \| text \| `\w+` \|/);
    // Recorded from real input: the person typed into the empty field (no "replacing what it held").
    expect(text).toMatch(/1\. Type the text \(`--text`\) into the textbox "Text:"\./);
    expect(text).toMatch(/2\. Click the button "Submit"\./);
    expect(text).toMatch(/node enter-text\.mjs --text "\w+"/);
  }, TEST_TIMEOUT);

  it('names the problem when there is nothing to export', async () => {
    const unknown = await runCli(CLI_TIMEOUT, ['export', '--task', 'book-flight', '--to', join(scripts, 'x.mjs'), '--memory', memoryPath]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no learned task is named "book-flight"/);
    expect(unknown.stderr).toMatch(/known: enter-text, login-user/);
    const kind = await runCli(CLI_TIMEOUT, ['export', '--task', 'enter-text', '--to', join(scripts, 'x.txt'), '--memory', memoryPath]);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toMatch(/unknown kind of file/);
  }, TEST_TIMEOUT);
});
