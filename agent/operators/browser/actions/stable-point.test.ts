import { describe, expect, it } from 'vitest';
import type { LocateResult } from '../page-script/locate-element.js';
import { stablePoint } from './stable-point.js';

const at = (x: number, y: number): LocateResult => ({ ok: true, x, y, box: { x, y, width: 10, height: 10 }, tag: 'button', scrolled: false });

/** A locate that answers the given looks in turn (the last one from then on), counting its calls. */
function looks(...answers: LocateResult[]) {
  let calls = 0;
  const locate = async () => answers[Math.min(calls++, answers.length - 1)]!;
  return { locate, calls: () => calls };
}

const noSleep = async () => undefined;

describe('stablePoint', () => {
  it('aims where two looks in a row agree', async () => {
    const control = looks(at(10, 100), at(10, 140), at(10, 150), at(10, 150));
    expect(await stablePoint(control.locate, noSleep)).toMatchObject({ x: 10, y: 150 });
    expect(control.calls()).toBe(4);
  });

  it('counts a look the caller already took as the first', async () => {
    const control = looks(at(10, 150));
    expect(await stablePoint(control.locate, noSleep, at(10, 150))).toMatchObject({ x: 10, y: 150 });
    expect(control.calls()).toBe(1);
  });

  it('stops at a failed look', async () => {
    const gone: LocateResult = { ok: false, reason: 'detached', detail: 'the element left the page' };
    const control = looks(at(10, 100), gone);
    expect(await stablePoint(control.locate, noSleep)).toEqual(gone);
  });

  it('presses a control that never stops where it is at the last look', async () => {
    let y = 0;
    let calls = 0;
    const result = await stablePoint(async () => (calls++, at(0, (y += 5))), noSleep);
    expect(calls).toBe(15);
    expect(result).toMatchObject({ y: 75 });
  });
});
