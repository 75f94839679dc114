import { describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../miniwob/episode-result.js';
import { demonstrationTable, formatDemonstrationTable, isPageTimeout, isRefusal, isWrongAction } from './demonstration-table.js';

function episode(overrides: Partial<EpisodeResult>): EpisodeResult {
  return {
    kind: 'agent',
    task: 'click-button',
    seed: 0,
    policy: 'offline',
    utterance: '',
    done: true,
    reward: 1,
    rawReward: 1,
    reason: '',
    success: true,
    positive: true,
    steps: 1,
    durationMs: 10,
    modelCalls: 0,
    tokens: 0,
    outcome: { status: 'stopped', reason: 'the page ended the episode' },
    actions: [],
    pageErrors: [],
    ...overrides,
  };
}

const refused = episode({ done: false, rawReward: 0, success: false, positive: false, outcome: { status: 'failed', reason: 'cannot ground step 1: …' } });
const negative = episode({ rawReward: -1, success: false, positive: false });
const deniedDone = episode({ done: false, rawReward: 0, success: false, positive: false, outcome: { status: 'success', reason: 'the policy reported the task done' } });

describe('refusals and wrong actions', () => {
  it('tells a refusal from a wrong action and from a success', () => {
    expect([isRefusal(refused), isWrongAction(refused)]).toEqual([true, false]);
    expect([isRefusal(negative), isWrongAction(negative)]).toEqual([false, true]);
    expect([isRefusal(deniedDone), isWrongAction(deniedDone)]).toEqual([false, true]);
    expect([isRefusal(episode({})), isWrongAction(episode({}))]).toEqual([false, false]);
    // A harness failure is neither: the policy did nothing wrong.
    const broken = episode({ done: false, success: false, error: 'hung', outcome: { status: 'error', reason: 'hung' } });
    expect([isRefusal(broken), isWrongAction(broken)]).toEqual([false, false]);
  });

  it('counts a page whose clock ended the episode as a wrong action, and says how many were such endings', () => {
    const timedOut = episode({ rawReward: -1, success: false, positive: false, reason: 'timed out' });
    expect([isWrongAction(timedOut), isPageTimeout(timedOut), isPageTimeout(negative)]).toEqual([true, true, false]);
    const table = demonstrationTable(['click-button'], [], [timedOut, negative, episode({})]);
    expect(table.rows[0]).toMatchObject({ episodes: 3, wrongActions: 2, timedOut: 1 });
    expect(formatDemonstrationTable(table)).toMatch(/click-button.*2 66\.7% \(1 timed out\)/);
  });

  it('counts recorded and verified demonstrations and the policy per task', () => {
    const demos = [
      episode({ kind: 'demonstration', verified: true }),
      episode({ kind: 'demonstration', verified: false }),
      episode({ kind: 'demonstration', steps: 0, verified: false }),
      episode({ kind: 'demonstration', task: 'enter-text', verified: true }),
    ];
    const episodes = [episode({}), refused, negative, deniedDone, episode({ task: 'enter-text', modelCalls: 2 })];
    const table = demonstrationTable(['click-button', 'enter-text'], demos, episodes);
    expect(table.rows[0]).toEqual({ task: 'click-button', recorded: 2, verified: 1, episodes: 4, successes: 1, refusals: 1, wrongActions: 2, timedOut: 0, modelCalls: 0 });
    expect(table.rows[1]).toMatchObject({ recorded: 1, verified: 1, successes: 1, modelCalls: 2 });
    expect(table.total).toMatchObject({ recorded: 3, verified: 2, episodes: 5, successes: 2, wrongActions: 2 });
    expect(table.meanSuccessRate).toBeCloseTo((0.25 + 1) / 2);
    const text = formatDemonstrationTable(table);
    expect(text).toMatch(/click-button\s+2\s+1\/2\s+1\/4 25\.0%\s+1\s+2 50\.0%\s+0/);
    expect(text).toMatch(/ALL\s+3\s+2\/3/);
    expect(text).not.toMatch(/timed out/);
  });

  it('reports the totals of each named group of tasks, such as the halves of the split', () => {
    const demos = [episode({ kind: 'demonstration', verified: true }), episode({ kind: 'demonstration', task: 'enter-text', verified: false })];
    const episodes = [episode({}), refused, episode({ task: 'enter-text' })];
    const table = demonstrationTable(['click-button', 'enter-text'], demos, episodes, [
      { name: 'development', tasks: ['click-button'] },
      { name: 'evaluation', tasks: ['enter-text', 'not-run'] },
      { name: 'empty', tasks: ['not-run'] },
    ]);
    expect(table.groups.map((group) => group.name)).toEqual(['development', 'evaluation']);
    expect(table.groups[0]).toMatchObject({ total: { recorded: 1, verified: 1, episodes: 2, successes: 1, refusals: 1 }, meanSuccessRate: 0.5 });
    expect(table.groups[1]).toMatchObject({ total: { recorded: 1, verified: 0, episodes: 1, successes: 1 }, meanSuccessRate: 1 });
    expect(formatDemonstrationTable(table)).toMatch(/evaluation\s+1\s+0\/1\s+1\/1 \(mean over tasks 100\.0%\)/);
  });
});
