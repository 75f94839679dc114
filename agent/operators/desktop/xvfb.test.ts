import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../core/errors.js';
import { assertDisplay, localDisplayNumber } from './display.js';
import { displayInUse, startXvfb } from './xvfb.js';

describe('startXvfb', () => {
  it('starts a reachable server on a number it picks, refuses a taken number, and stops it', async () => {
    const [first, second] = await Promise.all([startXvfb({ width: 320, height: 200 }), startXvfb({ width: 320, height: 200 })]);
    const number = localDisplayNumber(first.display)!;
    try {
      // Started at the same moment, yet never handed the same display.
      expect(second.display).not.toBe(first.display);
      expect(displayInUse(number)).toBe(true);
      expect(assertDisplay({ DISPLAY: first.display })).toBe(first.display);
      await expect(startXvfb({ display: number })).rejects.toThrow(UserFacingError);
      await expect(startXvfb({ display: number })).rejects.toThrow(new RegExp(`no free X display number among :${number}`));
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await first.stop(); // twice is fine
    }
    expect(existsSync(`/tmp/.X11-unix/X${number}`)).toBe(false);
  });

  it('leaves no timer or pipe behind that would keep the process alive once stopped', async () => {
    const held = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout' || kind === 'PipeWrap').length;
    const before = held();
    const xvfb = await startXvfb({ width: 320, height: 200 });
    await xvfb.stop();
    expect(held()).toBeLessThanOrEqual(before);
  });
});
