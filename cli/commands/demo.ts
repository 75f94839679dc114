/**
 * `understudy demo`: the main job on the built-in offline default — the
 * project's own MiniWoB-protocol suite, demonstrations recorded into a fresh
 * memory, the offline exemplar policy (no model) on unseen seeds, a per-task
 * table and an HTML report. `--desktop` runs the desktop half instead: a
 * small Tk form driven through OCR and the real mouse and keyboard.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { wholeNumber } from '../flags.js';
import { UserFacingError } from '../../agent/core/errors.js';
import { parseSeeds } from '../../harness/seeds.js';
import { assertOrdinaryPath } from '../../memory/special-paths.js';

interface DemoFlags {
  desktop?: boolean;
  app?: string;
  out?: string;
  tasks?: string;
  seeds?: string;
  workers?: string;
  progress: boolean;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('run the built-in offline demo: the offline policy on the project suite (or --desktop)')
    .option('--desktop', 'drive a small desktop form app through OCR and real input instead')
    .option('--app <name>', 'with --desktop: tk (default; read by OCR) or gtk (a GTK 3 app read through its accessibility tree, recorded from real input)')
    .option('--out <dir>', 'output folder (report, memory, screenshots)', undefined)
    .option('--tasks <names>', 'comma-separated suite tasks (default: all)')
    .option('--seeds <range>', 'unseen evaluation seeds, e.g. 0-7 or 0,3,9 (default 0-2)')
    .option('--workers <n>', 'parallel browser contexts (default: cores)')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: DemoFlags) => {
      // A folder under /proc, /sys or /dev is refused at once (issue 16: the demo used to hang there).
      assertOrdinaryPath(flags.out ?? (flags.desktop ? 'out/demo-desktop' : 'out/demo'), 'the output folder');
      if (flags.app !== undefined && !flags.desktop) throw new UserFacingError('--app goes with --desktop', 'understudy demo --desktop --app gtk');
      if (flags.desktop && flags.app !== undefined && flags.app !== 'tk') {
        if (flags.app !== 'gtk') throw new UserFacingError(`unknown desktop demo app "${flags.app}"`, 'use --app tk or --app gtk');
        const { runGtkDesktopDemo } = await import('./demo-desktop-gtk.js');
        const result = await runGtkDesktopDemo({ out: flags.out ?? 'out/demo-desktop-gtk' });
        if (result.outcome.status !== 'success') process.exitCode = 1;
        return;
      }
      if (flags.desktop) {
        const { runDesktopDemo } = await import('./demo-desktop.js');
        const result = await runDesktopDemo({ out: flags.out ?? 'out/demo-desktop' });
        if (result.outcome.status !== 'success') process.exitCode = 1;
        return;
      }
      const workers = flags.workers === undefined ? availableParallelism() : wholeNumber(flags.workers, '--workers', 1);
      const { runSuiteDemo } = await import('../../harness/demo.js');
      await runSuiteDemo({
        out: flags.out ?? 'out/demo',
        tasks: flags.tasks?.split(',').map((task) => task.trim()).filter(Boolean),
        seeds: flags.seeds === undefined ? undefined : parseSeeds(flags.seeds),
        workers,
        progress: flags.progress,
      });
    });
}
