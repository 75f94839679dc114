/**
 * Screens as the X server describes them: the monitors (XRandR), the scale
 * factor the desktop renders at (detected, not passed by hand), and where a
 * window really is — which is how accessibility coordinates are checked:
 * toolkits report them in their own pixels (GTK with GDK_SCALE=2 reports
 * logical pixels, most others physical ones), so each application's frame is
 * compared with its X window once and its boxes scaled to match.
 */
import { spawnSync } from 'node:child_process';
import { UserFacingError } from '../../core/errors.js';
import type { LogicalRegion } from './desktop-operator-options.js';
import { escapeRegExp } from '../../core/reg-exp.js';

/** One monitor, physical pixels of the virtual screen. */
export interface Monitor {
  name: string;
  primary: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Physical size, millimetres (0 when unknown). */
  widthMm: number;
  heightMm: number;
}

/** Parse `xrandr --listmonitors`: lines like " 0: +*DP-1 2560/597x1440/336+0+0  DP-1". */
export function parseMonitors(text: string): Monitor[] {
  const monitors: Monitor[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*\d+:\s+\+?(\*?)(\S+)\s+(\d+)\/(\d+)x(\d+)\/(\d+)\+(-?\d+)\+(-?\d+)/.exec(line);
    if (!match) continue;
    const [, star, name, width, widthMm, height, heightMm, x, y] = match;
    monitors.push({ name: name!, primary: star === '*', x: Number(x), y: Number(y), width: Number(width), height: Number(height), widthMm: Number(widthMm), heightMm: Number(heightMm) });
  }
  return monitors;
}

/** The monitors of a display; one covering the whole screen when xrandr is missing or silent. */
export function listMonitors(display: string, screen: { width: number; height: number }): Monitor[] {
  const result = spawnSync('xrandr', ['--listmonitors'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 5_000 });
  const monitors = result.status === 0 ? parseMonitors(result.stdout) : [];
  return monitors.length > 0 ? monitors : [{ name: 'screen', primary: true, x: 0, y: 0, ...screen, widthMm: 0, heightMm: 0 }];
}

/** Round a scale to the steps desktops use (1, 1.25, 1.5, …), never below 1. */
export function snapScale(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  return Math.max(1, Math.round(value * 4) / 4);
}

/** Parse the dots per inch from `xrdb -query` (Xft.dpi) or `xdpyinfo` ("resolution: 192x192 dots per inch"). */
export function parseDpi(xrdb: string, xdpyinfo: string): { dpi: number; source: 'Xft.dpi' | 'X server' } | undefined {
  const xft = /^Xft\.dpi:\s*([\d.]+)/m.exec(xrdb);
  if (xft) return { dpi: Number(xft[1]), source: 'Xft.dpi' };
  const server = /resolution:\s*(\d+)x\d+\s+dots per inch/.exec(xdpyinfo);
  if (server) return { dpi: Number(server[1]), source: 'X server' };
  return undefined;
}

/**
 * The scale factor the desktop renders at: GDK_SCALE when set (what GTK
 * obeys), else the desktop's Xft.dpi, else the X server's resolution, over
 * 96 dpi, in quarter steps. X11 has no logical pixels of its own: this is
 * what toolkits scale their drawing by.
 */
export function detectScaleFactor(display: string, env: NodeJS.ProcessEnv = process.env): { scale: number; source: string } {
  const gdk = Number(env.GDK_SCALE);
  if (Number.isInteger(gdk) && gdk >= 1) return { scale: gdk, source: 'GDK_SCALE' };
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 5_000 });
    return result.status === 0 ? result.stdout : '';
  };
  const dpi = parseDpi(run('xrdb', ['-query']), run('xdpyinfo', []));
  if (!dpi) return { scale: 1, source: 'default' };
  return { scale: snapScale(dpi.dpi / 96), source: `${dpi.source} ${dpi.dpi} dpi` };
}

