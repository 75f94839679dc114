import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TRAJECTORY_FORMAT_VERSION, type Trajectory } from '../../agent/core/trajectory.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { memoryStats } from './memory-stats.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function trajectory(id: string, source: Trajectory['source'], steps: number): Trajectory {
  return {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id,
    task: `task ${id}`,
    environment: 'browser',
    appKey: 'https://example.test/',
    source,
    outcome: { status: 'success', reason: 'done' },
    createdAt: 0,
    steps: Array.from({ length: steps }, (_, index) => ({
      index,
      observation: { text: `[1] button "Go ${index}"`, elements: [] },
      action: { type: 'wait' as const, ms: 0 },
      targets: [],
      timings: {},
    })),
    metadata: {},
  };
}

describe('memoryStats', () => {
  it('counts trajectories, demonstrations and steps of a real memory file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'understudy-stats-'));
    folders.push(folder);
    const path = join(folder, 'memory.db');
    const store = ExemplarStore.open(path);
    store.add(trajectory('a', 'demonstration', 2));
    store.add(trajectory('b', 'agent', 3));
    store.close();
    expect(memoryStats(path)).toEqual({ trajectories: 2, demonstrations: 1, steps: 5, path });
  });

  it('reports an empty memory when the file does not exist yet, without creating it', () => {
    const path = join(tmpdir(), 'understudy-no-such-memory', 'memory.db');
    expect(memoryStats(path)).toEqual({ trajectories: 0, demonstrations: 0, steps: 0, path });
  });
});
