/**
 * `understudy record`: a person does a task once; the recorder saves it to
 * the memory as a demonstration.
 *
 *   understudy record --url <url> --task "what I am doing"
 *   understudy record --miniwob <pages> --task <name> --seed <n>
 *   understudy record --desktop --task "what I am doing"
 *   understudy record --recover            (save recordings an interruption left behind)
 *   understudy record … --headless --remote-debugging-port 9333   (a scripted driver does the task)
 *
 * The browser session itself is main/service/record-browser.ts; this file
 * checks the flags and prints. Right after a browser recording ends it is
 * replayed on the same starting state, and the output says plainly whether
 * it replays and, if not, why.
 *
 * Every step is journalled durably as it is captured (next to the memory
 * database), so Ctrl+C saves what was recorded and even a kill leaves it
 * recoverable with --recover.
 */
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import { openConfiguredMemory } from '../../main/service/configured-memory.js';
import { resolveCommandSettings } from '../command-settings.js';
import type { Command } from 'commander';
import { UserFacingError } from '../../agent/core/errors.js';
import { toPageUrl } from '../../agent/operators/browser/page-url.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { openTaskDirectory } from '../../harness/miniwob/task-directory.js';
import { STOP_HOTKEY } from '../../main/recorder/browser/recorder-page-script.js';
import { journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { printQualitySummary, printSaved, printStep, type RecordingIo } from '../../main/recorder/recording-printout.js';
import { recoverJournals } from '../../main/recorder/recording-sink.js';
import { stopOnSignals } from '../../main/recorder/stop-on-signals.js';
import { startBrowserRecording, type BrowserRecording, type FinishedRecording, type RecordingTarget } from '../../main/service/record-browser.js';

export interface RecordCommandOptions {
  url?: string;
  miniwob?: string;
  desktop?: boolean;
  recover?: boolean;
  task?: string;
  seed?: string;
  memory?: string;
  /** Config file (else $UNDERSTUDY_CONFIG or the XDG default). */
  config?: string;
  discard?: boolean;
  allowSecrets?: boolean;
  /** Most minutes a MiniWoB episode may last while a person records it. */
  episodeMinutes?: string;
  /** Desktop: physical pixels per logical pixel. */
  scaleFactor?: string;
  /** Browser: expose Chromium's DevTools protocol on 127.0.0.1:<n> for a scripted driver. */
  remoteDebuggingPort?: string;
  /** Browser: no window (with a scripted driver). */
  headless?: boolean;
}

/** Where the recorder's headed window opens (screen px): tests and people find it at the same place. */
export const RECORDER_WINDOW_ARGS = ['--window-position=0,0', '--window-size=1024,768'];

export type Io = RecordingIo;

const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function registerRecordCommand(program: Command): void {
  program
    .command('record')
    .description('record a demonstration of a task (browser or desktop) into the memory')
    .option('--url <url>', 'record in a browser opened at this URL (or local file)')
    .option('--miniwob <pages>', 'record a MiniWoB-protocol task from this pages folder (holding core/ and miniwob/)')
    .option('--desktop', 'record the whole desktop (global mouse and keyboard, OCR)')
    .option('--recover', 'save the recordings an interruption left unsaved, then exit')
    .option('--task <text>', 'what you are doing (with --miniwob: the task name)')
    .option('--seed <n>', 'MiniWoB episode seed', '0')
    .option('--memory <path>', 'memory database (default: memory.path in the config, $UNDERSTUDY_MEMORY or ~/.local/share/understudy/memory.db)')
    .option('--config <file>', 'config file: the memory file and its embedder (default: $UNDERSTUDY_CONFIG or ~/.config/understudy/config.json)')
    .option('--discard', 'do not save the recording (try the recorder out)')
    .option('--allow-secrets', 'keep text typed into password-like fields instead of a placeholder')
    .option('--episode-minutes <n>', 'MiniWoB: most minutes the episode may last while you record', '10')
    .option('--scale-factor <n>', 'desktop: physical pixels per logical pixel (2 on a 2x HiDPI screen)', '1')
    .option('--remote-debugging-port <n>', 'browser: let a scripted driver reach the recorded page over the DevTools protocol on 127.0.0.1:<n> (the endpoint is printed on start)')
    .option('--headless', 'browser: record with no window (for a scripted driver, with --remote-debugging-port)')
    .action(async (options: RecordCommandOptions) => {
      await runRecordCommand(options, processIo);
    });
}

export async function runRecordCommand(options: RecordCommandOptions, io: Io): Promise<void> {
  const modes = [options.url !== undefined, options.miniwob !== undefined, options.desktop === true, options.recover === true].filter(Boolean).length;
  if (modes !== 1) {
    throw new UserFacingError('choose exactly one of --url <url>, --miniwob <pages>, --desktop or --recover', 'e.g. understudy record --url https://example.com --task "sign up"');
  }
  // The configuration, resolved once here and handed down.
  const { config, memoryPath: databasePath } = resolveCommandSettings({ config: options.config, memory: options.memory });
  const journalDirectory = journalDirectoryFor(databasePath);
  if (options.recover) {
    const store = openConfiguredMemory(databasePath, config);
    try {
      const report = await recoverJournals(journalDirectory, store);
      for (const saved of report.saved) {
        io.out(`recovered ${saved.trajectory.id}: "${saved.trajectory.task}", ${saved.trajectory.steps.length} step(s)${saved.droppedLines ? ` (${saved.droppedLines} torn line(s) dropped)` : ''}`);
      }
      for (const removed of report.removed) io.out(`removed ${removed.path}: ${removed.reason}`);
      for (const failed of report.failed) io.err(`could not recover ${failed.path}: ${failed.error}`);
      for (const skipped of report.skipped) io.out(`left ${skipped.path} alone: ${skipped.reason}`);
      if (report.saved.length + report.removed.length + report.failed.length + report.skipped.length === 0) io.out('nothing to recover');
      if (report.failed.length > 0) process.exitCode = 1;
    } finally {
      store.close();
    }
    return;
  }
  const task = options.task?.trim();
  if (!task) throw new UserFacingError('--task is required: say what you are doing (with --miniwob, the task name)');
  if (options.desktop) {
    const scaleFactor = Number(options.scaleFactor ?? '1');
    if (!(scaleFactor > 0 && scaleFactor <= 8)) throw new UserFacingError(`--scale-factor must be a number between 0 and 8, got ${JSON.stringify(options.scaleFactor)}`);
    // Loaded only now: the desktop recorder pulls in native input hooks.
    const { runDesktopRecording } = await import('../../main/recorder/desktop/run-desktop-recording.js');
    await runDesktopRecording({ task, databasePath, config, discard: options.discard ?? false, allowSecrets: options.allowSecrets ?? false, io, scaleFactor });
    return;
  }
  await recordInBrowser({ ...options, task }, databasePath, config, io);
}

async function recordInBrowser(options: RecordCommandOptions & { task: string }, databasePath: string, config: UnderstudyConfig, io: Io): Promise<void> {
  // Check everything the person can get wrong before a window opens.
  let target: RecordingTarget;
  if (options.miniwob !== undefined) {
    const directory = openTaskDirectory(options.miniwob);
    if (!directory.tasks.includes(options.task)) {
      throw new UserFacingError(`there is no MiniWoB task "${options.task}" in ${directory.root}`, `choose one of: ${directory.tasks.slice(0, 12).join(', ')}${directory.tasks.length > 12 ? ', …' : ''}`);
    }
    const seed = Number(options.seed ?? '0');
    if (!Number.isInteger(seed)) throw new UserFacingError(`--seed must be an integer, got ${JSON.stringify(options.seed)}`);
    const minutes = Number(options.episodeMinutes ?? '10');
    if (!(minutes > 0)) throw new UserFacingError(`--episode-minutes must be a positive number, got ${JSON.stringify(options.episodeMinutes)}`);
    target = { kind: 'miniwob', root: directory.root, task: options.task, seed, maxTimeMs: Math.round(minutes * 60_000) };
  } else {
    // A missing file or a host without a scheme fails here, before the window opens.
    target = { kind: 'page', url: toPageUrl(options.url!), task: options.task };
  }
  let remoteDebuggingPort: number | undefined;
  if (options.remoteDebuggingPort !== undefined) {
    remoteDebuggingPort = Number(options.remoteDebuggingPort);
    if (!Number.isInteger(remoteDebuggingPort) || remoteDebuggingPort < 1 || remoteDebuggingPort > 65535) {
      throw new UserFacingError(`--remote-debugging-port must be a port number from 1 to 65535, got ${JSON.stringify(options.remoteDebuggingPort)}`);
    }
  }
  // A headed window needs a display that answers (Chromium's own failure is pages of log).
  if (!options.headless && process.platform === 'linux' && !process.env.WAYLAND_DISPLAY) assertDisplay();
  // Open the memory first: a bad --memory fails before the person starts working.
  const store = openConfiguredMemory(databasePath, config);
  let recording: BrowserRecording | undefined;
  try {
    recording = await startBrowserRecording({
      target,
      journalDirectory: journalDirectoryFor(databasePath),
      headless: options.headless ?? false,
      args: options.headless ? [] : RECORDER_WINDOW_ARGS,
      remoteDebuggingPort,
      allowSecrets: options.allowSecrets ?? false,
      onStep: (step, warnings) => printStep(io, step, warnings),
      onWarning: (message) => io.err(`warning: ${message}`),
    });
    if (target.kind === 'miniwob') io.out(`MiniWoB ${target.task}, seed ${target.seed}: "${recording.taskText}"`);
    if (recording.remoteDebugging) {
      io.out(`remote debugging (127.0.0.1 only): ${recording.remoteDebugging.browserWebSocket}`);
      io.out(`  a driver connects with chromium.connectOverCDP('http://127.0.0.1:${recording.remoteDebugging.port}') and drives the page at ${recording.page.url()}`);
    }
    io.out(`recording "${recording.taskText}" — stop with ${STOP_HOTKEY}, the REC badge, closing the window, or Ctrl+C`);
    const active = recording;
    const signals = stopOnSignals(() => active.requestStop('interrupted'));
    try {
      await recording.stopRequested;
      if (target.kind === 'miniwob' || !recording.page.isClosed()) io.out('recording ended; replaying it on the same starting state to check it…');
      const finished = await recording.finish({ sink: store, discard: options.discard ?? false });
      printFinished(io, finished, databasePath);
    } finally {
      signals.dispose();
    }
  } finally {
    await recording?.close();
    store.close();
  }
}

/** What became of the recording, and — plainly — whether it replays. */
export function printFinished(io: Io, finished: FinishedRecording, databasePath: string): void {
  const { saved, verification } = finished;
  if (saved.kind !== 'saved') {
    printSaved(io, saved, databasePath);
    if (saved.kind === 'discarded') io.out(verification.verified ? `it would replay: ${verification.reason}` : `it would not replay: ${verification.reason}`);
    printQualitySummary(io, finished.warnings);
    return;
  }
  const trajectory = saved.trajectory;
  io.out(`saved ${trajectory.id}: ${trajectory.steps.length} step(s), outcome ${trajectory.outcome.status} (${trajectory.outcome.reason}) in ${databasePath}`);
  if (verification.verified) {
    io.out(`verified: it replays — ${verification.reason}`);
    io.out(`replay it with: understudy replay ${trajectory.id} --memory ${databasePath}`);
  } else {
    io.out(`NOT verified: this recording will not replay — ${verification.reason}`);
    io.out('it is kept, marked unverified; retrieval prefers verified demonstrations. Record the task again to replace it.');
  }
  printQualitySummary(io, finished.warnings);
}
