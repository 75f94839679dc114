import { describe, expect, it } from 'vitest';
import { TRAJECTORY_FORMAT_VERSION, type Trajectory } from '../../agent/core/trajectory.js';
import { cannotVerify, pageTimedOut } from './record-verification.js';

function trajectory(outcome: Trajectory['outcome'], steps = 1): Trajectory {
  return {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id: 't1',
    task: 'Click "OK".',
    environment: 'browser',
    appKey: 'miniwob/click-button',
    source: 'demonstration',
    outcome,
    createdAt: 0,
    steps: Array.from({ length: steps }, (_, index) => ({
      index,
      observation: { text: '', elements: [] },
      action: { type: 'click' as const, target: { x: 1, y: 1 } },
      targets: [],
      timings: {},
    })),
    metadata: {},
  };
}

describe('cannotVerify', () => {
  it('lets a replay decide only for a recording that completed its task', () => {
    expect(cannotVerify(trajectory({ status: 'success', reason: 'ok', reward: 1 }), true)).toBeUndefined();
    expect(cannotVerify(trajectory({ status: 'success', reason: 'recorded' }), false)).toBeUndefined();
  });

  it('says why a recording cannot verify without replaying it', () => {
    expect(cannotVerify(trajectory({ status: 'success', reason: 'ok', reward: 1 }, 0), true)).toBe('nothing was recorded');
    expect(cannotVerify(trajectory({ status: 'stopped', reason: 'Ctrl+C' }), true)).toMatch(/ended before the task did/);
    expect(cannotVerify(trajectory({ status: 'failed', reason: 'wrong', reward: -1 }), true)).toMatch(/did not complete the task \(the page scored raw reward -1\)/);
    expect(cannotVerify(trajectory({ status: 'failed', reason: 'the page crashed' }), false)).toMatch(/ended failed: the page crashed/);
  });
});

describe('pageTimedOut', () => {
  it('tells a page whose time ran out from one that scored the replay', () => {
    // MiniWoB's core ends a late episode with core.endEpisode(-1, false, 'timed out').
    expect(pageTimedOut({ done: true, reason: 'timed out' })).toBe(true);
    expect(pageTimedOut({ done: true, reason: 'the page ended the episode with raw reward -1' })).toBe(false);
    expect(pageTimedOut({ done: false, reason: 'timed out' })).toBe(false);
  });
});
