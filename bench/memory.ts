/**
 * `npm run bench:memory`: how fast and how well the exemplar memory finds
 * same-task trajectories, at 10k and 100k trajectories (add `--scales
 * 10000,100000,1000000` for 1M). Prints figures; never passes or fails.
 *
 * The labelled set comes from the project's own task suite (harness/tasks):
 * for every suite task, exemplars from seeds 1..S are stored (instruction +
 * the page's initial state, as a real demonstration would be keyed); queries
 * are instructions from other seeds, as-is ("varied") and reworded
 * ("paraphrased"). A hit is a retrieved exemplar of the same suite task. The
 * rest of the memory is distractor chores (bench/data/filler-tasks.ts).
 * At 100k and up the brute-force modes run on a subset of the queries, so a
 * second table compares each fast path with its exact twin on exactly the
 * queries both ran (comparing rows of the first table mixes query sets).
 *
 * Usage: tsx bench/memory.ts [--scales 10000,100000] [--train-seeds 40] [--query-seeds 10] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Trajectory } from '../agent/core/trajectory.js';
import { ExemplarStore, type SearchOptions } from '../memory/exemplar-store.js';
import { fillerTask } from './data/filler-tasks.js';
import { paraphrase } from './data/paraphrase.js';
import { suiteEpisodes, type SuiteEpisode } from './data/suite-episodes.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '10000,100000' },
    'train-seeds': { type: 'string', default: '40' },
    'query-seeds': { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
  },
});

const scales = args.scales!.split(',').map(Number);
const trainSeeds = Array.from({ length: Number(args['train-seeds']) }, (_, index) => index + 1);
const querySeeds = Array.from({ length: Number(args['query-seeds']) }, (_, index) => 1001 + index);

const print = (line = '') => process.stdout.write(`${line}\n`);

function trajectoryOf(id: string, task: string, state: string, label: string, createdAt: number): Trajectory {
  return {
    formatVersion: 1,
    id,
    task,
    environment: 'browser',
    appKey: label.startsWith('filler') ? 'desktop-chores' : `suite/${label}`,
    source: 'demonstration',
    outcome: { status: 'success', reason: 'reward 1', reward: 1 },
    createdAt,
    metadata: { label },
    steps: [
      {
        index: 0,
        observation: { text: state, elements: [] },
        action: { type: 'click', target: { elementId: 1 } },
        targets: [],
        timings: {},
      },
      {
        index: 1,
        observation: { text: state.split('\n').slice(0, 3).join('\n'), elements: [] },
        action: { type: 'done', success: true },
        targets: [],
        timings: {},
      },
    ],
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

interface Mode {
  name: string;
  options: SearchOptions;
  /** Run on at most this many queries at large scales (brute force is slow). */
  slow?: boolean;
}

const MODES: Mode[] = [
  { name: 'full-text, every term', options: { mode: 'full-text', fullTextBudget: Infinity }, slow: true },
  { name: 'full-text, budgeted (default)', options: { mode: 'full-text' } },
  { name: 'vector, brute-force float', options: { mode: 'vector', exactVectors: true }, slow: true },
  { name: 'vector, binary + re-rank', options: { mode: 'vector' } },
  { name: 'hybrid, exact (both brute-force)', options: { mode: 'hybrid', exactVectors: true, fullTextBudget: Infinity }, slow: true },
  { name: 'hybrid, fast (default)', options: { mode: 'hybrid' } },
];

interface Query {
  task: string;
  state: string;
  label: string;
  kind: 'varied' | 'paraphrased';
}

