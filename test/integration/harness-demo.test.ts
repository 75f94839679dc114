/**
 * The offline demo pipeline on a slice of the suite: demonstrations into a
 * fresh memory, their replays, the offline policy on unseen seeds, the table
 * and the report. (The full demo runs every task; see `understudy demo`.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_DEMONSTRATION_SEEDS, DEMO_EVALUATION_SEEDS, runSuiteDemo } from '../../harness/demo.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';

describe('runSuiteDemo', () => {
  const out = mkdtempSync(join(tmpdir(), 'understudy-harness-demo-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('records, replays, evaluates on unseen seeds and reports, starting from a fresh memory each time', async () => {
    expect(DEMO_EVALUATION_SEEDS.some((seed) => (DEMO_DEMONSTRATION_SEEDS as readonly number[]).includes(seed))).toBe(false);
    const lines: string[] = [];
    const options = { out, tasks: ['click-link', 'enter-password'], seeds: [5, 6], workers: 2, progress: false, log: (line: string) => lines.push(line) };
    const first = await runSuiteDemo(options);
    expect(first.demonstrations).toHaveLength(6);
    expect(first.demonstrations.every((demo) => demo.success)).toBe(true);
    expect(first.replays.every((replay) => replay.success)).toBe(true);
    expect(first.episodes.map((episode) => `${episode.task}#${episode.seed}`).sort()).toEqual(['click-link#5', 'click-link#6', 'enter-password#5', 'enter-password#6']);
    expect(first.summary.modelCalls).toBe(0);
    expect(lines.join('\n')).toContain('demonstrations: 6/6 scored reward 1; replays on their own seeds: 6/6 reproduced');
    expect(lines.join('\n')).toMatch(/^enter-password\s+2\s+\d+\.\d%/m);
    expect(existsSync(first.reportPath)).toBe(true);
    expect(readFileSync(first.reportPath, 'utf8')).toContain('Understudy demo: offline exemplar policy on the project suite');

    // A second demo starts from a fresh memory: the same 6 demonstrations (and 4 agent runs), not twice as many.
    await runSuiteDemo({ ...options, log: () => undefined });
    const memory = ExemplarStore.open(join(out, 'memory.db'), { readonly: true });
    expect(memory.list({ limit: 100, filters: { source: 'demonstration' } })).toHaveLength(6);
    memory.close();
  }, 300_000);
});
