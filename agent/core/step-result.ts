/**
 * What a step keeps of an action's result: ok (and how it was carried out),
 * or the failure's code and message. The Runner and the operator-built
 * demonstrations write steps with it; the recorder's steps are ok by nature.
 */
import type { ActionResult } from './operator.js';
import type { Step } from './trajectory.js';

export function stepResult(result: ActionResult): NonNullable<Step['result']> {
  return result.ok ? { ok: true, ...(result.via ? { via: result.via } : {}) } : { ok: false, code: result.code, error: result.error };
}
