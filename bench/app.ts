/**
 * The app's figures (`npm run bench:app`), in real Chromium against web mode
 * on a memory of 10,000 trajectories:
 * - Run screen usable: ms from navigation start until the Run form can start a run;
 * - step event → screen: ms from the Runner emitting a step's first event to its card in the page;
 * - Memory: a page of the 10,000 listed / searched, over the WebSocket and on screen.
 * Targets (issue 12): ≤ 1 s, ≤ 100 ms, ≤ 100 ms. Prints figures; never fails on time.
 *
 * Usage: tsx bench/app.ts (no options)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { Trajectory } from '../agent/core/trajectory.js';
import { launchChromium } from '../agent/operators/browser/chromium.js';
import { runEvaluation } from '../harness/evaluation.js';
import { suiteDirectory } from '../harness/tasks/catalog.js';
import { ensureRendererBuilt } from '../main/api/renderer-build.js';
import { startWebServer } from '../main/api/web-server.js';
import { createAppBackend } from '../main/service/app-backend.js';
import { ExemplarStore } from '../memory/exemplar-store.js';
import { demonstrators } from '../harness/tasks/demonstrators/index.js';
import { fillerTask } from './data/filler-tasks.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

const TRAJECTORIES = 10_000;
const RUNS = 4;
const REPEATS = 20;

function filler(index: number): Trajectory {
  const { task, state } = fillerTask(index);
  return {
    formatVersion: 1,
    id: `filler-${index}`,
    task,
    environment: index % 3 === 0 ? 'desktop' : 'browser',
    appKey: 'desktop-chores',
    source: index % 2 === 0 ? 'demonstration' : 'agent',
    outcome: { status: 'success', reason: 'done' },
    createdAt: 1_600_000_000_000 + index * 1000,
    metadata: {},
    steps: [{ index: 0, observation: { text: state, elements: [] }, action: { type: 'click', target: { elementId: 1 } }, targets: [], timings: {} }],
  };
}

/** In the page (a string: this file is type-checked without the DOM): the Run form can start a run. */
const RUN_FORM_READY = `(() => {
  const select = document.querySelector('select[aria-label="Suite task"]');
  const start = [...document.querySelectorAll('button')].find((button) => button.textContent.startsWith('Start'));
  return Boolean(select && select.options.length > 0 && start && !start.disabled);
})()`;

/** In the page: every step card, when it appears, against the time the Runner emitted its first event. */
const WATCH_STEP_CARDS = `(() => {
  window.stepLatencies = [];
  new MutationObserver((records) => {
    const now = Date.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && node.matches('li.step[data-event-time]')) window.stepLatencies.push(now - Number(node.dataset.eventTime));
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
})()`;

