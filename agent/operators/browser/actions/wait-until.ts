/**
 * Waiting for the page: `wait-until` (a condition, then nothing) and a click
 * with `when` (a condition, then the click at once). The condition is checked
 * in the page (page-script/wait-condition.ts); when it does not come in time
 * the action fails with what was last seen, and nothing is pressed.
 */
import { WAIT_TIMED_OUT, describeCondition, type Action, type WaitFor } from '../../../core/action.js';
import { actionFailure, type ActionResult } from '../../../core/operator.js';
import { runInPage } from '../page-script/run-in-page.js';
import { waitForCondition } from '../page-script/wait-condition.js';
import type { ActingContext } from './acting-context.js';
import { click } from './pointer-actions.js';

type Of<Type extends Action['type']> = Extract<Action, { type: Type }>;

/** Wait for the condition; undefined once it holds, else the failure saying what was seen. */
async function waitFor(context: ActingContext, wait: WaitFor): Promise<ActionResult | undefined> {
  const result = await runInPage(context.page, waitForCondition, { sequence: context.sequence, condition: wait.until, timeoutMs: wait.timeoutMs });
  if (result.met) return undefined;
  return actionFailure('failed', `${WAIT_TIMED_OUT}: waited ${wait.timeoutMs} ms for ${describeCondition(wait.until)}; it ${result.seen}`);
}

export async function waitUntil(context: ActingContext, action: Of<'wait-until'>): Promise<ActionResult | undefined> {
  return waitFor(context, action);
}

/** A click, after its `when` condition holds. */
export async function clickWhen(context: ActingContext, action: Of<'click'>): Promise<ActionResult | undefined> {
  if (action.when) {
    const failed = await waitFor(context, action.when);
    if (failed) return failed;
  }
  return click(context, action);
}
