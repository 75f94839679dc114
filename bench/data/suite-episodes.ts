/**
 * The memory benchmark's labelled set, read from the project's own task
 * suite: for each task and seed, the instruction (utterance) and a compact
 * summary of the page's initial state, the way the retrieval key is built
 * (task + initial state). Each page runs in headless Chromium exactly as the
 * MiniWoB protocol drives an episode (see harness/tasks/catalog.ts); the
 * result is cached in bench/.cache/ because a run takes a while.
 */
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suiteTaskNames, suiteTaskUrl } from '../../harness/tasks/catalog.js';
import type { MiniwobPageGlobals } from '../../harness/tasks/page-globals.js';
import { startEpisodeInPage, utteranceInPage } from '../../harness/miniwob/start-episode.js';

export interface SuiteEpisode {
  task: string;
  seed: number;
  utterance: string;
  /** One line per visible interactive or text element of the task area: `role "text"`. */
  state: string;
}

const CACHE_VERSION = 1;


export async function suiteEpisodes(seeds: readonly number[], log: (line: string) => void = () => undefined): Promise<SuiteEpisode[]> {
  const tasks = suiteTaskNames();
  const cacheFile = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'suite-episodes.json');
  const key = JSON.stringify({ version: CACHE_VERSION, tasks, seeds });
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; episodes: SuiteEpisode[] };
    if (cached.key === key) return cached.episodes;
  }
  log(`sampling ${tasks.length} suite tasks × ${seeds.length} seeds in Chromium (cached afterwards in ${cacheFile})`);
  const browser = await launchChromium();
  const episodes: SuiteEpisode[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 400 }, locale: 'en-US', timezoneId: 'UTC' });
    for (const task of tasks) {
      await page.goto(suiteTaskUrl(task));
      await page.waitForSelector('#sync-task-cover', { state: 'attached', timeout: 10_000 });
      for (const seed of seeds) {
        const failure = await page.evaluate(startEpisodeInPage, { seed, mode: 'train', maxTimeMs: null });
        if (failure !== null) throw new Error(`task ${task} seed ${seed}: starting the episode failed: ${failure}`);
        const utterance = String(await page.evaluate(utteranceInPage));
        const state = await page.evaluate(() => {
          // The page runs in the browser; this side of the type-check has no DOM lib.
          const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<BrowserElement> } }).document;
          interface BrowserElement {
            tagName: string;
            type?: string;
            textContent: string | null;
            value?: string;
            getAttribute(name: string): string | null;
            getClientRects(): ArrayLike<unknown>;
            children: ArrayLike<unknown>;
          }
          const lines: string[] = [];
          const nodes = doc.querySelectorAll('#area button, #area input, #area select, #area a, #area textarea, #area [role], #area label, #area h1, #area h2, #area h3, #area span, #area div, #area li, #area td');
          for (let index = 0; index < nodes.length && lines.length < 40; index++) {
            const node = nodes[index]!;
            if (node.getClientRects().length === 0) continue;
            const tag = node.tagName.toLowerCase();
            const role =
              node.getAttribute('role') ??
              ({ button: 'button', a: 'link', select: 'combobox', textarea: 'textbox', label: 'label', li: 'listitem', td: 'cell' } as Record<string, string>)[tag] ??
              (tag === 'input' ? ({ checkbox: 'checkbox', radio: 'radio', submit: 'button', button: 'button' } as Record<string, string>)[node.type ?? ''] ?? 'textbox' : /^h\d$/.test(tag) ? 'heading' : 'text');
            // Plain containers only count when they hold text directly.
            if ((tag === 'div' || tag === 'span') && node.children.length > 0) continue;
            const text = (node.textContent ?? node.value ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
            if (role === 'text' && !text) continue;
            lines.push(text ? `${role} ${JSON.stringify(text)}` : role);
          }
          return lines.join('\n');
        });
        episodes.push({ task, seed, utterance, state });
      }
      await page.evaluate(() => (globalThis as unknown as MiniwobPageGlobals).core.endEpisode(0));
    }
  } finally {
    await browser.close();
  }
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, episodes }));
  return episodes;
}
