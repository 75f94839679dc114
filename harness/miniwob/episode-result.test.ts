import { describe, expect, it } from 'vitest';
import { TRAJECTORY_FORMAT_VERSION, type Trajectory } from '../../agent/core/trajectory.js';
import { episodeResult } from './episode-result.js';

const trajectory: Trajectory = {
  formatVersion: TRAJECTORY_FORMAT_VERSION,
  id: 'trajectory-1',
  task: 'Click Submit',
  environment: 'browser',
  appKey: 'miniwob/click-button',
  source: 'demonstration',
  outcome: { status: 'success', reason: 'done', reward: 1 },
  createdAt: 0,
  steps: [
    {
      index: 0,
      observation: { text: '', elements: [], screenshotSha256: 'abc' },
      action: { type: 'click', target: { elementId: 2 } },
      targets: [],
      result: { ok: false, code: 'stale-element', error: 'gone' },
      timings: {},
    },
  ],
  metadata: {},
};

const base = {
  kind: 'demonstration' as const,
  task: 'click-button',
  seed: 4,
  policy: 'demonstrator',
  utterance: 'Click Submit',
  reason: 'the page said so',
  outcome: trajectory.outcome,
  startedAt: Date.now() - 50,
};

describe('episodeResult', () => {
  it('scores the page, counts steps and actions from the trajectory, and names it', () => {
    const result = episodeResult({ ...base, page: { done: true, reward: 0.8, rawReward: 1 }, trajectory, usage: { modelCalls: 2, tokens: 30 } });
    expect(result).toMatchObject({ done: true, reward: 0.8, rawReward: 1, success: true, positive: true, steps: 1, modelCalls: 2, tokens: 30, trajectoryId: 'trajectory-1', pageErrors: [] });
    expect(result.actions).toEqual([{ description: expect.stringContaining('click'), ok: false, error: 'gone', thought: undefined, screenshotSha256: 'abc' }]);
    expect(result.durationMs).toBeGreaterThanOrEqual(50);
  });

  it('scores nothing when the page never ended the episode, whatever its raw reward reads', () => {
    const result = episodeResult({ ...base, page: { done: false, reward: 0, rawReward: 1 }, trajectory, trajectoryId: undefined, error: 'hung' });
    expect(result).toMatchObject({ success: false, positive: false, modelCalls: 0, tokens: 0, error: 'hung' });
    // A recording that was not kept names no trajectory, though it has one.
    expect('trajectoryId' in result).toBe(false);
  });
});
