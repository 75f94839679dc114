import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../core/errors.js';
import { assertDisplay } from './display.js';
import { displayInUse, startXvfb } from './xvfb.js';

describe('startXvfb', () => {
  it('starts a reachable server, refuses a taken number, and stops it', async () => {
    const xvfb = await startXvfb({ display: 94, width: 320, height: 200 });
    try {
      expect(xvfb.display).toBe(':94');
      expect(displayInUse(94)).toBe(true);
      expect(assertDisplay({ DISPLAY: xvfb.display })).toBe(':94');
      await expect(startXvfb({ display: 94 })).rejects.toThrow(UserFacingError);
      await expect(startXvfb({ display: 94 })).rejects.toThrow(/no free X display number among :94/);
    } finally {
      await xvfb.stop();
      await xvfb.stop(); // twice is fine
    }
    expect(existsSync('/tmp/.X11-unix/X94')).toBe(false);
  });
});
