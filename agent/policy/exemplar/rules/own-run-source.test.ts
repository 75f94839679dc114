import { describe, expect, it } from 'vitest';
import type { RetrievedExemplar } from '../../../core/exemplar-memory.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { followedDemonstrationIds, ownRunSource, throughOwnRunSources } from './own-run-source.js';

/** A stored trajectory whose steps followed these demonstration ids (undefined: a step no demonstration guided, e.g. the hybrid's model). */
function stored(id: string, source: Trajectory['source'], task: string, followed: (string | undefined)[] = [], status: Trajectory['outcome']['status'] = 'success'): Trajectory {
  return {
    formatVersion: 1,
    id,
    task,
    environment: 'browser',
    appKey: 'http://localhost/stay-survey',
    source,
    outcome: { status, reason: 'the page ended the episode' },
    createdAt: 1_750_000_000_000,
    metadata: {},
    steps: (followed.length > 0 ? followed : [undefined]).map((demonstrationId, index) => ({
      index,
      observation: { text: '[1] radio "Poor"', elements: [], url: 'http://localhost/stay-survey.html' },
      action: { type: 'click' as const, target: { elementId: 1 } },
      targets: [],
      result: { ok: true },
      timings: {},
      ...(demonstrationId ? { details: { offline: { demonstrationId, planIndex: index, score: 0.9 } } } : {}),
    })),
  } as Trajectory;
}

const retrieved = (trajectory: Trajectory, rank: number): RetrievedExemplar => ({ trajectory, score: 1 / rank, why: `full-text rank ${rank}` });

const DEMO = stored('demo-1000', 'demonstration', 'The breakfast was fair but the value for money was great. We would not stay again.');
const OTHER_DEMO = stored('demo-7', 'demonstration', 'Rate Staff as Good and Location as Good.');
const OWN = stored('own-3', 'agent', 'The value for money was poor but the staff was great.', ['demo-1000', 'demo-1000', 'demo-1000']);
const lookup = (memory: Trajectory[]) => (id: string) => memory.find((trajectory) => trajectory.id === id);

describe('followedDemonstrationIds', () => {
  it('reads the demonstration each step followed, once each, in order; a composed plan names its parts', () => {
    const run = stored('own-9', 'agent', 'Rate Breakfast as Fair and Location as Fair. We would stay again.', ['demo-7', 'composed:demo-7+demo-1000', undefined, 'demo-1000']);
    expect(followedDemonstrationIds(run)).toEqual(['demo-7', 'demo-1000']);
  });

  it('a run no demonstration guided follows none', () => {
    expect(followedDemonstrationIds(stored('own-model', 'agent', 'Rate Staff as Poor.', [undefined, undefined]))).toEqual([]);
  });
});

describe('ownRunSource', () => {
  it('an own run stands for the person\'s demonstration; an own run of an own run too', async () => {
    const again = stored('own-5', 'agent', 'The value for money was fair but the location was great.', ['own-3']);
    const source = await ownRunSource(again, lookup([DEMO, OWN, again]));
    expect(source.kind === 'demonstrations' && source.trajectories.map((trajectory) => trajectory.id)).toEqual(['demo-1000']);
  });

  it('a demonstration gone from memory, or a memory that cannot look one up, leaves the own run without a source', async () => {
    expect(await ownRunSource(OWN, lookup([OWN]))).toEqual({ kind: 'missing', reason: 'the demonstration it re-grounded (demo-1000) is no longer in memory' });
    expect((await ownRunSource(OWN, undefined)).kind).toBe('missing');
  });

  it('two own runs that name each other end (no endless chase) without a source', async () => {
    const a = stored('own-a', 'agent', 'Rate Staff as Poor.', ['own-b']);
    const b = stored('own-b', 'agent', 'Rate Staff as Good.', ['own-a']);
    expect((await ownRunSource(a, lookup([a, b]))).kind).toBe('missing');
  });
});

describe('throughOwnRunSources', () => {
  it('the demonstration takes the own run\'s place in rank order, once; the event note says why', async () => {
    const result = await throughOwnRunSources([retrieved(OWN, 1), retrieved(OTHER_DEMO, 2), retrieved(DEMO, 3)], lookup([DEMO, OTHER_DEMO, OWN]));
    expect(result.exemplars.map((exemplar) => exemplar.trajectory.id)).toEqual(['demo-1000', 'demo-7']);
    expect(result.notes.get('demo-1000')).toContain(`in place of the agent's own run ${JSON.stringify(OWN.task)}`);
  });

  it('an own run whose demonstration is gone is left out, with why; one no demonstration guided is kept as it was', async () => {
    const unguided = stored('own-model', 'agent', 'Rate Staff as Poor.', [undefined]);
    const result = await throughOwnRunSources([retrieved(OWN, 1), retrieved(unguided, 2)], lookup([OWN, unguided]));
    expect(result.exemplars.map((exemplar) => exemplar.trajectory.id)).toEqual(['own-model']);
    expect(result.notes.get('own-3')).toContain('is left out: the demonstration it re-grounded (demo-1000) is no longer in memory');
  });

  it('a demonstration the retrieval filters exclude stays out, even when an own run leads to it', async () => {
    const failedDemo = stored('demo-1000', 'demonstration', DEMO.task, [], 'failed');
    expect((await throughOwnRunSources([retrieved(OWN, 1)], lookup([failedDemo, OWN]), { successOnly: true })).exemplars).toEqual([]);
    expect((await throughOwnRunSources([retrieved(OWN, 1)], lookup([DEMO, OWN]), { excludeIds: ['demo-1000'] })).exemplars).toEqual([]);
    expect((await throughOwnRunSources([retrieved(OWN, 1)], lookup([DEMO, OWN]), { appKey: 'http://localhost/other' })).exemplars).toEqual([]);
  });
});
