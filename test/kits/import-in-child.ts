/**
 * Import a JSONL file into a fresh memory in this process and print one JSON
 * line: how many, how long, and the process's peak resident memory before
 * and after. Run as its own process (spawnTypeScript) so the peak is the
 * import's, not a test runner's.
 *
 *   import-in-child.ts <file.jsonl> <memory.db>
 */
import { importJsonl } from '../../memory/jsonl-import.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';

const [file, memory] = process.argv.slice(2);
if (!file || !memory) throw new Error('usage: import-in-child.ts <file.jsonl> <memory.db>');
const store = ExemplarStore.open(memory);
const megabytes = (kilobytes: number) => Math.round(kilobytes / 1024);
const baselineMb = megabytes(process.resourceUsage().maxRSS);
const started = performance.now();
let progressCalls = 0;
const result = await importJsonl(store, file, { onProgress: () => progressCalls++ });
const seconds = (performance.now() - started) / 1000;
store.close();
process.stdout.write(
  `${JSON.stringify({ imported: result.imported, seconds, baselineMb, peakMb: megabytes(process.resourceUsage().maxRSS), progressCalls })}\n`,
);
