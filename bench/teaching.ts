/**
 * `npm run bench:teaching`: what a person who follows the agent's advice
 * experiences. They show each page once; then, instance after instance, the
 * offline policy tries the task, and whenever it does not succeed — it
 * refused ("a demonstration of this kind of task would help"), or it went
 * wrong — the person shows it that very instance, through the browser
 * recorder (the suite's scripted person, real input, replayed and stored
 * verified or not). The agent's own successful runs join the memory too, as
 * in the product (the policy follows each through the demonstration it
 * re-grounded: agent/policy/exemplar/rules/own-run-source.ts). Does it need
 * fewer lessons as it goes?
 *
 * 1. One demonstration per page (`--first-demos`, default seed 1000).
 * 2. For each new seed in order (`--seeds`, default 0–9; one seed is one
 *    round over every page): the policy on that seed; each page where it did
 *    not succeed is demonstrated on that same seed before the next round.
 * 3. Printed per round: ok / refused / wrong / other, and the lessons given
 *    before it; per page the verdict string and lessons; the first and second
 *    halves of the rounds compared, and the pages the lessons did not help
 *    (no success in the later half), and which wrong actions were the page's
 *    clock running out ("timed out": slow planning on a loaded machine, not a
 *    mistaken deed — still counted as wrong). Also written to <out>/summary.json.
 *    Never passes or fails.
 *
 * Usage: tsx bench/teaching.ts [--half development|evaluation] [--tasks a,b] [--seeds 0-9]
 *          [--first-demos 1000] [--workers 2] [--out dir]
 *   --half picks the pages of one half of harness/tasks/splits.json (default development); --tasks names pages instead.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runEvaluation } from '../harness/evaluation.js';
import type { EpisodeResult } from '../harness/miniwob/episode-result.js';
import { episodeVerdict, isPageTimeout } from '../harness/report/demonstration-table.js';
import { suiteDirectory } from '../harness/tasks/catalog.js';
import { demonstrators } from '../harness/tasks/demonstrators/index.js';
import { splitTasks, type SplitHalf } from '../harness/tasks/splits.js';
import { parseList, parseSeeds } from '../harness/seeds.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

const { values: args } = parseArgs({
  options: {
    half: { type: 'string', default: 'development' },
    tasks: { type: 'string' },
    seeds: { type: 'string', default: '0-9' },
    'first-demos': { type: 'string', default: '1000' },
    workers: { type: 'string', default: '2' },
    out: { type: 'string' },
  },
});

type Verdict = ReturnType<typeof episodeVerdict>;
const MARK: Record<Verdict, string> = { success: '✓', refusal: 'R', wrong: '✗', other: '?' };

async function main(): Promise<void> {
  if (args.half !== 'development' && args.half !== 'evaluation') throw new Error(`--half must be development or evaluation, got ${args.half}`);
  const requested = args.tasks ? parseList(args.tasks) : [...splitTasks(args.half as SplitHalf)];
  const missing = requested.filter((task) => !demonstrators[task]);
  if (missing.length > 0) throw new Error(`no scripted demonstrator for ${missing.join(', ')}: this bench teaches through one`);
  const tasks = requested;
  const seeds = parseSeeds(args.seeds!);
  const firstDemos = parseSeeds(args['first-demos']!, '--first-demos');
  const overlap = seeds.filter((seed) => firstDemos.includes(seed));
  if (overlap.length > 0) throw new Error(`--seeds and --first-demos overlap (${overlap.join(', ')}): the rounds must be new instances`);
  const workers = Number(args.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number ≥ 1, got ${args.workers}`);
  const out = resolve(args.out ?? mkdtempSync(join(tmpdir(), 'understudy-bench-teaching-')));
  const memoryPath = join(out, 'memory.db');
  const dir = suiteDirectory();
  const started = Date.now();
  const lessons = new Map(tasks.map((task) => [task, 0]));
  const taught = (demos: EpisodeResult[]) => {
    for (const demo of demos) if (demo.success) lessons.set(demo.task, lessons.get(demo.task)! + 1);
  };
  const totalLessons = () => [...lessons.values()].reduce((sum, count) => sum + count, 0);

  console.log(`teaching: ${tasks.length} pages shown once (seeds ${firstDemos.join(',')}), then taught on every instance it does not do, over ${seeds.length} rounds; ${workers} workers; memory ${memoryPath}`);
  const first = await runEvaluation({ dir, tasks, seeds: [], policy: 'offline', demonstrators, demoSeeds: firstDemos, memoryPath, workers, reportDir: join(out, 'shown-once') });
  taught(first.demonstrations);
  const unshown = tasks.filter((task) => lessons.get(task) === 0);
  console.log(`shown once: ${totalLessons()} demonstrations recorded${unshown.length ? `; not recorded for ${unshown.join(', ')}` : ''}`);

  const history = new Map(tasks.map((task) => [task, [] as Verdict[]]));
  // Wrong actions the page's own clock ended ("timed out", −1): on a loaded machine they tell of slow planning, not of a mistaken deed.
  const timedOut: string[] = [];
  const rows = [['round', 'seed', 'ok', 'refused', 'wrong', 'other', 'lessons before it']];
  for (const [round, seed] of seeds.entries()) {
    const run = await runEvaluation({ dir, tasks, seeds: [seed], policy: 'offline', memoryPath, workers, reportDir: join(out, `round-${round + 1}`) });
    const verdicts = new Map(run.episodes.map((episode) => [episode.task, episodeVerdict(episode)]));
    for (const task of tasks) history.get(task)!.push(verdicts.get(task) ?? 'other');
    const count = (verdict: Verdict) => tasks.filter((task) => (verdicts.get(task) ?? 'other') === verdict).length;
    const clock = run.episodes.filter(isPageTimeout).map((episode) => `${episode.task} seed ${seed}`);
    timedOut.push(...clock);
    rows.push([String(round + 1), String(seed), String(count('success')), String(count('refusal')), String(count('wrong')), String(count('other')), String(totalLessons())]);
    console.log(`round ${round + 1} (seed ${seed}): ${count('success')}/${tasks.length} ok, ${count('refusal')} refused, ${count('wrong')} wrong${clock.length ? ` (${clock.length} of them timed out)` : ''}, ${count('other')} other`);
    // The person shows it this very instance wherever it did not succeed — not after the last round, which only measures.
    const toTeach = tasks.filter((task) => verdicts.get(task) !== 'success');
    if (toTeach.length > 0 && round < seeds.length - 1) {
      const lesson = await runEvaluation({ dir, tasks: toTeach, seeds: [], policy: 'offline', demonstrators, demoSeeds: [seed], memoryPath, workers, reportDir: join(out, `lesson-${round + 1}`) });
      taught(lesson.demonstrations);
    }
  }

  console.log('\n' + table(rows));
  const pageRows = [['page', 'rounds', 'lessons', 'ok']];
  for (const task of tasks) {
    const marks = history.get(task)!;
    pageRows.push([task, marks.map((verdict) => MARK[verdict]).join(''), String(lessons.get(task)), `${marks.filter((verdict) => verdict === 'success').length}/${marks.length}`]);
  }
  console.log('\n' + table(pageRows) + `\n(✓ done, R refused, ✗ wrong action, ? other; lessons count the first demonstration)`);
  const half = Math.floor(seeds.length / 2);
  const rate = (from: number, to: number) => {
    const marks = tasks.flatMap((task) => history.get(task)!.slice(from, to));
    const ok = marks.filter((verdict) => verdict === 'success').length;
    const wrong = marks.filter((verdict) => verdict === 'wrong').length;
    return `${ok}/${marks.length} ok (${((ok / Math.max(1, marks.length)) * 100).toFixed(1)}%), ${wrong} wrong`;
  };
  if (half > 0) console.log(`\nrounds 1–${half}: ${rate(0, half)}; rounds ${half + 1}–${seeds.length}: ${rate(half, seeds.length)}`);
  // Pages where the lessons did not take: not one success in the later rounds, however many lessons came before.
  const unlearned = half > 0 ? tasks.filter((task) => !history.get(task)!.slice(half).includes('success')) : [];
  if (unlearned.length > 0) console.log(`not learned (no success in rounds ${half + 1}–${seeds.length}): ${unlearned.map((task) => `${task} (${lessons.get(task)} lessons)`).join(', ')}`);
  if (timedOut.length > 0) console.log(`of the wrong actions, the page's clock ran out ("timed out") on: ${timedOut.join(', ')}`);
  const summary = { seeds, firstDemos, timedOut, pages: Object.fromEntries(tasks.map((task) => [task, { verdicts: history.get(task)!, lessons: lessons.get(task)! }])) };
  writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(`all rounds: ${rate(0, seeds.length)}; lessons given ${totalLessons()} (${(totalLessons() / tasks.length).toFixed(1)} per page); ${((Date.now() - started) / 60000).toFixed(1)} min; reports and memory in ${out}`);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
