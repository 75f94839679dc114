/**
 * Importing as the app and `understudy memory import` do it, on a real SQLite
 * memory that already holds trajectories: progress through both passes
 * (checking, then importing) as `memory.progress`, and a stop part-way — by
 * `memory.stop`, by the app's stop-all (the Electron tray and stop shortcut,
 * wired as main.ts wires them, with stand-ins for Electron; `app.stopAll`),
 * or by closing — that leaves the memory exactly as it was.
 * While the import is written, the app keeps reading the memory as it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../agent/config/load-config.js';
import { HashedNgramEmbedder } from '../../memory/embedders/hashed-ngram-embedder.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory, tempFolder } from '../../test/integration/memory-kit.js';
import type { PushedEvents } from '../api/contract.js';
import { installStopControls } from '../electron/stop-controls.js';
import { createAppBackend, type AppBackend } from './app-backend.js';
import { MemoryService } from './memory-service.js';

/** Already in the memory before each import. */
const KEPT = 40;
/** In the big file: a few thousand, so a stop lands part-way. */
const BIG = 2_500;
type Progress = PushedEvents['memory.progress'];

let folder: { path: string; remove: () => void };
let bigFile: string;
let smallFile: string;

function exportFile(name: string, count: number): string {
  const file = join(folder.path, name);
  writeFileSync(file, Array.from({ length: count }, (_, index) => `${JSON.stringify(sampleTrajectory({ id: `${name}-${index}`, task: `Enter "name ${index}" and press Submit` }))}\n`).join(''));
  return file;
}

/** A memory holding KEPT trajectories (embedded by `dimension`, 384 being the configured one). */
function memoryWithSome(name: string, dimension = 384): string {
  const path = join(folder.path, name);
  const store = ExemplarStore.open(path, { embedder: new HashedNgramEmbedder({ dimension }) });
  try {
    store.addMany(Array.from({ length: KEPT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `kept-${index}`, task: `Log in as user ${index}` }) })));
  } finally {
    store.close();
  }
  return path;
}

/** What the file holds now, read on a connection of its own. */
function contents(path: string): { count: number; ids: string[]; integrity: string[] } {
  const store = ExemplarStore.open(path, { readonly: true, allowEmbedderMismatch: true });
  try {
    return { count: store.count(), ids: store.ids(), integrity: store.integrityCheck() };
  } finally {
    store.close();
  }
}

const config = () => loadConfig({ env: { XDG_CONFIG_HOME: join(folder.path, 'no-config') } }).config;

function service(path: string, events: Progress[]): MemoryService {
  const settings = { memoryPath: path, config: config() };
  return new MemoryService(() => settings, { emit: (name, payload) => name === 'memory.progress' && events.push(payload as Progress) });
}

beforeAll(() => {
  folder = tempFolder('understudy-import-');
  bigFile = exportFile('big', BIG);
  smallFile = exportFile('small', 300);
});
afterAll(() => folder.remove());

describe('memory import in the app', () => {
  it('reports both passes as memory.progress, up to the whole file, and adds every trajectory', async () => {
    const path = memoryWithSome('whole.db');
    const events: Progress[] = [];
    const memory = service(path, events);
    try {
      expect(await memory.import(smallFile, { batchSize: 50 })).toEqual({ count: 300, path: smallFile });
    } finally {
      memory.close();
    }
    const imports = events.filter((event): event is Extract<Progress, { operation: 'import' }> => event.operation === 'import');
    const phases = imports.map((event) => event.phase);
    expect(phases.indexOf('importing')).toBeGreaterThan(0);
    expect(phases.slice(phases.indexOf('importing')).every((phase) => phase === 'importing')).toBe(true);
    const last = imports.at(-1)!;
    expect(last).toMatchObject({ phase: 'importing', trajectories: 300 });
    expect(last.done).toBe(last.total);
    const written = imports.filter((event) => event.phase === 'importing').map((event) => event.trajectories);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    const after = contents(path);
    expect(after.count).toBe(KEPT + 300);
    expect(after.integrity).toEqual(['ok']);
  });

  it('memory.stop part-way leaves the memory as it was; meanwhile the app read the memory as it was', async () => {
    const path = memoryWithSome('stopped.db');
    const before = contents(path);
    const events: Progress[] = [];
    const memory = service(path, events);
    const seenWhileWriting: number[] = [];
    try {
      const going = memory.import(bigFile, {
        onProgress: (progress) => {
          if (progress.phase !== 'importing') return;
          // The app's own reads (its shared connection) while the import's transaction is open.
          seenWhileWriting.push(memory.list({ offset: 0, limit: 1, filters: {} }).total);
          if (progress.imported >= 300) expect(memory.stop('import')).toEqual({ stopped: true });
        },
      });
      await expect(going).rejects.toThrow(/stopped \(stopped by the user\); nothing was imported, the memory is as it was/);
      expect(memory.stop('import')).toEqual({ stopped: false });
      expect(memory.list({ offset: 0, limit: 1, filters: {} }).total).toBe(KEPT);
    } finally {
      memory.close();
    }
    expect(seenWhileWriting.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seenWhileWriting)).toEqual(new Set([KEPT]));
    // Pushed progress is thinned to one event per 100 ms (the first of each pass always goes out): on an idle machine
    // the 300 trajectories before the stop are written within one such interval.
    expect(events.some((event) => event.operation === 'import' && event.phase === 'importing')).toBe(true);
    expect(contents(path)).toEqual(before);
  });

  it('one long operation at a time: a re-embed and a delete are refused while an import is written', async () => {
    const path = memoryWithSome('busy.db');
    const memory = service(path, []);
    const refusals: string[] = [];
    try {
      await memory.import(smallFile, {
        batchSize: 50,
        onProgress: (progress) => {
          if (progress.phase !== 'importing' || refusals.length) return;
          for (const attempt of [() => memory.delete('kept-1'), () => memory.reembed()]) {
            try {
              const result = attempt();
              if (result instanceof Promise) result.catch((error: unknown) => refusals.push(String(error)));
            } catch (error) {
              refusals.push(String(error));
            }
          }
        },
      });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      memory.close();
    }
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatch(/an import is being written into the memory/);
    expect(refusals[1]).toMatch(/an import is already going on/);
    expect(contents(path).count).toBe(KEPT + 300);
  });
});

