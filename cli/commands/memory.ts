/**
 * `understudy memory …`: look into and maintain the exemplar memory.
 *
 *   stats | list | show <id> | search "<task>" | import <file> | export <file> | delete <id> | reembed
 *
 * import, export and reembed show their progress on stderr; Ctrl+C stops them
 * and leaves the memory (and an export's target path) as it was.
 *
 * The memory file is `--memory <path>`, else $UNDERSTUDY_MEMORY, else the
 * config file's memory.path, else $XDG_DATA_HOME/understudy/memory.db
 * (~/.local/share/… without XDG). The embedder is the built-in one unless the
 * config's memory.embeddings (or UNDERSTUDY_EMBEDDINGS_URL and
 * UNDERSTUDY_EMBEDDINGS_MODEL) name an OpenAI-compatible endpoint.
 */
import { printable } from '../../agent/core/printable-text.js';
import { wholeNumberOption } from '../flags.js';
import { resolveCommandSettings, type CommandSettings } from '../command-settings.js';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { describeAction } from '../../agent/core/action.js';
import { UserFacingError } from '../../agent/core/errors.js';
import { EnvironmentKindSchema } from '../../agent/core/observation.js';
import { TrajectorySourceSchema } from '../../agent/core/trajectory.js';
import type { ImportProgress } from '../../memory/jsonl-import.js';
import { formatBytes } from '../../memory/file-lines.js';
import { MemoryService } from '../../main/service/memory-service.js';
import type { ParsedInput } from '../../main/api/contract.js';
import { progressLine } from '../progress-line.js';

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

