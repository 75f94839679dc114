/**
 * What the browser and desktop recorders share: the observations they keep
 * (snapshots), pairing a gesture with the last observation finished before
 * it, and writing the paired step durably to the journal.
 */
import { actionElementIds, type Action } from '../../agent/core/action.js';
import type { Observation } from '../../agent/core/observation.js';
import type { Step, TargetDescriptor } from '../../agent/core/trajectory.js';
import { trajectoryStep } from '../../agent/core/trajectory-step.js';
import type { RecordingJournal } from './recording-journal.js';
import { stepObservation } from './step-observation.js';

/** One observation taken while recording, with when it started and finished (ms since the epoch). */
export interface Snapshot {
  observation: Observation;
  startedAt: number;
  completedAt: number;
}

/** A gesture turned into our Action format, before it is written. */
export interface StepDraft {
  action: Action;
  targets: TargetDescriptor[];
  /** Quality warnings (target not unique, not found in the observation…). */
  warnings: string[];
  /** Descriptors of what lay at targets stored as points (kept apart: `targets` align with element targets). */
  pointTargets: TargetDescriptor[];
  /** True when typed text was replaced by a placeholder. */
  secretMasked: boolean;
  /** More facts to keep with the step (where typed text came from, the selection after a pick…). */
  details?: Record<string, unknown>;
}

/** The latest snapshot completed at or before `time`. */
export function snapshotBefore(snapshots: readonly Snapshot[], time: number): Snapshot | undefined {
  for (let index = snapshots.length - 1; index >= 0; index -= 1) {
    if (snapshots[index]!.completedAt <= time) return snapshots[index];
  }
  return undefined;
}

export interface JournalStepInput {
  journal: RecordingJournal;
  task: string;
  snapshot: Snapshot;
  draft: StepDraft;
  allowSecrets: boolean;
  /** When the gesture began, ms since the epoch. */
  recordedAt: number;
  /** The page's URL (browser recordings). */
  url?: string;
}

/** Build the step for a paired gesture, store its screenshot, append it to the journal, and return it. */
export function journalStep(input: JournalStepInput): Step {
  const { journal, snapshot, draft } = input;
  const step = trajectoryStep({
    index: journal.steps,
    observation: stepObservation(snapshot.observation, input.task, actionElementIds(draft.action), {
      allowSecrets: input.allowSecrets,
    }),
    action: draft.action,
    targets: draft.targets,
    details: {
      recordedAt: input.recordedAt,
      ...(input.url !== undefined ? { url: input.url } : {}),
      observationSequence: snapshot.observation.sequence,
      ...(draft.warnings.length ? { warnings: draft.warnings } : {}),
      ...(draft.secretMasked ? { secretMasked: true } : {}),
      ...(draft.pointTargets.length ? { pointTargets: draft.pointTargets } : {}),
      ...draft.details,
    },
    timings: { observeMs: Math.max(0, snapshot.completedAt - snapshot.startedAt) },
  });
  const png = snapshot.observation.screenshot?.png;
  if (png) step.observation.screenshotSha256 = journal.saveScreenshot(png);
  journal.appendStep(step);
  return step;
}
