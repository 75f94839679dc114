/**
 * The harness end to end on the mini protocol pages, in real Chromium with a
 * real SQLite memory: demonstrations recorded through the browser operator,
 * replayed on their own seeds, the offline policy on unseen seeds over two
 * workers, a hung task that must not stop the run, and everything persisted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy, PolicyContext } from '../../agent/core/policy.js';
import { runEvaluation, type EvaluationResult } from '../../harness/evaluation.js';
import { defaultPolicyFactory } from '../../harness/policy-registry.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { runCli } from '../kits/cli-process.js';
import { miniDemonstrators } from '../fixtures/miniwob-mini/demonstrators.js';

const MINI = fileURLToPath(new URL('../fixtures/miniwob-mini/', import.meta.url));

describe('harness evaluation on protocol pages', () => {
  const out = mkdtempSync(join(tmpdir(), 'understudy-harness-eval-'));
  const seen: PolicyContext[] = [];
  let result: EvaluationResult;

  beforeAll(async () => {
    result = await runEvaluation({
      dir: MINI,
      tasks: ['click-button-mini', 'enter-text-mini', 'hang-mini'],
      seeds: [0, 1, 2],
      policy: 'offline',
      // The real offline policy, wrapped to record what it was shown.
      createPolicy: async (name, dependencies) => {
        const inner = await defaultPolicyFactory(name, dependencies);
        const recording: Policy = {
          name: inner.name,
          reset: (task) => inner.reset?.(task),
          usage: () => inner.usage?.() ?? {},
          decide: (context) => {
            seen.push(context);
            return inner.decide(context);
          },
        };
        return recording;
      },
      demonstrators: miniDemonstrators,
      demoSeeds: [1000, 1001],
      workers: 2,
      // Long enough for a loaded 2-core machine, short enough that the hung task does not dominate the run.
      pageTimeoutMs: 6_000,
      reportDir: out,
    });
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('records demonstrations that score 1 and replays that reproduce them', () => {
    expect(result.demonstrations.map((demo) => [demo.task, demo.seed, demo.rawReward]).sort()).toEqual([
      ['click-button-mini', 1000, 1],
      ['click-button-mini', 1001, 1],
      ['enter-text-mini', 1000, 1],
      ['enter-text-mini', 1001, 1],
    ]);
    const enter = result.demonstrations.find((demo) => demo.task === 'enter-text-mini')!;
    expect(enter.actions.map((action) => action.description)).toEqual([expect.stringMatching(/^type ".+" into \[\d+\]$/), expect.stringMatching(/^click \[\d+\]$/)]);
    expect(result.replays).toHaveLength(4);
    for (const replay of result.replays) expect(replay).toMatchObject({ kind: 'replay', done: true, rawReward: 1, success: true });
  });

  it('runs every (task, seed) and scores on the raw reward; a hung task is a failed episode, not a failed run', () => {
    expect(result.episodes).toHaveLength(9);
    for (const episode of result.episodes) expect(episode.success).toBe(episode.done && episode.rawReward === 1);
    const hung = result.episodes.filter((episode) => episode.task === 'hang-mini');
    expect(hung).toHaveLength(3);
    for (const episode of hung) {
      expect(episode.success).toBe(false);
      expect(episode.error).toMatch(/seems hung/);
    }
    const scored = result.summary.tasks.find((task) => task.task === 'click-button-mini')!;
    const clicks = result.episodes.filter((episode) => episode.task === 'click-button-mini');
    expect(scored.successRate).toBeCloseTo(clicks.filter((episode) => episode.rawReward === 1).length / 3);
    // The offline policy grounds these demonstrations on unseen seeds.
    expect(result.episodes.filter((episode) => episode.task !== 'hang-mini' && episode.success).length).toBeGreaterThanOrEqual(4);
    expect(result.summary.modelCalls).toBe(0);
  });

  it('never shows the policy a reward', () => {
    expect(seen.length).toBeGreaterThanOrEqual(6);
    for (const context of seen) {
      expect(context.abstracted.text).not.toMatch(/reward/i);
      expect(context.observation.elements.some((element) => /reward/i.test(element.text))).toBe(false);
      expect(context.feedback.join(' ')).not.toMatch(/reward/i);
    }
  });

  it('persists trajectories in the memory, episodes in SQLite and JSONL, and writes the report', () => {
    const memory = ExemplarStore.open(result.memoryPath, { readonly: true });
    const demos = memory.list({ filters: { source: 'demonstration' } });
    expect(demos).toHaveLength(4);
    const firstAgent = result.episodes.find((episode) => episode.trajectoryId && episode.task === 'click-button-mini')!;
    const stored = memory.get(firstAgent.trajectoryId!)!;
    expect(stored.source).toBe('agent');
    expect(stored.outcome.reward).toBe(firstAgent.rawReward);
    expect(stored.metadata).toMatchObject({ task: 'click-button-mini', seed: firstAgent.seed });
    memory.close();

    const db = new Database(result.resultsPath, { readonly: true });
    const counts = db.prepare('SELECT kind, count(*) AS n FROM episodes WHERE run_id = ? GROUP BY kind ORDER BY kind').all(result.runId);
    expect(counts).toEqual([
      { kind: 'agent', n: 9 },
      { kind: 'demonstration', n: 4 },
      { kind: 'replay', n: 4 },
    ]);
    const run = db.prepare('SELECT finished_at, summary_json FROM runs WHERE id = ?').get(result.runId) as { finished_at: number; summary_json: string };
    expect(run.finished_at).toBeGreaterThan(0);
    expect(JSON.parse(run.summary_json).replays).toEqual({ total: 4, reproduced: 4 });
    db.close();

    const lines = readFileSync(result.jsonlPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(17);
    expect(lines.every((line) => line.formatVersion === 1 && line.runId === result.runId)).toBe(true);

    const html = readFileSync(result.reportPath, 'utf8');
    expect(html).toContain('click-button-mini');
    expect(html).toContain('hang-mini · seed 0');
    expect(html).toContain('Demonstrations and their replays (4/4 reproduced)');
    for (const match of html.matchAll(/src="(screenshots\/[0-9a-f]+\.png)"/g)) expect(existsSync(join(out, match[1]!))).toBe(true);
  });

  it('`understudy replay <id>` finds the pages folder a demonstration was recorded on, without --dir', async () => {
    const memory = ExemplarStore.open(result.memoryPath, { readonly: true });
    const [demo] = memory.list({ filters: { source: 'demonstration', appKey: 'miniwob/enter-text-mini' } });
    const stored = memory.get(demo!.id)!;
    memory.close();
    expect(stored.metadata.pages).toBe(resolve(MINI));
    const replay = await runCli(['replay', stored.id, '--memory', result.memoryPath], { timeoutMs: 120_000 });
    expect(replay.code, replay.stderr).toBe(0);
    expect(replay.stdout).toMatch(new RegExp(`^reproduced  ${stored.id}  enter-text-mini#\\d+  stored 1  replayed 1`, 'm'));
    expect(replay.stdout).toContain('1/1 replays reproduced their stored reward');
  }, 150_000);
});
