/**
 * The contract through both front doors: Electron IPC (a stand-in ipcMain and
 * ipcRenderer with structured cloning, and the real preload) and web mode's
 * WebSocket (the real server and the renderer's own client). Both run the
 * same tests against the real backend on a real SQLite memory.
 */
import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { TRAJECTORY_FORMAT_VERSION, type Trajectory } from '../../agent/core/trajectory.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { connectWebSocket } from '../../renderer/src/api/web-socket-client.js';
import { registerIpcAdapter, preloadArguments, type IpcMainLike } from '../electron/ipc-adapter.js';
import { createAppBackend, type AppBackend } from '../service/app-backend.js';
import { requestSchemas, type PushedEvents, type RequestName, type RequestResult, type UnderstudyApi } from './contract.js';
import { startWebServer, type WebServer } from './web-server.js';

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

function trajectory(index: number): Trajectory {
  return {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id: `t-${index}`,
    task: index === 3 ? 'Buy a blue umbrella in the shop' : `Click the button number ${index}`,
    environment: 'browser',
    appKey: 'https://example.test/',
    source: index % 2 === 0 ? 'demonstration' : 'agent',
    outcome: { status: 'success', reason: 'done' },
    createdAt: 1_700_000_000_000 + index * 1000,
    steps: [
      {
        index: 0,
        observation: { text: `[1] button "Go ${index}"`, elements: [], screenshotSha256: undefined },
        action: { type: 'wait', ms: 0 },
        targets: [],
        timings: {},
      },
    ],
    metadata: {},
  };
}

let folder: string;
let backend: AppBackend;
let server: WebServer;
let screenshotSha: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-adapters-'));
  const memoryPath = join(folder, 'memory.db');
  const store = ExemplarStore.open(memoryPath);
  const { createHash } = await import('node:crypto');
  screenshotSha = createHash('sha256').update(PNG).digest('hex');
  for (let index = 0; index < 7; index += 1) {
    const item = trajectory(index);
    if (index === 3) item.steps[0]!.observation.screenshotSha256 = screenshotSha;
    store.add(item, index === 3 ? new Map([[screenshotSha, PNG]]) : undefined);
  }
  store.close();
  backend = createAppBackend({ shell: 'web', memoryPath, env: { XDG_CONFIG_HOME: join(folder, 'config'), HOME: folder } });
  server = await startWebServer({ backend, rendererDir: folder });
});

