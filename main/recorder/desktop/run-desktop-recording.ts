/**
 * `understudy record --desktop`: check the display, open the desktop
 * operator (for its incremental OCR) and the memory, record until the stop
 * chord or Ctrl+C, and save — journalling every step on the way, like the
 * browser recording.
 */
import { assertDisplay } from '../../../agent/operators/desktop/display.js';
import { DesktopOperator } from '../../../agent/operators/desktop/desktop-operator.js';
import { newTrajectoryId, type Step } from '../../../agent/core/trajectory.js';
import { describeAction } from '../../../agent/core/action.js';
import { ExemplarStore } from '../../../memory/exemplar-store.js';
import { RecordingJournal, journalDirectoryFor } from '../recording-journal.js';
import { commitJournal, type SavedRecording } from '../recording-sink.js';
import { DESKTOP_STOP_HOTKEY, DesktopRecorder, type DesktopStopReason } from './desktop-recorder.js';

export interface DesktopRecordingOptions {
  task: string;
  databasePath: string;
  discard: boolean;
  allowSecrets: boolean;
  io: { out: (line: string) => void; err: (line: string) => void };
  /** Physical pixels per logical pixel of the screen. Default 1. */
  scaleFactor?: number;
}

export async function runDesktopRecording(options: DesktopRecordingOptions): Promise<SavedRecording> {
  const { io } = options;
  // Before anything native loads: uiohook and nut-js crash the process without a display.
  const display = assertDisplay();
  const store = ExemplarStore.open(options.databasePath);
  let operator: DesktopOperator | undefined;
  let journal: RecordingJournal | undefined;
  try {
    io.out(`reading the screen of ${display} (the first OCR pass takes a few seconds)…`);
    operator = await DesktopOperator.open({ display, stopHotkey: false, failsafe: false, scaleFactor: options.scaleFactor });
    journal = RecordingJournal.create(journalDirectoryFor(options.databasePath), {
      trajectoryId: newTrajectoryId(),
      task: options.task,
      environment: 'desktop',
      appKey: `desktop${display}`,
      startedAt: Date.now(),
      metadata: { recorder: 'desktop', display },
    });
    const recorder = await DesktopRecorder.start({
      observer: operator,
      task: options.task,
      journal,
      allowSecrets: options.allowSecrets,
      onStep: (step, warnings) => printDesktopStep(io, step, warnings),
      onWarning: (message) => io.err(`warning: ${message}`),
    });
    io.out(`recording "${options.task}" on the desktop — stop with ${DESKTOP_STOP_HOTKEY} or Ctrl+C`);
    let signals = 0;
    const onSignal = () => {
      signals += 1;
      if (signals > 1) process.exit(130);
      recorder.requestStop('interrupted');
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let reason: DesktopStopReason;
    try {
      reason = await recorder.stopRequested;
      await recorder.stop();
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    const ended = reason === 'hotkey' ? `the stop hotkey ${DESKTOP_STOP_HOTKEY}` : reason === 'interrupted' ? 'Ctrl+C' : 'request';
    journal.end({ status: 'success', reason: `demonstration recorded; ended by ${ended}` }, { qualityWarnings: recorder.warnings.length }, options.discard);
    const saved = await commitJournal(journal, store);
    journal = undefined;
    if (saved.kind === 'saved') {
      io.out(`saved ${saved.trajectory.id}: ${saved.trajectory.steps.length} step(s), outcome ${saved.trajectory.outcome.status} in ${options.databasePath}`);
    } else if (saved.kind === 'discarded') io.out(`discarded the recording (${saved.steps} step(s)), as asked`);
    else io.out('nothing was recorded, so nothing was saved');
    const flagged = [...new Set(recorder.warnings.map((warning) => warning.step))];
    if (flagged.length > 0) {
      io.err(`quality check: step(s) ${flagged.join(', ')} have targets that could not be described uniquely or were stored as points; replay may pick the wrong element there — consider recording them again more distinctly`);
    }
    return saved;
  } finally {
    journal?.close();
    await operator?.close();
    store.close();
  }
}

function printDesktopStep(io: DesktopRecordingOptions['io'], step: Step, warnings: readonly string[]): void {
  const target = step.targets[0];
  io.out(`step ${step.index}: ${describeAction(step.action)}${target ? ` — ${target.role} ${JSON.stringify(target.text || target.label || '')}` : ''}`);
  for (const warning of warnings) io.err(`  warning: ${warning}`);
}
