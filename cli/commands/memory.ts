/**
 * `understudy memory …`: look into and maintain the exemplar memory.
 *
 *   stats | list | show <id> | search "<task>" | import <file> | export <file> | delete <id> | reembed
 *
 * The memory file is `--memory <path>`, else $UNDERSTUDY_MEMORY, else the
 * config file's memory.path, else $XDG_DATA_HOME/understudy/memory.db
 * (~/.local/share/… without XDG). The embedder is the built-in one unless the
 * config's memory.embeddings (or UNDERSTUDY_EMBEDDINGS_URL and
 * UNDERSTUDY_EMBEDDINGS_MODEL) name an OpenAI-compatible endpoint.
 */
import { printable } from '../../agent/core/printable-text.js';
import { wholeNumberOption } from '../flags.js';
import { openConfiguredMemory } from '../../main/service/configured-memory.js';
import { resolveCommandSettings, type CommandSettings } from '../command-settings.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describeAction } from '../../agent/core/action.js';
import { UserFacingError } from '../../agent/core/errors.js';
import type { RetrievalFilters } from '../../agent/core/exemplar-memory.js';
import { EnvironmentKindSchema } from '../../agent/core/observation.js';
import { TrajectorySourceSchema } from '../../agent/core/trajectory.js';
import { ExemplarStore, type RetrievalMode } from '../../memory/exemplar-store.js';
import { importJsonl, type ImportProgress } from '../../memory/jsonl-import.js';
import { formatBytes } from '../../memory/file-lines.js';
import { MemoryService } from '../../main/service/memory-service.js';

interface MemoryOptions {
  memory?: string;
  config?: string;
  json?: boolean;
}

interface FilterOptions {
  environment?: string;
  app?: string;
  source?: string;
  successOnly?: boolean;
}

