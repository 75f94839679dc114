/**
 * `understudy replay <trajectory-id>` / `understudy replay --task <t>`:
 * replay stored MiniWoB trajectories (by default the demonstrations of a
 * task) on their own seeds and check each reproduces its stored reward; a
 * trajectory recorded on any other page or on the desktop is played back
 * there step by step. Exits with 1 when a replay does not succeed.
 */
import { wholeNumber } from '../flags.js';
import type { Command } from 'commander';
import { UserFacingError } from '../../agent/core/errors.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { MemoryService } from '../../main/service/memory-service.js';
import { pageReplayOf, replayMiniwobTrajectories, selectStoredTrajectories } from '../../main/service/replay-stored.js';
import { resolveCommandSettings } from '../command-settings.js';

interface ReplayFlags {
  task?: string;
  memory?: string;
  config?: string;
  dir?: string;
  all?: boolean;
  limit: string;
  maxTime?: string;
  connect?: string;
  workers: string;
  headed?: boolean;
}

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .description('replay a stored trajectory (MiniWoB ones on their own seeds, checking they reproduce their reward)')
    .argument('[trajectory-id]', 'id of one stored trajectory')
    .option('--task <name>', 'replay the stored demonstrations of this task')
    .option('--all', 'with --task: replay the agent\'s trajectories too, not only demonstrations')
    .option('--limit <n>', 'with --task: at most this many trajectories', '20')
    .option('--memory <file>', 'the exemplar memory (default: memory.path in the config, $UNDERSTUDY_MEMORY or the XDG data folder)')
    .option('--config <file>', 'config file: where the memory is (default: $UNDERSTUDY_CONFIG or ~/.config/understudy/config.json)')
    .option('--dir <pages>', "folder holding core/ and miniwob/; default: the folder each trajectory was recorded from, else the project's own suite")
    .option('--max-time <ms>', "raise every page's episode time limit to this many ms")
    .option('--connect <ws-endpoint>', 'use a remote Playwright browser server')
    .option('--workers <n>', 'parallel browser contexts', '1')
    .option('--headed', 'show the browser window when replaying a page recording (needs a display)')
    .action(async (id: string | undefined, flags: ReplayFlags) => {
      if (!id && !flags.task) throw new UserFacingError('give a trajectory id or --task <name>', 'e.g. understudy replay --task click-button');
      if (id && flags.task) throw new UserFacingError('give either a trajectory id or --task, not both');
      const settings = resolveCommandSettings({ config: flags.config, memory: flags.memory });
      const limit = flags.task ? wholeNumber(flags.limit, '--limit', 1) : 0;
      const memory = new MemoryService(() => settings, { readonly: true });
      let trajectories: Trajectory[];
      try {
        trajectories = selectStoredTrajectories(memory, id ? { id } : { task: flags.task ?? '', all: flags.all, limit }, settings.memoryPath);
      } finally {
        memory.close();
      }
      const page = pageReplayOf(trajectories);
      if (page) {
        const { printEvent } = await import('./run.js');
        const { replayTrajectory } = await import('../../main/service/replay-trajectory.js');
        const result = await replayTrajectory(page, {
          headed: flags.headed,
          onEvent: printEvent,
        });
        if (result.outcome.status !== 'success') process.exitCode = 1;
        return;
      }
      const maxTimeMs = flags.maxTime === undefined ? undefined : wholeNumber(flags.maxTime, '--max-time', 1);
      const workers = wholeNumber(flags.workers, '--workers', 1);
      // Each trajectory replays on the pages it was recorded from unless --dir says otherwise.
      const outcomes = await replayMiniwobTrajectories({
        trajectories,
        dir: flags.dir,
        workers,
        maxTimeMs,
        connect: flags.connect ? [flags.connect] : undefined,
        onResult: (outcome) =>
          process.stdout.write(
            `${outcome.reproduced ? 'reproduced' : 'DIFFERENT '}  ${outcome.trajectoryId}  ${outcome.result.task}#${outcome.result.seed}  stored ${outcome.expected ?? '—'}  replayed ${outcome.result.done ? outcome.result.rawReward : 'not done'}  (${outcome.result.steps} steps)${outcome.reproduced ? '' : `  ${outcome.result.reason}`}\n`,
          ),
      });
      const reproduced = outcomes.filter((outcome) => outcome.reproduced).length;
      process.stdout.write(`${reproduced}/${outcomes.length} replays reproduced their stored reward\n`);
      if (reproduced < outcomes.length) process.exitCode = 1;
    });
}
