/**
 * Starting the GTK 3 sign-up application (signup-app.py, run by Debian's
 * Python, which owns the GTK bindings) on an X display inside an
 * accessibility session, and reading the state it writes after every change —
 * the application's own word on what the operator did.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserFacingError } from '../../../agent/core/errors.js';
import { spawnStateFileApp } from '../state-file-app.js';

export const SIGNUP_APP_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'signup-app.py');
/** Debian's Python: the GTK bindings (python3-gi) belong to it, not to another python3 earlier on PATH. */
export const SYSTEM_PYTHON = process.env.UNDERSTUDY_SYSTEM_PYTHON ?? '/usr/bin/python3';

export interface SignupAppState {
  name: string;
  email: string;
  password: string;
  newsletter: boolean;
  plan: 'Free' | 'Pro' | 'Team';
  country: string | null;
  interest: string | null;
  submitted: { name: string; email: string; newsletter: boolean; plan: string; country: string | null; interest: string | null } | null;
  submitCount: number;
  dialogOpen: boolean;
  dialogAnswer: string | null;
  /** Menu items activated, in order. */
  menu: string[];
  /** Indexes of generated rows whose button was clicked (--many). */
  manyClicks: number[];
  mapped?: boolean;
}

export interface SignupApp {
  statePath: string;
  pid: number;
  readState(): SignupAppState;
  /** Poll the state until `predicate` holds (default 10 s), then return it. */
  waitForState(predicate: (state: SignupAppState) => boolean, timeoutMs?: number): Promise<SignupAppState>;
  stop(): Promise<void>;
}

export interface SignupAppOptions {
  /** Environment with DISPLAY and the session bus (AccessibilitySession.env). */
  env: NodeJS.ProcessEnv;
  /** Window position, physical pixels. Default 40, 40. */
  x?: number;
  y?: number;
  /** Add a scrolled panel of this many generated rows (3 widgets each). */
  many?: number;
  /** Milliseconds to wait for the window. Default 20 000 (a loaded machine starts Python slowly). */
  startTimeoutMs?: number;
}

/** Start the application and wait until its window is mapped. */
export async function launchSignupApp(options: SignupAppOptions): Promise<SignupApp> {
  const app = spawnStateFileApp<SignupAppState>({
    name: 'the GTK app',
    command: SYSTEM_PYTHON,
    args: (statePath) => [SIGNUP_APP_SCRIPT, statePath, '--x', String(options.x ?? 40), '--y', String(options.y ?? 40), ...(options.many ? ['--many', String(options.many)] : [])],
    env: options.env,
    folderPrefix: 'understudy-gtk-app-',
  });
  const { exited, spawnError, stop } = app;
  const waitForState = (predicate: (state: SignupAppState) => boolean, timeoutMs = 10_000) => app.waitForState(predicate, timeoutMs);

  const failed = await Promise.race([
    spawnError,
    exited.then(() => new Error(`the GTK app exited: ${app.stderr().trim()}`)),
    waitForState((state) => state.mapped === true, options.startTimeoutMs ?? 20_000).then(
      () => undefined,
      (error: unknown) => error as Error,
    ),
  ]);
  if (failed) {
    await stop();
    const missing = (failed as NodeJS.ErrnoException).code === 'ENOENT';
    const noGtk = /No module named 'gi'|Namespace Gtk not available/.test(failed.message);
    throw new UserFacingError(
      missing ? `${SYSTEM_PYTHON} is not installed` : noGtk ? 'the GTK 3 Python bindings are not installed' : failed.message,
      missing || noGtk ? 'apt-get install python3-gi gir1.2-gtk-3.0' : undefined,
    );
  }
  return { statePath: app.statePath, pid: app.child.pid ?? -1, readState: app.readState, waitForState, stop };
}
