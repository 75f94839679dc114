/**
 * `understudy memory import` as a real process on a real memory that already
 * holds trajectories: it shows its progress on one line of stderr, and Ctrl+C
 * part-way leaves the memory exactly as it was (one transaction, rolled back)
 * and says so; run again, the whole file goes in.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { projectRoot } from '../kits/cli-process.js';
import { sampleTrajectory, spawnTypeScript, tempFolder } from './memory-kit.js';

const KEPT = 25;
// Enough that the import lasts past the first progress line (printed after 1 s) on an idle machine too.
const COUNT = 5_000;
let folder: { path: string; remove: () => void };
let memoryPath: string;
let file: string;

const env = { XDG_CONFIG_HOME: '/nonexistent-config', UNDERSTUDY_CONFIG: '', UNDERSTUDY_MEMORY: '', UNDERSTUDY_EMBEDDINGS_URL: '', UNDERSTUDY_EMBEDDINGS_MODEL: '' };

function ids(): string[] {
  const store = ExemplarStore.open(memoryPath, { readonly: true });
  try {
    expect(store.integrityCheck()).toEqual(['ok']);
    return store.ids();
  } finally {
    store.close();
  }
}

/** Run the import; once its stderr shows `interruptWhen`, send SIGINT. */
function importCli(interruptWhen?: RegExp): Promise<{ code: number | null; stdout: string; stderr: string; interrupted: boolean }> {
  const child = spawnTypeScript(join(projectRoot, 'cli', 'understudy.ts'), ['memory', 'import', file, '--memory', memoryPath], env);
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (interruptWhen && !interrupted && interruptWhen.test(stderr)) {
      interrupted = true;
      child.kill('SIGINT');
    }
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, interrupted });
    }),
  );
}

beforeAll(() => {
  folder = tempFolder('understudy-import-cli-');
  memoryPath = join(folder.path, 'memory.db');
  file = join(folder.path, 'export.jsonl');
  const store = ExemplarStore.open(memoryPath);
  try {
    store.addMany(Array.from({ length: KEPT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `mine-${index}` }) })));
  } finally {
    store.close();
  }
  writeFileSync(file, Array.from({ length: COUNT }, (_, index) => `${JSON.stringify(sampleTrajectory({ id: `theirs-${index}`, task: `Enter "name ${index}" and press Submit` }))}\n`).join(''));
});
afterAll(() => folder.remove());

describe('understudy memory import', () => {
  it('Ctrl+C while importing leaves the memory as it was and says so; run again, it imports the whole file', async () => {
    const before = ids();
    // Off a terminal the progress line is printed at most once a second.
    const stopped = await importCli(/importing \d+% \([^)]*, \d+ imported\)/);
    expect(stopped.interrupted).toBe(true);
    expect(stopped.code).not.toBe(0);
    expect(stopped.stderr).toMatch(/stopped \(Ctrl\+C\); nothing was imported, the memory is as it was/);
    expect(stopped.stdout).toBe('');
    expect(ids()).toEqual(before);

    const whole = await importCli();
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toContain(`imported ${COUNT} trajectories into ${memoryPath}`);
    const after = ids();
    expect(after).toHaveLength(KEPT + COUNT);
    expect(after.slice(0, KEPT)).toEqual(before);
  }, 300_000);
});
