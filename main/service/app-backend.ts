/**
 * The app's backend: the service functions behind every request of the
 * contract, as one handler table. Configuration is resolved once by the front
 * door and handed in; a settings change reloads it.
 */
import { SUITE_TASKS } from '../../harness/tasks/catalog.js';
import { openTaskDirectory } from '../../harness/miniwob/task-directory.js';
import { packageVersion } from '../package-info.js';
import { API_VERSION, type PickPathRequest } from '../api/contract.js';
import { createBackend, EventHub, type Backend, type Handlers } from '../api/handler-table.js';
import { BenchService } from './bench-service.js';
import { MemoryService, pngDataUrl } from './memory-service.js';
import { RecordService } from './record-service.js';
import { RunService } from './run-service.js';
import { resolveServiceContext, type ResolveContextOptions, type ServiceContext } from './service-context.js';
import { settingsView, writeSettings } from './settings-service.js';
import { UserFacingError } from '../../agent/core/errors.js';

export interface AppBackend extends Backend {
  /** Stop every run, benchmark, re-embed, import and export, and end every recording (the stop shortcut, the tray, `app.stopAll`); how many. */
  stopAll(): number;
  context(): ServiceContext;
  close(): Promise<void>;
}

export interface AppBackendOptions extends ResolveContextOptions {
  shell: 'electron' | 'web';
  /** The platform's file dialog (the Electron shell gives it); without it `app.pickPath` says to type the path. */
  pickPath?: (request: PickPathRequest) => Promise<string | null>;
}

export function createAppBackend(options: AppBackendOptions): AppBackend {
  let context = resolveServiceContext(options);
  const settings = () => context;
  const events = new EventHub();
  const memory = new MemoryService(settings, { emit: events.emit });
  const runs = new RunService(settings, events.emit);
  const benches = new BenchService(settings, events.emit);
  const recordings = new RecordService(settings, events.emit);

  const stopAll = () => runs.stopAll() + benches.stopAll() + recordings.stopAll() + memory.stopAll();

  const handlers: Handlers = {
    'app.info': () => ({ name: 'Understudy', version: packageVersion(), apiVersion: API_VERSION, platform: process.platform, shell: options.shell, canPickPaths: options.pickPath !== undefined }),
    'app.pickPath': async (input) => {
      if (!options.pickPath) throw new UserFacingError('app.pickPath: this window cannot open the machine\'s file dialog (web mode): type the path instead');
      return { path: await options.pickPath(input) };
    },
    'app.stopAll': () => ({ stopped: stopAll() }),
    'memory.stats': () => memory.stats(),
    'memory.list': (input) => memory.list(input),
    'memory.search': (input) => memory.search(input),
    'memory.show': (input) => memory.show(input.id),
    'screenshot.get': (input) => {
      const png = runs.screenshot(input.sha256, input.runId) ?? memory.screenshot(input.sha256) ?? recordings.screenshot(input.sha256);
      if (!png) throw new UserFacingError(`no screenshot ${input.sha256.slice(0, 12)}…`);
      return { dataUrl: pngDataUrl(png) };
    },
    'memory.delete': (input) => memory.delete(input.id),
    'memory.import': (input) => memory.import(input.path),
    'memory.export': (input) => memory.export(input),
    'memory.replay': (input) => runs.replay(memory.get(input.id)),
    'memory.reembed': () => memory.reembed(),
    'memory.stop': (input) => memory.stop(input.operation),
    'suite.folder': (input) => {
      const directory = openTaskDirectory(input.dir);
      return { root: directory.root, tasks: directory.tasks };
    },
    'suite.tasks': () => ({ tasks: SUITE_TASKS.map((task) => ({ name: task.name, description: task.description })) }),
    'run.start': (input) => runs.start(input),
    'run.stop': (input) => runs.stop(input.runId),
    'run.confirm': (input) => runs.confirm(input),
    'run.active': () => runs.list(),
    'record.start': (input) => recordings.start(input),
    'record.finish': (input) => recordings.finish(input),
    'record.active': () => recordings.list(),
    'bench.start': (input) => benches.start(input),
    'bench.stop': (input) => benches.stop(input.benchId),
    'bench.reports': (input) => benches.reports(input.limit),
    'settings.get': () => settingsView(context),
    'settings.set': (input) => {
      writeSettings(context.configFile.path, input);
      context = resolveServiceContext({ ...options, configPath: context.configFile.path });
      return settingsView(context);
    },
  };

  return {
    ...createBackend(handlers, events),
    stopAll,
    context: () => context,
    async close() {
      await runs.close();
      await recordings.close();
      await benches.close();
      memory.close();
    },
  };
}
