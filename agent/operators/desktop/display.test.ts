import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../core/errors.js';
import { assertDisplay, localDisplayNumber } from './display.js';

describe('assertDisplay', () => {
  it('refuses an unset DISPLAY with a hint, before anything native loads', () => {
    const attempt = () => assertDisplay({});
    expect(attempt).toThrow(UserFacingError);
    expect(attempt).toThrow(/DISPLAY is not set/);
  });

  it('refuses a malformed or unreachable display', () => {
    expect(() => assertDisplay({ DISPLAY: 'nonsense' })).toThrow(/not an X display name/);
    // Display numbers above 1000 are never in use on this machine.
    expect(() => assertDisplay({ DISPLAY: ':4321' })).toThrow(/no X server is running on display :4321/);
  });

  it('reads local display numbers', () => {
    expect(localDisplayNumber(':91')).toBe(91);
    expect(localDisplayNumber('unix:3.0')).toBe(3);
    expect(localDisplayNumber('remote.example:0')).toBeUndefined();
  });
});

describe('DesktopOperator without a display', () => {
  it('refuses to open with a clear error instead of crashing the process', async () => {
    const saved = process.env.DISPLAY;
    delete process.env.DISPLAY;
    try {
      const { DesktopOperator } = await import('./desktop-operator.js');
      await expect(DesktopOperator.open()).rejects.toThrow(UserFacingError);
      await expect(DesktopOperator.open({ display: ':4321' })).rejects.toThrow(/no X server is running/);
    } finally {
      if (saved !== undefined) process.env.DISPLAY = saved;
    }
  });
});
