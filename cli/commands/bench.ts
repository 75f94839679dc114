/**
 * `understudy bench miniwob`: measure a policy on MiniWoB++ pages (a
 * miniwob-plusplus checkout's `miniwob/html`, or by default the project's own
 * suite), with a progress bar on stderr, a per-task table on stdout, and
 * results (SQLite + JSONL) and an HTML report in --report.
 */
import { wholeNumber } from '../flags.js';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import { loadConfig } from '../../agent/config/load-config.js';
import { runBenchmark } from '../../main/service/bench-service.js';
import { assertPolicyName } from '../../agent/policy/policy-registry.js';
import { createProgressBar, evaluationProgress } from '../../harness/progress-bar.js';
import { demonstrationTable, formatDemonstrationTable } from '../../harness/report/demonstration-table.js';
import { formatScoreTable, parsePublishedNumbers, type PublishedNumbers } from '../../harness/report/scoring.js';
import { parseList, parseSeeds, parseShard, readTaskFile } from '../../harness/seeds.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { splitGroups } from '../../harness/tasks/splits.js';

interface BenchFlags {
  dir?: string;
  tasks?: string;
  taskFile?: string;
  seeds: string;
  policy: string;
  model?: string;
  demos: string;
  demoSeeds: string;
  workers?: string;
  shard?: string;
  connect?: string[];
  maxTime?: string;
  report: string;
  memory?: string;
  config?: string;
  published?: string;
  fileUrls?: boolean;
  pagesUrl?: string;
  reload?: boolean;
  maxSteps?: string;
  progress: boolean;
}

