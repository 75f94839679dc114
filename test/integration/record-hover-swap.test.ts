/**
 * Recorder fidelity on icons drawn as CSS images that swap for another file on
 * hover (post-options, after the real MiniWoB social-media page): a person
 * moves onto the "⋯" icon, sees it light up, clicks, and picks an item of the
 * menu it opened. The recorder stores both clicks on their elements, and the
 * replay on the same seed opens the menu too — before, the replay's press went
 * down while the hover image was still loading (the icon had no size for a few
 * frames), the browser gave the click to the post, and the menu never opened:
 * every recording was stored unverified. And a replay whose first look comes
 * before the "⋯" image has loaded (a loaded machine) waits for it rather than
 * press the heart beside it. Real Chromium, real SQLite, real input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UIElement } from '../../agent/core/observation.js';
import type { Policy } from '../../agent/core/policy.js';
import { sleep } from '../../agent/core/sleep.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import { launchHarnessBrowser } from '../../harness/browser.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { runPolicyEpisode } from '../../harness/miniwob/run-episode.js';
import { recordThroughRecorder } from '../../harness/miniwob/record-through-recorder.js';
import { serveDirectory, type StaticServer } from '../../harness/static-server.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { DemonstrationError, findAll, firstQuoted, parseUtterance } from '../../harness/tasks/demonstrators/demonstrator.js';
import type { Demonstrator, DemonstratorContext } from '../../harness/miniwob/demonstrator-context.js';

let browser: Browser;
let server: StaticServer;
let workDir: string;

beforeAll(async () => {
  browser = await launchHarnessBrowser();
  server = await serveDirectory(suiteDirectory());
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-hover-swap-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const centre = (box: { x: number; y: number; width: number; height: number }) => [box.x + box.width / 2, box.y + box.height / 2] as const;

/** Looks a person gives an icon to show before saying it is not there (most; the first that shows it ends the wait). */
const LOOKS = 40;

/**
 * The "⋯" icon of the post by @handle once it shows. The icons are CSS images: until the file has loaded the icon
 * takes up no room and is not on the page, which on a busy machine lasts past the first look; a person looks again
 * until it shows.
 */
async function optionsIcon(context: DemonstratorContext, handle: string): Promise<UIElement> {
  for (let look = 0; look < LOOKS; look++) {
    if (look > 0) await sleep(150);
    const page = await context.observe();
    const author = findAll(page, { role: 'text' }).find((element) => element.text.trim().endsWith(`@${handle}`));
    if (!author) throw new DemonstrationError(`no post by @${handle}`);
    const icon = findAll(page, { role: 'button' }).find((element) => element.parentId === author.parentId && element.attributes?.class === 'dots');
    if (icon) return icon;
  }
  throw new DemonstrationError(`no options icon on the post by @${handle}`);
}

/** A person with a mouse: onto the post's "⋯" icon, a look, a click; a look at the menu, a click on the item. */
const byHand: Demonstrator = async (context) => {
  const input = context.input!;
  const [handle = ''] = parseUtterance(context.utterance, /@(\w+)/, 'the user');
  const item = firstQuoted(context.utterance);
  const icon = await optionsIcon(context, handle);
  await input.move(...centre(icon.box), 4);
  await context.observe(); // the icon lights up; the person sees it
  await input.click(...centre(icon.box));
  const menu = await context.observe();
  const [choice] = findAll(menu, { role: 'button', textStartsWith: item }).sort((a, b) => a.text.length - b.text.length);
  if (!choice) throw new DemonstrationError(`the menu has no "${item}"`);
  await input.click(...centre(choice.box));
};

