/**
 * The app end to end: `understudy serve` as a real process on a fresh memory
 * (seeded with demonstrations recorded by the suite's demonstrators through
 * the browser operator), driven in real Chromium through its screens. Every
 * screen is saved to out/e2e-screens/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { runEvaluation } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';
import { projectRoot } from '../kits/cli-process.js';
import { startServe, type ServeProcess } from '../kits/serve-process.js';

const screens = join(projectRoot, 'out', 'e2e-screens');
let folder: string;
let memoryPath: string;
let server: ServeProcess | undefined;
let url: string;
let browser: Browser;
let page: Page;

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const shot = (name: string) => page.screenshot({ path: join(screens, `${name}.png`), fullPage: true });

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-web-'));
  memoryPath = join(folder, 'memory.db');
  mkdirSync(screens, { recursive: true });
  // Demonstrations, recorded through the browser operator on seeds the runs below do not use.
  const seeded = await runEvaluation({
    dir: suiteDirectory(),
    tasks: ['click-button', 'login-user'],
    seeds: [],
    policy: 'offline',
    demonstrators,
    demoSeeds: [1000, 1001],
    replayDemonstrations: false,
    memoryPath,
    workers: 1,
    reportDir: join(folder, 'seed-report'),
  });
  expect(seeded.demonstrations.filter((demo) => demo.success)).toHaveLength(4);
  server = await startServe({ memoryPath, folder });
  url = server.url;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('the app in web mode (real Chromium against understudy serve)', () => {
  it('opens on the Run screen with an empty state that says what to do', async () => {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Run a task' }).waitFor();
    await page.getByText('Nothing running').waitFor();
    // The token left the address bar (it lives in an HTTP-only cookie now).
    expect(page.url()).not.toContain('token=');
    await shot('run-empty');
  });

  it('finds a seeded demonstration in Memory and opens its steps with screenshots', async () => {
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Memory' }).waitFor();
    await expect.poll(() => page.getByTestId('memory-stats').textContent()).toContain('4 trajectories (4 demonstrations)');
    await page.getByRole('searchbox', { name: 'Search the memory' }).fill('login');
    await page.keyboard.press('Enter');
    const row = page.getByRole('row').filter({ hasText: /username/i }).first();
    await row.click();
    const viewer = page.getByRole('article', { name: 'Trajectory' });
    await viewer.getByText('demonstration', { exact: true }).waitFor();
    const images = viewer.locator('.step img');
    await expect.poll(() => images.count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => images.first().evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(50);
    await shot('memory');
  });

  it('teaches a task: records real input into the recorded page, saves it verified, tries it on a new seed, finds it in Memory', async () => {
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { name: 'Teach a task' }).waitFor();
    await page.getByText('Nothing recorded yet').waitFor();
    await shot('teach-empty');
    const teach = page.locator('section.teach-screen');
    // The desktop: no URL and no scripted-driver options; it says that every click is recorded until the stop chord.
    await teach.getByLabel('Desktop').check();
    await teach.getByText(/Every click and key on this screen is recorded/).waitFor();
    expect(await teach.getByText('For a scripted driver').isVisible()).toBe(false);
    await shot('teach-desktop');
    await teach.getByLabel('Suite page').check();
    await teach.getByLabel('Suite task to record').selectOption('click-button');
    await teach.getByLabel('Recording seed').fill('42');
    await teach.getByText('For a scripted driver').click();
    await teach.getByLabel('No window').check();
    await teach.getByLabel('DevTools port').fill(String(await freePort()));
    await teach.getByRole('button', { name: 'Start recording' }).click();
    const endpoint = await teach.locator('code', { hasText: 'ws://127.0.0.1:' }).textContent({ timeout: 60_000 });
    const driver = await chromium.connectOverCDP(endpoint!);
    try {
      const recorded = driver.contexts().flatMap((context) => context.pages()).find((candidate) => candidate.url().endsWith('/click-button.html'))!;
      const label = /"([^"]+)"/.exec((await recorded.locator('#query').textContent())!)![1]!;
      await shot('teach-recording');
      // A person's hand: move, then click the button the page asks for, in the page being recorded.
      const box = (await recorded.getByRole('button', { name: label, exact: true }).boundingBox())!;
      await recorded.mouse.move(box.x - 40, box.y + 30, { steps: 4 });
      await recorded.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    } finally {
      await driver.close().catch(() => undefined);
    }
    // The end of the episode ends the recording; it waits to be saved.
    await expect.poll(() => teach.getByTestId('record-status').textContent(), { timeout: 30_000 }).toMatch(/The recording ended \(the end of the episode\)/);
    await teach.getByRole('button', { name: 'Save', exact: true }).click();
    const result = teach.getByTestId('record-result');
    await result.waitFor({ timeout: 90_000 });
    expect(await result.textContent()).toMatch(/^Saved and verified — replayed on seed 42/);
    const steps = teach.getByRole('list', { name: 'Recorded steps' }).locator('.step');
    expect(await steps.count()).toBe(1);
    expect(await steps.first().textContent()).toMatch(/click/);
    await expect.poll(() => steps.first().locator('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(50);
    await shot('teach-saved');
    // Try it now: the offline policy on the next seed, beside what was recorded.
    await teach.getByRole('button', { name: 'Try it now with new values' }).click();
    await teach.getByTestId('try-outcome').waitFor({ timeout: 60_000 });
    expect(await teach.getByTestId('try-outcome').textContent()).toMatch(/^Done \(reward 1\.00\)/);
    expect(await teach.locator('.teach-columns').count()).toBe(1);
    await shot('teach-tried');
    await result.getByRole('button', { name: 'open in Memory' }).click();
    const viewer = page.getByRole('article', { name: 'Trajectory' });
    await viewer.getByText('demonstration', { exact: true }).waitFor();
    expect(await viewer.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Click on the ".+" button/);
    expect(await viewer.locator('ol.steps').last().locator('.step').count()).toBe(1);
    // What it generalises over: the label the page asked for.
    expect(await viewer.getByRole('region', { name: 'Slots' }).textContent()).toMatch(/Generalises over.*— here “.+”/);
    await shot('teach-in-memory');
    // Replayed from the memory on its own seed, step by step.
    await viewer.getByRole('button', { name: 'Replay', exact: true }).click();
    await viewer.getByTestId('replay-outcome').waitFor({ timeout: 60_000 });
    expect(await viewer.getByTestId('replay-outcome').textContent()).toMatch(/^Done \(reward 1\.00\): reproduced the stored reward 1 on seed 42/);
    await expect.poll(() => viewer.getByRole('region', { name: 'Replay' }).locator('.step img').count()).toBeGreaterThanOrEqual(1);
    await shot('memory-replayed');
  }, 240_000);

  it('runs a suite task with the offline policy and shows its steps with screenshots as they come', async () => {
    await page.keyboard.press('Alt+1');
    await page.locator('section.run-screen').getByLabel('Suite task').selectOption('click-button');
    await page.locator('section.run-screen').getByLabel('Seed').fill('7');
    await page.getByRole('button', { name: /^Start/ }).click();
    await page.getByTestId('run-outcome').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('run-outcome').textContent()).toMatch(/^Done \(reward 1\.00\)/);
    const steps = page.locator('.timeline .step');
    expect(await steps.count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => steps.first().locator('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(50);
    // The action is drawn on the screenshot.
    expect(await steps.first().locator('.shot-overlay circle').count()).toBe(1);
    expect(await steps.first().getByText(/click/).count()).toBeGreaterThan(0);
    await shot('run-finished');
  });

  it('says in plain words why it refuses a task no demonstration fits', async () => {
    await page.locator('section.run-screen').getByLabel('Suite task').selectOption('enter-text');
    await page.locator('section.run-screen').getByLabel('Seed').fill('3');
    await page.getByRole('button', { name: /^Start/ }).click();
    // The previous run's outcome leaves the screen at once.
    expect(await page.getByTestId('run-outcome').count()).toBe(0);
    await page.getByTestId('run-outcome').waitFor({ timeout: 60_000 });
    const outcome = await page.getByTestId('run-outcome').textContent();
    expect(outcome).not.toMatch(/^Done/);
    expect(outcome).toMatch(/demonstration/);
    await shot('run-refused');
    // What would help, one click away: the Teach screen on the same suite page and seed, ready to record.
    await page.getByTestId('run-outcome').getByRole('button', { name: 'teach it this task' }).click();
    const teach = page.locator('section.teach-screen');
    await page.getByRole('heading', { name: 'Teach a task' }).waitFor();
    expect(await teach.getByLabel('Suite page').isChecked()).toBe(true);
    expect(await teach.getByLabel('Suite task to record').inputValue()).toBe('enter-text');
    expect(await teach.getByLabel('Recording seed').inputValue()).toBe('3');
    expect(await teach.getByTestId('teach-request').textContent()).toMatch(/Filled in from the run that refused \(enter-text, seed 3\)/);
    await shot('teach-from-refusal');
    // A request that comes while a recording is live waits for it to end, and says so.
    if (!(await teach.getByLabel('No window').isVisible())) await teach.getByText('For a scripted driver').click();
    await teach.getByLabel('No window').check();
    await teach.getByRole('button', { name: 'Start recording' }).click();
    await teach.getByRole('button', { name: 'Discard' }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Alt+1');
    await page.locator('section.run-screen').getByLabel('Seed').fill('4');
    await page.getByRole('button', { name: /^Start/ }).click();
    await page.getByTestId('run-outcome').waitFor({ timeout: 60_000 });
    await page.getByTestId('run-outcome').getByRole('button', { name: 'teach it this task' }).click();
    await page.getByRole('heading', { name: 'Teach a task' }).waitFor();
    expect(await teach.getByTestId('teach-request-waiting').textContent()).toMatch(/finish or discard this recording first/);
    expect(await teach.getByLabel('Recording seed').inputValue()).toBe('3');
    await shot('teach-request-waiting');
    await teach.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => teach.getByLabel('Recording seed').inputValue(), { timeout: 30_000 }).toBe('4');
    expect(await teach.getByTestId('teach-request').textContent()).toMatch(/Filled in from the run that refused \(enter-text, seed 4\)/);
    expect(await teach.getByTestId('teach-request-waiting').count()).toBe(0);
    await page.keyboard.press('Alt+1');
  });

  it('asks before typing a password, goes on when allowed', async () => {
    await page.locator('section.run-screen').getByLabel('Suite task').selectOption('login-user');
    await page.locator('section.run-screen').getByLabel('Seed').fill('8');
    await page.getByRole('button', { name: /^Start/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Allow this action?' });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toMatch(/password/);
    await shot('run-confirmation');
    await dialog.getByRole('button', { name: 'Allow' }).click();
    await page.getByTestId('run-outcome').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('run-outcome').textContent()).toMatch(/^Done \(reward 1\.00\)/);
  });

  it('stops a run that waits for a confirmation', async () => {
    await page.locator('section.run-screen').getByLabel('Seed').fill('9');
    await page.getByRole('button', { name: /^Start/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Allow this action?' });
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Stop the run' }).click();
    await page.getByTestId('run-outcome').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('run-outcome').textContent()).toMatch(/^(Stopped|Did not finish)/);
    await expect.poll(() => page.getByRole('button', { name: /^Start/ }).isEnabled()).toBe(true);
    await shot('run-stopped');
  });

  it('runs a small benchmark with progress and shows the per-task chart', async () => {
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { name: 'Benchmarks' }).waitFor();
    await shot('bench-empty');
    // A MiniWoB++ pages folder on this machine lists its own tasks; an empty field goes back to the suite.
    await page.getByLabel('MiniWoB++ pages folder').fill(join(projectRoot, 'test', 'fixtures', 'miniwob-mini'));
    await page.getByRole('button', { name: 'List its tasks' }).click();
    await expect.poll(() => page.getByTestId('bench-folder').textContent()).toMatch(/^4 tasks in .*miniwob-mini/);
    expect(await page.getByLabel('click-button-mini', { exact: true }).count()).toBe(1);
    await shot('bench-folder');
    await page.getByLabel('MiniWoB++ pages folder').fill('');
    await page.getByRole('button', { name: 'Use the suite' }).click();
    await expect.poll(() => page.getByTestId('bench-folder').count()).toBe(0);
    await page.getByLabel('click-button', { exact: true }).check();
    await page.getByLabel('Seeds').fill('20-21');
    await page.getByRole('button', { name: 'Run benchmark' }).click();
    const result = page.getByTestId('bench-result');
    await result.waitFor({ timeout: 90_000 });
    expect(await result.getByRole('heading').textContent()).toMatch(/100% success over 2 episodes/);
    expect(await result.locator('svg.chart [data-task="click-button"]').count()).toBe(1);
    // It is kept: the list of earlier benchmarks shows it after a reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Earlier benchmarks' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: '100% over 2 episodes' }).getByRole('button').click();
    await result.locator('svg.chart [data-task="click-button"]').waitFor();
    await shot('bench');
  });

  it('shows the settings, saves a change to the config file, and never shows secrets', async () => {
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByLabel('Most steps per run').fill('25');
    await page.getByLabel(/^API key/).fill('sk-test-1234567890abcdef');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => page.getByLabel(/^API key/).getAttribute('placeholder')).toContain('sk-…cdef');
    expect(await page.content()).not.toContain('1234567890abcdef');
    await shot('settings');
  });

  it('keeps the agent runs in the memory', () => {
    const store = ExemplarStore.open(memoryPath, { readonly: true });
    try {
      expect(store.list({ filters: { source: 'agent' } }).length).toBeGreaterThanOrEqual(3);
    } finally {
      store.close();
    }
  });
});
