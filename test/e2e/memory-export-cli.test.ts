/**
 * `understudy memory export` as a real process: its progress on stderr, and
 * Ctrl+C part-way leaving the target path as it was (an older export there
 * untouched, no temporary file beside it).
 *
 * The Ctrl+C does not race the export: once the temporary file is there the
 * process is paused (SIGSTOP), the test checks the export is still under way,
 * sends SIGINT (held by the kernel while the process is paused) and lets it go
 * on (SIGCONT). The export looks for a stop after every batch and before the
 * final rename, so the stop always lands, however fast the machine.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory } from '../integration/memory-kit.js';
import { cliNodeArguments, projectRoot } from '../kits/cli-process.js';

const COUNT = 1_500;
const OLDER = '{"an older export":"left as it was"}\n';
let folder: string;
let memoryPath: string;

/** The Node process under tsx that runs the command (tsx runs the program in a child). */
function childNodeOf(parent: number): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) return Number(entry);
  }
  return parent;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-export-cli-'));
  memoryPath = join(folder, 'memory.db');
  const store = ExemplarStore.open(memoryPath);
  try {
    store.addMany(Array.from({ length: COUNT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `t-${index}`, createdAt: 1_000 + index }) })));
  } finally {
    store.close();
  }
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('understudy memory export', () => {
  it('Ctrl+C part-way leaves the target as it was; let run, it writes every trajectory', async () => {
    const out = join(folder, 'out');
    mkdirSync(out);
    const target = join(out, 'memory.jsonl');
    writeFileSync(target, OLDER);
    const env = { ...process.env, XDG_CONFIG_HOME: join(folder, 'config'), UNDERSTUDY_CONFIG: '', UNDERSTUDY_EMBEDDINGS_URL: '' };
    const child = spawn(process.execPath, cliNodeArguments(['memory', '--memory', memoryPath, 'export', target]), { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    const partial = () => readdirSync(out).filter((name) => name.startsWith('.memory.jsonl.partial-'));
    const until = Date.now() + 60_000;
    while (partial().length === 0 && child.exitCode === null && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
    const node = childNodeOf(child.pid!);
    process.kill(node, 'SIGSTOP');
    try {
      expect(partial(), `the export was still under way when paused:\n${stderr}`).toHaveLength(1);
      expect(readFileSync(target, 'utf8')).toBe(OLDER);
      process.kill(node, 'SIGINT');
    } finally {
      process.kill(node, 'SIGCONT');
    }
    expect(await exited).not.toBe(0);
    expect(stderr).toMatch(new RegExp(`export stopped \\(Ctrl\\+C\\) after \\d+ of ${COUNT} trajectories: .*memory\\.jsonl is as it was`));
    expect(readFileSync(target, 'utf8')).toBe(OLDER);
    expect(readdirSync(out)).toEqual(['memory.jsonl']);

    // Let run (stderr not a terminal: a progress line at most once a second).
    const whole = spawn(process.execPath, cliNodeArguments(['memory', '--memory', memoryPath, 'export', target]), { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    whole.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => whole.once('close', resolve))).toBe(0);
    expect(stdout).toBe(`exported ${COUNT} trajectories to ${target}\n`);
    expect(readFileSync(target, 'utf8').trimEnd().split('\n')).toHaveLength(COUNT);
    expect(readdirSync(out)).toEqual(['memory.jsonl']);
  }, 180_000);
});