afterAll(async () => {
  await server?.close();
  await backend?.close();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * The real preload file, compiled as tsc compiles it and run as Electron runs a sandboxed
 * preload: CommonJS, `require('electron')` giving the bridge, the main process's arguments in argv.
 */
function exposePreload(contextBridge: unknown, ipcRenderer: unknown): void {
  const source = readFileSync(join(import.meta.dirname, '..', 'electron', 'preload.cts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const module = { exports: {} };
  const fakeRequire = (name: string) => {
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return { contextBridge, ipcRenderer };
  };
  const fakeProcess = { versions: { electron: '42.0.0' }, argv: ['electron', ...preloadArguments()] };
  new Function('require', 'module', 'exports', 'process', outputText)(fakeRequire, module, module.exports, fakeProcess);
}

/** Electron's IPC, as far as the adapter and the preload use it; arguments and results are structured-cloned as Electron does. */
async function ipcClient(): Promise<{ api: UnderstudyApi; close(): void }> {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const bus = new EventEmitter();
  const unregister = registerIpcAdapter(ipcMain, backend, (channel, ...args) => bus.emit(channel, {}, ...structuredClone(args)));
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(await handler({}, ...structuredClone(args)));
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => bus.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => bus.removeListener(channel, listener),
  };
  let exposed: UnderstudyApi | undefined;
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => key === 'understudy' && (exposed = api as UnderstudyApi) };
  exposePreload(contextBridge, ipcRenderer);
  if (!exposed) throw new Error('the preload exposed nothing');
  return { api: exposed, close: unregister };
}

/** The renderer's own WebSocket client, on a WebSocket that sends the Origin a browser would. */
async function webSocketClient(): Promise<{ api: UnderstudyApi; close(): void }> {
  const origin = server.origin;
  class BrowserLikeWebSocket extends NodeWebSocket {
    constructor(url: string) {
      super(url, { origin });
    }
  }
  const previous = (globalThis as { WebSocket?: unknown }).WebSocket;
  (globalThis as { WebSocket?: unknown }).WebSocket = BrowserLikeWebSocket;
  const client = connectWebSocket(`ws://127.0.0.1:${server.port}/api?token=${server.token}`);
  await new Promise<void>((resolve) => {
    const off = client.onStatus((connected) => {
      if (connected) {
        resolve();
        queueMicrotask(() => off());
      }
    });
  });
  return {
    api: client,
    close: () => {
      client.close(); // else its reconnect, once the server is gone, would meet the restored global
      (globalThis as { WebSocket?: unknown }).WebSocket = previous;
    },
  };
}

/** A port nothing listens on right now. */
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

/** For every request, one bad input and the field its error must name. */
const BAD_INPUTS: Record<RequestName, { input: unknown; field: string }> = {
  'app.info': { input: { extra: 1 }, field: 'extra' },
  'app.pickPath': { input: { purpose: 'somewhere' }, field: 'purpose' },
  'app.stopAll': { input: { extra: 1 }, field: 'extra' },
  'memory.stats': { input: { extra: 1 }, field: 'extra' },
  'memory.list': { input: { limit: 0 }, field: 'limit' },
  'memory.search': { input: { query: '  ' }, field: 'query' },
  'memory.show': { input: { id: 5 }, field: 'id' },
  'screenshot.get': { input: { sha256: 'not-a-hash' }, field: 'sha256' },
  'memory.delete': { input: {}, field: 'id' },
  'memory.import': { input: { path: '' }, field: 'path' },
  'memory.export': { input: { path: 3 }, field: 'path' },
  'suite.tasks': { input: { extra: 1 }, field: 'extra' },
  'suite.folder': { input: { dir: ' ' }, field: 'dir' },
  'memory.replay': { input: { id: '' }, field: 'id' },
  'memory.reembed': { input: { extra: 1 }, field: 'extra' },
  'memory.stop': { input: { operation: 'everything' }, field: 'operation' },
  'run.start': { input: { target: { kind: 'suite', task: 'No Such Task!' } }, field: 'target.task' },
  'run.stop': { input: {}, field: 'runId' },
  'run.confirm': { input: { runId: 'r', requestId: 'q', approve: 'yes' }, field: 'approve' },
  'run.active': { input: { extra: 1 }, field: 'extra' },
  'record.start': { input: { target: { kind: 'browser', url: 'about:blank', task: '  ' } }, field: 'target.task' },
  'record.finish': { input: { recordingId: 'rec-1', save: 'yes' }, field: 'save' },
  'record.active': { input: { extra: 1 }, field: 'extra' },
  'bench.start': { input: { tasks: [], seeds: [0] }, field: 'tasks' },
  'bench.stop': { input: { benchId: '' }, field: 'benchId' },
  'bench.reports': { input: { limit: 0 }, field: 'limit' },
  'settings.get': { input: { extra: 1 }, field: 'extra' },
  'settings.set': { input: { openaiBaseUrl: 'not a url' }, field: 'openaiBaseUrl' },
};

it('has a bad-input case for every request of the contract', () => {
  expect(Object.keys(BAD_INPUTS).sort()).toEqual(Object.keys(requestSchemas).sort());
});

it('runs a task in a browser page and pushes each observation with its screenshot', async () => {
  const url = pathToFileURL(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'pages', 'form.html')).href;
  const pushed: { name: string; payload: unknown }[] = [];
  const off = backend.events.subscribe((name, payload) => pushed.push({ name, payload }));
  try {
    const reply = await backend.invoke('run.start', { task: 'Set the full name to "Ada" and save', target: { kind: 'browser', url } });
    expect(reply.ok).toBe(true);
    const { runId } = (reply as { result: { runId: string } }).result;
    await expect.poll(() => pushed.some((entry) => entry.name === 'run.finished'), { timeout: 45_000 }).toBe(true);
    const observation = pushed.find((entry) => entry.name === 'run.event' && (entry.payload as PushedEvents['run.event']).event.type === 'observation')?.payload as PushedEvents['run.event'];
    expect(observation.runId).toBe(runId);
    expect(observation.screenshot).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), scale: 1 });
    expect(observation.screenshot!.width).toBeGreaterThan(100);
    const finished = pushed.find((entry) => entry.name === 'run.finished')!.payload as PushedEvents['run.finished'];
    // Nothing like it in the memory: the offline policy does not act, and says why.
    expect(finished.outcome.status).not.toBe('success');
    expect(finished.outcome.reason.length).toBeGreaterThan(10);
    if (finished.trajectoryId) await backend.invoke('memory.delete', { id: finished.trajectoryId });
  } finally {
    off();
  }
}, 60_000);

