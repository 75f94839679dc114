import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../agent/core/errors.js';
import { samplePng, sampleTrajectory, tempFolder } from '../test/integration/memory-kit.js';
import { ExemplarStore } from './exemplar-store.js';
import { exportJsonl } from './jsonl-export.js';
import { importJsonl } from './jsonl-import.js';

let folder: { path: string; remove: () => void };
let store: ExemplarStore;

beforeEach(() => {
  folder = tempFolder();
  store = ExemplarStore.open(join(folder.path, 'memory.db'));
});
afterEach(() => {
  store.close();
  folder.remove();
});

async function errorOf(action: () => unknown): Promise<UserFacingError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

const imported = async (file: string) => (await importJsonl(store, file)).imported;

describe('JSONL export and import', () => {
  it('round-trips trajectories and, when asked, their screenshots', async () => {
    const { png, sha256 } = samplePng(77);
    const first = sampleTrajectory({ id: 'first', screenshotSha256: sha256, createdAt: 1 });
    const second = sampleTrajectory({ id: 'second', task: 'Open the mail', steps: 1, createdAt: 2 });
    store.add(first, new Map([[sha256, png]]));
    store.add(second);
    const file = join(folder.path, 'out.jsonl');
    expect(await exportJsonl(store, file, { screenshots: true })).toEqual({ count: 2, path: file });
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.id, line.formatVersion])).toEqual([['first', 1], ['second', 1]]);
    expect(Object.keys(lines[0]!.screenshots as object)).toEqual([sha256]);

    const other = ExemplarStore.open(join(folder.path, 'other.db'));
    try {
      expect((await importJsonl(other, file)).imported).toBe(2);
      expect(other.get('first')).toEqual(first);
      expect(other.get('second')).toEqual(second);
      expect(Buffer.from(other.screenshot(sha256)!)).toEqual(Buffer.from(png));
      expect(other.retrieve({ task: 'Open the mail' }, 1)[0]?.trajectory.id).toBe('second');
    } finally {
      other.close();
    }
  });

  it('leaves screenshots out by default', async () => {
    const { png, sha256 } = samplePng(5);
    store.add(sampleTrajectory({ id: 'x', screenshotSha256: sha256 }), new Map([[sha256, png]]));
    const file = join(folder.path, 'out.jsonl');
    await exportJsonl(store, file);
    expect(readFileSync(file, 'utf8')).not.toContain('"screenshots"');
  });

  it('imports nothing when any line is bad, and names the line', async () => {
    const good = JSON.stringify(sampleTrajectory({ id: 'good' }));
    const cases: [string, RegExp][] = [
      [`${good}\n{not json\n`, /line 2: not valid JSON/],
      [`${good}\n\n[1, 2]\n`, /line 3: expected a JSON object/],
      [`${good}\n${JSON.stringify({ ...sampleTrajectory({ id: 'nov' }), formatVersion: undefined })}\n`, /line 2: missing formatVersion/],
      [`${good}\n${JSON.stringify({ ...sampleTrajectory({ id: 'bad' }), outcome: { status: 'meh' } })}\n`, /line 2: invalid trajectory: outcome/],
      [`${good}\n${good}\n`, /line 2: trajectory id good repeats line 1/],
    ];
    for (const [content, pattern] of cases) {
      const file = join(folder.path, 'in.jsonl');
      writeFileSync(file, content);
      const error = await errorOf(() => importJsonl(store, file));
      expect(error.message).toMatch(pattern);
      expect(error.message).toContain(file);
      expect(error.message).toMatch(/nothing was imported/);
      expect(store.count()).toBe(0);
    }
  });

  it('refuses a future format version with a message that says so', async () => {
    const file = join(folder.path, 'future.jsonl');
    writeFileSync(file, `${JSON.stringify(sampleTrajectory({ id: 'now' }))}\n${JSON.stringify({ ...sampleTrajectory({ id: 'later' }), formatVersion: 7 })}\n`);
    const error = await errorOf(() => importJsonl(store, file));
    expect(error.message).toMatch(/line 2: trajectory format version 7 is newer than this Understudy understands \(1\)/);
    expect(store.count()).toBe(0);
  });

  it('refuses ids already in the memory, naming the delete command', async () => {
    store.add(sampleTrajectory({ id: 'taken' }));
    const file = join(folder.path, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify(sampleTrajectory({ id: 'free' }))}\n${JSON.stringify(sampleTrajectory({ id: 'taken' }))}\n`);
    const error = await errorOf(() => importJsonl(store, file));
    expect(error.message).toMatch(/line 2: a trajectory with id taken is already in the memory/);
    expect(error.hint).toMatch(/understudy memory delete taken/);
    expect(store.has('free')).toBe(false);
  });

  it('says when the file is missing', async () => {
    expect((await errorOf(() => importJsonl(store, join(folder.path, 'nope.jsonl')))).message).toMatch(/no such file/);
  });
});

describe('JSONL import of hostile files (issue 16 defect 9)', () => {
  it('accepts a UTF-8 byte order mark', async () => {
    const file = join(folder.path, 'bom.jsonl');
    writeFileSync(file, `\uFEFF${JSON.stringify(sampleTrajectory({ id: 'bom' }))}\n`);
    expect(await imported(file)).toBe(1);
  });

  it('names the line of an absurd createdAt and of deeply nested metadata', async () => {
    const good = JSON.stringify(sampleTrajectory({ id: 'good' }));
    let nested: unknown = 'bottom';
    for (let level = 0; level < 500; level++) nested = { level: nested };
    const cases: [string, RegExp][] = [
      [`${good}\n${JSON.stringify({ ...sampleTrajectory({ id: 'old' }), createdAt: 1e308 })}\n`, /line 2: createdAt 1e\+308 is not a time/],
      [`${good}\n${JSON.stringify({ ...sampleTrajectory({ id: 'deep' }), metadata: { nested } })}\n`, /line 2: nested more than 64 levels deep/],
    ];
    for (const [content, pattern] of cases) {
      const file = join(folder.path, 'in.jsonl');
      writeFileSync(file, content);
      expect((await errorOf(() => importJsonl(store, file))).message).toMatch(pattern);
      expect(store.count()).toBe(0);
    }
  });

  it('refuses files and memories under /proc at once', async () => {
    expect((await errorOf(() => importJsonl(store, '/proc/self/environ'))).message).toMatch(/under \/proc, \/sys or \/dev/);
    expect((await errorOf(() => exportJsonl(store, '/proc/self/out.jsonl'))).message).toMatch(/under \/proc, \/sys or \/dev/);
    expect((await errorOf(() => ExemplarStore.open('/proc/self/memory.db'))).message).toMatch(/the memory \/proc\/self\/memory\.db is under \/proc/);
  });
});
