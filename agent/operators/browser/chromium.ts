/**
 * Launching the Chromium this project drives: Debian's /usr/bin/chromium (or
 * the one named by UNDERSTUDY_CHROMIUM) through playwright-core. Nothing is
 * downloaded at run time, so a missing browser is a user-fixable error.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { UserFacingError } from '../../core/errors.js';

/** Where Chromium is looked for when UNDERSTUDY_CHROMIUM is not set. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags measured to work here: no sandbox (containers run as root), no GPU,
 * and no background traffic (there is no internet, and it would only slow
 * start-up down).
 */
export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchChromiumOptions {
  /** Default true; false opens a visible window (needs a display). */
  headless?: boolean;
  /** Extra command-line flags, appended to CHROMIUM_ARGS. */
  args?: string[];
  /**
   * Let Playwright close the browser and exit the process (status 130) on Ctrl+C, SIGTERM and SIGHUP.
   * Default true; false when the caller handles those signals itself (a recording saves on Ctrl+C).
   */
  handleSignals?: boolean;
}

/** The Chromium executable to use: $UNDERSTUDY_CHROMIUM, else /usr/bin/chromium. */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.UNDERSTUDY_CHROMIUM?.trim();
  return fromEnv ? fromEnv : DEFAULT_CHROMIUM_PATH;
}

export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const executablePath = chromiumExecutablePath();
  if (!existsSync(executablePath)) {
    throw new UserFacingError(
      `Chromium was not found at ${executablePath}`,
      process.env.UNDERSTUDY_CHROMIUM
        ? 'point UNDERSTUDY_CHROMIUM at an existing Chromium or Chrome executable'
        : 'install it (apt-get install chromium) or set UNDERSTUDY_CHROMIUM to a Chromium/Chrome executable',
    );
  }
  const headless = options.headless ?? true;
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new UserFacingError(
      'a headed browser needs a display, but neither DISPLAY nor WAYLAND_DISPLAY is set',
      'run headless, or start an X server (e.g. Xvfb :99 & export DISPLAY=:99)',
    );
  }
  return chromium.launch({
    executablePath,
    headless,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...(options.handleSignals === false ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
  });
}
