/**
 * Browser observation figures (printed, never pass/fail):
 * - raw body HTML tokens vs abstracted tokens per page: median and worst
 *   ratio on the suite's MiniWoB-protocol task pages (target ≥ 8× median),
 *   on the small fixture pages of the tests, and on big real-world
 *   documentation pages (target ≥ 50×);
 * - recall of the elements the correct action needs (target 100%): on the
 *   suite pages, every element a demonstrator acts on must be in the
 *   abstraction of the observation it acted on; on fixture pages, a list of
 *   named elements per page;
 * - observe + abstract time p50 / p90 (target p50 ≤ 50 ms on task pages).
 *
 * Usage: npx tsx bench/observe-browser.ts [--seeds N] [--rounds N]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Action } from '../agent/core/action.js';
import { actionElementIds } from '../agent/core/action.js';
import type { Observation } from '../agent/core/observation.js';
import { abstract, type AbstractedObservation } from '../agent/observation/abstract.js';
import { countTokens } from '../agent/core/tokens.js';
import { BrowserOperator } from '../agent/operators/browser/browser-operator.js';
import { launchChromium } from '../agent/operators/browser/chromium.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

const here = dirname(fileURLToPath(import.meta.url));
const pagesDirectory = join(here, '..', 'test', 'fixtures', 'pages');

interface PageFigure {
  group: 'suite' | 'fixture' | 'big';
  name: string;
  rawTokens: number;
  abstractTokens: number;
  ratio: number;
  needed: number;
  found: number;
}

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const seeds = argument('--seeds', 3);
const rounds = argument('--rounds', 5);

const figures: PageFigure[] = [];
const taskPageTimings: number[] = [];
const bigPageTimings: number[] = [];

async function rawBodyTokens(page: Page): Promise<number> {
  return countTokens((await page.evaluate('document.body.outerHTML')) as string);
}

async function timedObserve(operator: BrowserOperator, task: string, into: number[]): Promise<{ observation: Observation; abstracted: AbstractedObservation }> {
  const started = performance.now();
  const observation = await operator.observe();
  const abstracted = abstract(observation, task);
  into.push(performance.now() - started);
  return { observation, abstracted };
}

/** Fixture pages: each with a task and the elements (by text/label) the task needs. */
const FIXTURES: { file: string; group: PageFigure['group']; task: string; needed: string[] }[] = [
  { file: 'form.html', group: 'fixture', task: 'Enter "Ada" as the full name, pick Denmark and save', needed: ['Full name', 'Country', 'Save'] },
  { file: 'inbox.html', group: 'fixture', task: 'Reply to the email from Carol', needed: ['Carol', 'Reply'] },
  { file: 'scroll.html', group: 'fixture', task: 'Click on item 37 in the list', needed: ['Item 37'] },
  { file: 'docs/node-events.html', group: 'big', task: 'Find the documentation of emitter.once(eventName, listener)', needed: ['emitter.once(eventName, listener)'] },
  { file: 'docs/node-fs.html', group: 'big', task: 'Open the section about fs.readFile(path[, options], callback)', needed: ['fs.readFile(path[, options], callback)'] },
];

async function benchFixtures(browser: Browser): Promise<void> {
  for (const fixture of FIXTURES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    const operator = await BrowserOperator.attach(page);
    await page.goto(pathToFileURL(join(pagesDirectory, fixture.file)).href);
    const timings = fixture.group === 'big' ? bigPageTimings : taskPageTimings;
    let last: AbstractedObservation | undefined;
    for (let round = 0; round < rounds; round++) last = (await timedObserve(operator, fixture.task, timings)).abstracted;
    const rawTokens = await rawBodyTokens(page);
    const shown = [...last!.idMap.values()];
    const found = fixture.needed.filter((needle) => shown.some((element) => element.text === needle || element.label === needle || element.text.includes(needle)));
    figures.push({
      group: fixture.group,
      name: fixture.file,
      rawTokens,
      abstractTokens: last!.tokens,
      ratio: rawTokens / last!.tokens,
      needed: fixture.needed.length,
      found: found.length,
    });
    await operator.close();
    await context.close();
  }
}

