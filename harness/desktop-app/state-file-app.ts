/**
 * A desktop test application in its own process that writes its state as
 * JSON to a file after every change (the Tk form app, the GTK sign-up app):
 * started with a private folder for that file, the tail of its stderr kept
 * for errors, its state polled, and stopped (folder removed) once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StateFileApp<State> {
  child: ChildProcess;
  statePath: string;
  /** The last 4,000 characters the application wrote to stderr. */
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Resolves with the error if the process could not be started (e.g. ENOENT). */
  spawnError: Promise<Error>;
  readState(): State;
  /** Poll the state until `predicate` holds, then return it; throws if the application exits or time runs out. */
  waitForState(predicate: (state: State) => boolean, timeoutMs: number): Promise<State>;
  /** End the process and remove its folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StateFileAppOptions {
  /** How errors name the application, e.g. "the GTK app". */
  name: string;
  command: string;
  /** The command's arguments, given the state file's path. */
  args: (statePath: string) => string[];
  env: NodeJS.ProcessEnv;
  /** Prefix of the private folder in the temp directory. */
  folderPrefix: string;
}

/** Milliseconds between two reads of the state file. */
const POLL_MS = 40;

export function spawnStateFileApp<State>(options: StateFileAppOptions): StateFileApp<State> {
  const folder = mkdtempSync(join(tmpdir(), options.folderPrefix));
  const statePath = join(folder, 'state.json');
  const child = spawn(options.command, options.args(statePath), { env: options.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const readState = (): State => JSON.parse(readFileSync(statePath, 'utf8')) as State;

  return {
    child,
    statePath,
    stderr: () => stderr,
    exited,
    spawnError,
    readState,
    async waitForState(predicate, timeoutMs) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        let state: State | undefined;
        try {
          state = existsSync(statePath) ? readState() : undefined;
        } catch {
          // Mid-write: try again.
        }
        if (state && predicate(state)) return state;
        if (child.exitCode !== null) throw new Error(`${options.name} exited: ${stderr.trim()}`);
        if (Date.now() > until) throw new Error(`${options.name} state did not reach the expected value within ${timeoutMs} ms: ${JSON.stringify(state)}`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
