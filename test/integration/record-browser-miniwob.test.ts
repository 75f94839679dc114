/**
 * Recording a MiniWoB suite task the way a person would: `understudy record
 * --miniwob` runs as a real process with a headed Chromium under Xvfb, real
 * pointer and keyboard events arrive through xdotool, the episode's end stops
 * the recording, and the saved demonstration replays to reward 1 on its seed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { MiniwobEnvironment, newTaskContext } from '../../harness/miniwob/environment.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { RECORDER_WINDOW_ARGS } from '../../cli/commands/record.js';
import { cliNodeArguments, projectRoot, runCli } from '../kits/cli-process.js';
import { calibrateViewport, clickAt, pause, waitFor, xdotool } from './record-input.js';

const SEED = 3;

let xvfb: XvfbHandle;
let workDir: string;
let savedDisplay: string | undefined;
const children: ChildProcess[] = [];
const browsers: Browser[] = [];

beforeAll(async () => {
  xvfb = await startXvfb({ width: 1280, height: 800 });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-miniwob-'));
  savedDisplay = process.env.DISPLAY;
  process.env.DISPLAY = xvfb.display; // the headed calibration window opens there
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.pid) killGroup(child.pid);
  for (const browser of browsers) await browser.close().catch(() => undefined);
  if (savedDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = savedDisplay;
  await xvfb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** The task's field and button centres on this seed, from a headless run of the same episode. */
async function probeEpisode(): Promise<{ utterance: string; word: string; field: { x: number; y: number }; submit: { x: number; y: number } }> {
  const browser = await launchChromium({ headless: true });
  browsers.push(browser);
  const page = await (await newTaskContext(browser)).newPage();
  const environment = new MiniwobEnvironment(page, { baseUrl: `${pathToFileURL(suiteDirectory()).href}/` });
  await environment.open('enter-text');
  await environment.reset(SEED);
  const utterance = await environment.utterance();
  const centre = async (selector: string) =>
    (await page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as { x: number; y: number };
  const result = { utterance, word: /"([^"]+)"/.exec(utterance)![1]!, field: await centre('#tt'), submit: await centre('#subbtn') };
  await browser.close();
  return result;
}

/** Where a recorder window's viewport sits on screen: a window opened with the same flags, measured. */
async function measureRecorderWindow(): Promise<{ x: number; y: number }> {
  const browser = await launchChromium({ headless: false, args: RECORDER_WINDOW_ARGS });
  browsers.push(browser);
  const page = await (await newTaskContext(browser)).newPage();
  await page.goto('about:blank');
  const offset = await calibrateViewport(page, xvfb.display);
  await browser.close();
  return offset;
}

// A hang guard, not a speed target: these start the CLI and a browser or an app as processes,
// which takes long on a busy 2-core machine.
describe('understudy record --miniwob (headed Chromium, xdotool input)', { timeout: 180_000 }, () => {
  it('records typing and a click with their targets, saves the reward, and replays to reward 1', async () => {
    const episode = await probeEpisode();
    const offset = await measureRecorderWindow();
    const db = join(workDir, 'memory.db');
    const child = spawn(
      process.execPath,
      cliNodeArguments(['record', '--miniwob', suiteDirectory(), '--task', 'enter-text', '--seed', String(SEED), '--memory', db]),
      { cwd: projectRoot, env: { ...process.env, DISPLAY: xvfb.display }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor('the recorder to start', () => /^recording /m.test(stdout) || child.exitCode !== null, 60_000);
    expect(stderr).not.toMatch(/error/i);

    await pause(500);
    clickAt(xvfb.display, offset, episode.field);
    await pause(600);
    xdotool(xvfb.display, 'type', '--delay', '60', episode.word);
    await pause(600);
    clickAt(xvfb.display, offset, episode.submit);
    // The end of the episode ends the recording by itself.
    const code = await Promise.race([exited, pause(30_000).then(() => 'timeout' as const)]);
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/saved t\S+: 2 step\(s\), outcome success/);
    expect(stderr).not.toMatch(/quality check/);

    const store = ExemplarStore.open(db);
    let id = '';
    try {
      expect(store.ids()).toHaveLength(1);
      id = store.ids()[0]!;
      const trajectory = store.get(id)!;
      expect(trajectory.source).toBe('demonstration');
      expect(trajectory.task).toBe(episode.utterance);
      expect(trajectory.outcome).toMatchObject({ status: 'success', reward: 1 });
      expect(trajectory.metadata).toMatchObject({ benchmark: 'miniwob', task: 'enter-text', seed: SEED, utterance: episode.utterance });
      expect(trajectory.steps.map((step) => step.action.type)).toEqual(['type', 'click']);

      const [typing, click] = trajectory.steps;
      expect(typing!.action).toMatchObject({ type: 'type', text: episode.word });
      expect(typing!.targets[0]).toMatchObject({ role: 'textbox', tag: 'input', label: 'Text:', value: '', attributes: { id: 'tt' } });
      expect(click!.targets[0]).toMatchObject({ role: 'button', text: 'Submit', attributes: { id: 'subbtn' } });
      // Each action's ids belong to its own (pre-action) observation, which showed the field still empty.
      for (const step of trajectory.steps) {
        const id = 'target' in step.action && step.action.target && 'elementId' in step.action.target ? step.action.target.elementId : -1;
        expect(step.observation.elements.some((element) => element.id === id)).toBe(true);
      }
      // Each step keeps the screenshot of its pre-action state in the memory.
      for (const step of trajectory.steps) expect(store.screenshot(step.observation.screenshotSha256!)?.length).toBeGreaterThan(100);
      const fieldBefore = typing!.observation.elements.find((element) => element.attributes?.['id'] === 'tt');
      expect(fieldBefore?.value ?? '').toBe('');
      const fieldBeforeSubmit = click!.observation.elements.find((element) => element.attributes?.['id'] === 'tt');
      expect(fieldBeforeSubmit?.value).toBe(episode.word);

    } finally {
      store.close();
    }

    // `understudy replay <id>` re-grounds each step on a fresh episode of the same seed: reward 1 again.
    const replay = await runCli(['replay', id, '--memory', db], { timeoutMs: 120_000 });
    expect(replay.code, `${replay.stdout}\n${replay.stderr}`).toBe(0);
    expect(replay.stdout).toMatch(new RegExp(`reproduced\\s+${id}\\s+enter-text#${SEED}\\s+stored 1\\s+replayed 1`));
  });
});
