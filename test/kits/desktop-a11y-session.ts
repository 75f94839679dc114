/**
 * The desktop accessibility tests' shared set-up: a private Xvfb (it picks
 * its own display), a private session bus and accessibility bus beside it,
 * the GTK sign-up app (and the Tk form app, which publishes no tree) on it,
 * and desktop operators that read that bus. `stop()` ends all of it in the
 * right order — operators, applications, buses, X server — whatever a test
 * already stopped itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startAccessibilitySession, type AccessibilitySession } from '../../agent/operators/desktop/a11y/private-session.js';
import { DesktopOperator, type DesktopAccessibilityOptions, type DesktopOperatorOptions } from '../../agent/operators/desktop/desktop-operator.js';
import { startXvfb, type XvfbHandle, type XvfbOptions } from '../../agent/operators/desktop/xvfb.js';
import { launchFormApp, type FormApp, type FormAppOptions } from '../../harness/desktop-app/form-app.js';
import { launchSignupApp, type SignupApp, type SignupAppOptions } from '../../harness/desktop-app/gtk/signup-app.js';

export interface DesktopA11y {
  xvfb: XvfbHandle;
  session: AccessibilitySession;
  /** The X display, e.g. ":93". */
  display: string;
  /** The GTK sign-up app on this session (`env` adds to the session's environment, e.g. GDK_SCALE). */
  launchGtk(options?: Omit<SignupAppOptions, 'env'> & { env?: NodeJS.ProcessEnv }): Promise<SignupApp>;
  /** The Tk form app on this display (it publishes no accessibility tree: OCR reads it). */
  launchTk(options?: Omit<FormAppOptions, 'display'>): Promise<FormApp>;
  /** A desktop operator on this display that requires and reads this session's accessibility bus (budget 5 s unless given). */
  openOperator(options?: Omit<DesktopOperatorOptions, 'accessibility'> & { accessibility?: Omit<DesktopAccessibilityOptions, 'sessionBusAddress'> }): Promise<DesktopOperator>;
  /** Real input on this display. */
  xdotool(...args: string[]): Buffer;
  stop(): Promise<void>;
}

export async function startDesktopA11y(options: Omit<XvfbOptions, 'display'> = {}): Promise<DesktopA11y> {
  const xvfb = await startXvfb(options);
  const stoppers: (() => Promise<unknown>)[] = [() => xvfb.stop()];
  const stop = async () => {
    // Last started, first stopped; a part a test already stopped is stopped again harmlessly.
    while (stoppers.length) await stoppers.pop()!().catch(() => undefined);
  };
  try {
    const session = await startAccessibilitySession({ display: xvfb.display });
    stoppers.push(() => session.stop());
    // Applications before the operators that read them: an operator closes first.
    const applications: (() => Promise<unknown>)[] = [];
    const operators: DesktopOperator[] = [];
    stoppers.push(async () => {
      for (const stopApplication of applications.reverse()) await stopApplication().catch(() => undefined);
    });
    stoppers.push(async () => {
      for (const operator of operators) await operator.close().catch(() => undefined);
    });
    return {
      xvfb,
      session,
      display: xvfb.display,
      async launchGtk(appOptions = {}) {
        const app = await launchSignupApp({ ...appOptions, env: { ...session.env, ...appOptions.env } });
        applications.push(() => app.stop());
        return app;
      },
      async launchTk(appOptions = {}) {
        const app = await launchFormApp({ ...appOptions, display: xvfb.display });
        applications.push(() => app.stop());
        return app;
      },
      async openOperator(operatorOptions = {}) {
        const operator = await DesktopOperator.open({
          display: xvfb.display,
          stopHotkey: false,
          ...operatorOptions,
          accessibility: { sessionBusAddress: session.sessionBusAddress, required: true, budgetMs: 5_000, ...operatorOptions.accessibility },
        });
        operators.push(operator);
        return operator;
      },
      xdotool: (...args) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: xvfb.display }, timeout: 20_000 }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A desktop session for a recording test file, set up around its tests: the session started, this process's DISPLAY
 * pointed at it (uiohook reads it when the hook starts) and a work folder made — all undone after the last test.
 */
export function useRecordingDesktop(folderPrefix: string): { readonly desktop: DesktopA11y; readonly workDir: string } {
  const state = {} as { desktop: DesktopA11y; workDir: string };
  let savedDisplay: string | undefined;
  beforeAll(async () => {
    state.desktop = await startDesktopA11y({ width: 1024, height: 700 });
    savedDisplay = process.env.DISPLAY;
    process.env.DISPLAY = state.desktop.display;
    state.workDir = mkdtempSync(join(tmpdir(), folderPrefix));
  }, 90_000);
  afterAll(async () => {
    await state.desktop?.stop();
    if (savedDisplay === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = savedDisplay;
    if (state.workDir) rmSync(state.workDir, { recursive: true, force: true });
  });
  return state;
}
