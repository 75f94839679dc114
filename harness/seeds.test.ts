import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UserFacingError } from '../agent/core/errors.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseList, parseSeeds, parseShard, readTaskFile, takeShard } from './seeds.js';

describe('seed, shard and list flags', () => {
  it('parses ranges, lists and mixtures as JS numbers without repeats', () => {
    expect(parseSeeds('0-4')).toEqual([0, 1, 2, 3, 4]);
    expect(parseSeeds('7')).toEqual([7]);
    expect(parseSeeds('1, 5,7-9,5')).toEqual([1, 5, 7, 8, 9]);
    expect(parseSeeds('1000-1002')).toEqual([1000, 1001, 1002]);
  });

  it('names the problem in a bad seed list', () => {
    expect(() => parseSeeds('5-1')).toThrow(/runs backwards/);
    expect(() => parseSeeds('a-b')).toThrow(UserFacingError);
    expect(() => parseSeeds('1.5', '--demo-seeds')).toThrow(/--demo-seeds: "1.5" is not a seed/);
    expect(() => parseSeeds(' , ')).toThrow(/no seeds/);
  });

  it('parses shards and refuses impossible ones', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('0/4')).toThrow(/between 1 and n/);
    expect(() => parseShard('5/4')).toThrow(/between 1 and n/);
    expect(() => parseShard('2-4')).toThrow(/i\/n/);
  });

  it('shards split any job list into disjoint slices that cover it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (jobs, count) => {
        const slices = Array.from({ length: count }, (_, index) => takeShard(jobs.map((job, position) => ({ job, position })), { index: index + 1, count }));
        const positions = slices.flat().map((item) => item.position).sort((a, b) => a - b);
        expect(positions).toEqual(jobs.map((_, position) => position));
        const sizes = slices.map((slice) => slice.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
    expect(takeShard([1, 2, 3], undefined)).toEqual([1, 2, 3]);
  });

  it('splits task lists', () => {
    expect(parseList(' click-button, enter-text ,,')).toEqual(['click-button', 'enter-text']);
  });

  it('reads a task file with comments and blank lines, and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'understudy-taskfile-'));
    try {
      writeFileSync(join(dir, 'tasks.txt'), '# the easy ones\nclick-button\n\nenter-text  # typing\n');
      expect(readTaskFile(join(dir, 'tasks.txt'))).toEqual(['click-button', 'enter-text']);
      expect(() => readTaskFile(join(dir, 'none.txt'))).toThrow(/cannot read the task file .*none.txt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
