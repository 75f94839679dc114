/**
 * The browser recorder on a page with every kind of gesture, driven by real
 * X input (xdotool) into a headed Chromium under Xvfb: a checkbox, a select,
 * a password field, look-alike buttons, a double click, a wheel scroll, a key
 * chord, a drag, a link to a second page (the recorder must survive the
 * navigation), typing and Enter there, and the stop hotkey.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { BrowserRecorder } from '../../main/recorder/browser/browser-recorder.js';
import { RecordingJournal, journalToTrajectory, readJournal } from '../../main/recorder/recording-journal.js';
import { SECRET_PLACEHOLDER } from '../../agent/safety/secret-fields.js';
import { RECORDER_WINDOW_ARGS } from '../../cli/commands/record.js';
import { calibrateViewport, pause, waitFor, xdotool, type ScreenOffset } from './record-input.js';


const FIRST_PAGE = `<!DOCTYPE html><html><head><title>Settings</title><style>
  body { margin: 0; font: 14px sans-serif; }
  .at { position: absolute; }
  #box { left: 300px; top: 20px; width: 160px; height: 100px; overflow: auto; border: 1px solid #888; }
  #handle { left: 20px; top: 300px; width: 60px; height: 30px; background: #9cf; }
  #dbl { left: 300px; top: 160px; padding: 6px; background: #eee; }
</style></head><body>
  <input class="at" style="left:20px;top:20px" type="checkbox" id="news"><span class="at" style="left:45px;top:20px">Newsletter</span>
  <select class="at" style="left:20px;top:60px" id="color"><option>Red</option><option>Green</option><option>Blue</option></select>
  <input class="at" style="left:20px;top:100px" id="pw" type="password" placeholder="Password">
  <button class="at del" style="left:20px;top:140px">Delete</button>
  <button class="at del" style="left:20px;top:180px">Delete</button>
  <div class="at" id="dbl">Double me</div>
  <div class="at" id="box"><div style="height:1000px">Long list</div></div>
  <div class="at" id="handle">Drag me</div>
  <a class="at" style="left:20px;top:240px" href="second.html">Next page</a>
  <script>
    let dragging = null;
    const handle = document.getElementById('handle');
    handle.addEventListener('pointerdown', (e) => { dragging = { dx: e.clientX - handle.offsetLeft, dy: e.clientY - handle.offsetTop }; handle.setPointerCapture(e.pointerId); });
    handle.addEventListener('pointermove', (e) => { if (dragging) { handle.style.left = (e.clientX - dragging.dx) + 'px'; handle.style.top = (e.clientY - dragging.dy) + 'px'; } });
    handle.addEventListener('pointerup', () => { dragging = null; });
    document.getElementById('dbl').addEventListener('dblclick', (e) => { e.target.textContent = 'Doubled'; });
    window.chords = [];
    window.addEventListener('keydown', (e) => { if (e.ctrlKey) window.chords.push(e.key); });
  </script>
</body></html>`;

const SECOND_PAGE = `<!DOCTYPE html><html><head><title>Search</title></head><body style="margin:0">
  <input id="q" placeholder="Search" style="position:absolute;left:20px;top:20px;width:200px">
  <div id="out" style="position:absolute;left:20px;top:60px"></div>
  <script>document.getElementById('q').addEventListener('keydown', (e) => { if (e.key === 'Enter') document.getElementById('out').textContent = 'Results for ' + e.target.value; });</script>
</body></html>`;

let xvfb: XvfbHandle;
let workDir: string;
let browser: Browser | undefined;
let savedDisplay: string | undefined;

beforeAll(async () => {
  xvfb = await startXvfb({ width: 1280, height: 800 });
  savedDisplay = process.env.DISPLAY;
  process.env.DISPLAY = xvfb.display;
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-gestures-'));
  writeFileSync(join(workDir, 'first.html'), FIRST_PAGE);
  writeFileSync(join(workDir, 'second.html'), SECOND_PAGE);
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (savedDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = savedDisplay;
  await xvfb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function centre(page: Page, selector: string, index = 0): Promise<{ x: number; y: number }> {
  return (await page.evaluate(
    `(() => { const r = document.querySelectorAll(${JSON.stringify(selector)})[${index}].getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
  )) as { x: number; y: number };
}

describe('BrowserRecorder with real input', () => {
  it('records each kind of gesture as one step with its target, across a navigation', async () => {
    browser = await launchChromium({ headless: false, args: RECORDER_WINDOW_ARGS });
    const context = await browser.newContext({ viewport: { width: 800, height: 500 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(workDir, 'first.html')).href);
    const offset: ScreenOffset = await calibrateViewport(page, xvfb.display);
    const display = xvfb.display;
    const move = (point: { x: number; y: number }) => xdotool(display, 'mousemove', String(Math.round(offset.x + point.x)), String(Math.round(offset.y + point.y)));
    const click = async (selector: string, index = 0) => {
      move(await centre(page, selector, index));
      xdotool(display, 'click', '1');
      await pause(700);
    };

    const journal = RecordingJournal.create(join(workDir, 'journals'), {
      trajectoryId: 't-gestures',
      task: 'change the settings, then search for cats',
      environment: 'browser',
      appKey: 'file',
      startedAt: Date.now(),
      metadata: {},
    });
    const warnings: string[] = [];
    const recorder = await BrowserRecorder.start({ page, task: 'change the settings, then search for cats', journal, onWarning: (message) => warnings.push(message) });
    await pause(500);

    await click('#news');
    await click('#color');
    xdotool(display, 'key', 'Down', 'Down', 'Return');
    await pause(700);
    await click('#pw');
    xdotool(display, 'type', '--delay', '50', 'hunter2');
    await pause(700);
    await click('.del', 1);
    move(await centre(page, '#dbl'));
    xdotool(display, 'click', '--repeat', '2', '--delay', '80', '1');
    await pause(900);
    move(await centre(page, '#box'));
    xdotool(display, 'click', '--repeat', '3', '--delay', '40', '5');
    await pause(900);
    move({ x: 600, y: 400 });
    xdotool(display, 'key', 'ctrl+m');
    await pause(700);
    const handle = await centre(page, '#handle');
    move(handle);
    xdotool(display, 'mousedown', '1');
    for (let step = 1; step <= 6; step += 1) {
      move({ x: handle.x + step * 20, y: handle.y + step * 5 });
      await pause(30);
    }
    xdotool(display, 'mouseup', '1');
    await pause(700);
    await click('a');
    await page.waitForURL(/second\.html$/);
    await pause(700);
    await click('#q');
    xdotool(display, 'type', '--delay', '50', 'cats');
    await pause(400);
    xdotool(display, 'key', 'Return');
    await pause(700);
    xdotool(display, 'key', 'ctrl+shift+x');
    const reason = await Promise.race([recorder.stopRequested, pause(10_000).then(() => 'timeout')]);
    expect(reason).toBe('hotkey');
    await recorder.stop();
    journal.end({ status: 'success', reason: 'test' });

    // The page really did what the person did (the recorder only watched).
    expect(await page.textContent('#out')).toBe('Results for cats');

    const trajectory = journalToTrajectory(readJournal(journal.path));
    const steps = trajectory.steps;
    const summary = steps.map((step) => `${step.action.type}:${step.targets[0]?.role ?? '-'}:${step.targets[0]?.text || step.targets[0]?.label || ''}`);
    expect(summary, JSON.stringify(summary)).toEqual([
      'click:checkbox:',
      // (its label is whatever the operator's observation inferred for an unlabelled select)
      expect.stringMatching(/^select:combobox:/),
      'type:textbox:Password',
      'click:button:Delete',
      // (its dblclick handler was bound before the recorder came: pressed, it is described as clickable)
      'double-click:button:Double me',
      'scroll:group:Long list',
      'press:-:',
      'drag:button:Drag me',
      'click:link:Next page',
      'type:textbox:Search',
      'press:textbox:Search',
    ]);
    const [checkbox, select, password, twin, , scroll, chord, drag, link, search, enter] = steps;
    expect(checkbox!.targets[0]).toMatchObject({ attributes: { id: 'news' } });
    expect(select!.action).toMatchObject({ type: 'select', option: 'Blue' });
    expect(select!.targets[0]).toMatchObject({ value: 'Red' });
    expect(password!.action).toMatchObject({ type: 'type', text: SECRET_PLACEHOLDER });
    expect(readFileSync(journal.path, 'utf8')).not.toContain('hunter2');
    expect(twin!.details?.warnings).toEqual([expect.stringMatching(/not unique/)]);
    expect(scroll!.action).toMatchObject({ type: 'scroll', deltaY: expect.any(Number) });
    expect((scroll!.action as { deltaY: number }).deltaY).toBeGreaterThan(0);
    expect(chord!.action).toEqual({ type: 'press', keys: 'Control+M' });
    expect(drag!.action.type).toBe('drag');
    expect(link!.observation.url).toMatch(/first\.html$/);
    expect(search!.observation.url).toMatch(/second\.html$/);
    expect(search!.action).toMatchObject({ type: 'type', text: 'cats' });
    expect(enter!.action).toEqual({ type: 'press', keys: 'Enter' });
    // Every element id an action names is in that step's own observation.
    for (const step of steps) {
      const targets = [step.action].flatMap((action) => ('target' in action && action.target ? [action.target] : 'from' in action ? [action.from, action.to] : []));
      for (const target of targets) if ('elementId' in target) expect(step.observation.elements.map((element) => element.id)).toContain(target.elementId);
    }
    expect(warnings.filter((message) => /malformed|could not be recorded/.test(message))).toEqual([]);
  });
  it('ends the recording when the person closes the window, keeping what was recorded', async () => {
    const closing = await launchChromium({ headless: false, args: RECORDER_WINDOW_ARGS });
    try {
      const context = await closing.newContext({ viewport: { width: 800, height: 500 } });
      const page = await context.newPage();
      await page.setContent('<button style="position:absolute;left:40px;top:40px">Save</button>');
      const offset = await calibrateViewport(page, xvfb.display);
      const journal = RecordingJournal.create(join(workDir, 'journals'), {
        trajectoryId: 't-close',
        task: 'save, then close the window',
        environment: 'browser',
        appKey: '',
        startedAt: Date.now(),
        metadata: {},
      });
      const recorder = await BrowserRecorder.start({ page, task: 'save, then close the window', journal });
      await pause(400);
      const button = await centre(page, 'button');
      xdotool(xvfb.display, 'mousemove', String(Math.round(offset.x + button.x)), String(Math.round(offset.y + button.y)), 'click', '1');
      await pause(900);
      xdotool(xvfb.display, 'key', 'ctrl+w');
      expect(await Promise.race([recorder.stopRequested, pause(10_000).then(() => 'timeout')])).toBe('window-closed');
      await recorder.stop();
      journal.end({ status: 'success', reason: 'test' });
      const steps = readJournal(journal.path).steps;
      // The click is kept; the chord that closed the tab is the browser's, not a step.
      expect(steps.map((step) => step.action)).toEqual([{ type: 'click', target: { elementId: expect.any(Number) } }]);
      expect(steps[0]!.targets[0]).toMatchObject({ role: 'button', text: 'Save' });
    } finally {
      await closing.close();
    }
  });
});