/** Progress of a long import on stderr: one line rewritten in place on a terminal, elsewhere a line at most once a second. */
function importProgressPrinter(): { update: (progress: ImportProgress) => void; end: () => void } {
  const line = progressLine(process.stderr, { everyMs: process.stderr.isTTY ? 100 : 1_000 });
  return {
    update(progress) {
      const percent = progress.totalBytes ? Math.floor((progress.bytesRead / progress.totalBytes) * 100) : 100;
      line.update(
        `${progress.phase} ${percent}% (${formatBytes(progress.bytesRead)} of ${formatBytes(progress.totalBytes)}, line ${progress.lines}` +
          `${progress.phase === 'importing' ? `, ${progress.imported} imported` : ''})`,
      );
    },
    end: line.end,
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


/** Read-only commands on a memory that does not exist yet say so instead of failing. */
function missing(command: Command): boolean {
  const path = memoryPath(command);
  if (existsSync(path)) return false;
  write(`no memory yet at ${path} (record a demonstration, run a task, or \`understudy memory import <file>\`)`);
  return true;
}

/**
 * The app's memory service on this command's settings: every subcommand does
 * exactly what the app's request of the same name does. Look-only commands
 * open the file read-only.
 */
async function withService<T>(command: Command, use: (service: MemoryService) => T | Promise<T>, options: { readonly?: boolean } = {}): Promise<T> {
  const service = new MemoryService(() => settings(command), options);
  try {
    return await use(service);
  } finally {
    service.close();
  }
}

type Filters = ParsedInput<'memory.list'>['filters'];

function filtersFrom(options: FilterOptions): Filters {
  const filters: Filters = {};
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
  if (options.app !== undefined) filters.app = options.app;
  if (options.successOnly) filters.successOnly = true;
  return filters;
}

/** Run a long operation that Ctrl+C (or SIGTERM) stops through its signal. */
async function whileInterruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = (signal: NodeJS.Signals) => controller.abort(signal === 'SIGINT' ? 'Ctrl+C' : signal);
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
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
    .action(async (_options: unknown, command: Command) => {
      if (missing(command)) return;
      const stats = (await withService(command, (service) => service.stats(), { readonly: true })).details;
      if (!stats) return void missing(command);
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
  ).action(async (options: FilterOptions & { limit: number; offset: number }, command: Command) => {
    const filters = filtersFrom(options);
    if (missing(command)) return;
    const { items } = await withService(command, (service) => service.list({ limit: options.limit, offset: options.offset, filters }), { readonly: true });
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
    .action(async (id: string, _options: unknown, command: Command) => {
      if (missing(command)) return;
      const trajectory = await withService(command, (service) => service.find(id), { readonly: true });
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
  ).action(async (task: string, options: FilterOptions & { state?: string; top: number; mode: string }, command: Command) => {
    const modes = ['hybrid', 'full-text', 'vector'] as const;
    const mode = modes.find((candidate) => candidate === options.mode);
    if (!mode) throw new UserFacingError(`--mode must be hybrid, full-text or vector, got ${JSON.stringify(options.mode)}`);
    if (options.top < 1) throw new UserFacingError('--top must be at least 1');
    const filters = filtersFrom(options);
    if (missing(command)) return;
    const { hits } = await withService(command, (service) => service.search({ query: task, state: options.state, k: options.top, mode, filters }), { readonly: true });
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
    .description('add the trajectories of a JSONL file (checked whole first, then written in one transaction: all or nothing; Ctrl+C leaves the memory as it was)')
    .option('--skip-existing', 'leave trajectories already in the memory instead of refusing the file')
    .option('--max-record-mb <n>', 'longest line accepted, in MB', wholeNumberOption('--max-record-mb', 1), 32)
    .action(async (file: string, options: { skipExisting?: boolean; maxRecordMb: number }, command: Command) => {
      const progress = importProgressPrinter();
      const result = await whileInterruptible((signal) =>
        withService(command, (service) =>
          service.import(file, { signal, skipExisting: options.skipExisting, maxRecordBytes: options.maxRecordMb * 1024 * 1024, onProgress: progress.update }),
        ),
      ).finally(progress.end);
      const skipped = result.skipped ? ` (${result.skipped} already there, left as they were)` : '';
      write(`imported ${result.count} trajectories into ${memoryPath(command)}${skipped}`);
    });

  memory
    .command('export <file>')
    .description('write every trajectory to a JSONL file (through a temporary file beside it, renamed at the end: Ctrl+C leaves the path as it was)')
    .option('--screenshots', 'include screenshots (base64)')
    .action(async (file: string, options: { screenshots?: boolean }, command: Command) => {
      const progress = progressLine(process.stderr, { everyMs: process.stderr.isTTY ? 100 : 1_000 });
      const { count, path } = await whileInterruptible((signal) =>
        withService(command, (service) =>
          service.export(
            { path: file, screenshots: options.screenshots ?? false },
            { signal, onProgress: ({ written, total }) => progress.update(`exporting ${written}/${total} (${total ? Math.floor((written / total) * 100) : 100}%)`) },
          ),
        ),
      ).finally(progress.end);
      write(`exported ${count} trajectories to ${path}`);
    });

  memory
    .command('delete <id>')
    .description('remove one trajectory (and screenshots nothing else uses)')
    .action(async (id: string, _options: unknown, command: Command) => {
      if (!existsSync(memoryPath(command))) throw new UserFacingError(`no memory at ${memoryPath(command)}`);
      await withService(command, (service) => service.delete(id));
      write(`deleted ${id}`);
    });

  memory
    .command('reembed')
    .description('recompute every vector with the configured embedder (after changing embedders; Ctrl+C stops it and changes nothing)')
    .action(async (_options: unknown, command: Command) => {
      // One line on a terminal, rewritten in place; elsewhere a line at most once a second.
      const progress = progressLine(process.stderr, { everyMs: process.stderr.isTTY ? 100 : 1_000 });
      const result = await whileInterruptible((signal) =>
        withService(command, (service) => service.reembed({ signal, onProgress: (done, total) => progress.update(`re-embedding ${done}/${total} (${Math.floor((done / total) * 100)}%)`) })),
      ).finally(progress.end);
      write(
        `re-embedded ${result.count} trajectories: ${result.before.name} (${result.before.dimension}) → ${result.after.name} (${result.after.dimension})`,
      );
    });
}
