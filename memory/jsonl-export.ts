/**
 * Exporting the memory to a JSONL file, as a stream: batch by batch into a
 * temporary file beside the target, with progress, renamed onto the target
 * only once every line is written and flushed. A stop (Ctrl+C, the app's
 * Stop, the app closing) or a failure removes the temporary file, so the
 * target is either the whole export or exactly what was there before — never
 * half a file, and an older export at that path is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { UserFacingError, errorMessage } from '../agent/core/errors.js';
import type { ExemplarStore } from './exemplar-store.js';
import { trajectoryLine } from './jsonl.js';
import { assertOrdinaryPath } from './special-paths.js';

export interface ExportProgress {
  /** Trajectories written so far. */
  written: number;
  /** Trajectories in the memory when the export began. */
  total: number;
}

export interface ExportOptions {
  /** Include the PNGs the steps refer to, base64; default false. */
  screenshots?: boolean;
  /** Stops the export between batches; the target is then left as it was. */
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Trajectories per write; default 100. */
  batchSize?: number;
}

export interface ExportResult {
  count: number;
  path: string;
}

/** Write every trajectory (oldest first) to `file`. The file appears whole or not at all. */
export async function exportJsonl(store: ExemplarStore, file: string, options: ExportOptions = {}): Promise<ExportResult> {
  const target = resolve(file);
  assertOrdinaryPath(target, 'the export file');
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UserFacingError(`${target} is a folder`, 'give the path of a file to write, e.g. memory.jsonl');
  if (existing && !existing.isFile()) throw new UserFacingError(`${target} is not an ordinary file`, 'give the path of a file in an ordinary folder');
  // Hidden, beside the target (same file system, so the rename is atomic), and new ('wx': never an existing file or link).
  const temporary = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  let handle;
  try {
    handle = await open(temporary, 'wx', 0o600);
  } catch (error) {
    throw new UserFacingError(`cannot write beside ${target}: ${errorMessage(error)}`, 'choose a folder you can write to');
  }
  const batchSize = options.batchSize ?? 100;
  let written = 0;
  let total = 0;
  try {
    options.signal?.throwIfAborted();
    const ids = store.ids();
    total = ids.length;
    options.onProgress?.({ written, total });
    for (let start = 0; start < total; start += batchSize) {
      let text = '';
      let count = 0;
      for (const id of ids.slice(start, start + batchSize)) {
        const trajectory = store.get(id);
        if (!trajectory) continue; // deleted meanwhile
        const shots = new Map<string, Uint8Array>();
        if (options.screenshots) {
          for (const step of trajectory.steps) {
            const sha = step.observation.screenshotSha256;
            const png = sha ? store.screenshot(sha) : undefined;
            if (sha && png) shots.set(sha, png);
          }
        }
        text += trajectoryLine(trajectory, shots);
        count++;
      }
      await handle.write(text);
      written += count;
      options.onProgress?.({ written, total });
      // Let a stop (a signal handler, a WebSocket message) be seen between batches; the store is not touched after one.
      await nextTurn();
      options.signal?.throwIfAborted();
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    options.signal?.throwIfAborted();
    await rename(temporary, target);
    return { count: written, path: target };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true });
    const before = existing ? `${target} is as it was` : `no file was written at ${target}`;
    if (options.signal?.aborted) throw new UserFacingError(`export stopped (${reasonOf(options.signal)}) after ${written} of ${total} trajectories: ${before}`);
    throw new UserFacingError(`export to ${target} failed: ${errorMessage(error)}; ${before}`, error instanceof UserFacingError ? error.hint : undefined);
  }
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (typeof reason === 'string') return reason;
  return reason instanceof Error ? reason.message : 'stopped';
}