/** Suite pages with their demonstrators, if the harness and the suite are present. */
async function benchSuite(browser: Browser): Promise<string> {
  let catalog: typeof import('../harness/tasks/catalog.js');
  let environmentModule: typeof import('../harness/miniwob/environment.js');
  let demonstratorModule: typeof import('../harness/tasks/demonstrators/index.js');
  try {
    catalog = await import('../harness/tasks/catalog.js');
    environmentModule = await import('../harness/miniwob/environment.js');
    demonstratorModule = await import('../harness/tasks/demonstrators/index.js');
  } catch (error) {
    return `suite pages skipped (${(error as Error).message.split('\n')[0]})`;
  }
  const baseUrl = pathToFileURL(`${catalog.suiteDirectory()}/`).href;
  const failures: string[] = [];
  for (const task of catalog.SUITE_TASKS) {
    const demonstrator = demonstratorModule.demonstrators[task.name];
    const context = await environmentModule.newTaskContext(browser);
    const page = await context.newPage();
    const environment = new environmentModule.MiniwobEnvironment(page, { baseUrl, maxTimeMs: 600_000 });
    const operator = await BrowserOperator.attach(page, { screenshotClip: { x: 0, y: 0, width: 160, height: 210 }, exclude: ['#reward-display', '#sync-task-cover'] });
    let rawTokens = 0;
    let abstractTokens = 0;
    let needed = 0;
    let found = 0;
    try {
      await environment.open(task.name);
      for (let seed = 0; seed < seeds; seed++) {
        await environment.reset(seed);
        const utterance = await environment.utterance();
        rawTokens += await rawBodyTokens(page);
        const first = await timedObserve(operator, utterance, taskPageTimings);
        abstractTokens += first.abstracted.tokens;
        for (let round = 1; round < rounds; round++) await timedObserve(operator, utterance, taskPageTimings);
        if (!demonstrator) continue;
        // Recall: each element the demonstrator acts on must be in the abstraction it would have read.
        let latest: AbstractedObservation | undefined;
        await demonstrator({
          utterance,
          observe: async () => {
            const observed = await operator.observe();
            latest = abstract(observed, utterance);
            return observed;
          },
          act: async (action: Action) => {
            for (const id of actionElementIds(action)) {
              needed++;
              if (latest?.idMap.has(id)) found++;
              else failures.push(`${task.name} seed ${seed}: [${id}] for ${action.type} is not in the abstraction`);
            }
            return operator.execute(action);
          },
        });
      }
    } catch (error) {
      failures.push(`${task.name}: ${(error as Error).message.split('\n')[0]}`);
    }
    if (rawTokens > 0) {
      figures.push({ group: 'suite', name: `suite/${task.name}`, rawTokens, abstractTokens, ratio: rawTokens / Math.max(1, abstractTokens), needed, found });
    }
    await operator.close();
    await context.close();
  }
  return failures.length ? `recall misses / errors:\n  ${failures.slice(0, 20).join('\n  ')}` : 'no recall misses';
}

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function summarise(group: PageFigure['group']): string {
  const rows = figures.filter((figure) => figure.group === group);
  if (rows.length === 0) return `${group}: no pages`;
  const ratios = rows.map((row) => row.ratio);
  const needed = rows.reduce((sum, row) => sum + row.needed, 0);
  const found = rows.reduce((sum, row) => sum + row.found, 0);
  return `${group}: ${rows.length} pages, ratio median ${percentile(ratios, 0.5).toFixed(1)}× worst ${Math.min(...ratios).toFixed(1)}×, recall ${found}/${needed} (${needed ? ((100 * found) / needed).toFixed(1) : '–'}%)`;
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  let suiteNote = '';
  try {
    await benchFixtures(browser);
    suiteNote = await benchSuite(browser);
  } finally {
    await browser.close();
  }
  console.log('page'.padEnd(34), 'raw tok'.padStart(8), 'abs tok'.padStart(8), 'ratio'.padStart(7), 'recall'.padStart(7));
  for (const figure of figures) {
    console.log(
      figure.name.padEnd(34),
      String(figure.rawTokens).padStart(8),
      String(figure.abstractTokens).padStart(8),
      `${figure.ratio.toFixed(1)}×`.padStart(7),
      `${figure.found}/${figure.needed}`.padStart(7),
    );
  }
  console.log(summarise('suite'));
  console.log(summarise('fixture'));
  console.log(summarise('big'));
  console.log(`observe+abstract on task pages: p50 ${percentile(taskPageTimings, 0.5).toFixed(1)} ms, p90 ${percentile(taskPageTimings, 0.9).toFixed(1)} ms (${taskPageTimings.length} samples)`);
  console.log(`observe+abstract on big pages: p50 ${percentile(bigPageTimings, 0.5).toFixed(1)} ms, p90 ${percentile(bigPageTimings, 0.9).toFixed(1)} ms (${bigPageTimings.length} samples)`);
  console.log(suiteNote);
}

await main();
