/**
 * Importing from the Memory screen, end to end: `understudy serve` on a memory
 * that already holds trajectories, driven in real Chromium. The screen shows
 * how far the import has got (checking, then importing) and a Stop button; a
 * stop leaves the memory exactly as it was; run again to the end, every
 * trajectory of the file is in. The configured embedder is a local
 * OpenAI-compatible endpoint that answers slowly until the stop has been
 * pressed, so the stop always lands mid-way (an idle machine once finished
 * first). The screen is saved to out/e2e-screens/memory-import.png.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { OpenAICompatibleEmbedder } from '../../memory/embedders/openai-compatible-embedder.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory } from '../integration/memory-kit.js';
import { projectRoot } from '../kits/cli-process.js';
import { HostileOpenAiServer } from '../kits/hostile-openai-server.js';
import { startServe, type ServeProcess } from '../kits/serve-process.js';

const KEPT = 30;
const COUNT = 10_000;
const DIMENSION = 64;
const screens = join(projectRoot, 'out', 'e2e-screens');
let folder: string;
let memoryPath: string;
let exportPath: string;
let server: ServeProcess | undefined;
let browser: Browser;
let page: Page;
let endpoint: HostileOpenAiServer;
/** While true the endpoint answers slowly: the whole import would take minutes, so the stop lands mid-way. */
let holding = true;
let requestsWhileHolding = 0;

function memoryIds(): string[] {
  const store = ExemplarStore.open(memoryPath, { readonly: true, allowEmbedderMismatch: true });
  try {
    expect(store.integrityCheck()).toEqual(['ok']);
    return store.ids();
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-web-import-'));
  memoryPath = join(folder, 'memory.db');
  exportPath = join(folder, 'colleague-export.jsonl');
  mkdirSync(screens, { recursive: true });
  endpoint = await HostileOpenAiServer.start({ dimension: DIMENSION, embeddings: () => {
      if (!holding) return undefined;
      requestsWhileHolding++;
      return { kind: 'later', ms: 400 };
    },
  });
  const embedder = new OpenAICompatibleEmbedder({ baseURL: endpoint.baseUrl, model: 'held', dimension: DIMENSION });
  const store = ExemplarStore.open(memoryPath, { embedder });
  try {
    holding = false; // the memory's own trajectories, embedded as the server will embed the import
    await store.addManyAsync(Array.from({ length: KEPT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `mine-${index}`, task: `Log in as user ${index}` }) })));
  } finally {
    store.close();
    embedder.close();
  }
  holding = true;
  writeFileSync(
    exportPath,
    Array.from({ length: COUNT }, (_, index) => `${JSON.stringify(sampleTrajectory({ id: `theirs-${index}`, task: `Enter "name ${index}" and press Submit`, createdAt: 1_700_000_000_000 + index }))}\n`).join(''),
  );
  server = await startServe({ memoryPath, folder, config: { memory: { embeddings: { url: endpoint.baseUrl, model: 'held', dimension: DIMENSION } } } }); // its embedder: the endpoint
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await endpoint?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('import from the Memory screen', () => {
  it('shows progress, stops leaving the memory as it was, and imports the whole file when let run', async () => {
    const before = memoryIds();
    await page.goto(server!.url);
    // The keyboard shortcuts work once the app is up.
    await page.getByRole('heading', { name: 'Run a task' }).waitFor();
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Memory' }).waitFor();
    const memory = page.locator('section.memory-screen');
    await memory.getByTestId('memory-stats').getByText(new RegExp(`^${KEPT} trajectories`)).waitFor();
    await memory.getByLabel('JSONL file on this machine').fill(exportPath);

    await memory.getByRole('button', { name: 'Import' }).click();
    const progress = memory.getByTestId('import-progress');
    await progress.getByText(/Importing: \d+% of the file, [\d,]+ trajectories written/).waitFor({ timeout: 60_000 });
    expect(await memory.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    expect(await memory.getByRole('button', { name: 'Re-embed' }).isDisabled()).toBe(true);
    expect(Number(await progress.getByRole('progressbar', { name: 'Import progress' }).getAttribute('value'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(screens, 'memory-import.png') });
    // The app keeps reading the memory as it was while the import is written.
    expect(memoryIds()).toEqual(before);
    await progress.getByRole('button', { name: 'Stop' }).click();
    await memory.getByTestId('import-result').getByText(/stopped \(stopped by the user\); nothing was imported, the memory is as it was/).waitFor({ timeout: 30_000 });
    await progress.waitFor({ state: 'detached' });
    await page.screenshot({ path: join(screens, 'memory-import-stopped.png') });
    expect(memoryIds()).toEqual(before);
    await memory.getByTestId('memory-stats').getByText(new RegExp(`^${KEPT} trajectories`)).waitFor();
    expect(requestsWhileHolding).toBeLessThan((2 * COUNT) / 64); // it stopped before asking for every vector

    holding = false;

    await memory.getByRole('button', { name: 'Import' }).click();
    await memory.getByTestId('import-result').getByText(`Imported ${COUNT} trajectories from ${exportPath}.`).waitFor({ timeout: 120_000 });
    await memory.getByTestId('memory-stats').getByText(`${(KEPT + COUNT).toLocaleString('en-US')} trajectories`).waitFor();
    const after = memoryIds();
    expect(after).toHaveLength(KEPT + COUNT);
    expect(after).toEqual(expect.arrayContaining([...before, 'theirs-0', `theirs-${COUNT - 1}`]));
  }, 240_000);
});
