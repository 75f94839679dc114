/**
 * Real input for the recorder's tests: xdotool on a private Xvfb display,
 * as a person's mouse and keyboard would arrive, and the calibration from
 * viewport CSS px to screen px of a headed Chromium window.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { displayInUse } from '../../agent/operators/desktop/xvfb.js';

export function xdotool(display: string, ...args: string[]): void {
  execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, timeout: 20_000 });
}

/** A person-like pause, so the recorder can observe between actions (ms). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface ScreenOffset {
  x: number;
  y: number;
}

/**
 * Where the page's viewport origin is on the screen: move the real pointer
 * and read the page's clientX/screenX for it.
 */
export async function calibrateViewport(page: Page, display: string): Promise<ScreenOffset> {
  await page.evaluate(`window.__calibration = []; window.addEventListener('mousemove', (e) => window.__calibration.push([e.clientX, e.clientY]), true);`);
  const samples = async () => (await page.evaluate('window.__calibration')) as [number, number][];
  const until = Date.now() + 15_000;
  const noMovement = () => new Error('the page saw no pointer movement within 15 s: is the window on this display?');
  // A headed window just opened may not be on the screen yet (no window manager maps it at once): wiggle until it sees the pointer.
  for (let wiggle = 0; (await samples()).length === 0; wiggle++) {
    if (Date.now() > until) throw noMovement();
    xdotool(display, 'mousemove', String(wiggle % 2 === 0 ? 200 : 205), '250');
    await pause(200);
  }
  // Then one known position, and the page's coordinates for exactly that move.
  await page.evaluate('window.__calibration = []');
  xdotool(display, 'mousemove', '210', '260');
  for (;;) {
    const last = (await samples()).at(-1);
    // Screen position of the pointer minus its viewport position = the viewport's origin on screen.
    if (last) return { x: 210 - last[0], y: 260 - last[1] };
    if (Date.now() > until) throw noMovement();
    await pause(50);
  }
}

/** Click at a viewport point (CSS px, device scale 1) with the real pointer. */
export function clickAt(display: string, offset: ScreenOffset, point: { x: number; y: number }, button = '1'): void {
  xdotool(display, 'mousemove', String(Math.round(offset.x + point.x)), String(Math.round(offset.y + point.y)), 'click', button);
}

/** Poll until `check` returns a value other than undefined/false, or fail after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await pause(100);
  }
}

