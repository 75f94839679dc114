/**
 * The display check that must run before nut-js or uiohook-napi is loaded:
 * both crash the whole process (segfault / abort) when there is no X server,
 * so we find out first and say so in words.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { UserFacingError } from '../../core/errors.js';

const DISPLAY_PATTERN = /^([A-Za-z0-9.\-_]*|unix):(\d+)(\.\d+)?$/;

/** The display number of a local display name (":91", "unix:91.0"), or undefined for a remote one. */
export function localDisplayNumber(display: string): number | undefined {
  const match = DISPLAY_PATTERN.exec(display);
  if (!match) return undefined;
  const host = match[1];
  if (host !== '' && host !== 'unix' && host !== 'localhost') return undefined;
  return Number(match[2]);
}

/**
 * The X display to use, checked to be set and reachable.
 * @throws UserFacingError when DISPLAY is unset, malformed, or no X server answers on it.
 */
export function assertDisplay(env: NodeJS.ProcessEnv = process.env): string {
  const display = env.DISPLAY?.trim();
  if (!display) {
    throw new UserFacingError(
      'no X display: the desktop operator needs one (DISPLAY is not set)',
      'run inside a desktop session, or start a virtual one: Xvfb :91 & export DISPLAY=:91 (the desktop demo starts its own)',
    );
  }
  if (!DISPLAY_PATTERN.test(display)) {
    throw new UserFacingError(`DISPLAY="${display}" is not an X display name like ":0" or "host:0.0"`);
  }
  const number = localDisplayNumber(display);
  if (number !== undefined && !existsSync(`/tmp/.X11-unix/X${number}`)) {
    throw new UserFacingError(
      `no X server is running on display ${display} (no socket /tmp/.X11-unix/X${number})`,
      `start one (Xvfb ${display} &) or set DISPLAY to a running display`,
    );
  }
  // A socket can outlive its server; ask the server itself when xdpyinfo is installed.
  const probe = spawnSync('xdpyinfo', ['-display', display], { stdio: 'ignore', timeout: 5_000 });
  const missingTool = (probe.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  if (!missingTool && probe.status !== 0) {
    throw new UserFacingError(
      `the X server on display ${display} does not answer`,
      'check that the X server is running and that this user may connect to it (xhost / XAUTHORITY)',
    );
  }
  return display;
}