export function registerBenchCommand(program: Command): void {
  const bench = program.command('bench').description('benchmarks of the agent');
  bench
    .command('miniwob')
    .description('run a policy on MiniWoB++ task pages and report per-task success (raw reward 1) and reward > 0')
    .option('--dir <pages>', "folder holding core/ and miniwob/ (miniwob-plusplus's miniwob/html); default: the project's own suite")
    .option('--tasks <a,b>', 'tasks to run (default: every page in the folder)')
    .option('--task-file <file>', 'tasks to run, one per line')
    .option('--seeds <list>', 'episode seeds, e.g. 0-49 or 1,5,7-9', '0-49')
    .option('--policy <name>', 'offline | llm | hybrid', 'offline')
    .option('--model <spec>', 'model for llm / hybrid, e.g. openai:gpt-4o-mini (else the config / UNDERSTUDY_MODEL)')
    .option('--demos <n>', 'record demonstrations through the browser recorder (a scripted person, real input) on the first n demo seeds of every task that has a demonstrator; each is replayed on its seed and stored verified or not', '0')
    .option('--demo-seeds <list>', 'seeds to record demonstrations on', '1000-1002')
    .option('--workers <n>', 'parallel browser contexts (default: cores)')
    .option('--shard <i/n>', 'run only the i-th of n interleaved slices of the (task, seed) list')
    .option('--connect <ws-endpoint>', 'use a remote Playwright browser server (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--max-time <ms>', "raise every page's episode time limit (core.EPISODE_MAX_TIME) to this many ms")
    .option('--reload', 'reload the task page before every episode (as Synapse ran)')
    .option('--max-steps <n>', 'most actions per episode', '30')
    .option('--report <dir>', 'folder for report.html, results.sqlite, episodes.jsonl', 'out/bench-miniwob')
    .option('--memory <file>', 'exemplar memory to retrieve demonstrations from and store episodes in (default: <report>/memory.db)')
    .option('--config <file>', 'config file: the model and the memory\'s embedder (default: $UNDERSTUDY_CONFIG or ~/.config/understudy/config.json)')
    .option('--published <tsv>', 'published per-task success rates to compare with (header: task<TAB>source…)')
    .option('--file-urls', 'open pages as file:// URLs instead of serving them on 127.0.0.1')
    .option('--pages-url <url>', 'load pages from this URL of the same folder (for remote browsers that cannot reach 127.0.0.1)')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: BenchFlags) => {
      const policy = assertPolicyName(flags.policy);
      const taskNames = [...(flags.tasks ? parseList(flags.tasks) : []), ...(flags.taskFile ? readTaskFile(flags.taskFile) : [])];
      const seeds = parseSeeds(flags.seeds);
      const demoCount = wholeNumber(flags.demos, '--demos', 0);
      const demoSeeds = demoCount > 0 ? parseSeeds(flags.demoSeeds, '--demo-seeds').slice(0, demoCount) : [];
      const overlap = demoSeeds.filter((seed) => seeds.includes(seed));
      if (overlap.length > 0) throw new UserFacingError(`--seeds and --demo-seeds overlap (${overlap.join(', ')}): evaluate on unseen seeds`);
      const workers = flags.workers === undefined ? availableParallelism() : wholeNumber(flags.workers, '--workers', 1);
      const maxTimeMs = flags.maxTime === undefined ? undefined : wholeNumber(flags.maxTime, '--max-time', 1);
      const maxSteps = wholeNumber(flags.maxSteps ?? '30', '--max-steps', 1);
      let published: PublishedNumbers | undefined;
      if (flags.published) {
        try {
          published = parsePublishedNumbers(readFileSync(flags.published, 'utf8'), flags.published);
        } catch (error) {
          throw new UserFacingError(`cannot use --published ${flags.published}: ${errorMessage(error)}`);
        }
      }
      // Resolved once here; the model and the memory's embedder come from it.
      const { config } = loadConfig({ configPath: flags.config, flags: flags.model ? { model: flags.model } : {} });

      const bar = flags.progress ? createProgressBar() : undefined;
      const stop = new AbortController();
      const onSignal = () => stop.abort('interrupted');
      process.once('SIGINT', onSignal);
      try {
        const result = await runBenchmark({
          dir: flags.dir ?? suiteDirectory(),
          tasks: taskNames.length > 0 ? taskNames : undefined,
          seeds,
          policy,
          recordDemonstrations: demoCount > 0,
          demoSeeds,
          workers,
          shard: flags.shard ? parseShard(flags.shard) : undefined,
          connect: flags.connect,
          maxTimeMs,
          budgets: { maxSteps },
          fileUrls: flags.fileUrls,
          pagesUrl: flags.pagesUrl,
          reloadEachEpisode: flags.reload,
          reportDir: flags.report,
          memoryPath: flags.memory,
          config,
          published,
          signal: stop.signal,
          onProgress: evaluationProgress(bar, policy),
        });
        bar?.finish();
        const out = (line: string) => process.stdout.write(`${line}\n`);
        if (result.demonstrations.length > 0) {
          const verified = result.demonstrations.filter((demo) => demo.verified === true).length;
          out(`demonstrations through the recorder: ${result.demonstrations.filter((demo) => demo.success).length}/${result.demonstrations.length} scored reward 1; verified on their own seed: ${verified}/${result.demonstrations.length}`);
          for (const demo of result.demonstrations.filter((candidate) => candidate.verified !== true)) out(`  unverified ${demo.task}#${demo.seed}: ${demo.verification ?? demo.reason}`);
        }
        if (result.episodes.length > 0) out(formatScoreTable(result.summary, published));
        if (result.demonstrations.length > 0 && result.episodes.length > 0) {
          const tasks = [...new Set([...result.demonstrations, ...result.episodes].map((episode) => episode.task))].sort();
          out('');
          // On the project's own suite, each half of the fixed development / evaluation split is reported too.
          const groups = resolve(flags.dir ?? suiteDirectory()) === resolve(suiteDirectory()) ? splitGroups() : [];
          out(formatDemonstrationTable(demonstrationTable(tasks, result.demonstrations, result.episodes, groups)));
        }
        out(`report: ${result.reportPath}`);
        out(`results: ${result.resultsPath} (run ${result.runId}), ${result.jsonlPath}`);
      } finally {
        bar?.finish();
        process.removeListener('SIGINT', onSignal);
      }
    });
}
