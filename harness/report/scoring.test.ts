import { describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../miniwob/episode-result.js';
import { scoreRawReward, usageDelta, usageTotals } from '../miniwob/episode-result.js';
import { formatScoreTable, parsePublishedNumbers, publishedMean, summarize } from './scoring.js';

function episode(task: string, rawReward: number, extra: Partial<EpisodeResult> = {}): EpisodeResult {
  return {
    kind: 'agent',
    task,
    seed: 0,
    policy: 'offline',
    utterance: 'do it',
    done: true,
    reward: rawReward > 0 ? rawReward * 0.9 : rawReward,
    rawReward,
    reason: 'r',
    ...scoreRawReward(rawReward),
    steps: 2,
    durationMs: 100,
    modelCalls: 1,
    tokens: 10,
    outcome: { status: 'stopped', reason: 'the page ended the episode' },
    actions: [],
    pageErrors: [],
    ...extra,
  };
}

describe('scoring', () => {
  it('success is raw reward exactly 1; reward > 0 is reported alongside', () => {
    expect(scoreRawReward(1)).toEqual({ success: true, positive: true });
    expect(scoreRawReward(0.5)).toEqual({ success: false, positive: true });
    expect(scoreRawReward(0)).toEqual({ success: false, positive: false });
    expect(scoreRawReward(-1)).toEqual({ success: false, positive: false });
  });

  it('scores per task and takes the mean over tasks, not episodes', () => {
    const summary = summarize([
      episode('a', 1),
      episode('a', 1),
      episode('a', 0.5),
      episode('a', -1),
      episode('b', -1, { durationMs: 300, steps: 4 }),
      episode('b', 0, { done: false, error: 'hung' }),
    ]);
    const [a, b] = summary.tasks;
    expect(a).toMatchObject({ task: 'a', episodes: 4, successes: 2, successRate: 0.5, positiveRate: 0.75, modelCalls: 4, tokens: 40 });
    expect(a!.meanRawReward).toBeCloseTo((1 + 1 + 0.5 - 1) / 4);
    expect(b).toMatchObject({ task: 'b', episodes: 2, successRate: 0, positiveRate: 0, harnessErrors: 1, meanSteps: 3, meanDurationMs: 200 });
    expect(summary.mean.successRate).toBeCloseTo(0.25);
    expect(summary.mean.positiveRate).toBeCloseTo(0.375);
    expect(summary.episodes).toBe(6);
    expect(summary.modelCalls).toBe(6);
  });

  it('reads published numbers as fractions or percentages and compares in the table', () => {
    const published = parsePublishedNumbers('task\tSynapse\tRCI\na\t1.00\t94%\nb\t-\t72\n# a comment\n');
    expect(published.sources).toEqual(['Synapse', 'RCI']);
    expect(published.scores.get('a')).toEqual({ Synapse: 1, RCI: 0.94 });
    expect(published.scores.get('b')).toEqual({ RCI: 0.72 });
    expect(publishedMean(published, 'RCI', ['a', 'b'])).toBeCloseTo(0.83);
    expect(publishedMean(published, 'Synapse', ['b'])).toBeUndefined();
    const table = formatScoreTable(summarize([episode('a', 1), episode('b', -1)]), published);
    expect(table).toMatch(/^task\s+episodes\s+success\s+reward>0.*Synapse\s+RCI$/m);
    expect(table).toMatch(/^a\s+1\s+100\.0%\s+100\.0%.*100\.0%\s+94\.0%$/m);
    expect(table).toMatch(/^b\s+1\s+0\.0%.*—\s+72\.0%$/m);
    expect(table).toMatch(/^MEAN\s+2\s+50\.0%/m);
  });

  it('names the line and column of a bad published number', () => {
    expect(() => parsePublishedNumbers('task\tX\na\tabc\n', 'pub.tsv')).toThrow(/pub.tsv: line 2, column X: "abc"/);
    expect(() => parsePublishedNumbers('task\n')).toThrow(/header/);
  });

  it('counts model calls and tokens under their usual names, per run', () => {
    expect(usageTotals({ modelCalls: 3, promptTokens: 100, completionTokens: 20 })).toEqual({ modelCalls: 3, tokens: 120 });
    expect(usageTotals({ calls: 2, tokens: 50 })).toEqual({ modelCalls: 2, tokens: 50 });
    expect(usageTotals(undefined)).toEqual({ modelCalls: 0, tokens: 0 });
    expect(usageDelta({ modelCalls: 5, tokens: 100 }, { modelCalls: 7, tokens: 160, groundings: 2 })).toEqual({ modelCalls: 2, tokens: 60, groundings: 2 });
  });
});
