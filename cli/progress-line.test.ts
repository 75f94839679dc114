import { describe, expect, it } from 'vitest';
import { progressLine } from './progress-line.js';

/** A stream that keeps what is written to it. */
function stream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const target = { isTTY, written: '', write: (chunk: string) => ((target.written += chunk), true) };
  return target as unknown as NodeJS.WriteStream & { written: string };
}

describe('progress line', () => {
  it('rewrites one line in place on a terminal, at most every everyMs, and ends it', () => {
    let time = 0;
    const out = stream(true);
    const line = progressLine(out, { everyMs: 100, now: () => time });
    line.update('re-embedding 1/3');
    time = 150;
    line.update('re-embedding 2/3');
    time = 180;
    line.update('re-embedding 3/3 (too soon)');
    line.end();
    line.end();
    expect(out.written).toBe('\rre-embedding 2/3\x1b[K\n');
  });

  it('writes whole lines elsewhere, and nothing for work shorter than everyMs', () => {
    let time = 0;
    const out = stream(false);
    const line = progressLine(out, { everyMs: 1000, now: () => time });
    line.update('a');
    line.end();
    expect(out.written).toBe('');
    time = 1000;
    line.update('b');
    line.end();
    expect(out.written).toBe('b\n');
  });
});
