/** The crash-safe journal of a desktop recording, opened alike by the CLI (`record --desktop`) and the app's record service. */
import { newTrajectoryId } from '../../../agent/core/trajectory.js';
import { RecordingJournal } from '../recording-journal.js';

export function createDesktopJournal(directory: string, task: string, display: string): RecordingJournal {
  return RecordingJournal.create(directory, {
    trajectoryId: newTrajectoryId(),
    task,
    environment: 'desktop',
    appKey: `desktop${display}`,
    startedAt: Date.now(),
    metadata: { recorder: 'desktop', display },
  });
}
