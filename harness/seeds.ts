/**
 * Parsing of the harness's list flags: seed ranges ("0-49", "1,5,7-9"),
 * shards ("2/4"), task lists.
 */
import { readFileSync } from 'node:fs';
import { UserFacingError } from '../agent/core/errors.js';

/** "0-49" / "3" / "1,5,7-9" → integers in order, without repeats. */
export function parseSeeds(text: string, flag = '--seeds'): number[] {
  const seeds: number[] = [];
  for (const part of text.split(',').map((piece) => piece.trim()).filter(Boolean)) {
    const range = /^(-?\d+)\s*-\s*(-?\d+)$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from) throw new UserFacingError(`${flag}: the range ${part} runs backwards`);
      if (to - from > 1_000_000) throw new UserFacingError(`${flag}: the range ${part} is too long`);
      for (let seed = from; seed <= to; seed++) seeds.push(seed);
    } else if (/^-?\d+$/.test(part)) {
      seeds.push(Number(part));
    } else {
      throw new UserFacingError(`${flag}: ${JSON.stringify(part)} is not a seed or a range like 0-49`);
    }
  }
  if (seeds.length === 0) throw new UserFacingError(`${flag}: no seeds given`);
  return [...new Set(seeds)];
}

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** "i/n" with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new UserFacingError(`--shard expects i/n, e.g. 1/4, got ${JSON.stringify(text)}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) throw new UserFacingError(`--shard ${text}: i must be between 1 and n`);
  return { index, count };
}

/** This shard's share of a job list: every n-th job, starting at i-1 (a stable split of a deterministic order). */
export function takeShard<T>(jobs: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...jobs];
  return jobs.filter((_, position) => position % shard.count === shard.index - 1);
}

/** "a,b" → names; trims and drops empties. */
export function parseList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}

/** A task file: one name per line, '#' comments allowed. */
export function readTaskFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserFacingError(`cannot read the task file ${path}: ${(error as Error).message}`);
  }
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}
