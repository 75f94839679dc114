/**
 * A private accessibility session beside a private Xvfb, for tests, benches
 * and the demo: its own D-Bus session bus (dbus-daemon --session, what
 * dbus-launch starts), its own accessibility bus (at-spi-bus-launcher, which
 * starts the bus and, on demand, the registry), and a private runtime folder
 * for their sockets — so nothing touches the user's desktop session, and
 * stop() leaves no process and no socket behind.
 *
 * Applications started with `session.env` publish their accessibility tree on
 * this bus; AtspiConnection.open({ sessionBusAddress }) reads it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserFacingError } from '../../../core/errors.js';
import { AtspiConnection } from './atspi-connection.js';

export const AT_SPI_BUS_LAUNCHER_PATHS = ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher', '/usr/lib/at-spi-bus-launcher'];

export interface AccessibilitySession {
  display: string;
  /** The session bus address (DBUS_SESSION_BUS_ADDRESS). */
  sessionBusAddress: string;
  /** Environment for applications (DISPLAY, the session bus, GTK's accessibility bridge) and for readers. */
  env: NodeJS.ProcessEnv;
  /** Process ids of the session bus and the bus launcher (for tests that check clean-up). */
  pids: number[];
  /** Stop the buses and the registry, remove the runtime folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface AccessibilitySessionOptions {
  /** The X display the applications show on, e.g. ":93". */
  display: string;
  /** Milliseconds to wait for the accessibility bus. Default 30 000 (the registry starts slowly on a loaded machine). */
  startTimeoutMs?: number;
}

/**
 * Start a private session bus and accessibility bus for `display`.
 * @throws UserFacingError when dbus-daemon or at-spi2-core is not installed, or the buses do not come up.
 */
export async function startAccessibilitySession(options: AccessibilitySessionOptions): Promise<AccessibilitySession> {
  const launcher = AT_SPI_BUS_LAUNCHER_PATHS.find((path) => existsSync(path));
  if (!launcher) throw new UserFacingError('at-spi-bus-launcher is not installed (the accessibility bus)', 'apt-get install at-spi2-core');
  const runtime = mkdtempSync(join(tmpdir(), 'understudy-a11y-'));
  const children: ChildProcess[] = [];
  // However this process ends (a failed test, an uncaught error), the buses end with it.
  const killAll = () => {
    for (const child of children) {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', killAll);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // The launcher first (it ends its bus and the registry), then the session bus.
      for (const child of [...children].reverse()) await stopGroup(child);
      process.removeListener('exit', killAll);
      rmSync(runtime, { recursive: true, force: true });
    })());
  try {
    const baseEnv: NodeJS.ProcessEnv = { ...process.env, DISPLAY: options.display, XDG_RUNTIME_DIR: runtime };
    delete baseEnv.DBUS_SESSION_BUS_ADDRESS;
    delete baseEnv.AT_SPI_BUS_ADDRESS;
    // Own process groups: stop() ends each child with everything it started.
    const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--nopidfile', '--print-address=1', `--address=unix:path=${join(runtime, 'session-bus')}`], {
      env: baseEnv,
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    children.push(daemon);
    const sessionBusAddress = await firstLine(daemon, options.startTimeoutMs ?? 30_000, 'dbus-daemon (apt-get install dbus)');
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      DBUS_SESSION_BUS_ADDRESS: sessionBusAddress,
      // GTK 3 loads its accessibility bridge itself; older toolkits and GTK 2 need it named.
      GTK_MODULES: 'gail:atk-bridge',
      NO_AT_BRIDGE: '0',
      QT_LINUX_ACCESSIBILITY_ALWAYS_ON: '1',
    };
    const bus = spawn(launcher, ['--launch-immediately'], { env, stdio: 'ignore', detached: true });
    children.push(bus);
    await waitForBus(sessionBusAddress, bus, options.startTimeoutMs ?? 30_000);
    return { display: options.display, sessionBusAddress, env, pids: children.map((child) => child.pid ?? -1), stop };
  } catch (error) {
    killAll();
    await stop();
    throw error;
  }
}

/** Poll until the accessibility bus answers (the launcher registers org.a11y.Bus, then starts the bus). */
async function waitForBus(sessionBusAddress: string, launcher: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    if (launcher.exitCode !== null || launcher.signalCode !== null) throw new UserFacingError(`at-spi-bus-launcher exited (${launcher.exitCode ?? launcher.signalCode})`);
    try {
      const connection = await AtspiConnection.open({ sessionBusAddress, callTimeoutMs: 3_000 });
      connection.close();
      return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new UserFacingError(`the private accessibility bus did not start within ${timeoutMs} ms: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function firstLine(child: ChildProcess, timeoutMs: number, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new UserFacingError(`${what} did not print its address within ${timeoutMs} ms`)), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(new UserFacingError(missing ? `${what} is not installed` : error.message));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new UserFacingError(`${what} exited (${code})`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const newline = buffer.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        child.stdout?.destroy();
        resolve(buffer.slice(0, newline).trim());
      }
    });
  });
}

/** SIGTERM the child's process group, SIGKILL after 3 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is gone already.
    }
  };
  signal('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') signal('SIGKILL');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  // Whatever the group started (the accessibility bus, the registry) goes with it.
  signal('SIGKILL');
}
