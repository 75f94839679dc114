/**
 * Where finished recordings go (the exemplar memory), and the two ways a
 * journal becomes a saved trajectory: at the end of a recording, and on
 * recovery after an interruption. The journal is deleted only after the
 * memory accepted the trajectory, so a failure in between loses nothing.
 */
import type { Trajectory } from '../../agent/core/trajectory.js';
import { errorMessage } from '../../agent/core/errors.js';
import { journalOwnerAlive, journalScreenshots, removeJournalFiles, journalToTrajectory, listJournals, readJournal, type JournalHeader, type RecordingJournal } from './recording-journal.js';

/** The part of the exemplar store the recorder uses. */
export interface RecordingSink {
  /** Save a whole trajectory (and the screenshots its steps name, by sha256) in one transaction. */
  add(trajectory: Trajectory, screenshots?: Map<string, Uint8Array>): unknown;
}

export type SavedRecording =
  | { kind: 'saved'; trajectory: Trajectory }
  | { kind: 'discarded'; steps: number }
  | { kind: 'empty' };

/**
 * Save a finished journal's trajectory to the sink and delete the journal, or
 * delete it unsaved when the recording was discarded or captured nothing.
 */
export async function commitJournal(journal: RecordingJournal, sink: RecordingSink): Promise<SavedRecording> {
  const contents = readJournal(journal.path);
  if (contents.end?.discard) {
    journal.remove();
    return { kind: 'discarded', steps: contents.steps.length };
  }
  if (contents.steps.length === 0) {
    journal.remove();
    return { kind: 'empty' };
  }
  const trajectory = journalToTrajectory(contents);
  await sink.add(trajectory, journalScreenshots(contents));
  journal.remove();
  return { kind: 'saved', trajectory };
}

export interface RecoveryReport {
  saved: { path: string; trajectory: Trajectory; droppedLines: number }[];
  /** Journals removed unsaved: discarded on request, or holding no step. */
  removed: { path: string; reason: string }[];
  /** Journals left on disk because they could not be read or saved. */
  failed: { path: string; error: string }[];
  /** Journals left alone because their recorder is still running (in another terminal, say). */
  skipped: { path: string; reason: string }[];
}

/**
 * Save every journal left in a folder by an interrupted recording. Each one is
 * saved in its own transaction, and deleted only once saved. A journal whose
 * recorder is still running is skipped: saving it would store half a
 * recording and delete the screenshots the recorder is still writing.
 * @param isOwnerAlive decides that from the header (default: journalOwnerAlive).
 */
export async function recoverJournals(
  directory: string,
  sink: RecordingSink,
  removeFile: (path: string) => void = removeJournalFiles,
  isOwnerAlive: (header: JournalHeader) => boolean = journalOwnerAlive,
): Promise<RecoveryReport> {
  const report: RecoveryReport = { saved: [], removed: [], failed: [], skipped: [] };
  for (const path of listJournals(directory)) {
    try {
      const contents = readJournal(path);
      if (isOwnerAlive(contents.header)) {
        report.skipped.push({ path, reason: `still being recorded by process ${contents.header.pid} on ${contents.header.host}` });
        continue;
      }
      if (contents.end?.discard) {
        removeFile(path);
        report.removed.push({ path, reason: 'the recording was discarded' });
        continue;
      }
      if (contents.steps.length === 0) {
        removeFile(path);
        report.removed.push({ path, reason: 'no step was captured' });
        continue;
      }
      const trajectory = journalToTrajectory(contents);
      await sink.add(trajectory, journalScreenshots(contents));
      removeFile(path);
      report.saved.push({ path, trajectory, droppedLines: contents.droppedLines });
    } catch (error) {
      report.failed.push({ path, error: errorMessage(error) });
    }
  }
  return report;
}