/** In the page: ms from doing `act` until the table's rows change (measured in the page, not through Playwright). */
const TIME_UNTIL_ROWS_CHANGE = (act: string) => `new Promise((resolve) => {
  const body = document.querySelector('tbody');
  const before = body.textContent;
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelector('tbody').textContent !== before) {
      observer.disconnect();
      resolve(performance.now() - started);
    }
  });
  observer.observe(document.querySelector('.list-pane'), { childList: true, subtree: true, characterData: true });
  ${act};
})`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'understudy-bench-app-'));
  const memoryPath = join(folder, 'memory.db');
  const rows: [string, string, string, string][] = [];
  try {
    process.stderr.write('recording demonstrations of click-button and filling the memory…\n');
    await runEvaluation({ dir: suiteDirectory(), tasks: ['click-button'], seeds: [], policy: 'offline', demonstrators, demoSeeds: [1000, 1001], replayDemonstrations: false, memoryPath, workers: 1, reportDir: join(folder, 'seed') });
    const store = ExemplarStore.open(memoryPath);
    for (let start = 0; start < TRAJECTORIES; start += 1000) {
      store.addMany(Array.from({ length: 1000 }, (_, offset) => ({ trajectory: filler(start + offset) })));
    }
    store.close();

    const rendererDir = await ensureRendererBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
    const backend = createAppBackend({ shell: 'web', memoryPath, env: { XDG_CONFIG_HOME: join(folder, 'config'), HOME: folder } });
    const server = await startWebServer({ backend, rendererDir });

    // Memory over the WebSocket, as the page asks for it.
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api?token=${server.token}`, { origin: server.origin });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    let nextId = 1;
    const pending = new Map<number, () => void>();
    socket.on('message', (data) => pending.get((JSON.parse(String(data)) as { id: number }).id)?.());
    const timed = async (name: string, input: unknown) => {
      const id = nextId++;
      const started = performance.now();
      await new Promise<void>((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, name, input }));
      });
      return performance.now() - started;
    };
    const cases: [string, string, (index: number) => unknown][] = [
      ['memory.list, first page of 50', 'memory.list', () => ({ limit: 50 })],
      ['memory.list, a page deep in (offset 9,000)', 'memory.list', () => ({ limit: 50, offset: 9000 })],
      ['memory.list, filtered (agent runs)', 'memory.list', () => ({ limit: 50, filters: { source: 'agent' } })],
      ['memory.search, 50 hits', 'memory.search', (index) => ({ query: `${fillerTask(index * 37).task}`, k: 50 })],
    ];
    for (const [label, name, input] of cases) {
      await timed(name, input(0));
      const times: number[] = [];
      for (let index = 0; index < REPEATS; index += 1) times.push(await timed(name, input(index + 1)));
      rows.push([`${label}, WebSocket round trip`, ms(median(times)), ms(p95(times)), '≤ 100 ms']);
    }
    socket.close();

    const browser = await launchChromium();
    try {
      // Run screen usable after the page opens.
      const usable: number[] = [];
      for (let index = 0; index < 5; index += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.waitForFunction(RUN_FORM_READY);
        usable.push((await page.evaluate('performance.now()')) as number);
        await context.close();
      }
      rows.push(['Run screen usable after navigation start', ms(median(usable)), ms(p95(usable)), '≤ 1000 ms']);

      const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
      await page.goto(server.url);
      // Step event → screen: the card carries the time the Runner emitted the step's first event.
      await page.evaluate(WATCH_STEP_CARDS);
      // Every screen stays mounted (the Teach screen has its own "Suite task to record"): act in the Run screen.
      const runScreen = page.locator('section.run-screen');
      await runScreen.getByLabel('Suite task').selectOption('click-button');
      for (let run = 0; run < RUNS; run += 1) {
        await runScreen.getByLabel('Seed').fill(String(40 + run));
        await runScreen.getByRole('button', { name: /^Start/ }).click();
        await runScreen.getByTestId('run-outcome').waitFor({ timeout: 60_000 });
        await runScreen.getByRole('button', { name: /^Start/ }).waitFor();
      }
      const latencies = (await page.evaluate('window.stepLatencies')) as number[];
      rows.push([`step event → step on screen (${latencies.length} steps)`, ms(median(latencies)), ms(p95(latencies)), '≤ 100 ms']);

      // The Memory screen: a page of the 10,000 on screen, and a search.
      await page.keyboard.press('Alt+3');
      await page.getByRole('button', { name: 'Older →' }).waitFor();
      const paging: number[] = [];
      for (let index = 0; index < 10; index += 1) paging.push((await page.evaluate(TIME_UNTIL_ROWS_CHANGE("[...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Older')).click()"))) as number);
      rows.push(['Memory screen, next page of 50 on screen', ms(median(paging)), ms(p95(paging)), '≤ 100 ms']);
      const searching: number[] = [];
      for (let index = 0; index < 10; index += 1) {
        await page.getByRole('searchbox', { name: 'Search the memory' }).fill(fillerTask(index * 101).task);
        searching.push((await page.evaluate(TIME_UNTIL_ROWS_CHANGE("document.querySelector('form[role=search] button[type=submit]').click()"))) as number);
      }
      rows.push(['Memory screen, search results on screen', ms(median(searching)), ms(p95(searching)), '≤ 100 ms']);
    } finally {
      await browser.close();
      await server.close();
      await backend.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const [one, five] = loadavg();
  process.stdout.write(`\nUnderstudy app (web mode, real Chromium), memory of ${TRAJECTORIES.toLocaleString('en')} trajectories; ${cpus().length} cores, load ${one!.toFixed(1)} / ${five!.toFixed(1)}\n\n`);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...[['figure', 'median', 'p95', 'target'], ...rows].map((row) => row[column]!.length)));
  for (const row of [['figure', 'median', 'p95', 'target'], ...rows]) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
