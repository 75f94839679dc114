/**
 * Browsers for the harness: a local headless Chromium (the project's
 * launcher), or connections to remote Playwright browser servers
 * (`--connect ws://…`, e.g. `chromium.launchServer()` on a browser grid).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { UserFacingError, errorMessage } from '../agent/core/errors.js';
import { CHROMIUM_ARGS, chromiumExecutablePath, launchChromium } from '../agent/operators/browser/chromium.js';

/** The flags every harness Chromium runs with (also for a local `launchServer`). */
export const HARNESS_CHROMIUM_ARGS: readonly string[] = CHROMIUM_ARGS;

/** The Chromium executable, or a user-facing error naming how to get one. */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const path = chromiumExecutablePath(env);
  if (!existsSync(path)) {
    throw new UserFacingError(`Chromium was not found at ${path}`, 'install chromium (apt-get install chromium) or set UNDERSTUDY_CHROMIUM to its path');
  }
  return path;
}

export async function launchHarnessBrowser(options: { headless?: boolean } = {}): Promise<Browser> {
  return launchChromium({ headless: options.headless ?? true });
}

/** Connect to a Playwright browser server; a clear error when nothing answers there. */
export async function connectHarnessBrowser(wsEndpoint: string, timeoutMs = 30_000): Promise<Browser> {
  if (!/^wss?:\/\//.test(wsEndpoint)) {
    throw new UserFacingError(`--connect expects a ws:// or wss:// Playwright server endpoint, got ${JSON.stringify(wsEndpoint)}`);
  }
  try {
    return await chromium.connect(wsEndpoint, { timeout: timeoutMs });
  } catch (error) {
    throw new UserFacingError(`could not connect to the browser server at ${wsEndpoint}: ${errorMessage(error).split('\n')[0]}`);
  }
}
