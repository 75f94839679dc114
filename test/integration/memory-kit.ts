/**
 * Shared helpers for the exemplar-memory tests: trajectories that pass the
 * schema, temp folders that clean up, and a way to run a TypeScript file as
 * a separate Node process (for crash and concurrency tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Trajectory } from '../../agent/core/trajectory.js';

export interface SampleOptions {
  id?: string;
  task?: string;
  state?: string;
  steps?: number;
  environment?: Trajectory['environment'];
  appKey?: string;
  source?: Trajectory['source'];
  status?: Trajectory['outcome']['status'];
  screenshotSha256?: string;
  createdAt?: number;
}

/** A schema-valid trajectory with `steps` steps (default 2). */
export function sampleTrajectory(options: SampleOptions = {}): Trajectory {
  const stepCount = options.steps ?? 2;
  const state = options.state ?? '[1] textbox label="Name"\n[2] button "Submit"';
  return {
    formatVersion: 1,
    id: options.id ?? `t-${Math.random().toString(36).slice(2)}`,
    task: options.task ?? 'Enter "Ada" into the name field and press Submit',
    environment: options.environment ?? 'browser',
    appKey: options.appKey ?? 'file://forms/signup',
    source: options.source ?? 'demonstration',
    outcome: { status: options.status ?? 'success', reason: 'the form was sent', reward: options.status === 'failed' ? 0 : 1 },
    createdAt: options.createdAt ?? 1_750_000_000_000,
    metadata: { note: 'sample', stepCount },
    steps: Array.from({ length: stepCount }, (_, index) => ({
      index,
      observation: {
        text: index === 0 ? state : `${state}\n[${index + 2}] text "after step ${index}"`,
        elements: [
          {
            id: 1,
            role: 'textbox',
            text: '',
            label: 'Name',
            value: index > 0 ? 'Ada' : '',
            states: { focused: index > 0 },
            box: { x: 10, y: 20, width: 120, height: 24 },
            source: 'dom' as const,
            interactive: true,
          },
        ],
        url: 'file://forms/signup.html',
        title: 'Sign up',
        ...(index === 0 && options.screenshotSha256 ? { screenshotSha256: options.screenshotSha256 } : {}),
      },
      action: index === stepCount - 1 ? { type: 'done' as const, success: true } : { type: 'type' as const, text: 'Ada', target: { elementId: 1 } },
      targets: [{ role: 'textbox', text: '', label: 'Name', box: { x: 10, y: 20, width: 120, height: 24 } }],
      result: { ok: true },
      thought: `step ${index}: the name field is empty`,
      critique: index === 0 ? 'fine' : undefined,
      timings: { observeMs: 12.5, decideMs: 100, actMs: 30 },
    })),
  };
}

/** A tiny real PNG (solid colour) and its sha256. */
export function samplePng(shade = 128, size = 4): { png: Uint8Array; sha256: string } {
  const image = new PNG({ width: size, height: size });
  image.data.fill(shade);
  const png = new Uint8Array(PNG.sync.write(image));
  return { png, sha256: createHash('sha256').update(png).digest('hex') };
}

/** A fresh temp folder and a function that removes it. */
export function tempFolder(prefix = 'understudy-memory-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

const requireHere = createRequire(import.meta.url);

/** Start `node --import tsx <script> ...args` (a TypeScript file run as its own process). */
export function spawnTypeScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const tsxLoader = pathToFileURL(requireHere.resolve('tsx')).href;
  return spawn(process.execPath, ['--import', tsxLoader, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolve when the process exits; stdout and stderr collected. */
export function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}
