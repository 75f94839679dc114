import { describe, expect, it } from 'vitest';
import { coordinateRatio, operatorRegion, parseDpi, parseMonitors, snapScale } from './screens.js';

describe('screens', () => {
  it('parses xrandr --listmonitors', () => {
    const text = 'Monitors: 2\n 0: +*DP-1 2560/597x1440/336+0+0  DP-1\n 1: +HDMI-1 1920/527x1080/296+2560+180  HDMI-1\n';
    expect(parseMonitors(text)).toEqual([
      { name: 'DP-1', primary: true, x: 0, y: 0, width: 2560, height: 1440, widthMm: 597, heightMm: 336 },
      { name: 'HDMI-1', primary: false, x: 2560, y: 180, width: 1920, height: 1080, widthMm: 527, heightMm: 296 },
    ]);
    expect(parseMonitors('Monitors: 0\n')).toEqual([]);
  });

  it('chooses the operator region: the one asked for, else the monitor, else the whole screen (logical pixels); refuses what is not on screen', () => {
    const screen = { width: 4480, height: 1440 };
    const monitors = parseMonitors('Monitors: 2\n 0: +*DP-1 2560/597x1440/336+0+0  DP-1\n 1: +HDMI-1 1920/527x1080/296+2560+180  HDMI-1\n');
    expect(operatorRegion(':9', screen, 2, monitors, {})).toEqual({ x: 0, y: 0, width: 2240, height: 720 });
    expect(operatorRegion(':9', screen, 2, monitors, { monitor: 'HDMI-1' })).toEqual({ x: 1280, y: 90, width: 960, height: 540 });
    expect(operatorRegion(':9', screen, 1, monitors, { monitor: 0, region: { x: 10, y: 10, width: 100, height: 100 } })).toEqual({ x: 10, y: 10, width: 100, height: 100 });
    expect(() => operatorRegion(':9', screen, 1, monitors, { monitor: 'VGA-1' })).toThrow(/no monitor "VGA-1" on :9/);
    expect(() => operatorRegion(':9', screen, 2, monitors, { region: { x: 2000, y: 0, width: 400, height: 100 } })).toThrow(/not inside the 2240x720/);
  });

  it('detects the scale from Xft.dpi first, then the server resolution, in quarter steps', () => {
    expect(parseDpi('Xft.dpi:\t144\n', 'resolution:    96x96 dots per inch')).toEqual({ dpi: 144, source: 'Xft.dpi' });
    expect(parseDpi('', '  resolution:    192x192 dots per inch')).toEqual({ dpi: 192, source: 'X server' });
    expect(parseDpi('', '')).toBeUndefined();
    expect([snapScale(100 / 96), snapScale(144 / 96), snapScale(192 / 96), snapScale(0.5), snapScale(Number.NaN)]).toEqual([1, 1.5, 2, 1, 1]);
  });

  it('finds how many physical pixels an application counts as one', () => {
    expect(coordinateRatio({ width: 520, height: 560 }, [{ width: 1040, height: 1120 }])).toBe(2);
    expect(coordinateRatio({ width: 520, height: 560 }, [{ width: 520, height: 560 }, { width: 1040, height: 1120 }])).toBe(1);
    expect(coordinateRatio({ width: 520, height: 560 }, [{ width: 300, height: 900 }])).toBeUndefined();
  });
});