it('records a suite page done by real input in the recorded page, pushes each step live, verifies and saves it', async () => {
  const pushed: { name: string; payload: unknown }[] = [];
  const off = backend.events.subscribe((name, payload) => pushed.push({ name, payload }));
  const port = await freePort();
  const reply = await backend.invoke('record.start', { target: { kind: 'suite', task: 'click-button', seed: 5 }, headless: true, remoteDebuggingPort: port });
  expect(reply.ok, JSON.stringify(reply)).toBe(true);
  const started = (reply as { result: RequestResult<'record.start'> }).result;
  const driver = await chromium.connectOverCDP(started.remoteDebugging!.browserWebSocket);
  try {
    expect(started.task).toMatch(/^Click on the "[^"]+" button\.?$/);
    expect((await backend.invoke('record.active', {}) as { result: RequestResult<'record.active'> }).result.recordings.map((entry) => entry.recordingId)).toContain(started.recordingId);
    const page = driver.contexts().flatMap((context) => context.pages()).find((candidate) => candidate.url().endsWith('/click-button.html'))!;
    const label = /"([^"]+)"/.exec(started.task)![1]!;
    const box = (await page.getByRole('button', { name: label, exact: true }).boundingBox())!;
    await page.mouse.move(box.x - 30, box.y + 40, { steps: 3 });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // The end of the episode ends the recording by itself; it then waits for save or discard.
    await expect.poll(() => pushed.some((entry) => entry.name === 'record.stopped'), { timeout: 30_000 }).toBe(true);
    // A suite page's recording keeps the page's instruction as its name.
    const renamed = await backend.invoke('record.finish', { recordingId: started.recordingId, save: true, name: 'something else' });
    expect(renamed).toMatchObject({ ok: false, error: { message: expect.stringMatching(/name/) } });
    expect(await backend.invoke('record.finish', { recordingId: started.recordingId, save: true })).toEqual({ ok: true, result: { finishing: true } });
    await expect.poll(() => pushed.some((entry) => entry.name === 'record.finished'), { timeout: 60_000 }).toBe(true);
    // A click is written once the recorder knows it was not the first of a double click: at the latest when capturing stops.
    const steps = pushed.filter((entry) => entry.name === 'record.step').map((entry) => (entry.payload as PushedEvents['record.step']).step);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ index: 0, description: expect.stringMatching(/^click/), target: expect.stringContaining(label) });
    expect(steps[0]!.screenshot!.width).toBeGreaterThan(100);
    const shot = await backend.invoke('screenshot.get', { sha256: steps[0]!.screenshot!.sha256 });
    expect(shot.ok).toBe(true);
    const finished = pushed.find((entry) => entry.name === 'record.finished')!.payload as PushedEvents['record.finished'];
    expect(finished).toMatchObject({ recordingId: started.recordingId, saved: 'saved', steps: 1, verification: { verified: true }, tryIt: { target: { kind: 'suite', task: 'click-button', seed: 6 } } });
    const shown = (await backend.invoke('memory.show', { id: finished.trajectoryId! })) as { result: RequestResult<'memory.show'> };
    expect(shown.result.trajectory).toMatchObject({ source: 'demonstration', task: started.task, metadata: { verified: true } });
    // What it generalises over: the label it clicked, which the task names.
    expect(shown.result.slots?.map((slot) => slot.example[0])).toEqual([label]);
    expect(shown.result.template).not.toContain(label);
    // Replayed from the memory on its own seed, as a run with its events.
    const replay = await backend.invoke('memory.replay', { id: finished.trajectoryId! });
    const { runId } = (replay as { result: RequestResult<'memory.replay'> }).result;
    await expect.poll(() => pushed.some((entry) => entry.name === 'run.finished' && (entry.payload as PushedEvents['run.finished']).runId === runId), { timeout: 60_000 }).toBe(true);
    const replayed = pushed.find((entry) => entry.name === 'run.finished' && (entry.payload as PushedEvents['run.finished']).runId === runId)!.payload as PushedEvents['run.finished'];
    expect(replayed.outcome).toMatchObject({ status: 'success', reward: 1, reason: expect.stringMatching(/^reproduced the stored reward 1 on seed 5/) });
    expect(pushed.some((entry) => entry.name === 'run.event' && (entry.payload as PushedEvents['run.event']).runId === runId && (entry.payload as PushedEvents['run.event']).event.type === 'action')).toBe(true);
    await backend.invoke('memory.delete', { id: finished.trajectoryId! });
  } finally {
    off();
    await driver.close().catch(() => undefined);
  }
}, 120_000);

