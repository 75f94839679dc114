/**
 * `understudy record --desktop`: check the display, open the desktop
 * operator (for its incremental OCR) and the memory, record until the stop
 * chord or Ctrl+C, and save — journalling every step on the way, like the
 * browser recording.
 */
import type { UnderstudyConfig } from '../../../agent/config/config-schema.js';
import { openConfiguredMemory } from '../../service/configured-memory.js';
import { assertDisplay } from '../../../agent/operators/desktop/display.js';
import { DesktopOperator } from '../../../agent/operators/desktop/desktop-operator.js';
import { DEFAULT_STOP_HOTKEY } from '../../../agent/operators/desktop/stop-hotkey.js';
import { RecordingJournal, journalDirectoryFor } from '../recording-journal.js';
import { printQualitySummary, printSaved, printStep, type RecordingIo } from '../recording-printout.js';
import { commitJournal, type SavedRecording } from '../recording-sink.js';
import { stopOnSignals } from '../stop-on-signals.js';
import { DesktopRecorder, RECORDING_ACCESSIBILITY_BUDGET_MS, type DesktopStopReason } from './desktop-recorder.js';
import { createDesktopJournal } from './desktop-journal.js';

export interface DesktopRecordingOptions {
  task: string;
  databasePath: string;
  /** The configuration the front door resolved (the memory's embedder). */
  config: UnderstudyConfig;
  discard: boolean;
  allowSecrets: boolean;
  io: RecordingIo;
  /** Physical pixels per logical pixel of the screen. Default 1. */
  scaleFactor?: number;
}

export async function runDesktopRecording(options: DesktopRecordingOptions): Promise<SavedRecording> {
  const { io } = options;
  // Before anything native loads: uiohook and nut-js crash the process without a display.
  const display = assertDisplay();
  const store = openConfiguredMemory(options.databasePath, options.config);
  let operator: DesktopOperator | undefined;
  let journal: RecordingJournal | undefined;
  try {
    io.out(`reading the screen of ${display} (the first OCR pass takes a few seconds)…`);
    operator = await DesktopOperator.open({ display, stopHotkey: false, failsafe: false, scaleFactor: options.scaleFactor, accessibility: { budgetMs: RECORDING_ACCESSIBILITY_BUDGET_MS } });
    journal = createDesktopJournal(journalDirectoryFor(options.databasePath), options.task, display);
    const recorder = await DesktopRecorder.start({
      observer: operator,
      task: options.task,
      journal,
      allowSecrets: options.allowSecrets,
      onStep: (step, warnings) => printStep(io, step, warnings),
      onWarning: (message) => io.err(`warning: ${message}`),
    });
    io.out(`recording "${options.task}" on the desktop — stop with ${DEFAULT_STOP_HOTKEY} or Ctrl+C`);
    const signals = stopOnSignals(() => recorder.requestStop('interrupted'));
    let reason: DesktopStopReason;
    try {
      reason = await recorder.stopRequested;
      await recorder.stop();
    } finally {
      signals.dispose();
    }
    const ended = reason === 'hotkey' ? `the stop hotkey ${DEFAULT_STOP_HOTKEY}` : reason === 'interrupted' ? 'Ctrl+C' : 'request';
    journal.end({ status: 'success', reason: `demonstration recorded; ended by ${ended}` }, { qualityWarnings: recorder.warnings.length }, options.discard);
    const saved = await commitJournal(journal, store);
    journal = undefined;
    printSaved(io, saved, options.databasePath);
    printQualitySummary(io, recorder.warnings);
    return saved;
  } finally {
    journal?.close();
    await operator?.close();
    store.close();
  }
}