async function main(): Promise<void> {
  print(`# Exemplar memory benchmark (${new Date().toISOString()})`);
  print(`node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  print('(wall-clock times include waiting for a CPU when the machine is shared; "CPU ms" is this process\'s own CPU time per query)');
  const episodes = await suiteEpisodes([...trainSeeds, ...querySeeds], (line) => print(line));
  const train = episodes.filter((episode) => episode.seed < 1001);
  const queries: Query[] = episodes
    .filter((episode) => episode.seed >= 1001)
    .flatMap((episode: SuiteEpisode) => [
      { task: episode.utterance, state: episode.state, label: episode.task, kind: 'varied' as const },
      { task: paraphrase(episode.utterance), state: episode.state, label: episode.task, kind: 'paraphrased' as const },
    ]);
  print(
    `labelled set: ${new Set(train.map((episode) => episode.task)).size} suite tasks, ${train.length} stored exemplars (seeds 1..${trainSeeds.length}), ` +
      `${queries.length} queries (seeds ${querySeeds[0]}..${querySeeds.at(-1)}, each as-is and paraphrased)`,
  );
  print(`example paraphrase: ${JSON.stringify(queries[1]!.task)}`);
  print();

  const directory = mkdtempSync(join(tmpdir(), 'understudy-bench-memory-'));
  try {
    for (const scale of scales) await benchScale(scale, train, queries, join(directory, `memory-${scale}.db`));
  } finally {
    if (args.keep) print(`kept ${directory}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}

async function benchScale(scale: number, train: SuiteEpisode[], queries: Query[], file: string): Promise<void> {
  print(`## ${scale.toLocaleString('en')} trajectories (load average ${loadavg()[0]!.toFixed(1)})`);
  const store = ExemplarStore.open(file);
  const labelled = train.map((episode, index) =>
    trajectoryOf(`suite-${episode.task}-${episode.seed}`, episode.utterance, episode.state, episode.task, 1_700_000_000_000 + index),
  );
  const fillerCount = Math.max(0, scale - labelled.length);
  const batch = 2_000;
  const started = performance.now();
  // Labelled exemplars are spread through the filler so rowid order gives nothing away.
  const every = Math.max(1, Math.floor(fillerCount / Math.max(1, labelled.length)));
  let pending: { trajectory: Trajectory }[] = [];
  let labelledIndex = 0;
  for (let index = 0; index < fillerCount || labelledIndex < labelled.length; index++) {
    if (index % every === 0 && labelledIndex < labelled.length) pending.push({ trajectory: labelled[labelledIndex++]! });
    if (index < fillerCount) {
      const filler = fillerTask(index);
      pending.push({ trajectory: trajectoryOf(`filler-${index}`, filler.task, filler.state, `filler-${filler.template}`, 1_700_000_000_000 + index) });
    }
    if (pending.length >= batch) {
      store.addMany(pending);
      pending = [];
    }
    if (index > 0 && index % 200_000 === 0) print(`  … ${index.toLocaleString('en')} added (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  if (pending.length) store.addMany(pending);
  const bulkSeconds = (performance.now() - started) / 1000;
  const total = store.count();

  // The agent adds one trajectory per transaction; measure that too.
  const singles = 300;
  const singleStarted = performance.now();
  for (let index = 0; index < singles; index++) {
    const filler = fillerTask(10_000_000 + index);
    store.add(trajectoryOf(`single-${index}`, filler.task, filler.state, 'filler-single', Date.now()));
  }
  const singleSeconds = (performance.now() - singleStarted) / 1000;
  store.checkpoint();
  const stats = store.stats();
  print(
    `insert: ${total.toLocaleString('en')} in ${bulkSeconds.toFixed(1)} s = ${Math.round(total / bulkSeconds).toLocaleString('en')} trajectories/s ` +
      `(batches of ${batch}, one transaction each); one per transaction: ${Math.round(singles / singleSeconds).toLocaleString('en')}/s`,
  );
  print(`size on disk: ${(stats.fileBytes / 1024 / 1024).toFixed(1)} MiB (${Math.round(stats.fileBytes / stats.trajectories)} bytes per trajectory, 2 steps each)`);

  // Warm the page cache and statement cache before timing.
  for (const query of queries.slice(0, 10)) for (const mode of MODES) store.search(query, 3, {}, mode.options);

  const rows: string[][] = [];
  /** Per mode: query index → [hit at 1, hit within 3], to compare modes on the very same queries. */
  const outcomes = new Map<string, Map<number, [boolean, boolean]>>();
  for (const mode of MODES) {
    const outcome = new Map<number, [boolean, boolean]>();
    outcomes.set(mode.name, outcome);
    // Brute force is slow at scale: a fixed, evenly spread subset of the queries keeps the run in minutes.
    const stride = !mode.slow || scale < 100_000 ? 1 : scale < 500_000 ? 2 : 8;
    // Queries come in (as-is, paraphrased) pairs: keep or drop a pair together.
    const subset = queries.map((query, index) => ({ ...query, index })).filter(({ index }) => Math.floor(index / 2) % stride === 0);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const hits = { varied: [0, 0], paraphrased: [0, 0] };
    const counts = { varied: 0, paraphrased: 0 };
    for (const query of subset) {
      const begin = performance.now();
      const cpuBegin = process.cpuUsage();
      const results = store.search({ task: query.task, state: query.state }, 3, {}, mode.options);
      const cpu = process.cpuUsage(cpuBegin);
      times.push(performance.now() - begin);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      const labels = results.map((hit) => hit.id.replace(/^suite-(.*)-\d+$/, '$1'));
      counts[query.kind]++;
      if (labels[0] === query.label) hits[query.kind][0]!++;
      if (labels.includes(query.label)) hits[query.kind][1]!++;
      outcome.set(query.index, [labels[0] === query.label, labels.includes(query.label)]);
    }
    times.sort((left, right) => left - right);
    cpuTimes.sort((left, right) => left - right);
    const rate = (kind: 'varied' | 'paraphrased', at: 0 | 1) => (hits[kind][at]! / Math.max(1, counts[kind])).toFixed(3);
    rows.push([
      mode.name,
      String(subset.length),
      percentile(times, 0.5).toFixed(2),
      percentile(times, 0.95).toFixed(2),
      percentile(cpuTimes, 0.5).toFixed(2),
      rate('varied', 0),
      rate('varied', 1),
      rate('paraphrased', 0),
      rate('paraphrased', 1),
    ]);
  }
  printTable(['retrieval (k=3)', 'queries', 'p50 ms', 'p95 ms', 'CPU p50 ms', 'varied R@1', 'varied R@3', 'paraphr. R@1', 'paraphr. R@3'], rows);
  print();
  // The brute-force modes may have run on a subset: compare each fast path with its exact twin on exactly those queries.
  const comparisons: string[][] = [];
  for (const [fast, exact] of [
    ['vector, binary + re-rank', 'vector, brute-force float'],
    ['hybrid, fast (default)', 'hybrid, exact (both brute-force)'],
  ] as const) {
    const shared = [...outcomes.get(exact)!.keys()];
    for (const kind of ['varied', 'paraphrased'] as const) {
      const ofKind = shared.filter((index) => queries[index]!.kind === kind);
      const rate = (mode: string, at: 0 | 1) => (ofKind.filter((index) => outcomes.get(mode)!.get(index)![at]).length / Math.max(1, ofKind.length)).toFixed(3);
      comparisons.push([`${fast.split(',')[0]}, ${kind}`, String(ofKind.length), rate(fast, 0), rate(exact, 0), rate(fast, 1), rate(exact, 1)]);
    }
  }
  printTable(['fast vs exact, same queries', 'queries', 'fast R@1', 'exact R@1', 'fast R@3', 'exact R@3'], comparisons);
  print(`process memory after the searches: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB resident, ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB JS heap`);
  print();
  store.close();
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  print(line(header));
  print(`|${widths.map((width, column) => (column === 0 ? ':' : '-') + '-'.repeat(width) + (column === 0 ? '-' : ':')).join('|')}|`);
  for (const row of rows) print(line(row));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:memory failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