/** Stored tasks and page text come from files and pages: their control characters are shown, not obeyed. */
const write = (text: string): void => {
  const safe = printable(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
};

/** Progress of a long import on stderr, at most once a second, after the first second. */
function importProgressPrinter(): { update: (progress: ImportProgress) => void; end: () => void } {
  const started = Date.now();
  let last = started;
  let shown = false;
  const terminal = Boolean(process.stderr.isTTY);
  return {
    update(progress) {
      const now = Date.now();
      if (now - last < 1_000) return;
      last = now;
      shown = true;
      const percent = progress.totalBytes ? Math.floor((progress.bytesRead / progress.totalBytes) * 100) : 100;
      const line =
        `${progress.phase} ${percent}% (${formatBytes(progress.bytesRead)} of ${formatBytes(progress.totalBytes)}, line ${progress.lines}` +
        `${progress.phase === 'importing' ? `, ${progress.imported} imported` : ''})`;
      process.stderr.write(terminal ? `\r${line}\x1b[K` : `${line}\n`);
    },
    end() {
      if (shown && terminal) process.stderr.write('\n');
      shown = false;
    },
  };
}

/** A plain-text table: columns padded to their widest cell, long cells cut with "…". */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly number[] = []): string {
  const cut = (text: string, column: number) => {
    const max = maxWidths[column];
    const flat = text.replace(/\s+/g, ' ');
    return max && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const cells = [header, ...rows].map((row) => row.map((cell, column) => cut(cell, column)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((width) => '─'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** "label  value" lines with the labels aligned. */
export function formatPairs(pairs: readonly (readonly [string, string])[]): string {
  const width = Math.max(...pairs.map(([label]) => label.length));
  return pairs.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

/** The configuration of this command, resolved once (by the first subcommand that asks) at the front door. */
const resolved = new WeakMap<Command, CommandSettings>();
function settings(command: Command): CommandSettings {
  let found = resolved.get(command);
  if (!found) {
    const options = command.optsWithGlobals<MemoryOptions>();
    found = resolveCommandSettings({ config: options.config, memory: options.memory });
    resolved.set(command, found);
  }
  return found;
}

function memoryPath(command: Command): string {
  return settings(command).memoryPath;
}

function openStore(command: Command, options: { readonly?: boolean; allowEmbedderMismatch?: boolean } = {}): ExemplarStore {
  return openConfiguredMemory(memoryPath(command), settings(command).config, options);
}

/** Read-only commands on a memory that does not exist yet say so instead of failing. */
function missing(command: Command): boolean {
  const path = memoryPath(command);
  if (existsSync(path)) return false;
  write(`no memory yet at ${path} (record a demonstration, run a task, or \`understudy memory import <file>\`)`);
  return true;
}

/** The app's memory service on this command's settings: `import`, `export` and `reembed` do exactly what the app's requests do. */
function withService<T>(command: Command, use: (service: MemoryService) => T): T {
  const service = new MemoryService(() => settings(command));
  try {
    return use(service);
  } finally {
    service.close();
  }
}

function withStore<T>(store: ExemplarStore, use: (store: ExemplarStore) => T): T {
  try {
    return use(store);
  } finally {
    store.close();
    const embedder = store.embedder;
    embedder.close?.();
  }
}

function filtersFrom(options: FilterOptions): RetrievalFilters {
  const filters: RetrievalFilters = {};
  if (options.environment) {
    const parsed = EnvironmentKindSchema.safeParse(options.environment);
    if (!parsed.success) throw new UserFacingError(`--environment must be browser or desktop, got ${JSON.stringify(options.environment)}`);
    filters.environment = parsed.data;
  }
  if (options.source) {
    const parsed = TrajectorySourceSchema.safeParse(options.source);
    if (!parsed.success) throw new UserFacingError(`--source must be demonstration or agent, got ${JSON.stringify(options.source)}`);
    filters.source = parsed.data;
  }
  if (options.app !== undefined) filters.appKey = options.app;
  if (options.successOnly) filters.successOnly = true;
  return filters;
}

const date = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16);
const bytes = (count: number) =>
  count < 1024 ? `${count} B` : count < 1024 ** 2 ? `${(count / 1024).toFixed(1)} KiB` : `${(count / 1024 ** 2).toFixed(1)} MiB`;

function addFilterOptions(command: Command): Command {
  return command
    .option('--environment <kind>', 'only browser or desktop trajectories')
    .option('--app <key>', 'only this app/site key')
    .option('--source <source>', 'only demonstration or agent trajectories')
    .option('--success-only', 'only trajectories that succeeded');
}

export function registerMemoryCommand(program: Command): void {
  const memory = program
    .command('memory')
    .description('inspect and maintain the exemplar memory')
    .option('--memory <path>', 'memory file (default memory.path in the config, $UNDERSTUDY_MEMORY or $XDG_DATA_HOME/understudy/memory.db)')
    .option('--config <file>', 'config file: the memory file and its embedder (default: $UNDERSTUDY_CONFIG or ~/.config/understudy/config.json)')
    .option('--json', 'print JSON instead of tables');

  memory
    .command('stats')
    .description('what the memory holds')
    .action((_options: unknown, command: Command) => {
      if (missing(command)) return;
      const stats = withStore(openStore(command, { readonly: true, allowEmbedderMismatch: true }), (store) => store.stats());
      if (command.optsWithGlobals<MemoryOptions>().json) return write(JSON.stringify(stats, null, 2));
      const counts = (record: Record<string, number>) => Object.entries(record).map(([key, value]) => `${key} ${value}`).join(', ') || '—';
      write(
        formatPairs([
            ['file', stats.path],
            ['size', bytes(stats.fileBytes)],
            ['schema version', String(stats.schemaVersion)],
            ['trajectories', `${stats.trajectories} (${stats.successful} successful)`],
            ['by source', counts(stats.bySource)],
            ['by environment', counts(stats.byEnvironment)],
            ['steps', String(stats.steps)],
            ['screenshots', `${stats.screenshots} (${bytes(stats.screenshotBytes)})`],
            ['embedder', `${stats.embedder.name}, ${stats.embedder.dimension} dimensions`],
        ]),
      );
    });

  addFilterOptions(
    memory
      .command('list')
      .description('trajectories, newest first')
      .option('-n, --limit <count>', 'how many', wholeNumberOption('--limit', 1), 20)
      .option('--offset <count>', 'skip this many', wholeNumberOption('--offset', 0), 0),
  ).action((options: FilterOptions & { limit: number; offset: number }, command: Command) => {
    if (missing(command)) return;
    const items = withStore(openStore(command, { readonly: true, allowEmbedderMismatch: true }), (store) =>
      store.list({ limit: options.limit, offset: options.offset, filters: filtersFrom(options) }),
    );
    if (command.optsWithGlobals<MemoryOptions>().json) return write(JSON.stringify(items, null, 2));
    if (items.length === 0) return write('no trajectories match');
    write(
      formatTable(
        ['id', 'created', 'source', 'env', 'outcome', 'steps', 'task'],
        items.map((item) => [item.id, date(item.createdAt), item.source, item.environment, item.status, String(item.steps), item.task]),
        [28, 16, 13, 7, 15, 5, 70],
      ),
    );
  });

  memory
    .command('show <id>')
    .description('one trajectory, step by step')
    .action((id: string, _options: unknown, command: Command) => {
      if (missing(command)) return;
      const trajectory = withStore(openStore(command, { readonly: true, allowEmbedderMismatch: true }), (store) => store.get(id));
      if (!trajectory) throw new UserFacingError(`no trajectory with id ${id}`, 'see `understudy memory list` for ids');
      if (command.optsWithGlobals<MemoryOptions>().json) return write(JSON.stringify(trajectory, null, 2));
      write(
        formatPairs([
            ['id', trajectory.id],
            ['task', trajectory.task],
            ['created', date(trajectory.createdAt)],
            ['source', trajectory.source],
            ['environment', `${trajectory.environment}${trajectory.appKey ? ` (${trajectory.appKey})` : ''}`],
            ['outcome', `${trajectory.outcome.status}: ${trajectory.outcome.reason}${trajectory.outcome.reward !== undefined ? ` (reward ${trajectory.outcome.reward})` : ''}`],
            ...(trajectory.outcome.answer ? [['answer', trajectory.outcome.answer] as const] : []),
        ]),
      );
      write('');
      write(
        formatTable(
          ['#', 'action', 'ok', 'observation (first line)', 'thought'],
          trajectory.steps.map((step) => [
            String(step.index),
            describeAction(step.action),
            step.result ? (step.result.ok ? 'yes' : `no: ${step.result.error ?? step.result.code ?? ''}`) : '',
            step.observation.text.split('\n')[0] ?? '',
            step.thought ?? '',
          ]),
          [3, 40, 20, 50, 50],
        ),
      );
    });

  addFilterOptions(
    memory
      .command('search <task>')
      .description('the trajectories retrieval would pick for a task')
      .option('--state <text>', 'a summary of the current state (e.g. the first observation), as the agent would pass')
      .option('-k, --top <count>', 'how many', wholeNumberOption('--top', 1), 5)
      .option('--mode <mode>', 'hybrid, full-text or vector', 'hybrid'),
  ).action((task: string, options: FilterOptions & { state?: string; top: number; mode: string }, command: Command) => {
    if (!['hybrid', 'full-text', 'vector'].includes(options.mode)) {
      throw new UserFacingError(`--mode must be hybrid, full-text or vector, got ${JSON.stringify(options.mode)}`);
    }
    if (options.top < 1) throw new UserFacingError('--top must be at least 1');
    if (missing(command)) return;
    const hits = withStore(openStore(command, { readonly: true }), (store) =>
      store.search({ task, state: options.state }, options.top, filtersFrom(options), { mode: options.mode as RetrievalMode }),
    );
    if (command.optsWithGlobals<MemoryOptions>().json) return write(JSON.stringify(hits, null, 2));
    if (hits.length === 0) return write('nothing similar in the memory');
    write(
      formatTable(
        ['#', 'score', 'id', 'task', 'why'],
        hits.map((hit, index) => [String(index + 1), hit.score.toFixed(4), hit.id, hit.task, hit.why]),
        [3, 6, 28, 60, 80],
      ),
    );
  });

  memory
    .command('import <file>')
    .description('add the trajectories of a JSONL file (checked whole first; written in batches; Ctrl+C keeps what is written)')
    .option('--skip-existing', 'leave trajectories already in the memory (to finish an import that was cut)')
    .option('--max-record-mb <n>', 'longest line accepted, in MB', wholeNumberOption('--max-record-mb', 1), 32)
    .action(async (file: string, options: { skipExisting?: boolean; maxRecordMb: number }, command: Command) => {
      const store = openStore(command);
      const controller = new AbortController();
      const onInterrupt = () => controller.abort('Ctrl+C');
      process.once('SIGINT', onInterrupt);
      process.once('SIGTERM', onInterrupt);
      const progress = importProgressPrinter();
      try {
        const result = await importJsonl(store, file, {
          signal: controller.signal,
          skipExisting: options.skipExisting,
          maxRecordBytes: options.maxRecordMb * 1024 * 1024,
          onProgress: progress.update,
        });
        progress.end();
        const skipped = result.skipped ? ` (${result.skipped} already there, left as they were)` : '';
        write(`imported ${result.imported} trajectories into ${memoryPath(command)}${skipped}`);
      } finally {
        progress.end();
        process.off('SIGINT', onInterrupt);
        process.off('SIGTERM', onInterrupt);
        store.close();
        store.embedder.close?.();
      }
    });

  memory
    .command('export <file>')
    .description('write every trajectory to a JSONL file')
    .option('--screenshots', 'include screenshots (base64)')
    .action((file: string, options: { screenshots?: boolean }, command: Command) => {
      const { count, path } = withService(command, (service) => service.export({ path: file, screenshots: options.screenshots ?? false }));
      write(`exported ${count} trajectories to ${path}`);
    });

  memory
    .command('delete <id>')
    .description('remove one trajectory (and screenshots nothing else uses)')
    .action((id: string, _options: unknown, command: Command) => {
      if (!existsSync(memoryPath(command))) throw new UserFacingError(`no memory at ${memoryPath(command)}`);
      const deleted = withStore(openStore(command, { allowEmbedderMismatch: true }), (store) => store.delete(id));
      if (!deleted) throw new UserFacingError(`no trajectory with id ${id}`, 'see `understudy memory list` for ids');
      write(`deleted ${id}`);
    });

  memory
    .command('reembed')
    .description('recompute every vector with the configured embedder (after changing embedders)')
    .action((_options: unknown, command: Command) => {
      const result = withService(command, (service) => {
        const done = service.reembed((count, total) => {
          if (process.stderr.isTTY) process.stderr.write(`\rembedding ${count}/${total}`);
        });
        if (process.stderr.isTTY && done.count > 0) process.stderr.write('\n');
        return done;
      });
      write(
        `re-embedded ${result.count} trajectories: ${result.before.name} (${result.before.dimension}) → ${result.after.name} (${result.after.dimension})`,
      );
    });
}
