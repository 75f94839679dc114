/**
 * Child process for the writer+reader test: while another process writes,
 * repeatedly lists, loads and searches the memory, checking that every
 * trajectory it sees is whole (as many steps as its metadata says). Stops
 * once it has seen `expected` trajectories; prints a JSON report last.
 * Once it sees a memory holding some but not all of them, it creates
 * `halfway-file`, which lets a waiting writer go on.
 *
 * Usage: memory-reader-process.ts <db> <expected> <halfway-file>
 */
import { writeFileSync } from 'node:fs';
import { ExemplarStore } from '../../memory/exemplar-store.js';

const [path, expectedText, halfwayFile] = process.argv.slice(2);
const expected = Number(expectedText);
const store = ExemplarStore.open(path!, { readonly: true });
const report = { rounds: 0, checked: 0, partial: 0, maxSeen: 0, sawPart: false, errors: [] as string[] };
const deadline = Date.now() + 50_000;
while (report.maxSeen < expected && Date.now() < deadline) {
  report.rounds++;
  try {
    const summaries = store.list({ limit: 1_000 });
    report.maxSeen = Math.max(report.maxSeen, summaries.length);
    if (summaries.length > 0 && summaries.length < expected && !report.sawPart) {
      report.sawPart = true;
      if (halfwayFile) writeFileSync(halfwayFile, 'seen\n');
    }
    for (const summary of summaries.slice(0, 20)) {
      const trajectory = store.get(summary.id);
      if (!trajectory) continue;
      report.checked++;
      if (trajectory.steps.length !== trajectory.metadata.stepCount || trajectory.steps.length !== summary.steps) report.partial++;
    }
    for (const hit of store.retrieve({ task: `Task number ${report.rounds} for w: fill the form` }, 3)) {
      report.checked++;
      if (hit.trajectory.steps.length !== hit.trajectory.metadata.stepCount) report.partial++;
    }
  } catch (error) {
    report.errors.push(error instanceof Error ? error.message : String(error));
    if (report.errors.length > 5) break;
  }
}
store.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
