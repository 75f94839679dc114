/**
 * Exporting as the app and `understudy memory export` do it, on a real SQLite
 * memory: progress as `memory.progress` up to every trajectory, and a stop —
 * by `memory.stop`, by the app's stop-all (the Electron stop shortcut and
 * tray item, wired as main.ts wires them with stand-ins for Electron;
 * `app.stopAll`), or by closing — that leaves the target path as it was.
 * Each stop is given at the export's first progress report, synchronously, so
 * it lands before the end however fast the machine is.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../agent/config/load-config.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory, tempFolder } from '../../test/integration/memory-kit.js';
import type { PushedEvents } from '../api/contract.js';
import { installStopControls } from '../electron/stop-controls.js';
import { createAppBackend, type AppBackend } from './app-backend.js';
import { MemoryService } from './memory-service.js';

const COUNT = 1_200;
type Progress = PushedEvents['memory.progress'];

let folder: { path: string; remove: () => void };
let memoryPath: string;
const before = '{"an older export":true}\n';

beforeAll(() => {
  folder = tempFolder('understudy-export-service-');
  memoryPath = join(folder.path, 'memory.db');
  const store = ExemplarStore.open(memoryPath);
  try {
    store.addMany(Array.from({ length: COUNT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `t-${index}`, createdAt: 1_000 + index }) })));
  } finally {
    store.close();
  }
});
afterAll(() => folder.remove());

const config = () => loadConfig({ env: { XDG_CONFIG_HOME: join(folder.path, 'no-config') } }).config;
/** The export files of a test: the target holds an older export; nothing else is beside it. */
function target(name: string): string {
  const path = join(folder.path, `${name}.jsonl`);
  writeFileSync(path, before);
  return path;
}
const besideTargets = () => readdirSync(folder.path).filter((name) => name.includes('.partial-'));

function service(events: Progress[]): MemoryService {
  const settings = { memoryPath, config: config() };
  return new MemoryService(() => settings, { emit: (name, payload) => name === 'memory.progress' && events.push(payload as Progress) });
}

describe('memory export in the app', () => {
  it('reports memory.progress from none to every trajectory, and writes them all', async () => {
    const events: Progress[] = [];
    const memory = service(events);
    const file = target('whole');
    try {
      expect(await memory.export({ path: file, screenshots: false }, { batchSize: 100 })).toEqual({ count: COUNT, path: file });
    } finally {
      memory.close();
    }
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(COUNT);
    expect(events[0]).toEqual({ operation: 'export', done: 0, total: COUNT });
    expect(events.at(-1)).toEqual({ operation: 'export', done: COUNT, total: COUNT });
    expect(besideTargets()).toEqual([]);
  });

  it('memory.stop part-way leaves the older file; one long operation at a time', async () => {
    const memory = service([]);
    const file = target('stopped');
    const refusals: string[] = [];
    try {
      const going = memory.export(
        { path: file, screenshots: false },
        {
          batchSize: 100,
          onProgress: ({ written }) => {
            if (written !== 200) return;
            memory.import(file).catch((error: unknown) => refusals.push(String(error)));
            expect(memory.stop('import')).toEqual({ stopped: false });
            expect(memory.stop('export')).toEqual({ stopped: true });
          },
        },
      );
      await expect(going).rejects.toThrow(`export stopped (stopped by the user) after 200 of ${COUNT} trajectories: ${file} is as it was`);
      expect(memory.stop('export')).toEqual({ stopped: false });
    } finally {
      memory.close();
    }
    expect(refusals).toEqual([expect.stringMatching(/an export is already going on/)]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(besideTargets()).toEqual([]);
  });

  it('closing the app stops an export', async () => {
    const memory = service([]);
    const file = target('closing');
    const going = memory.export({ path: file, screenshots: false }, { batchSize: 100, onProgress: ({ written }) => written === 100 && memory.close() });
    await expect(going).rejects.toThrow(`export stopped (the app is closing) after 100 of ${COUNT} trajectories: ${file} is as it was`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(besideTargets()).toEqual([]);
  });
});

describe('stop-all stops an export', () => {
  function stopControls(backend: AppBackend): { shortcut: () => void; trayItem: () => void } {
    let shortcut: (() => void) | undefined;
    let trayItem: (() => void) | undefined;
    installStopControls(
      {
        registerShortcut: (_accelerator, callback) => Boolean((shortcut = callback)),
        setTrayMenu: (items) => void (trayItem = items[0]!.click),
      },
      () => backend.stopAll(),
    );
    return { shortcut: shortcut!, trayItem: trayItem! };
  }

  it.each([
    ['the stop shortcut', (backend: AppBackend): void => stopControls(backend).shortcut()],
    ['the tray item', (backend: AppBackend): void => stopControls(backend).trayItem()],
    ['app.stopAll', (backend: AppBackend): void => void backend.invoke('app.stopAll', {}).then((reply) => expect(reply).toEqual({ ok: true, result: { stopped: 1 } }))],
  ] as const)('%s: the target is left as it was', async (name, stopAll) => {
    const file = target(`stop-all-${name.replace(/\W/g, '-')}`);
    const backend = createAppBackend({ shell: 'web', memoryPath, env: { XDG_CONFIG_HOME: join(folder.path, 'no-config'), HOME: folder.path } });
    const seen: Progress[] = [];
    try {
      // The first report (none written yet) always goes out; the stop is given right there.
      const off = backend.events.subscribe((event, payload) => {
        if (event !== 'memory.progress') return;
        seen.push(payload as Progress);
        off();
        stopAll(backend);
      });
      const reply = await backend.invoke('memory.export', { path: file });
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error.message).toMatch(new RegExp(`^export stopped \\(stopped by the user\\) after \\d+ of ${COUNT} trajectories: .* is as it was$`));
    } finally {
      await backend.close();
    }
    expect(seen).toEqual([{ operation: 'export', done: 0, total: COUNT }]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(besideTargets()).toEqual([]);
  });
});
