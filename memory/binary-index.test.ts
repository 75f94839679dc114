import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryIndex } from './binary-index.js';

function hamming(left: Uint8Array, right: Uint8Array): number {
  let distance = 0;
  for (let index = 0; index < left.length; index++) {
    let value = left[index]! ^ right[index]!;
    while (value) {
      distance += value & 1;
      value >>= 1;
    }
  }
  return distance;
}

const row = (rowid: number, bits: Uint8Array, extra: Partial<{ environment: string; appKey: string; source: string; success: boolean }> = {}) => ({
  rowid,
  bits,
  environment: extra.environment ?? 'browser',
  appKey: extra.appKey ?? '',
  source: extra.source ?? 'agent',
  success: extra.success ?? true,
});

describe('BinaryIndex', () => {
  it('returns the nearest rows by Hamming distance, like a brute-force sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 60 }),
        fc.uint8Array({ minLength: 6, maxLength: 6 }),
        fc.integer({ min: 1, max: 70 }),
        (rows, query, count) => {
          const index = new BinaryIndex();
          rows.forEach((bits, position) => index.add(row(position + 1, bits)));
          const expected = rows
            .map((bits, position) => ({ rowid: position + 1, distance: hamming(bits, query) }))
            .sort((left, right) => left.distance - right.distance || left.rowid - right.rowid)
            .slice(0, count)
            .map((item) => item.rowid);
          expect(index.nearest(query, count)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('filters by environment, app, source and success during the scan', () => {
    const index = new BinaryIndex();
    const bits = new Uint8Array([0xff]);
    index.add(row(1, bits, { environment: 'desktop' }));
    index.add(row(2, bits, { appKey: 'mail' }));
    index.add(row(3, bits, { source: 'demonstration' }));
    index.add(row(4, bits, { success: false }));
    expect(index.nearest(bits, 10, { environment: 'desktop' })).toEqual([1]);
    expect(index.nearest(bits, 10, { appKey: 'mail' })).toEqual([2]);
    expect(index.nearest(bits, 10, { source: 'demonstration' })).toEqual([3]);
    expect(index.nearest(bits, 10, { successOnly: true })).toEqual([1, 2, 3]);
    expect(index.nearest(bits, 10, { appKey: 'unknown' })).toEqual([]);
  });

  it('forgets removed rows and keeps the others findable', () => {
    const index = new BinaryIndex();
    for (let rowid = 1; rowid <= 5; rowid++) index.add(row(rowid, new Uint8Array([rowid])));
    expect(index.remove(1)).toBe(true);
    expect(index.remove(1)).toBe(false);
    expect(index.length).toBe(4);
    expect(index.nearest(new Uint8Array([1]), 10).sort()).toEqual([2, 3, 4, 5]);
    expect(index.nearest(new Uint8Array([5]), 1)).toEqual([5]);
  });
});

describe('BinaryIndex with long keys over many rows', () => {
  it('shortlists on a prefix and still ranks exact matches and near copies first', () => {
    const index = new BinaryIndex();
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
    const keys: Uint8Array[] = [];
    for (let rowid = 1; rowid <= 20_000; rowid++) {
      const bits = Uint8Array.from({ length: 128 }, random);
      keys.push(bits);
      index.add(row(rowid, bits));
    }
    const target = keys[12_344]!;
    const nearCopy = Uint8Array.from(target);
    nearCopy[100]! ^= 0xff; // 8 bits flipped outside the prefix
    index.add(row(30_000, nearCopy));
    expect(index.nearest(target, 2)).toEqual([12_345, 30_000]);
    expect(index.nearest(target, 1, { successOnly: true })).toEqual([12_345]);
  });
});
