/**
 * A private virtual X server (Xvfb) for tests, benches and the desktop demo,
 * on a display number nobody else is using.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { UserFacingError } from '../../core/errors.js';
import { hasNativeClients } from './native-clients.js';

export interface XvfbOptions {
  /** Display number; default: a free one the server picks itself. */
  display?: number;
  /** Screen size in physical pixels. Default 1280×800. */
  width?: number;
  height?: number;
  /** Bits per pixel. Default 24. */
  depth?: number;
  /** Dots per inch the server reports; toolkits scale point-sized fonts by it (192 ≈ a 2× HiDPI screen). Default 96. */
  dpi?: number;
  /**
   * Most milliseconds to wait for the server to accept connections (it is used as soon as it does). Default 60 000:
   * a hang guard, not a speed target — on a busy 2-core machine the server's start-up (its keymap compiled by a
   * process of its own) took longer than 10 s and a test file's set-up failed.
   */
  startTimeoutMs?: number;
}

export interface XvfbHandle {
  /** The DISPLAY value, e.g. ":91". */
  display: string;
  /** The server's process id. */
  pid: number;
  /**
   * Stop the server and wait for it to exit. Safe to call twice. When nut-js
   * or uiohook in this process are connected to it, the server is stopped at
   * process exit instead: Xlib would end this process if its server vanished.
   */
  stop(): Promise<void>;
}

/** True when a server (or its stale lock) holds this display number. */
export function displayInUse(number: number): boolean {
  if (existsSync(`/tmp/.X11-unix/X${number}`)) return true;
  const lock = `/tmp/.X${number}-lock`;
  if (!existsSync(lock)) return false;
  const pid = Number(readFileSync(lock, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false; // a stale lock of a dead server; Xvfb removes it itself
  }
}

/**
 * Start Xvfb and resolve once it accepts connections.
 * @throws UserFacingError when Xvfb is not installed, no display number is free, or it does not start.
 */
export async function startXvfb(options: XvfbOptions = {}): Promise<XvfbHandle> {
  const width = options.width ?? 1280;
  const height = options.height ?? 800;
  const depth = options.depth ?? 24;
  const dpi = options.dpi ?? 96;
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  if (options.display !== undefined && displayInUse(options.display)) {
    throw new UserFacingError(
      `no free X display number among :${options.display}`,
      'stop a leftover Xvfb (see /tmp/.X*-lock) or choose another display number',
    );
  }
  // Without a number the server picks a free one itself (-displayfd) and tells us which: two callers
  // starting at the same moment can never be handed the same display, as they could by checking lock files.
  const where = options.display !== undefined ? [`:${options.display}`] : ['-displayfd', '3'];
  const child = spawn(
    'Xvfb',
    [...where, '-screen', '0', `${width}x${height}x${depth}`, '-dpi', String(dpi), '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: false },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  let announced = '';
  const announcedNumber = new Promise<number>((resolve) => {
    const channel = child.stdio[3] as NodeJS.ReadableStream | null | undefined;
    channel?.on('data', (chunk: Buffer) => {
      announced += chunk.toString();
      const line = /^(\d+)\n/.exec(announced);
      if (line) resolve(Number(line[1]));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const failure = (failed: Error): UserFacingError => {
    const missing = (failed as NodeJS.ErrnoException).code === 'ENOENT';
    return new UserFacingError(
      missing ? 'Xvfb is not installed' : `could not start Xvfb${options.display !== undefined ? ` on :${options.display}` : ''}: ${failed.message}`,
      missing ? 'apt-get install xvfb' : undefined,
    );
  };
  const died = Promise.race([spawnError, exited.then(() => new Error(`Xvfb exited: ${stderr.trim() || 'no message'}`))]);
  const deadline = Date.now() + timeoutMs;
  const tooLate = async (display: string): Promise<never> => {
    await stopChild(child, exited);
    throw new UserFacingError(`Xvfb${display} did not start within ${timeoutMs} ms`);
  };

  let number: number;
  if (options.display === undefined) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([announcedNumber, died, timeout]);
    clearTimeout(timer); // a pending timer would keep this process alive for the whole start timeout
    if (outcome === 'timeout') return tooLate('');
    if (outcome instanceof Error) throw failure(outcome);
    number = outcome;
    // The server writes nothing more there; an open pipe would keep this process alive at its end.
    (child.stdio[3] as NodeJS.ReadableStream & { destroy?: () => void } | null | undefined)?.destroy?.();
  } else {
    number = options.display;
  }
  const display = `:${number}`;
  const socket = `/tmp/.X11-unix/X${number}`;
  for (;;) {
    const failed = await Promise.race([died, delay(50).then(() => undefined)]);
    if (failed) throw failure(failed);
    if (existsSync(socket)) break;
    if (Date.now() > deadline) return tooLate(` on ${display}`);
  }
  let stopping: Promise<void> | undefined;
  return {
    display,
    pid: child.pid ?? -1,
    stop: () =>
      (stopping ??= hasNativeClients(display) ? Promise.resolve(stopAfterExit(child)) : stopChild(child, exited)),
  };
}

/**
 * Stop the server once this process has exited, however it exits: a small
 * detached shell polls our pid (every 0.1 s) and then ends the server, so the
 * server never outlives us and never dies under our Xlib connections.
 */
function stopAfterExit(child: ChildProcess): void {
  child.stderr?.destroy();
  child.unref();
  const watchdog = spawn(
    'sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 0.1; done; kill ${child.pid} 2>/dev/null`],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), 3_000);
  });
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer); // a pending timer would hold this process open after the server is gone
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
