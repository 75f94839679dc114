/**
 * Exporting from the Memory screen, end to end: `understudy serve` on a
 * memory of a few thousand trajectories, driven in real Chromium. The screen
 * shows how far the export has got and a Stop button; a stop leaves the
 * target path as it was (an older export there untouched, no temporary file
 * beside it); let run, the file holds every trajectory.
 *
 * The Stop does not race the export: once the screen shows the export going,
 * the server process is paused (SIGSTOP) and the test checks the export is
 * still under way (its temporary file there, the target not replaced); the
 * Stop is clicked, the test waits until its bytes sit unread in the server's
 * socket, and only then lets the server go on (SIGCONT). The export looks for
 * a stop after every batch and before the final rename, so the stop always
 * lands, however fast the machine. Screens: out/e2e-screens/memory-export*.png.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory } from '../integration/memory-kit.js';
import { projectRoot } from '../kits/cli-process.js';
import { startServe, type ServeProcess } from '../kits/serve-process.js';

const COUNT = 3_000;
const OLDER = '{"an older export":"left as it was"}\n';
const screens = join(projectRoot, 'out', 'e2e-screens');
let folder: string;
let outFolder: string;
let target: string;
let server: ServeProcess | undefined;
let serverPid: number | undefined;
let browser: Browser;
let page: Page;

/** The Node process under tsx that runs `understudy serve` (tsx runs the program in a child). */
function childNodeOf(parent: number): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid …; comm may hold spaces, so read after its closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === parent) return Number(entry);
  }
  return parent; // tsx ran it in-process
}

/** Bytes received on the server's port and not yet read by the server (loopback, IPv4). */
function unreadBytesOnPort(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  let unread = 0;
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 5 || !fields[1]!.endsWith(`:${hexPort}`)) continue;
    unread += parseInt(fields[4]!.split(':')[1]!, 16);
  }
  return unread;
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const beside = () => readdirSync(outFolder).sort();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-web-export-'));
  outFolder = join(folder, 'exports');
  mkdirSync(outFolder);
  mkdirSync(screens, { recursive: true });
  target = join(outFolder, 'memory.jsonl');
  const memoryPath = join(folder, 'memory.db');
  const store = ExemplarStore.open(memoryPath);
  try {
    store.addMany(Array.from({ length: COUNT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `t-${index}`, task: `Enter "name ${index}" and press Submit`, createdAt: 1_700_000_000_000 + index }) })));
  } finally {
    store.close();
  }
  server = await startServe({ memoryPath, folder });
  serverPid = childNodeOf(server.process.pid!);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
}, 180_000);

afterAll(async () => {
  if (serverPid) process.kill(serverPid, 'SIGCONT');
  await browser?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('export from the Memory screen', () => {
  it('shows progress, stops leaving the target as it was, and writes every trajectory when let run', async () => {
    writeFileSync(target, OLDER);
    await page.goto(server!.url);
    await page.getByRole('heading', { name: 'Run a task' }).waitFor();
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Memory' }).waitFor();
    const memory = page.locator('section.memory-screen');
    await memory.getByTestId('memory-stats').getByText(`${COUNT.toLocaleString('en-US')} trajectories`).waitFor();
    await memory.getByLabel('JSONL file on this machine').fill(target);

    await memory.getByRole('button', { name: 'Export' }).click();
    const progress = memory.getByTestId('export-progress');
    await progress.getByText(new RegExp(`Exporting: [1-9][\\d,]* of ${COUNT.toLocaleString('en-US')} trajectories written`)).waitFor({ timeout: 60_000 });
    // Pause the server: from here on the export goes nowhere until the Stop is in its socket.
    process.kill(serverPid!, 'SIGSTOP');
    const partial = beside().filter((name) => name.startsWith('.memory.jsonl.partial-'));
    expect(partial, 'the export was still under way when the server was paused (a larger memory would give it longer)').toHaveLength(1);
    expect(readFileSync(target, 'utf8')).toBe(OLDER);
    expect(await memory.getByRole('button', { name: 'Export' }).isDisabled()).toBe(true);
    expect(await memory.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    expect(Number(await progress.getByRole('progressbar', { name: 'Export progress' }).getAttribute('value'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(screens, 'memory-export.png') });

    const port = Number(new URL(server!.url).port);
    const unreadBefore = unreadBytesOnPort(port);
    await progress.getByRole('button', { name: 'Stop' }).click();
    await until(() => unreadBytesOnPort(port) > unreadBefore, 'the Stop is in the paused server\'s socket');
    process.kill(serverPid!, 'SIGCONT');

    const stopped = memory.getByTestId('export-result');
    await stopped.getByText(new RegExp(`^export stopped \\(stopped by the user\\) after [\\d]+ of ${COUNT} trajectories: ${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is as it was$`)).waitFor({ timeout: 30_000 });
    await progress.waitFor({ state: 'detached' });
    await page.screenshot({ path: join(screens, 'memory-export-stopped.png') });
    expect(readFileSync(target, 'utf8')).toBe(OLDER);
    expect(beside()).toEqual(['memory.jsonl']);

    await memory.getByRole('button', { name: 'Export' }).click();
    await memory.getByTestId('export-result').getByText(`Exported ${COUNT} trajectories to ${target}.`).waitFor({ timeout: 120_000 });
    const ids = readFileSync(target, 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: COUNT }, (_, index) => `t-${index}`));
    expect(beside()).toEqual(['memory.jsonl']);
  }, 240_000);
});