describe('stop-all stops a memory operation too', () => {
  function backendOn(path: string) {
    return createAppBackend({ shell: 'web', memoryPath: path, env: { XDG_CONFIG_HOME: join(folder.path, 'no-config'), HOME: folder.path } });
  }

  /** Resolves with the first memory.progress of this operation past `atLeast`. */
  function progressOf(backend: ReturnType<typeof backendOn>, operation: Progress['operation'], atLeast: (event: Progress) => boolean): Promise<Progress> {
    return new Promise((resolve) => {
      const off = backend.events.subscribe((name, payload) => {
        if (name !== 'memory.progress') return;
        const event = payload as Progress;
        if (event.operation === operation && atLeast(event)) {
          off();
          resolve(event);
        }
      });
    });
  }

  /** The Electron app's stop controls on this backend, with stand-ins for globalShortcut and the tray. */
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
  ] as const)('%s stops an import: nothing imported', async (_name, stopAll) => {
    const path = memoryWithSome(`stop-all-import-${_name.replace(/\W/g, '-')}.db`);
    const before = contents(path);
    const backend = backendOn(path);
    try {
      const going = backend.invoke('memory.import', { path: bigFile });
      await progressOf(backend, 'import', (event) => event.operation === 'import' && event.phase === 'importing' && event.trajectories > 0);
      stopAll(backend);
      const reply = await going;
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error.message).toMatch(/stopped \(stopped by the user\); nothing was imported, the memory is as it was/);
    } finally {
      await backend.close();
    }
    expect(contents(path)).toEqual(before);
  });

  it('the tray item and app.stopAll stop a re-embed: the old vectors stay', async () => {
    const path = memoryWithSome('stop-all-reembed.db', 64);
    // Enough rows that the re-embed takes more than one batch.
    const more = ExemplarStore.open(path, { embedder: new HashedNgramEmbedder({ dimension: 64 }) });
    more.addMany(Array.from({ length: 2_000 }, (_, index) => ({ trajectory: sampleTrajectory({ id: `more-${index}`, steps: 1 }) })));
    more.close();
    const backend = backendOn(path);
    try {
      const going = backend.invoke('memory.reembed', {});
      await progressOf(backend, 'reembed', (event) => event.done > 0);
      stopControls(backend).trayItem();
      const reply = await going;
      expect(!reply.ok && reply.error.message).toMatch(/re-embed stopped \(stopped by the user\): the memory is as it was/);
      const again = backend.invoke('memory.reembed', {});
      await progressOf(backend, 'reembed', (event) => event.done > 0);
      expect(await backend.invoke('app.stopAll', {})).toEqual({ ok: true, result: { stopped: 1 } });
      expect((await again).ok).toBe(false);
      expect(await backend.invoke('app.stopAll', {})).toEqual({ ok: true, result: { stopped: 0 } });
    } finally {
      await backend.close();
    }
    const store = ExemplarStore.open(path, { readonly: true, allowEmbedderMismatch: true });
    try {
      expect(store.stats().embedder.dimension).toBe(64);
    } finally {
      store.close();
    }
  });
});