/** Geometry of the X windows with exactly this title, physical pixels. */
export function windowGeometries(display: string, title: string): { x: number; y: number; width: number; height: number }[] {
  const escaped = escapeRegExp(title);
  const result = spawnSync('xdotool', ['search', '--onlyvisible', '--name', `^${escaped}$`, 'getwindowgeometry', '--shell', '%@'], {
    env: { ...process.env, DISPLAY: display },
    encoding: 'utf8',
    timeout: 5_000,
  });
  if (result.status !== 0) return [];
  const geometries: { x: number; y: number; width: number; height: number }[] = [];
  let current: Record<string, number> = {};
  for (const line of result.stdout.split('\n')) {
    const match = /^(\w+)=(-?\d+)$/.exec(line.trim());
    if (!match) continue;
    if (match[1] === 'WINDOW' && Object.keys(current).length > 0) {
      geometries.push({ x: current.X ?? 0, y: current.Y ?? 0, width: current.WIDTH ?? 0, height: current.HEIGHT ?? 0 });
      current = {};
    }
    current[match[1]!] = Number(match[2]);
  }
  if (Object.keys(current).length > 0) geometries.push({ x: current.X ?? 0, y: current.Y ?? 0, width: current.WIDTH ?? 0, height: current.HEIGHT ?? 0 });
  return geometries;
}

/**
 * How many physical pixels one unit of an application's accessibility
 * coordinates is: its frame's reported size against the size of an X window
 * with the same title (1 for most toolkits, 2 for GTK under GDK_SCALE=2).
 * Undefined when no window matches.
 */
export function coordinateRatio(frame: { width: number; height: number }, windows: readonly { width: number; height: number }[]): number | undefined {
  if (frame.width <= 0 || frame.height <= 0) return undefined;
  let best: number | undefined;
  for (const window of windows) {
    const ratio = window.width / frame.width;
    // The same shape at some scale: both sides agree within a pixel or two.
    if (Math.abs(window.height / frame.height - ratio) > 0.02) continue;
    const snapped = Math.round(ratio * 4) / 4;
    if (snapped <= 0) continue;
    if (best === undefined || Math.abs(snapped - 1) < Math.abs(best - 1)) best = snapped;
  }
  return best;
}

/**
 * The logical region a desktop operator sees: the one asked for, else the
 * chosen monitor, else the whole screen (`screen` in physical pixels).
 * @throws UserFacingError when the monitor does not exist or the region is not on the screen.
 */
export function operatorRegion(
  display: string,
  screen: { width: number; height: number },
  scaleFactor: number,
  monitors: readonly Monitor[],
  options: { region?: LogicalRegion; monitor?: number | string },
): LogicalRegion {
  const full = { x: 0, y: 0, width: screen.width / scaleFactor, height: screen.height / scaleFactor };
  let region = options.region ?? full;
  if (!options.region && options.monitor !== undefined) {
    const chosen = typeof options.monitor === 'number' ? monitors[options.monitor] : monitors.find((monitor) => monitor.name === options.monitor);
    if (!chosen) {
      throw new UserFacingError(
        `no monitor ${JSON.stringify(options.monitor)} on ${display}`,
        `the monitors are: ${monitors.map((monitor, index) => `${index} ${monitor.name} ${monitor.width}x${monitor.height}+${monitor.x}+${monitor.y}`).join('; ')}`,
      );
    }
    region = { x: chosen.x / scaleFactor, y: chosen.y / scaleFactor, width: chosen.width / scaleFactor, height: chosen.height / scaleFactor };
  }
  if (
    region.width <= 0 ||
    region.height <= 0 ||
    region.x < 0 ||
    region.y < 0 ||
    region.x + region.width > full.width + 0.5 ||
    region.y + region.height > full.height + 0.5
  ) {
    throw new UserFacingError(
      `region ${region.width}x${region.height}+${region.x}+${region.y} is not inside the ${full.width}x${full.height} (logical) screen of ${display}`,
    );
  }
  return region;
}
