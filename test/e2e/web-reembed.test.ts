/**
 * Re-embedding from the Memory screen, end to end: `understudy serve` on a
 * memory whose vectors came from another embedder (the built-in one, 64
 * dimensions; the configured one is a local OpenAI-compatible endpoint of
 * 384), driven in real Chromium. The screen shows how far it has got and a
 * Stop button; a stop leaves the memory as it was; run again to the end, the
 * memory takes the configured embedder. The endpoint holds its answers until
 * the stop has been pressed, so the stop always lands mid-way (with the
 * built-in embedder a fast machine finished before the click). The screen is
 * saved to out/e2e-screens/memory-reembed.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { HashedNgramEmbedder } from '../../memory/embedders/hashed-ngram-embedder.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory } from '../integration/memory-kit.js';
import { projectRoot } from '../kits/cli-process.js';
import { HostileOpenAiServer } from '../kits/hostile-openai-server.js';
import { startServe, type ServeProcess } from '../kits/serve-process.js';

/** Enough trajectories that the re-embed takes a few seconds (batches of 256). */
const COUNT = 20_000;
const screens = join(projectRoot, 'out', 'e2e-screens');
let folder: string;
let memoryPath: string;
let server: ServeProcess | undefined;
let browser: Browser;
let page: Page;
let url: string;
let endpoint: HostileOpenAiServer;
/** While true the endpoint leaves every request unanswered (a stop cuts them). */
let holding = true;

function storedDimension(): number {
  const store = ExemplarStore.open(memoryPath, { readonly: true, allowEmbedderMismatch: true });
  try {
    return store.stats().embedder.dimension;
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-web-reembed-'));
  memoryPath = join(folder, 'memory.db');
  mkdirSync(screens, { recursive: true });
  endpoint = await HostileOpenAiServer.start({ dimension: 384, embeddings: () => (holding ? { kind: 'hang' } : undefined) });
  const store = ExemplarStore.open(memoryPath, { embedder: new HashedNgramEmbedder({ dimension: 64 }) });
  try {
    store.addMany(Array.from({ length: COUNT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `t-${index}`, task: `Enter "name ${index}" and press Submit`, steps: 1 }) })));
  } finally {
    store.close();
  }
  server = await startServe({ memoryPath, folder, config: { memory: { embeddings: { url: endpoint.baseUrl, model: 'held', dimension: 384 } } } }); // its embedder: the endpoint
  url = server.url;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('dialog', (dialog) => void dialog.accept());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await endpoint?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('re-embed from the Memory screen', () => {
  it('shows progress, stops leaving the memory as it was, and re-embeds it all when let run', async () => {
    await page.goto(url);
    // The screen keys work once the app has drawn itself: a key pressed before that is lost (a loaded machine).
    await page.getByRole('heading', { name: 'Run a task' }).waitFor();
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Memory' }).waitFor();
    const memory = page.locator('section.memory-screen');
    await memory.getByTestId('memory-stats').getByText(`${COUNT.toLocaleString('en-US')} trajectories`).waitFor();

    await memory.getByRole('button', { name: 'Re-embed' }).click();
    const progress = memory.getByTestId('reembed-progress');
    await progress.getByText(/Re-embedding: [\d,]+ of 20,000 trajectories/).waitFor({ timeout: 60_000 });
    expect(await memory.getByRole('button', { name: 'Re-embed' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(screens, 'memory-reembed.png') }); // the viewport: the card is at the top of a long list
    await progress.getByRole('button', { name: 'Stop' }).click();
    await memory.getByTestId('reembed-result').getByText(/re-embed stopped \(stopped by the user\): the memory is as it was/).waitFor({ timeout: 90_000 });
    await progress.waitFor({ state: 'detached' });
    expect(storedDimension()).toBe(64);
    expect(endpoint.requestsTo('/v1/embeddings').length).toBe(1); // the stop cut the first request, which the endpoint held

    holding = false;

    await memory.getByRole('button', { name: 'Re-embed' }).click();
    await memory.getByTestId('reembed-result').getByText('Re-embedded 20000 trajectories: hashed-ngram-v1 (64) → openai-compatible:held (384).').waitFor({ timeout: 120_000 });
    expect(storedDimension()).toBe(384);
  }, 330_000);
});
