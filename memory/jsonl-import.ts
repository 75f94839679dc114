/**
 * Importing a JSONL export into the memory, as a stream: memory stays bounded
 * by one batch whatever the file's size (a 100 MB file once took 2.4 GB).
 *
 * Two passes over the file. The first checks every line (JSON, format
 * version, ids new to the memory and to the file, screenshot hashes) and
 * keeps only the ids: a bad line anywhere imports nothing and names its line.
 * The second writes in batches (embedding each under the signal), all inside
 * one transaction (`ExemplarStore.inOneTransaction`): a stop (Ctrl+C, the
 * app's Stop) or an embedder that fails part-way rolls it back, so the memory
 * is exactly as it was — never half an import. SQLite spills a large
 * transaction to its write-ahead log, not to this process's memory.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { UserFacingError, errorMessage } from '../agent/core/errors.js';
import type { ExemplarStore } from './exemplar-store.js';
import { readFileLines } from './file-lines.js';
import { parseJsonlRecord, type JsonlRecord } from './jsonl.js';
import { assertOrdinaryPath } from './special-paths.js';

/** Longest line accepted by default: a long trajectory with every screenshot inline is a few MB. */
export const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;

export interface ImportProgress {
  phase: 'checking' | 'importing';
  bytesRead: number;
  totalBytes: number;
  /** Lines read so far in this phase. */
  lines: number;
  /** Trajectories written so far (committed together when the import ends). */
  imported: number;
}

export interface ImportOptions {
  /** Stops the import between batches (Ctrl+C, the app's Stop, the app closing); nothing is then imported. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Skip trajectories whose id is already in the memory instead of refusing the file (a file that partly overlaps the memory). */
  skipExisting?: boolean;
  maxRecordBytes?: number;
  /** Trajectories per transaction; default 100. */
  batchSize?: number;
  /** Or fewer, once a batch holds this many bytes of JSON; default 8 MB. */
  batchBytes?: number;
}

export interface ImportResult {
  imported: number;
  /** Already in the memory (only with skipExisting). */
  skipped: number;
  path: string;
}

export async function importJsonl(store: ExemplarStore, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const source = resolve(file);
  assertOrdinaryPath(source, 'the import file');
  let stat;
  try {
    stat = statSync(source);
  } catch {
    throw new UserFacingError(`no such file: ${source}`);
  }
  if (stat.isDirectory()) throw new UserFacingError(`${source} is a folder, not a JSONL file`);
  if (!stat.isFile()) throw new UserFacingError(`${source} is not an ordinary file`, 'export to a file first, then import that file');
  const maxLineBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const totalBytes = stat.size;
  const report = (phase: ImportProgress['phase'], bytesRead: number, lines: number, imported: number) =>
    options.onProgress?.({ phase, bytesRead, totalBytes, lines, imported });

  // Pass 1: check every line; keep only ids.
  const toImport = new Set<string>();
  const lineOf = new Map<string, number>();
  let skipped = 0;
  try {
    for await (const { text, line, bytesRead } of readFileLines(source, { maxLineBytes, signal: options.signal, label: source })) {
      if (!text.trim()) continue;
      const fail = (message: string) => new UserFacingError(`${source} line ${line}: ${message}`);
      const { trajectory } = parseJsonlRecord(text, fail);
      const id = trajectory.id;
      const earlier = lineOf.get(id);
      if (earlier !== undefined) throw fail(`trajectory id ${id} repeats line ${earlier}`);
      lineOf.set(id, line);
      if (store.has(id)) {
        if (!options.skipExisting) {
          throw new UserFacingError(
            `${source} line ${line}: a trajectory with id ${id} is already in the memory; nothing was imported`,
            `delete it first with \`understudy memory delete ${id}\`, or import with --skip-existing to leave the memory's copy`,
          );
        }
        skipped++;
        continue;
      }
      toImport.add(id);
      report('checking', bytesRead, line, 0);
    }
  } catch (error) {
    if (options.signal?.aborted) throw new UserFacingError(`${source}: stopped while checking the file (${reasonOf(options.signal)}); nothing was imported`);
    if (error instanceof UserFacingError && !error.message.includes('nothing was imported')) {
      throw new UserFacingError(`${error.message}; nothing was imported`, error.hint);
    }
    throw error;
  }
  lineOf.clear();

  // Pass 2: write in batches, all in one transaction. The file must be the one just checked.
  const now = statSync(source);
  if (now.size !== stat.size || now.mtimeMs !== stat.mtimeMs) {
    throw new UserFacingError(`${source} changed while it was being checked; nothing was imported`, 'import it again once it is written');
  }
  const batchSize = options.batchSize ?? 100;
  const batchBytes = options.batchBytes ?? 8 * 1024 * 1024;
  let imported = 0;
  try {
    await store.inOneTransaction(async () => {
      let batch: JsonlRecord[] = [];
      let batchText = 0;
      let lastLine = 0;
      const write = async () => {
        if (batch.length === 0) return;
        await store.addManyAsync(batch, { signal: options.signal });
        imported += batch.length;
        batch = [];
        batchText = 0;
        // Let a Ctrl+C (a signal handler is an event-loop callback) be seen between batches.
        await nextTurn();
        options.signal?.throwIfAborted();
      };
      for await (const { text, line, bytesRead } of readFileLines(source, { maxLineBytes, signal: options.signal, label: source })) {
        if (!text.trim()) continue;
        const record = parseJsonlRecord(text, (message) => new UserFacingError(`${source} line ${line}: ${message} (the file changed after it was checked)`));
        if (!toImport.has(record.trajectory.id)) continue;
        batch.push(record);
        batchText += text.length;
        lastLine = line;
        if (batch.length >= batchSize || batchText >= batchBytes) {
          await write();
          report('importing', bytesRead, line, imported);
        }
      }
      await write();
      report('importing', totalBytes, lastLine, imported);
    });
  } catch (error) {
    const why = options.signal?.aborted ? `stopped (${reasonOf(options.signal)})` : errorMessage(error);
    const hint = !options.signal?.aborted && error instanceof UserFacingError ? error.hint : undefined;
    throw new UserFacingError(`${source}: ${why}; nothing was imported, the memory is as it was`, hint);
  }
  return { imported, skipped, path: source };
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (typeof reason === 'string') return reason;
  return reason instanceof Error ? reason.message : 'stopped';
}
