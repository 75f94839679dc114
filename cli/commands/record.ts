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
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import type { Browser, Page } from 'playwright-core';
import { describeAction } from '../../agent/core/action.js';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import type { Outcome, Step } from '../../agent/core/trajectory.js';
import { newTrajectoryId } from '../../agent/core/trajectory.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { openTaskDirectory } from '../../harness/miniwob/task-directory.js';
import { ExemplarStore, defaultMemoryPath } from '../../memory/exemplar-store.js';
import { BrowserRecorder, type StopReason } from '../../main/recorder/browser/browser-recorder.js';
import { STOP_HOTKEY } from '../../main/recorder/browser/recorder-page-script.js';
import { RecordingJournal, journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { commitJournal, recoverJournals, type SavedRecording } from '../../main/recorder/recording-sink.js';

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

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

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
    .option('--memory <path>', 'memory database (default: $UNDERSTUDY_MEMORY or ~/.local/share/understudy/memory.db)')
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
  const databasePath = resolve(options.memory ?? defaultMemoryPath());
  const journalDirectory = journalDirectoryFor(databasePath);
  if (options.recover) {
    const store = ExemplarStore.open(databasePath);
    try {
      const report = await recoverJournals(journalDirectory, store);
      for (const saved of report.saved) {
        io.out(`recovered ${saved.trajectory.id}: "${saved.trajectory.task}", ${saved.trajectory.steps.length} step(s)${saved.droppedLines ? ` (${saved.droppedLines} torn line(s) dropped)` : ''}`);
      }
      for (const removed of report.removed) io.out(`removed ${removed.path}: ${removed.reason}`);
      for (const failed of report.failed) io.err(`could not recover ${failed.path}: ${failed.error}`);
      if (report.saved.length + report.removed.length + report.failed.length === 0) io.out('nothing to recover');
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
  // A headed window needs a display that answers (Chromium's own failure is pages of log).
  if (process.platform === 'linux' && !process.env.WAYLAND_DISPLAY) assertDisplay();
  // Open the memory first: a bad --memory fails before the person starts working.
  const store = ExemplarStore.open(databasePath);
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
      Object.assign(metadata, { benchmark: 'miniwob', task: miniwob.task, seed: miniwob.seed, kind: 'demonstration', utterance: taskText, pages: miniwob.root });
      io.out(`MiniWoB ${miniwob.task}, seed ${miniwob.seed}: "${taskText}"`);
    } else {
      const context = await browser.newContext({ viewport: null });
      page = await context.newPage();
      const url = /^[a-z][a-z0-9+.-]*:/i.test(options.url!) ? options.url! : pathToFileURL(resolve(options.url!)).href;
      try {
        await page.goto(url, { waitUntil: 'load' });
      } catch (error) {
        throw new UserFacingError(`could not open ${url}: ${errorMessage(error).split('\n')[0]}`);
      }
      appKey = appKeyOf(page.url());
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
    const signals = stopOnSignals(recorder);
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

/** Ctrl+C / SIGTERM end the recording and save it; a second Ctrl+C quits at once (the journal stays recoverable). */
function stopOnSignals(recorder: BrowserRecorder): { dispose: () => void } {
  let count = 0;
  const onSignal = () => {
    count += 1;
    if (count > 1) process.exit(130);
    recorder.requestStop('interrupted');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
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

export function printStep(io: Io, step: Step, warnings: readonly string[]): void {
  const target = step.targets[0];
  const what = target ? ` — ${target.role} ${JSON.stringify(target.text || target.label || '')}` : '';
  io.out(`step ${step.index}: ${describeAction(step.action)}${what}`);
  for (const warning of warnings) io.err(`  warning: ${warning}`);
}

export function printSaved(io: Io, saved: SavedRecording, databasePath: string): void {
  if (saved.kind === 'saved') {
    io.out(`saved ${saved.trajectory.id}: ${saved.trajectory.steps.length} step(s), outcome ${saved.trajectory.outcome.status} (${saved.trajectory.outcome.reason}) in ${databasePath}`);
    // `understudy replay` replays MiniWoB-protocol recordings on their seed; other sites have no reset to replay from.
    if (saved.trajectory.metadata.benchmark === 'miniwob') io.out(`replay it with: understudy replay ${saved.trajectory.id} --memory ${databasePath}`);
  } else if (saved.kind === 'discarded') io.out(`discarded the recording (${saved.steps} step(s)), as asked`);
  else io.out('nothing was recorded, so nothing was saved');
}

/** The recording quality check's verdict, once more at the end (the warnings scrolled by while recording). */
export function printQualitySummary(io: Io, warnings: readonly { step: number }[]): void {
  const steps = [...new Set(warnings.map((warning) => warning.step))];
  if (steps.length === 0) return;
  io.err(`quality check: step(s) ${steps.join(', ')} have targets that could not be described uniquely or were stored as points; replay may pick the wrong element there — consider recording them again more distinctly`);
}

/** URL origin + path: what site the task ran on. */
function appKeyOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? parsed.href : `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}
