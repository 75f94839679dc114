/**
 * `understudy memory …` as a user runs it: a separate process on a memory in
 * a temp folder, from nothing to import, search, show, export and delete.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { finished, sampleTrajectory, spawnTypeScript, tempFolder } from './memory-kit.js';

let folder: { path: string; remove: () => void };
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => folder.remove());

const cli = join(import.meta.dirname, '..', '..', 'cli', 'understudy.ts');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  finished(spawnTypeScript(cli, ['memory', ...args], { UNDERSTUDY_MEMORY: join(folder.path, 'memory.db'), XDG_DATA_HOME: folder.path, ...env }));

/** Run the command in this process (loading the CLI once), capturing what it prints. */
async function runInProcess(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../cli/program.js');
  let stdout = '';
  let stderr = '';
  const saved = { ...process.env };
  Object.assign(process.env, { UNDERSTUDY_MEMORY: join(folder.path, 'memory.db') }, env);
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true));
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += chunk.toString()), true));
  try {
    const code = await main(['node', 'understudy', 'memory', ...args]);
    return { code, stdout, stderr };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
    process.env = saved;
    process.exitCode = undefined;
  }
}

// A hang guard, not a speed target: each CLI process starts tsx, slow when the machine is loaded.
describe('understudy memory', { timeout: 180_000 }, () => {
  it('works as a separate process from an empty start: stats, import, search', async () => {
    const empty = await run(['stats']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/no memory yet at .*memory\.db/);

    const input = join(folder.path, 'in.jsonl');
    writeFileSync(
      input,
      [
        sampleTrajectory({ id: 'login-ana', task: 'Log in as "ana" with the password "pw1"', state: '[1] textbox "Username"\n[2] button "Login"' }),
        sampleTrajectory({ id: 'list-peru', task: 'Select Peru from the list and click Submit', source: 'agent' }),
      ]
        .map((trajectory) => JSON.stringify(trajectory))
        .join('\n'),
    );
    const imported = await run(['import', input]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/imported 2 trajectories/);

    const found = await run(['search', 'log in as bo with password pw2', '-k', '1']);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^1\s+\d\.\d{4}\s+login-ana\s+Log in as/m);
    expect(found.stdout).toMatch(/full-text rank 1/);
  });

  it('prints readable stats, lists, trajectories; exports and deletes', async () => {
    const stats = await runInProcess(['stats']);
    expect(stats.stdout).toMatch(/trajectories\s+2 \(2 successful\)/);
    expect(stats.stdout).toMatch(/by source\s+agent 1, demonstration 1/);
    expect(stats.stdout).toMatch(/embedder\s+hashed-ngram-v1, 384 dimensions/);

    const listed = await runInProcess(['list', '--source', 'agent']);
    expect(listed.stdout).toMatch(/^id\s+created\s+source/m);
    expect(listed.stdout).toContain('list-peru');
    expect(listed.stdout).not.toContain('login-ana');
    expect((await runInProcess(['list', '--source', 'robot'])).stderr).toMatch(/--source must be demonstration or agent/);

    const shown = await runInProcess(['show', 'login-ana']);
    expect(shown.stdout).toMatch(/task\s+Log in as "ana"/);
    expect(shown.stdout).toMatch(/type "Ada" into \[1\]/);

    const output = join(folder.path, 'out.jsonl');
    expect((await runInProcess(['export', output])).stdout).toMatch(/exported 2 trajectories/);
    expect(readFileSync(output, 'utf8').trim().split('\n')).toHaveLength(2);

    expect((await runInProcess(['delete', 'list-peru'])).stdout).toMatch(/deleted list-peru/);
    const again = await runInProcess(['delete', 'list-peru']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no trajectory with id list-peru/);
  });

  it('explains a bad import line, a foreign file and a changed embedder', async () => {
    const bad = join(folder.path, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(sampleTrajectory({ id: 'fine' }))}\n${JSON.stringify({ ...sampleTrajectory({ id: 'future' }), formatVersion: 2 })}\n`);
    const refused = await runInProcess(['import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 2: trajectory format version 2 is newer than this Understudy understands/);

    const foreign = join(folder.path, 'notes.txt');
    writeFileSync(foreign, 'not a database');
    const notMemory = await runInProcess(['--memory', foreign, 'stats']);
    expect(notMemory.code).toBe(1);
    expect(notMemory.stderr).toContain(`${foreign} is not an Understudy memory`);
    expect(readFileSync(foreign, 'utf8')).toBe('not a database');

    const changed = await runInProcess(['search', 'anything'], {
      UNDERSTUDY_EMBEDDINGS_URL: 'http://127.0.0.1:9/v1',
      UNDERSTUDY_EMBEDDINGS_MODEL: 'other-model',
      UNDERSTUDY_EMBEDDINGS_DIMENSION: '32',
    });
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/openai-compatible:other-model \(32 dimensions\).*understudy memory reembed/);
  });

  it('takes the memory file and the embedder from the config file when no flag or variable names them', async () => {
    const configPath = join(folder.path, 'config.json');
    const configured = join(folder.path, 'configured.db');
    writeFileSync(configPath, JSON.stringify({ memory: { path: configured } }));
    const env = { UNDERSTUDY_MEMORY: '', UNDERSTUDY_CONFIG: configPath };
    const input = join(folder.path, 'configured.jsonl');
    writeFileSync(input, `${JSON.stringify(sampleTrajectory({ id: 'configured-one' }))}\n`);
    const imported = await runInProcess(['import', input], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(configured);
    const stats = await runInProcess(['stats'], env);
    expect(stats.stdout).toMatch(/trajectories\s+1/);
    // An embeddings endpoint named only in the file is the one the memory is checked against.
    writeFileSync(configPath, JSON.stringify({ memory: { path: configured, embeddings: { url: 'http://127.0.0.1:9/v1', model: 'file-model', dimension: 16 } } }));
    const mismatch = await runInProcess(['search', 'anything'], env);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toMatch(/openai-compatible:file-model \(16 dimensions\).*understudy memory reembed/);
  });
});
