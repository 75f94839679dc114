/**
 * Child process for the memory reliability tests: adds trajectories in a
 * loop and prints "committed <id>" after each add returns (i.e. after its
 * transaction committed). Each trajectory's metadata says how many steps it
 * has, so a reader can tell a whole one from half of one.
 *
 * With a fourth argument, it stops after half of `count` until that file
 * exists (a reader creates it once it has seen the half-written memory), so
 * a reader overlaps the writer however the two processes are scheduled.
 *
 * Usage: memory-writer-process.ts <db> <prefix> <count|forever> [halfway-file]
 */
import { existsSync } from 'node:fs';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory } from './memory-kit.js';

const [path, prefix, countText, halfwayFile] = process.argv.slice(2);
if (!path || !prefix || !countText) throw new Error('usage: memory-writer-process.ts <db> <prefix> <count|forever>');
const count = countText === 'forever' ? Number.POSITIVE_INFINITY : Number(countText);
const store = ExemplarStore.open(path);
process.stdout.write('ready\n');
for (let index = 0; index < count; index++) {
  if (halfwayFile && index === Math.floor(count / 2)) await waitFor(halfwayFile);
  // Bigger trajectories widen the window in which a kill lands mid-write.
  const steps = 1 + (index % 7) * 3;
  const id = `${prefix}-${index}`;
  store.add(sampleTrajectory({ id, steps, task: `Task number ${index} for ${prefix}: fill the form` }));
  process.stdout.write(`committed ${id} ${steps}\n`);
}
store.close();
process.stdout.write('done\n');

/** Poll for `file` (up to 50 s, the reader's own deadline), then go on either way. */
async function waitFor(file: string): Promise<void> {
  const deadline = Date.now() + 50_000;
  while (!existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
