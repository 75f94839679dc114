/**
 * Desktop recording from the app: `record.start` with a desktop target goes
 * through the record service to the desktop recorder, on a private Xvfb with
 * the Tk form application. xdotool types as a person would; each step is
 * pushed live; the stop chord ends it (and is not recorded); what is done
 * after the stop is not captured; `record.finish` saves it to the memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../agent/config/load-config.js';
import { boxCentre, type UIElement } from '../../agent/core/observation.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { launchFormApp, type FormApp } from '../../harness/desktop-app/form-app.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import type { PushedEventName, PushedEvents } from '../../main/api/contract.js';
import { RecordService } from '../../main/service/record-service.js';
import { pause, xdotool } from './record-input.js';

let xvfb: XvfbHandle;
let workDir: string;
let savedDisplay: string | undefined;
let app: FormApp | undefined;
let operator: DesktopOperator | undefined;
let service: RecordService | undefined;
const pushed: { name: PushedEventName; payload: unknown }[] = [];
const events = <E extends PushedEventName>(name: E) => pushed.filter((entry) => entry.name === name).map((entry) => entry.payload as PushedEvents[E]);

beforeAll(async () => {
  xvfb = await startXvfb({ width: 1024, height: 700 });
  savedDisplay = process.env.DISPLAY;
  process.env.DISPLAY = xvfb.display; // the service records the display of its process, as `understudy serve` does
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-desktop-service-'));
});

afterAll(async () => {
  await service?.close().catch(() => undefined);
  await operator?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
  if (savedDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = savedDisplay;
  await xvfb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function find(elements: readonly UIElement[], role: string, text: string): [string, string] {
  const element = elements.find((candidate) => candidate.role === role && (candidate.text === text || candidate.label === text));
  if (!element) throw new Error(`no ${role} "${text}" among ${elements.map((e) => `${e.role}:${e.text}`).join(', ')}`);
  const centre = boxCentre(element.box);
  return [String(Math.round(centre.x)), String(Math.round(centre.y))];
}

describe('desktop recording through the record service', { timeout: 180_000 }, () => {
  it('pushes steps live, ends on the stop chord, ignores what follows, and saves a desktop demonstration', async () => {
    app = await launchFormApp({ display: xvfb.display });
    // The test's own eyes, to know where to click (the recorder reads the screen itself).
    operator = await DesktopOperator.open({ display: xvfb.display, stopHotkey: false, failsafe: false });
    const screen = (await operator.observe()).elements;
    const name = find(screen, 'textbox', 'Name');
    const email = find(screen, 'textbox', 'Email');

    const memoryPath = join(workDir, 'memory.db');
    const { config } = loadConfig({ env: { XDG_CONFIG_HOME: join(workDir, 'no-config') } });
    service = new RecordService(() => ({ memoryPath, config }), (event, payload) => void pushed.push({ name: event, payload }));
    await expect(
      service.start({ target: { kind: 'desktop', task: 'Sign up Ada' }, headless: false, remoteDebuggingPort: 9333, allowSecrets: false }),
    ).rejects.toThrow(/remoteDebuggingPort: a desktop recording has no browser/);
    const started = await service.start({ target: { kind: 'desktop', task: 'Sign up Ada Lovelace' }, headless: false, allowSecrets: false });
    expect(started).toMatchObject({ task: 'Sign up Ada Lovelace', target: { kind: 'desktop' }, stopHint: expect.stringContaining('Ctrl+Shift+F12') });
    expect(service.list().recordings.map((entry) => entry.recordingId)).toEqual([started.recordingId]);

    xdotool(xvfb.display, 'mousemove', ...name, 'click', '1');
    await pause(300);
    xdotool(xvfb.display, 'type', '--delay', '40', 'Ada Lovelace');
    await pause(300);
    xdotool(xvfb.display, 'mousemove', ...email, 'click', '1');
    await pause(300);
    // The typing is written once the next gesture begins: live, before the recording ends.
    await expect.poll(() => events('record.step').length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    xdotool(xvfb.display, 'key', 'ctrl+shift+F12');
    await expect.poll(() => events('record.stopped').length, { timeout: 20_000 }).toBe(1);
    expect(events('record.stopped')[0]!.reason).toMatch(/stop chord/);

    // After the stop, while the app asks for a name: not part of the recording.
    xdotool(xvfb.display, 'type', '--delay', '40', 'late@example.org');
    await pause(300);
    xdotool(xvfb.display, 'mousemove', ...name, 'click', '1');
    await pause(800);
    expect((await app.waitForState((state) => state.email === 'late@example.org')).name).toBe('Ada Lovelace');

    expect(service.finish({ recordingId: started.recordingId, save: true, name: 'Sign up Ada' })).toEqual({ finishing: true });
    await expect.poll(() => events('record.finished').length, { timeout: 60_000 }).toBe(1);
    const finished = events('record.finished')[0]!;
    expect(finished).toMatchObject({ saved: 'saved', task: 'Sign up Ada', verification: { verified: false, reason: expect.stringMatching(/desktop/) }, tryIt: { target: { kind: 'desktop' } } });

    const steps = events('record.step').map((event) => event.step);
    const store = ExemplarStore.open(memoryPath, { readonly: true });
    try {
      const saved = store.get(finished.trajectoryId!)!;
      expect(saved).toMatchObject({ environment: 'desktop', source: 'demonstration', task: 'Sign up Ada' });
      // The typing into Name, and the click into Email that followed it (held until the stop); nothing after the chord.
      expect(saved.steps.map((step) => step.action.type)).toEqual(['type', 'click']);
      expect(saved.steps[0]!.action).toMatchObject({ type: 'type', text: 'Ada Lovelace' });
      expect(saved.steps[0]!.targets[0]).toMatchObject({ role: 'textbox' });
      expect(JSON.stringify(saved.steps)).not.toContain('late@example.org');
      expect(steps.map((step) => step.index)).toEqual([0, 1]);
      expect(steps[0]!.description).toBe('type “Ada Lovelace”');
      expect(steps[0]!.screenshot?.width).toBe(1024);
    } finally {
      store.close();
    }
  });
});