describe('recorder fidelity on icons whose CSS image swaps on hover', () => {
  it('stores the options icon and the menu item as elements, and the replay on the seed opens the menu and scores 1', async () => {
    const db = join(workDir, 'memory.db');
    const store = ExemplarStore.open(db);
    try {
      for (const seed of [1000, 1001]) {
        const recorded = await recordThroughRecorder({ browser, root: suiteDirectory(), baseUrl: server.url, demonstrator: byHand, task: 'post-options', seed, sink: store, journalDirectory: journalDirectoryFor(db) });
        expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
        const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
        const item = firstQuoted(stored.task);
        expect(stored.steps.map((step) => step.action.type)).toEqual(['click', 'click']);
        expect(stored.steps[0]!.action).toMatchObject({ target: { elementId: expect.any(Number) } });
        expect(stored.steps[0]!.targets[0]).toMatchObject({ role: 'button', text: '', attributes: expect.objectContaining({ class: 'dots' }) });
        expect(stored.steps[1]!.targets[0]!.text.startsWith(item), stored.steps[1]!.targets[0]!.text).toBe(true);
        // The replay pressed the icon itself (not the post around it), so the menu opened and the item was there.
        expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, method: 'miniwob-seed', reward: 1 });
        expect(recorded.replay?.result.actions.every((action) => action.ok), JSON.stringify(recorded.replay?.result.actions)).toBe(true);
      }
    } finally {
      store.close();
    }
  }, 240_000);

  it('records with the "⋯" image held back until the person has looked at the posts: the person waits for the icon to show', async () => {
    const db = join(workDir, 'late-icon.db');
    const store = ExemplarStore.open(db);
    // A loaded machine, made certain: every context of the recording's browser (the recording's, the verification
    // replay's) gets the "⋯" icons' image only after the person's first look, which so shows no options icon.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const holding = new Proxy(browser, {
      get(target, property) {
        if (property === 'newContext') {
          return async (...args: Parameters<Browser['newContext']>) => {
            const context = await target.newContext(...args);
            await context.route('**/icons/dots.svg', async (route) => {
              await released;
              await route.continue();
            });
            return context;
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const firstLooks: boolean[] = [];
    const watched: Demonstrator = (context) =>
      byHand({
        ...context,
        observe: async () => {
          const observation = await context.observe();
          if (firstLooks.length === 0) {
            firstLooks.push(observation.elements.some((element) => element.attributes?.['class'] === 'dots'));
            release();
          }
          return observation;
        },
      });
    try {
      const recorded = await recordThroughRecorder({ browser: holding, root: suiteDirectory(), baseUrl: server.url, demonstrator: watched, task: 'post-options', seed: 1002, sink: store, journalDirectory: journalDirectoryFor(db) });
      // The first look came before the image: no options icon on the page yet (the hold worked).
      expect(firstLooks).toEqual([false]);
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
      // The recorder last looked before the image came (no input since), so the icon was not on screen for it
      // before the person moved onto it across the post: it may store that move as a hover that revealed the
      // icon (a limit of the recorder's looks, which come only after input; the person's own looks no longer
      // stand in for them). The clicks are stored all the same, and the recording verifies.
      const clicks = stored.steps.filter((step) => step.action.type !== 'hover');
      expect(stored.steps.map((step) => step.action.type).join(' ')).toMatch(/^(?:hover )?click click$/);
      expect(clicks[0]!.targets[0]).toMatchObject({ role: 'button', text: '', attributes: expect.objectContaining({ class: 'dots' }) });
      expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
    } finally {
      release();
      store.close();
    }
  }, 240_000);

  it('replays on the seed with the "⋯" image held back until the replay has looked at the posts: it waits for the icon, never presses the heart', async () => {
    const db = join(workDir, 'held.db');
    const store = ExemplarStore.open(db);
    let context: BrowserContext | undefined;
    try {
      const recorded = await recordThroughRecorder({ browser, root: suiteDirectory(), baseUrl: server.url, demonstrator: byHand, task: 'post-options', seed: 1001, sink: store, journalDirectory: journalDirectoryFor(db), verify: false });
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
      // A loaded machine, made certain: the "⋯" icons' image arrives only after the replay has decided on a look
      // that shows the hearts (so the icons have no size and are not on the page yet, and a heart is right beside).
      context = await newTaskContext(browser);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await context.route('**/icons/dots.svg', async (route) => {
        await released;
        await route.continue();
      });
      const replay = new ReplayPolicy(stored);
      let decidedOnHearts = 0;
      const watched: Policy = {
        name: replay.name,
        reset: () => replay.reset(),
        usage: () => replay.usage(),
        decide: async (policyContext) => {
          const decision = await replay.decide(policyContext);
          if (policyContext.observation.elements.some((element) => element.attributes?.['class'] === 'heart')) {
            decidedOnHearts++;
            release();
          }
          return decision;
        },
      };
      const page = await context.newPage();
      const environment = new MiniwobEnvironment(page, { baseUrl: server.url });
      const operator = await BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
      const run = await runPolicyEpisode({ environment, operator, policy: watched, task: 'post-options', seed: 1001, kind: 'replay', screenshots: false, budgets: { maxSteps: ReplayPolicy.stepBudget(stored) } });
      const actions = JSON.stringify(run.result.actions);
      expect(decidedOnHearts, actions).toBeGreaterThan(0);
      // Before: the heart was the best match left, pressed, and the page scored −1 with every action "ok".
      expect(run.result.reason, actions).not.toMatch(/^heart/);
      expect(run.result.actions.some((action) => /waiting for its target to appear/.test(action.thought ?? '')), actions).toBe(true);
      expect(run.result, actions).toMatchObject({ done: true, rawReward: 1 });
    } finally {
      await context?.close().catch(() => undefined);
      store.close();
    }
  }, 240_000);
});
