/**
 * What a person waited for before an input, as the browser recorder stores
 * it on the step (`details.waitFor`): the page as the input found it is
 * compared with the last look the recorder took before the input — and
 * after the previous input, so a change the person's own input caused is not
 * taken for one the page made by itself. The comparison is the rule's
 * (agent/policy/exemplar/rules/recorded-waits.ts).
 */
import type { Action } from '../../../agent/core/action.js';
import { detectRecordedWait, type RecordedWait } from '../../../agent/policy/exemplar/rules/recorded-waits.js';
import { snapshotBefore, type Snapshot } from '../recorded-step.js';

export function recordedWaitBefore(
  snapshots: readonly Snapshot[],
  at: Snapshot,
  action: Action,
  /** When the input began, ms since the epoch. */
  time: number,
  /** When the input before it began (0 for the first). */
  previousTime: number,
): RecordedWait | undefined {
  const before = snapshotBefore(snapshots.filter((snapshot) => snapshot !== at), time);
  if (!before || before.startedAt < previousTime) return undefined;
  return detectRecordedWait(before.observation, at.observation, action, time - before.completedAt);
}
