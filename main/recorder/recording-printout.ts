/**
 * What `understudy record` prints while it records and when it saves, for
 * the browser and the desktop recorder alike. Steps are numbered from 1, as
 * `understudy run` numbers them (Step.index stays 0-based).
 */
import { describeAction } from '../../agent/core/action.js';
import type { Step } from '../../agent/core/trajectory.js';
import type { SavedRecording } from './recording-sink.js';

/** Where the lines go: stdout and stderr in the CLI, arrays in tests. */
export interface RecordingIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One recorded step, with its quality warnings on stderr. */
export function printStep(io: RecordingIo, step: Step, warnings: readonly string[]): void {
  const target = step.targets[0];
  const what = target ? ` — ${target.role} ${JSON.stringify(target.text || target.label || '')}` : '';
  io.out(`step ${step.index + 1}: ${describeAction(step.action)}${what}`);
  for (const warning of warnings) io.err(`  warning: ${warning}`);
}

/** What became of the recording. */
export function printSaved(io: RecordingIo, saved: SavedRecording, databasePath: string): void {
  if (saved.kind === 'saved') {
    io.out(`saved ${saved.trajectory.id}: ${saved.trajectory.steps.length} step(s), outcome ${saved.trajectory.outcome.status} (${saved.trajectory.outcome.reason}) in ${databasePath}`);
    // `understudy replay` replays MiniWoB-protocol recordings on their seed; other sites have no reset to replay from.
    if (saved.trajectory.metadata.benchmark === 'miniwob') io.out(`replay it with: understudy replay ${saved.trajectory.id} --memory ${databasePath}`);
  } else if (saved.kind === 'discarded') io.out(`discarded the recording (${saved.steps} step(s)), as asked`);
  else io.out('nothing was recorded, so nothing was saved');
}

/**
 * The recording quality check's verdict, once more at the end (the warnings scrolled by while recording).
 * @param warnings with 0-based step indexes (Step.index); printed from 1 like the steps.
 */
export function printQualitySummary(io: RecordingIo, warnings: readonly { step: number }[]): void {
  const steps = [...new Set(warnings.map((warning) => warning.step + 1))];
  if (steps.length === 0) return;
  io.err(`quality check: step(s) ${steps.join(', ')} have targets that could not be described uniquely or were stored as points; replay may pick the wrong element there — consider recording them again more distinctly`);
}
