/**
 * `understudy serve` as a real process for the web-mode end-to-end tests: a
 * private config home (the Settings screen must not touch the user's config),
 * no memory, model or embeddings from the environment, the printed URL (with
 * its token) read back, and a stop that waits for the process to end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliNodeArguments, projectRoot } from './cli-process.js';

export interface ServeProcess {
  /** The URL it printed, token included. */
  url: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Ctrl+C, then wait for it to exit. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  memoryPath: string;
  /** A folder of the test's own: the config home goes in it. */
  folder: string;
  /** More environment (e.g. DISPLAY and the session bus for desktop recordings); the config home and the cleared variables win. */
  env?: NodeJS.ProcessEnv;
  /** More arguments after `serve --memory <path>`. */
  args?: string[];
  /** A config.json for the private config home (e.g. an embeddings endpoint of the test's own). */
  config?: Record<string, unknown>;
}

const CLEAN_ENV = { UNDERSTUDY_CONFIG: '', UNDERSTUDY_MEMORY: '', UNDERSTUDY_MODEL: '', UNDERSTUDY_EMBEDDINGS_URL: '', UNDERSTUDY_EMBEDDINGS_MODEL: '' };

export async function startServe(options: ServeOptions): Promise<ServeProcess> {
  const configHome = join(options.folder, 'config');
  if (options.config) {
    mkdirSync(join(configHome, 'understudy'), { recursive: true });
    writeFileSync(join(configHome, 'understudy', 'config.json'), JSON.stringify(options.config));
  }
  const child = spawn(process.execPath, cliNodeArguments(['serve', '--memory', options.memoryPath, ...(options.args ?? [])]), {
    cwd: projectRoot,
    env: { ...process.env, ...options.env, XDG_CONFIG_HOME: configHome, ...CLEAN_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`understudy serve printed no URL:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Understudy is at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`understudy serve exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}
