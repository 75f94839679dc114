/**
 * What a person waited for before an input, as the browser recorder stores
 * it on the step (`details.waitFor`): the page as the input found it is
 * compared with the last look the recorder took before the input (dated by
 * when it saw the page, not when its screenshot ended) — and
 * after the previous input, so a change the person's own input caused is not
 * taken for one the page made by itself. The comparison is the rule's
 * (agent/policy/exemplar/rules/recorded-waits.ts).
 */
import type { Action } from '../../../agent/core/action.js';
import { detectRecordedWait, type RecordedWait } from '../../../agent/policy/exemplar/rules/recorded-waits.js';
import type { Snapshot } from '../recorded-step.js';

export function recordedWaitBefore(
  snapshots: readonly Snapshot[],
  at: Snapshot,
  action: Action,
  /** When the input began, ms since the epoch. */
  time: number,
  /** When the input before it began (0 for the first). */
  previousTime: number,
): RecordedWait | undefined {
  // When the look saw the page: its extraction (capturedAt), not the end of its screenshot — under load that ends
  // much later, and a look that saw the button still disabled would otherwise seem to have come after it was enabled.
  const seenAt = (snapshot: Snapshot) => snapshot.observation.capturedAt;
  let before: Snapshot | undefined;
  for (const snapshot of snapshots) {
    if (snapshot !== at && seenAt(snapshot) <= time && (!before || seenAt(snapshot) >= seenAt(before))) before = snapshot;
  }
  if (!before || before.startedAt < previousTime) return undefined;
  return detectRecordedWait(before.observation, at.observation, action, time - seenAt(before));
}