it('asks the Electron shell\'s file dialog for a path, passing the request on; web mode says to type it', async () => {
  const asked: unknown[] = [];
  const electron = createAppBackend({
    shell: 'electron',
    memoryPath: join(folder, 'memory.db'),
    env: { XDG_CONFIG_HOME: join(folder, 'config'), HOME: folder },
    pickPath: async (request) => (asked.push(request), request.purpose === 'folder' ? '/picked/pages' : null),
  });
  try {
    expect(await electron.invoke('app.info', {})).toMatchObject({ ok: true, result: { shell: 'electron', canPickPaths: true } });
    expect(await electron.invoke('app.pickPath', { purpose: 'folder', title: 'MiniWoB++ pages' })).toEqual({ ok: true, result: { path: '/picked/pages' } });
    expect(await electron.invoke('app.pickPath', { purpose: 'save-file', filters: [{ name: 'JSONL', extensions: ['jsonl'] }] })).toEqual({ ok: true, result: { path: null } });
    expect(asked).toEqual([{ purpose: 'folder', title: 'MiniWoB++ pages' }, { purpose: 'save-file', filters: [{ name: 'JSONL', extensions: ['jsonl'] }] }]);
  } finally {
    await electron.close();
  }
  expect(await backend.invoke('app.info', {})).toMatchObject({ ok: true, result: { canPickPaths: false } });
  expect(await backend.invoke('app.pickPath', { purpose: 'open-file' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/type the path/) } });
});

