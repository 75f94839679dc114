/**
 * The offline demo pipeline on a slice of the suite: demonstrations captured
 * by the browser recorder into a fresh memory, each verified by a replay on
 * its seed, the offline policy on unseen seeds, the table and the report.
 * (The full demo runs every task; see `understudy demo`.)
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
    const options = { out, tasks: ['click-link', 'enter-text'], seeds: [5, 6], workers: 2, progress: false, log: (line: string) => lines.push(line) };
    const first = await runSuiteDemo(options);
    expect(first.demonstrations).toHaveLength(6);
    expect(first.demonstrations.every((demo) => demo.success)).toBe(true);
    expect(first.demonstrations.every((demo) => demo.verified === true)).toBe(true);
    expect(first.replays.every((replay) => replay.success)).toBe(true);
    expect(first.episodes.map((episode) => `${episode.task}#${episode.seed}`).sort()).toEqual(['click-link#5', 'click-link#6', 'enter-text#5', 'enter-text#6']);
    expect(first.summary.modelCalls).toBe(0);
    expect(lines.join('\n')).toContain('demonstrations through the recorder: 6/6 scored reward 1; verified (replayed to reward 1 on their own seed): 6/6');
    // task, demonstrations recorded, verified, success on unseen seeds, refusals, wrong actions, model calls
    expect(lines.join('\n')).toMatch(/^enter-text\s+3\s+3\/3\s+\d\/2 \d+\.\d%\s+\d+\s+\d+ \d+\.\d%\s+0$/m);
    expect(existsSync(first.reportPath)).toBe(true);
    expect(readFileSync(first.reportPath, 'utf8')).toContain('Understudy demo: offline exemplar policy on the project suite');

    // A second demo starts from a fresh memory: the same 6 demonstrations (and 4 agent runs), not twice as many.
    await runSuiteDemo({ ...options, log: () => undefined });
    const memory = ExemplarStore.open(join(out, 'memory.db'), { readonly: true });
    expect(memory.list({ limit: 100, filters: { source: 'demonstration' } })).toHaveLength(6);
    memory.close();
  }, 300_000);
});
