/**
 * Teach → desktop, end to end: `understudy serve` on a private Xvfb with its
 * own accessibility bus and the GTK sign-up app, the Teach screen in real
 * Chromium (headless: not on that display, so none of its clicks is heard).
 * A recording of the desktop is started from the screen; a scripted person
 * signs up on the GTK app with real input (xdotool: the X pointer and keys);
 * the steps appear on the screen while the person works; the stop chord ends
 * it, Save stores it, and it is found in Memory with its steps. Screens are
 * saved to out/e2e-screens/teach-desktop-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { SIGNUP_SCRIPT, doByHand } from '../../harness/desktop-app/gtk/signup-task.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { projectRoot } from '../kits/cli-process.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';
import { startServe, type ServeProcess } from '../kits/serve-process.js';

const TASK = 'Sign up Ada Lovelace (ada@example.org) on the Pro plan, interested in Computing, with the newsletter';
const screens = join(projectRoot, 'out', 'e2e-screens');
let folder: string;
let memoryPath: string;
let desktop: DesktopA11y;
let app: SignupApp;
let eyes: DesktopOperator;
let server: ServeProcess | undefined;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(screens, `teach-desktop-${name}.png`), fullPage: true });
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-web-teach-desktop-'));
  memoryPath = join(folder, 'memory.db');
  mkdirSync(screens, { recursive: true });
  // First, while this process has no DISPLAY: a headless Chromium started with the Xvfb's DISPLAY finds that
  // display's accessibility bus and publishes its (invisible) window there, over the GTK app.
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  desktop = await startDesktopA11y({ width: 1024, height: 700 });
  app = await desktop.launchGtk();
  // The person's eyes, to know where to aim (the recorder in `serve` reads the screen itself).
  eyes = await desktop.openOperator({ failsafe: false });
  // The backend records the display of its own process, reading that session's accessibility bus.
  server = await startServe({ memoryPath, folder, env: { ...desktop.session.env, DISPLAY: desktop.display } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await desktop?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('teaching a task on the desktop from the Teach screen', () => {
  it('records real input on a GTK app, shows the steps live, saves on the stop chord, and finds it in Memory', async () => {
    await page.goto(server!.url);
    // The keyboard shortcuts work once the app is up.
    await page.getByRole('heading', { name: 'Run a task' }).waitFor();
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { name: 'Teach a task' }).waitFor();
    const teach = page.locator('section.teach-screen');
    await teach.getByLabel('Desktop').check();
    await teach.getByLabel('What are you doing?').fill(TASK);
    await teach.getByRole('button', { name: 'Start recording' }).click();
    await expect.poll(() => teach.getByTestId('record-status').textContent(), { timeout: 60_000 }).toMatch(/Recording — do the task on the desktop\. End it with the stop chord/);
    await teach.getByText('Waiting for your first step…').waitFor();
    await shot('started');

    const steps = teach.getByRole('list', { name: 'Recorded steps' }).locator('.step');
    // The first half by hand; its steps must be on the screen before the person goes on.
    const half = SIGNUP_SCRIPT.findIndex((step) => step.do === 'click' && step.role === 'checkbox');
    const byHand = { display: desktop.display, look: () => eyes.observe(), afterInput: () => pause(400) };
    await doByHand(SIGNUP_SCRIPT.slice(0, half), byHand);
    // Live: written while the recording goes on (a loaded machine reads the screen slowly).
    await expect.poll(() => steps.count(), { timeout: 90_000 }).toBeGreaterThanOrEqual(1);
    expect(await teach.getByTestId('record-status').textContent()).toMatch(/^Recording/);
    expect(await steps.first().textContent()).toMatch(/click|type “Ada Lovelace”/);
    await shot('live');
    await doByHand(SIGNUP_SCRIPT.slice(half), byHand);
    const submitted = await app.waitForState((state) => state.submitCount === 1, 15_000);
    expect(submitted.submitted).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true, plan: 'Pro', interest: 'Computing' });
    await pause(800);
    desktop.xdotool('key', 'ctrl+shift+F12');
    await expect.poll(() => teach.getByTestId('record-status').textContent(), { timeout: 30_000 }).toMatch(/The recording ended \(the stop chord/);
    const live = await steps.count();
    expect(live).toBeGreaterThanOrEqual(6);
    await shot('stopped');

    await teach.getByLabel('Name').fill('Sign up on the GTK app');
    await teach.getByRole('button', { name: 'Save', exact: true }).click();
    const result = teach.getByTestId('record-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toMatch(/^Saved, NOT verified — a desktop recording is not replayed/);
    await shot('saved');

    await result.getByRole('button', { name: 'open in Memory' }).click();
    const viewer = page.getByRole('article', { name: 'Trajectory' });
    await viewer.getByText('demonstration', { exact: true }).waitFor();
    expect(await viewer.getByRole('heading', { level: 2 }).textContent()).toBe('Sign up on the GTK app');
    await expect.poll(() => viewer.locator('ol.steps').last().locator('.step').count()).toBe(live);
    await expect.poll(() => viewer.locator('.step img').first().evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(50);
    await shot('in-memory');

    const store = ExemplarStore.open(memoryPath, { readonly: true });
    try {
      const [only] = store.list();
      expect(store.count()).toBe(1);
      const saved = store.get(only!.id)!;
      expect(saved).toMatchObject({ environment: 'desktop', source: 'demonstration', task: 'Sign up on the GTK app' });
      expect(saved.steps).toHaveLength(live);
      const typed = saved.steps.filter((step) => step.action.type === 'type').map((step) => (step.action as { text: string }).text);
      expect(typed).toEqual(['Ada Lovelace', 'ada@example.org']);
      // Every click landed on the GTK app's controls, found in its accessibility tree by role and name.
      const clicked = saved.steps.filter((step) => step.action.type === 'click').map((step) => `${step.targets[0]?.role} ${step.targets[0]?.text}`);
      expect(clicked).toEqual(expect.arrayContaining(['checkbox Send me the newsletter', 'radio Pro', 'option Computing', 'button Sign up']));
      expect(saved.steps.every((step) => step.targets[0]?.attributes?.application !== 'Chromium')).toBe(true);
    } finally {
      store.close();
    }
  }, 300_000);
});