describe.each([
  ['Electron IPC', ipcClient],
  ['web mode WebSocket', webSocketClient],
])('the contract over %s', (_name, connect) => {
  let api: UnderstudyApi;
  let close: () => void;
  beforeAll(async () => {
    ({ api, close } = await connect());
  });
  afterAll(() => close());

  it.each(Object.entries(BAD_INPUTS))('%s rejects bad input with a message naming the field', async (name, { input, field }) => {
    const failure = await api.invoke(name as RequestName, input as never).then(
      () => undefined,
      (error: unknown) => error as Error & { field?: string },
    );
    expect(failure, `${name} accepted ${JSON.stringify(input)}`).toBeInstanceOf(Error);
    expect(failure!.message).toContain(name);
    expect(failure!.message).toContain(field.split('.').at(-1));
  });

  it('refuses an unknown request by name', async () => {
    await expect(api.invoke('memory.format' as RequestName, {} as never)).rejects.toThrow(/unknown request "memory\.format"/);
  });

  it('answers app.info and suite.tasks', async () => {
    expect(await api.invoke('app.info', {})).toMatchObject({ name: 'Understudy', shell: 'web', platform: process.platform });
    const { tasks } = await api.invoke('suite.tasks', {});
    expect(tasks.map((task) => task.name)).toContain('click-button');
  });

  it('pages through the memory newest first, with filters', async () => {
    const first = await api.invoke('memory.list', { limit: 3 });
    expect(first.items.map((item) => item.id)).toEqual(['t-6', 't-5', 't-4']);
    expect(first).toMatchObject({ hasMore: true, total: 7, offset: 0 });
    const last = await api.invoke('memory.list', { limit: 3, offset: 6 });
    expect(last.items.map((item) => item.id)).toEqual(['t-0']);
    expect(last.hasMore).toBe(false);
    const demonstrations = await api.invoke('memory.list', { limit: 50, filters: { source: 'demonstration' } });
    expect(demonstrations.items.every((item) => item.source === 'demonstration')).toBe(true);
    expect(demonstrations.items).toHaveLength(4);
  });

  it('searches, shows a trajectory with its steps, and serves its screenshot', async () => {
    const { hits } = await api.invoke('memory.search', { query: 'buy an umbrella', k: 3 });
    expect(hits[0]?.id).toBe('t-3');
    const { trajectory: shown } = await api.invoke('memory.show', { id: 't-3' });
    expect(shown.task).toBe('Buy a blue umbrella in the shop');
    expect(shown.steps[0]?.observation.screenshotSha256).toBe(screenshotSha);
    const { dataUrl } = await api.invoke('screenshot.get', { sha256: screenshotSha });
    expect(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64').equals(Buffer.from(PNG))).toBe(true);
    await expect(api.invoke('memory.show', { id: 'no-such-id' })).rejects.toThrow(/no trajectory with id no-such-id/);
  });

  it('exports, deletes and imports back', async () => {
    const file = join(folder, `export-${Math.random().toString(36).slice(2)}.jsonl`);
    const exported = await api.invoke('memory.export', { path: file });
    expect(exported.count).toBe(7);
    await api.invoke('memory.delete', { id: 't-2' });
    expect((await api.invoke('memory.stats', {})).trajectories).toBe(6);
    const only = join(folder, 'only-t-2.jsonl');
    writeFileSync(only, readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('"t-2"')).join('\n'));
    expect((await api.invoke('memory.import', { path: only })).count).toBe(1);
    expect((await api.invoke('memory.stats', {})).trajectories).toBe(7);
    await expect(api.invoke('memory.delete', { id: 'no-such-id' })).rejects.toThrow(/no trajectory/);
  });

  it('lists the tasks of a MiniWoB++ pages folder, and says plainly when a folder is not one', async () => {
    const mini = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'miniwob-mini');
    const { tasks } = await api.invoke('suite.folder', { dir: mini });
    expect(tasks).toContain('click-button-mini');
    await expect(api.invoke('suite.folder', { dir: join(folder, 'nowhere') })).rejects.toThrow(/does not exist/);
    await expect(api.invoke('bench.start', { dir: mini, tasks: ['no-such-task'], seeds: [0] })).rejects.toThrow(/no-such-task/);
  });

  it('re-embeds every trajectory with the configured embedder', async () => {
    const result = await api.invoke('memory.reembed', {});
    expect(result.count).toBe((await api.invoke('memory.stats', {})).trajectories);
    expect(result.after).toEqual({ name: 'hashed-ngram-v1', dimension: expect.any(Number) });
  });

  it('writes settings to the config file and shows secrets only masked', async () => {
    const view = await api.invoke('settings.set', { openaiApiKey: 'sk-secret-0123456789', maxSteps: 33 });
    expect(view.openaiApiKey).toBe('sk-…6789');
    expect(view.maxSteps).toBe(33);
    expect(JSON.stringify(await api.invoke('settings.get', {}))).not.toContain('secret-0123456789');
    expect(JSON.parse(readFileSync(view.file.path, 'utf8'))).toMatchObject({ openai: { apiKey: 'sk-secret-0123456789' }, budgets: { maxSteps: 33 } });
    // Secrets are added one by one (the app never reads the list back), counted, never shown; [] forgets them all.
    await api.invoke('settings.set', { addSecrets: ['hunter2-pin-4711'] });
    const added = await api.invoke('settings.set', { addSecrets: ['hunter2-pin-4711', 'acct-DE89-3704'] });
    expect(added.secretCount).toBe(2);
    expect(JSON.stringify(await api.invoke('settings.get', {}))).not.toMatch(/hunter2|acct-DE89/);
    expect(JSON.parse(readFileSync(view.file.path, 'utf8'))).toMatchObject({ safety: { secrets: ['hunter2-pin-4711', 'acct-DE89-3704'] }, openai: { apiKey: 'sk-secret-0123456789' } });
    await expect(api.invoke('settings.set', { addSecrets: [''] })).rejects.toThrow(/addSecrets/);
    expect((await api.invoke('settings.set', { secrets: [] })).secretCount).toBe(0);
  });

  it('refuses a browser run without a task, naming the field', async () => {
    await expect(api.invoke('run.start', { target: { kind: 'browser', url: 'about:blank' } })).rejects.toThrow(/task/);
  });

  it('pushes a run’s typed events and its end', async () => {
    const events: PushedEvents['run.event'][] = [];
    let finished: PushedEvents['run.finished'] | undefined;
    const offEvent = api.on('run.event', (payload) => events.push(payload));
    const ended = new Promise<void>((resolve) => {
      const offFinished = api.on('run.finished', (payload) => {
        finished = payload;
        offFinished();
        resolve();
      });
    });
    // No demonstration of this task in the memory: the offline policy refuses, with its reason.
    const { runId } = await api.invoke('run.start', { target: { kind: 'suite', task: 'click-button', seed: 3 } });
    expect((await api.invoke('run.active', {})).runs.map((run) => run.runId)).toContain(runId);
    await ended;
    offEvent();
    expect(finished?.runId).toBe(runId);
    expect(finished?.outcome.status).not.toBe('success');
    const mine = events.filter((payload) => payload.runId === runId).map((payload) => payload.event.type);
    expect(mine[0]).toBe('run-start');
    expect(mine).toContain('observation');
    expect(mine.at(-1)).toBe('run-end');
    const observation = events.find((payload) => payload.runId === runId && payload.event.type === 'observation');
    expect(observation?.screenshot?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await api.invoke('screenshot.get', { sha256: observation!.screenshot!.sha256, runId })).dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await api.invoke('run.stop', { runId })).toEqual({ stopped: false });
    // The run was kept in the memory; take it out so both front doors see the same memory.
    expect((await api.invoke('memory.show', { id: finished!.trajectoryId! })).trajectory.source).toBe('agent');
    await api.invoke('memory.delete', { id: finished!.trajectoryId! });
  }, 60_000);
});
