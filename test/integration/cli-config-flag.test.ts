/**
 * Configuration is resolved once at each front door: `record`, `replay`,
 * `memory` and `bench` read the file `--config` names (and nothing else
 * decides the memory file for them), and a broken one is refused before
 * anything opens, naming the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory } from './memory-kit.js';

let folder: string;
let configured: string;
let configFile: string;
let brokenFile: string;
let trajectoryId: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-config-flag-'));
  configured = join(folder, 'configured.db');
  configFile = join(folder, 'config.json');
  brokenFile = join(folder, 'broken.json');
  writeFileSync(configFile, JSON.stringify({ memory: { path: configured } }));
  writeFileSync(brokenFile, '{ "memory": ');
  const store = ExemplarStore.open(configured);
  try {
    const trajectory = sampleTrajectory();
    store.add(trajectory);
    trajectoryId = trajectory.id;
  } finally {
    store.close();
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The CLI in this process, with an environment that names no config file and no memory of its own. */
async function understudy(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../cli/program.js');
  let stdout = '';
  let stderr = '';
  const saved = { ...process.env };
  process.env.XDG_CONFIG_HOME = join(folder, 'no-config-home');
  process.env.XDG_DATA_HOME = join(folder, 'data-home');
  delete process.env.UNDERSTUDY_CONFIG;
  delete process.env.UNDERSTUDY_MEMORY;
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true));
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += chunk.toString()), true));
  try {
    const code = await main(['node', 'understudy', ...args]);
    return { code, stdout, stderr };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
    process.env = saved;
    process.exitCode = undefined;
  }
}

describe('--config at every front door', () => {
  it('memory: lists the memory the config file names, not the default one', async () => {
    const withConfig = await understudy(['memory', '--config', configFile, 'list']);
    expect(withConfig.code, withConfig.stderr).toBe(0);
    expect(withConfig.stdout).toContain(trajectoryId);
    const without = await understudy(['memory', 'stats']);
    expect(without.stdout).toContain(`no memory yet at ${join(folder, 'data-home', 'understudy', 'memory.db')}`);
    // --memory still wins over the config.
    const flag = await understudy(['memory', '--config', configFile, '--memory', join(folder, 'other.db'), 'stats']);
    expect(flag.stdout).toContain(`no memory yet at ${join(folder, 'other.db')}`);
  });

  it('replay: looks for the trajectory in the memory the config file names', async () => {
    const result = await understudy(['replay', 'no-such-id', '--config', configFile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`no trajectory no-such-id in ${configured}`);
  });

  it.each([
    ['memory', ['memory', '--config', '<broken>', 'stats']],
    ['record', ['record', '--recover', '--config', '<broken>']],
    ['replay', ['replay', 'some-id', '--config', '<broken>']],
    ['bench', ['bench', 'miniwob', '--tasks', 'click-button', '--seeds', '0', '--config', '<broken>', '--report', '<report>', '--no-progress']],
  ])('%s refuses a broken config file, naming it, before anything opens', async (_name, args) => {
    const result = await understudy(args.map((arg) => (arg === '<broken>' ? brokenFile : arg === '<report>' ? join(folder, 'report') : arg)));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(brokenFile);
  });
});
