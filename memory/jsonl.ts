/**
 * JSONL import / export: one trajectory per line, each line carrying its own
 * `formatVersion`; screenshots optionally inline as base64 under
 * `screenshots: { sha256: base64 }`. Import is all-or-nothing per file and
 * names the line of the first problem.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserFacingError, errorMessage } from '../agent/core/errors.js';
import { parseTrajectory, type Trajectory } from '../agent/core/trajectory.js';
import type { ExemplarStore } from './exemplar-store.js';
import { assertOrdinaryPath } from './special-paths.js';

export interface ExportOptions {
  /** Include the PNGs the steps refer to, base64; default false. */
  screenshots?: boolean;
}

/** Write every trajectory (oldest first) to `file`; returns how many. The file appears whole or not at all. */
export function exportJsonl(store: ExemplarStore, file: string, options: ExportOptions = {}): number {
  const target = resolve(file);
  assertOrdinaryPath(target, 'the export file');
  const temporary = `${target}.partial-${process.pid}`;
  const descriptor = openSync(temporary, 'w');
  let count = 0;
  try {
    for (const id of store.ids()) {
      const trajectory = store.get(id);
      if (!trajectory) continue; // deleted meanwhile by another process
      const line: Record<string, unknown> = { ...trajectory };
      if (options.screenshots) {
        const shots: Record<string, string> = {};
        for (const step of trajectory.steps) {
          const sha = step.observation.screenshotSha256;
          const png = sha ? store.screenshot(sha) : undefined;
          if (sha && png) shots[sha] = Buffer.from(png).toString('base64');
        }
        if (Object.keys(shots).length) line.screenshots = shots;
      }
      writeSync(descriptor, `${JSON.stringify(line)}\n`);
      count++;
    }
    closeSync(descriptor);
    renameSync(temporary, target);
    return count;
  } catch (error) {
    try {
      closeSync(descriptor);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Deepest nesting a line may have: trajectories are a few levels deep; metadata a few more. */
const MAX_NESTING = 64;

function nestingDepth(value: unknown, depth: number): number {
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, nestingDepth(child, depth + 1));
    if (deepest > MAX_NESTING) break;
  }
  return deepest;
}

/** Parse a JSONL file of trajectories; throws a UserFacingError naming the file and line of the first problem. */
export function readJsonl(file: string): { trajectory: Trajectory; screenshots: Map<string, Uint8Array>; line: number }[] {
  const source = resolve(file);
  assertOrdinaryPath(source, 'the import file');
  if (!existsSync(source)) throw new UserFacingError(`no such file: ${source}`);
  if (statSync(source).isDirectory()) throw new UserFacingError(`${source} is a folder, not a JSONL file`);
  // A UTF-8 byte order mark (Windows editors write one) is not part of the first line's JSON.
  const lines = readFileSync(source, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const items: { trajectory: Trajectory; screenshots: Map<string, Uint8Array>; line: number }[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    if (!text.trim()) return;
    const fail = (message: string) => new UserFacingError(`${source} line ${line}: ${message}; nothing was imported`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw fail(`not valid JSON (${errorMessage(error)})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw fail('expected a JSON object (one trajectory)');
    if (!('formatVersion' in value)) throw fail('missing formatVersion');
    const createdAt = (value as { createdAt?: unknown }).createdAt;
    // SQLite keeps it as an integer of milliseconds; a Date can hold ±8.64e15.
    if (typeof createdAt === 'number' && !(Number.isFinite(createdAt) && Math.abs(createdAt) <= 8.64e15)) {
      throw fail(`createdAt ${createdAt} is not a time (milliseconds since 1970, at most 8.64e15)`);
    }
    const depth = nestingDepth(value, 0);
    if (depth > MAX_NESTING) throw fail(`nested more than ${MAX_NESTING} levels deep`);
    let trajectory: Trajectory;
    try {
      trajectory = parseTrajectory(value);
    } catch (error) {
      throw fail(errorMessage(error));
    }
    const screenshots = new Map<string, Uint8Array>();
    const shots = (value as { screenshots?: unknown }).screenshots;
    if (shots !== undefined) {
      if (!shots || typeof shots !== 'object' || Array.isArray(shots)) throw fail('screenshots must be an object of sha256 → base64');
      for (const [sha, data] of Object.entries(shots)) {
        if (!/^[0-9a-f]{64}$/.test(sha) || typeof data !== 'string') throw fail(`bad screenshot entry ${JSON.stringify(sha.slice(0, 70))}`);
        screenshots.set(sha, new Uint8Array(Buffer.from(data, 'base64')));
      }
    }
    items.push({ trajectory, screenshots, line });
  });
  return items;
}

/** Import every trajectory of `file` in one transaction; returns how many. Any bad line imports nothing. */
export function importJsonl(store: ExemplarStore, file: string): number {
  const items = readJsonl(file);
  const source = resolve(file);
  const lineOf = new Map<string, number>();
  for (const item of items) {
    const earlier = lineOf.get(item.trajectory.id);
    if (earlier !== undefined) {
      throw new UserFacingError(`${source} line ${item.line}: trajectory id ${item.trajectory.id} repeats line ${earlier}; nothing was imported`);
    }
    lineOf.set(item.trajectory.id, item.line);
    if (store.has(item.trajectory.id)) {
      throw new UserFacingError(
        `${source} line ${item.line}: a trajectory with id ${item.trajectory.id} is already in the memory; nothing was imported`,
        `delete it first with \`understudy memory delete ${item.trajectory.id}\``,
      );
    }
  }
  try {
    store.addMany(items.map(({ trajectory, screenshots }) => ({ trajectory, screenshots })));
  } catch (error) {
    const message = errorMessage(error);
    const id = items.find((item) => message.includes(item.trajectory.id));
    throw new UserFacingError(`${source}${id ? ` line ${id.line}` : ''}: ${message}; nothing was imported`);
  }
  return items.length;
}
