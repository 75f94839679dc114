import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './rank-fusion.js';

describe('reciprocalRankFusion', () => {
  it('puts items ranked well by both lists first and records each rank', () => {
    const fused = reciprocalRankFusion([
      { name: 'full-text', keys: ['a', 'b', 'c'] },
      { name: 'vector', keys: ['b', 'd', 'a'] },
    ]);
    expect(fused.map((item) => item.key)).toEqual(['b', 'a', 'd', 'c']);
    expect(fused[0]!.ranks).toEqual({ 'full-text': 2, vector: 1 });
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 10);
  });

  it('handles empty lists and a key repeated within one list', () => {
    expect(reciprocalRankFusion([{ name: 'x', keys: [] }])).toEqual([]);
    const fused = reciprocalRankFusion([{ name: 'x', keys: ['a', 'a'] }]);
    expect(fused).toHaveLength(1);
    expect(fused[0]!.ranks.x).toBe(1);
  });

  it('honours list weights', () => {
    const fused = reciprocalRankFusion([
      { name: 'weak', keys: ['a'], weight: 0.1 },
      { name: 'strong', keys: ['b'] },
    ]);
    expect(fused.map((item) => item.key)).toEqual(['b', 'a']);
  });
});
