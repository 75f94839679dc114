/**
 * Replaying stored trajectories as `understudy replay` asks for them: one by
 * id, or the stored demonstrations (or every trajectory) of a MiniWoB task.
 * MiniWoB ones are replayed by the harness on their own seeds and checked to
 * reproduce their stored reward, each on the pages folder it was recorded
 * from; a single trajectory recorded anywhere else is played back where it
 * was recorded (`replayTrajectory`). No terminal output: the front door
 * prints what `onResult` / `onEvent` hand it.
 */
import { UserFacingError } from '../../agent/core/errors.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { isMiniwobAppKey, miniwobAppKey } from '../../harness/miniwob/app-key.js';
import { recordedPagesFolder, replayTrajectories, type ReplayOutcome } from '../../harness/replay.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import type { MemoryService } from './memory-service.js';

export type StoredSelection = { id: string } | { task: string; /** The agent's trajectories too, not only demonstrations. */ all?: boolean; limit: number };

/** The stored trajectories a selection names; refuses (naming the memory file) when there are none. */
export function selectStoredTrajectories(memory: MemoryService, selection: StoredSelection, memoryPath: string): Trajectory[] {
  if ('id' in selection) {
    const trajectory = memory.find(selection.id);
    if (!trajectory) throw new UserFacingError(`no trajectory ${selection.id} in ${memoryPath}`, 'list them with: understudy memory list');
    return [trajectory];
  }
  const filters = { app: miniwobAppKey(selection.task), ...(selection.all ? {} : { source: 'demonstration' as const }) };
  const { items } = memory.list({ offset: 0, limit: selection.limit, filters });
  const trajectories = items.map((item) => memory.find(item.id)).filter((trajectory): trajectory is Trajectory => trajectory !== undefined);
  if (trajectories.length === 0) {
    throw new UserFacingError(
      `no stored ${selection.all ? '' : 'demonstrations '}of task ${selection.task} in ${memoryPath}`,
      'record some with: understudy bench miniwob --demos 3 --memory <file>',
    );
  }
  return trajectories;
}

/** The one trajectory to play back where it was recorded (a browser page, the desktop), when that is what was selected. */
export function pageReplayOf(trajectories: readonly Trajectory[]): Trajectory | undefined {
  const [only] = trajectories;
  return trajectories.length === 1 && only && !isMiniwobAppKey(only.appKey) ? only : undefined;
}

export interface MiniwobReplayOptions {
  trajectories: readonly Trajectory[];
  /** Pages folder for all of them; default each one's own (its metadata), else the project's suite. */
  dir?: string;
  workers?: number;
  maxTimeMs?: number;
  connect?: readonly string[];
  onResult?: (outcome: ReplayOutcome) => void;
}

/** Replay MiniWoB trajectories on their own seeds, grouped by the pages folder each was recorded from. */
export async function replayMiniwobTrajectories(options: MiniwobReplayOptions): Promise<ReplayOutcome[]> {
  const byFolder = new Map<string, Trajectory[]>();
  for (const trajectory of options.trajectories) {
    const folder = options.dir ?? recordedPagesFolder(trajectory) ?? suiteDirectory();
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), trajectory]);
  }
  const outcomes: ReplayOutcome[] = [];
  for (const [dir, group] of byFolder) {
    outcomes.push(
      ...(await replayTrajectories({ dir, trajectories: group, workers: options.workers, maxTimeMs: options.maxTimeMs, connect: options.connect, onResult: options.onResult })),
    );
  }
  return outcomes;
}
