/**
 * Starting the GTK 3 sign-up application (signup-app.py, run by Debian's
 * Python, which owns the GTK bindings) on an X display inside an
 * accessibility session, and reading the state it writes after every change —
 * the application's own word on what the operator did.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserFacingError } from '../../../agent/core/errors.js';

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
  const folder = mkdtempSync(join(tmpdir(), 'understudy-gtk-app-'));
  const statePath = join(folder, 'state.json');
  const args = [SIGNUP_APP_SCRIPT, statePath, '--x', String(options.x ?? 40), '--y', String(options.y ?? 40)];
  if (options.many) args.push('--many', String(options.many));
  const child = spawn(SYSTEM_PYTHON, args, { env: options.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  const readState = (): SignupAppState => JSON.parse(readFileSync(statePath, 'utf8')) as SignupAppState;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  const waitForState = async (predicate: (state: SignupAppState) => boolean, timeoutMs = 10_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      let state: SignupAppState | undefined;
      try {
        state = existsSync(statePath) ? readState() : undefined;
      } catch {
        // Mid-write: try again.
      }
      if (state && predicate(state)) return state;
      if (child.exitCode !== null) throw new Error(`the GTK app exited: ${stderr.trim()}`);
      if (Date.now() > until) throw new Error(`the GTK app state did not reach the expected value within ${timeoutMs} ms: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  };

  const failed = await Promise.race([
    spawnError,
    exited.then(() => new Error(`the GTK app exited: ${stderr.trim()}`)),
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
  return { statePath, pid: child.pid ?? -1, readState, waitForState, stop };
}
