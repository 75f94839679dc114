/**
 * The JSONL export format: one trajectory per line, each line carrying its
 * own `formatVersion`; screenshots optionally inline as base64 under
 * `screenshots: { sha256: base64 }`. One line written, and one line checked;
 * jsonl-export.ts streams the memory into a file of them, jsonl-import.ts a
 * file of them into the memory.
 */
import { errorMessage } from '../agent/core/errors.js';
import { parseTrajectory, type Trajectory } from '../agent/core/trajectory.js';
import { screenshotKey } from '../agent/core/screenshot-key.js';

/** One line of the format (with its line break): the trajectory, and its screenshots inline when given. */
export function trajectoryLine(trajectory: Trajectory, screenshots?: ReadonlyMap<string, Uint8Array>): string {
  const line: Record<string, unknown> = { ...trajectory };
  if (screenshots?.size) {
    line.screenshots = Object.fromEntries([...screenshots].map(([sha, png]) => [sha, Buffer.from(png).toString('base64')]));
  }
  return `${JSON.stringify(line)}\n`;
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

export interface JsonlRecord {
  trajectory: Trajectory;
  screenshots: Map<string, Uint8Array>;
}

/**
 * One line of an export, checked: a trajectory of a format this build reads,
 * a sane createdAt, bounded nesting, screenshots whose bytes match their
 * sha256. Throws `fail(message)` for the first problem.
 */
export function parseJsonlRecord(text: string, fail: (message: string) => Error): JsonlRecord {
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
      const png = new Uint8Array(Buffer.from(data, 'base64'));
      const actual = screenshotKey(png);
      if (actual !== sha) throw fail(`the screenshot given for ${sha} has sha256 ${actual}`);
      screenshots.set(sha, png);
    }
  }
  return { trajectory, screenshots };
}
