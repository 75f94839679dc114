/**
 * `understudy record`: a person does a task once; the recorder saves it to
 * the memory as a demonstration.
 *
 *   understudy record --url <url> --task "what I am doing"
 *   understudy record --miniwob <pages> --task <name> --seed <n>
 *   understudy record --desktop --task "what I am doing"
 *   understudy record --recover            (save recordings an interruption left behind)
 *
 * Every step is journalled durably as it is captured (next to the memory
 * database), so Ctrl+C saves what was recorded and even a kill leaves it
 * recoverable with --recover.
 */
import { appKeyOfUrl } from '../../agent/runner/app-key.js';
import { configuredMemoryPath, openConfiguredMemory } from '../../memory/open-configured-memory.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import type { Browser, Page } from 'playwright-core';
import { UserFacingError } from '../../agent/core/errors.js';
import type { Outcome } from '../../agent/core/trajectory.js';
import { newTrajectoryId } from '../../agent/core/trajectory.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { navigationFailure, toPageUrl } from '../../agent/operators/browser/page-url.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { openTaskDirectory } from '../../harness/miniwob/task-directory.js';
import { pagesMetadata } from '../../harness/replay.js';
import { BrowserRecorder, type StopReason } from '../../main/recorder/browser/browser-recorder.js';
import { STOP_HOTKEY } from '../../main/recorder/browser/recorder-page-script.js';
import { RecordingJournal, journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { printQualitySummary, printSaved, printStep, type RecordingIo } from '../../main/recorder/recording-printout.js';
import { commitJournal, recoverJournals } from '../../main/recorder/recording-sink.js';
import { stopOnSignals } from '../../main/recorder/stop-on-signals.js';

export interface RecordCommandOptions {
  url?: string;
  miniwob?: string;
  desktop?: boolean;
  recover?: boolean;
  task?: string;
  seed?: string;
  memory?: string;
  discard?: boolean;
  allowSecrets?: boolean;
  /** Most minutes a MiniWoB episode may last while a person records it. */
  episodeMinutes?: string;
  /** Desktop: physical pixels per logical pixel. */
  scaleFactor?: string;
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
    .option('--discard', 'do not save the recording (try the recorder out)')
    .option('--allow-secrets', 'keep text typed into password-like fields instead of a placeholder')
    .option('--episode-minutes <n>', 'MiniWoB: most minutes the episode may last while you record', '10')
    .option('--scale-factor <n>', 'desktop: physical pixels per logical pixel (2 on a 2x HiDPI screen)', '1')
    .action(async (options: RecordCommandOptions) => {
      await runRecordCommand(options, processIo);
    });
}

export async function runRecordCommand(options: RecordCommandOptions, io: Io): Promise<void> {
  const modes = [options.url !== undefined, options.miniwob !== undefined, options.desktop === true, options.recover === true].filter(Boolean).length;
  if (modes !== 1) {
    throw new UserFacingError('choose exactly one of --url <url>, --miniwob <pages>, --desktop or --recover', 'e.g. understudy record --url https://example.com --task "sign up"');
  }
  const databasePath = resolve(options.memory ?? configuredMemoryPath());
  const journalDirectory = journalDirectoryFor(databasePath);
  if (options.recover) {
    const store = openConfiguredMemory(databasePath);
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
    await runDesktopRecording({ task, databasePath, discard: options.discard ?? false, allowSecrets: options.allowSecrets ?? false, io, scaleFactor });
    return;
  }
  await recordInBrowser({ ...options, task }, databasePath, io);
}

async function recordInBrowser(options: RecordCommandOptions & { task: string }, databasePath: string, io: Io): Promise<void> {
  // Check everything the person can get wrong before a window opens.
  let miniwob: { root: string; task: string; seed: number; maxTimeMs: number } | undefined;
  if (options.miniwob !== undefined) {
    const directory = openTaskDirectory(options.miniwob);
    if (!directory.tasks.includes(options.task)) {
      throw new UserFacingError(`there is no MiniWoB task "${options.task}" in ${directory.root}`, `choose one of: ${directory.tasks.slice(0, 12).join(', ')}${directory.tasks.length > 12 ? ', …' : ''}`);
    }
    const seed = Number(options.seed ?? '0');
    if (!Number.isInteger(seed)) throw new UserFacingError(`--seed must be an integer, got ${JSON.stringify(options.seed)}`);
    const minutes = Number(options.episodeMinutes ?? '10');
    if (!(minutes > 0)) throw new UserFacingError(`--episode-minutes must be a positive number, got ${JSON.stringify(options.episodeMinutes)}`);
    miniwob = { root: directory.root, task: options.task, seed, maxTimeMs: Math.round(minutes * 60_000) };
  }
  // A missing file or a host without a scheme fails here, before the window opens.
  const pageUrl = options.url !== undefined ? toPageUrl(options.url) : undefined;
  // A headed window needs a display that answers (Chromium's own failure is pages of log).
  if (process.platform === 'linux' && !process.env.WAYLAND_DISPLAY) assertDisplay();
  // Open the memory first: a bad --memory fails before the person starts working.
  const store = openConfiguredMemory(databasePath);
  let browser: Browser | undefined;
  let journal: RecordingJournal | undefined;
  try {
    browser = await launchChromium({ headless: false, args: RECORDER_WINDOW_ARGS });
    let page: Page;
    let taskText = options.task;
    let appKey = '';
    const metadata: Record<string, unknown> = { recorder: 'browser' };
    let environment: MiniwobEnvironment | undefined;
    if (miniwob) {
      const context = await newTaskContext(browser);
      page = await context.newPage();
      environment = new MiniwobEnvironment(page, { baseUrl: `${pathToFileURL(miniwob.root).href}/`, maxTimeMs: miniwob.maxTimeMs });
      await environment.open(miniwob.task);
      await environment.reset(miniwob.seed);
      taskText = await environment.utterance();
      appKey = `miniwob/${miniwob.task}`;
      // The keys the MiniWoB harness writes, so `understudy replay <id>` can replay it on its seed.
      Object.assign(metadata, { benchmark: 'miniwob', task: miniwob.task, seed: miniwob.seed, kind: 'demonstration', utterance: taskText, ...pagesMetadata(miniwob.root) });
      io.out(`MiniWoB ${miniwob.task}, seed ${miniwob.seed}: "${taskText}"`);
    } else {
      const context = await browser.newContext({ viewport: null });
      page = await context.newPage();
      const url = pageUrl!;
      try {
        await page.goto(url, { waitUntil: 'load' });
      } catch (error) {
        throw navigationFailure(url, error);
      }
      appKey = appKeyOfUrl(page.url());
      metadata.url = url;
    }
    journal = RecordingJournal.create(journalDirectoryFor(databasePath), {
      trajectoryId: newTrajectoryId(),
      task: taskText,
      environment: 'browser',
      appKey,
      startedAt: Date.now(),
      metadata,
    });
    const recorder = await BrowserRecorder.start({
      page,
      task: taskText,
      journal,
      allowSecrets: options.allowSecrets ?? false,
      observe: environment ? { screenshotClip: { ...TASK_CLIP } } : {},
      onStep: (step, warnings) => printStep(io, step, warnings),
      onWarning: (message) => io.err(`warning: ${message}`),
    });
    io.out(`recording "${taskText}" — stop with ${STOP_HOTKEY}, the REC badge, closing the window, or Ctrl+C`);
    const signals = stopOnSignals(() => recorder.requestStop('interrupted'));
    let episodeWatch: NodeJS.Timeout | undefined;
    if (environment) {
      const env = environment;
      episodeWatch = setInterval(() => {
        env.status().then(
          (status) => status.done && recorder.requestStop('episode-done'),
          () => undefined,
        );
      }, 250);
    }
    const reason = await recorder.stopRequested;
    clearInterval(episodeWatch);
    await recorder.stop();
    signals.dispose();
    let outcome: Outcome = { status: 'success', reason: `demonstration recorded; ended by ${describeStop(reason)}` };
    if (environment && !page.isClosed()) {
      const status = await environment.status().catch(() => undefined);
      if (status?.done) {
        outcome = {
          status: status.rawReward >= 1 ? 'success' : 'failed',
          reason: `MiniWoB episode ended with raw reward ${status.rawReward}${status.reason ? ` (${status.reason})` : ''}`,
          reward: status.rawReward,
        };
        Object.assign(metadata, { reward: status.reward, rawReward: status.rawReward, done: true });
      } else {
        outcome = { status: 'stopped', reason: `the recording ended (${describeStop(reason)}) before the MiniWoB episode did` };
      }
    }
    const qualityWarnings = recorder.warnings.length;
    journal.end(outcome, { ...metadata, qualityWarnings }, options.discard ?? false);
    const saved = await commitJournal(journal, store);
    journal = undefined;
    printSaved(io, saved, databasePath);
    printQualitySummary(io, recorder.warnings);
  } finally {
    // An unfinished journal stays on disk for --recover; a finished one was removed by commitJournal.
    journal?.close();
    await browser?.close().catch(() => undefined);
    store.close();
  }
}

function describeStop(reason: StopReason): string {
  switch (reason) {
    case 'hotkey':
      return `the stop hotkey ${STOP_HOTKEY}`;
    case 'badge':
      return 'the REC badge';
    case 'window-closed':
      return 'closing the window';
    case 'interrupted':
      return 'Ctrl+C';
    case 'episode-done':
      return 'the end of the episode';
    case 'requested':
      return 'request';
  }
}
