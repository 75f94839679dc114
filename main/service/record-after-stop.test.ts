/**
 * Between "stop" and "save or discard" the recording window stays open (the
 * Teach screen asks for a name meanwhile), but nothing done in it may be
 * captured: input arriving after the stop is ignored, and the trajectory saved
 * is the one the person stopped. Through the record service, with real input
 * into a real Chromium page (headless; driven over its DevTools port).
 */
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../agent/config/load-config.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { tempFolder } from '../../test/integration/memory-kit.js';
import type { PushedEventName, PushedEvents } from '../api/contract.js';
import { STOP_HOTKEY } from '../recorder/browser/recorder-page-script.js';
import { RecordService } from './record-service.js';

let folder: { path: string; remove: () => void };
let service: RecordService;
const pushed: { name: PushedEventName; payload: unknown }[] = [];
const memoryPath = () => join(folder.path, 'memory.db');

beforeAll(() => {
  folder = tempFolder('understudy-record-stop-');
  writeFileSync(
    join(folder.path, 'form.html'),
    '<!doctype html><title>Form</title><main><button id="alpha">Alpha</button> <button id="beta">Beta</button> <label>Name <input id="name"></label></main>',
  );
  const { config } = loadConfig({ env: { XDG_CONFIG_HOME: join(folder.path, 'no-config') } });
  service = new RecordService(() => ({ memoryPath: memoryPath(), config }), (name, payload) => void pushed.push({ name, payload }));
});
afterAll(async () => {
  await service.close();
  folder.remove();
});

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

const events = <E extends PushedEventName>(name: E) => pushed.filter((entry) => entry.name === name).map((entry) => entry.payload as PushedEvents[E]);

describe('a stopped recording', () => {
  it('ignores input between the stop and the save, and saves what was done before the stop', async () => {
    const started = await service.start({
      target: { kind: 'browser', url: join(folder.path, 'form.html'), task: 'Press Alpha' },
      headless: true,
      remoteDebuggingPort: await freePort(),
      allowSecrets: false,
    });
    const driver = await chromium.connectOverCDP(started.remoteDebugging!.browserWebSocket);
    try {
      const page = driver.contexts().flatMap((context) => context.pages()).find((candidate) => candidate.url().endsWith('/form.html'))!;
      const click = async (selector: string) => {
        const box = (await page.locator(selector).boundingBox())!;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      };
      await click('#alpha');
      await page.keyboard.press(STOP_HOTKEY);
      await expect.poll(() => events('record.stopped').length, { timeout: 20_000 }).toBe(1);

      // The window is still open while the person names the recording: what they do now is not part of it.
      await click('#beta');
      await click('#name');
      await page.keyboard.type('Grace');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(1_500); // longer than the recorder's settle time and double-click window

      service.finish({ recordingId: started.recordingId, save: true, name: 'Press Alpha' });
      await expect.poll(() => events('record.finished').length, { timeout: 60_000 }).toBe(1);
    } finally {
      await driver.close().catch(() => undefined);
    }
    const steps = events('record.step').map((event) => event.step);
    expect(steps.map((step) => step.description)).toEqual(['click']);
    expect(steps[0]!.target).toContain('Alpha');
    const finished = events('record.finished')[0]!;
    expect(finished).toMatchObject({ saved: 'saved', steps: 1 });
    const store = ExemplarStore.open(memoryPath(), { readonly: true });
    try {
      const saved = store.get(finished.trajectoryId!)!;
      expect(saved.steps.map((step) => step.action.type)).toEqual(['click']);
      expect(JSON.stringify(saved.steps)).not.toContain('Grace');
    } finally {
      store.close();
    }
  }, 90_000);
});
