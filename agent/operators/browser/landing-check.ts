/**
 * Did the input reach the element it was meant for? The operator checks the
 * point is on its target before it presses, but a page can change in between
 * (a cookie banner or a dialog that opens at a random moment, a field that
 * loses the focus to a pop-up as it is focused), and then the press or the
 * keystrokes go to something else. Acting on as if they had worked is how an
 * agent ends up confidently wrong; so each press on an element is checked
 * against what really received it (page-script/track-pointer-landing.ts), and
 * typed text against the field that should hold it. A miss comes back as a
 * `misdirected` failure naming what was hit: the Runner reports it to the
 * policy, which looks again rather than carrying on.
 */
import type { Page } from 'playwright-core';
import { errorMessage } from '../../core/errors.js';
import { actionFailure, type ActionResult } from '../../core/operator.js';
import { armPointerLanding, judgePointerLanding, type PointerLanding } from './page-script/pointer-landing.js';
import { runInPage } from './page-script/run-in-page.js';
import { trackPointerLanding } from './page-script/track-pointer-landing.js';
import { fieldText, type FieldText } from './page-script/field-text.js';

export { trackPointerLanding };

/** The element of an observation a press is meant for. */
export interface IntendedElement {
  sequence: number;
  id: number;
}

/** A page evaluation that fails because the press navigated away cannot judge anything: unknown, not a miss. */
async function inPage<Result>(run: () => Promise<Result>, fallback: Result): Promise<Result> {
  try {
    return await run();
  } catch (error) {
    if (/context was destroyed|navigat|Execution context|Target closed|has been closed/i.test(errorMessage(error))) return fallback;
    throw error;
  }
}

/**
 * Press (click, double-click, right-click…) with `press`, then check that the
 * press landed on `intended` (undefined: a bare point, nothing to check).
 * Returns a `misdirected` failure when it landed on something else.
 */
export async function pressChecked(page: Page, intended: IntendedElement | undefined, press: () => Promise<void>): Promise<ActionResult | undefined> {
  if (!intended) {
    await press();
    return undefined;
  }
  const armed = await inPage(() => runInPage(page, armPointerLanding, intended), false);
  await press();
  if (!armed) return undefined;
  const landing: PointerLanding = await inPage(() => runInPage(page, judgePointerLanding, intended), { verdict: 'unknown' });
  if (landing.verdict !== 'elsewhere') return undefined;
  return actionFailure(
    'misdirected',
    `the click meant for [${intended.id}] ${landing.intended} landed on ${landing.hit} instead: something came over the target ` +
      `(a pop-up, a dialog) between the look and the press, so whatever it did is not what was planned; observe again`,
  );
}

/** The text a field shows now, or undefined when it is no field (or the page went away). */
export function readField(page: Page, intended: IntendedElement): Promise<FieldText | undefined> {
  return inPage(async () => (await runInPage(page, fieldText, intended)) ?? undefined, undefined);
}

/** Letters and digits only, lower case: formatting (masks, spacing) aside. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * After typing `typed` into a field that held `before`: a `misdirected`
 * failure when the keystrokes evidently went elsewhere — the field is as it
 * was, or the focus left it and it does not hold the text.
 */
export function judgeTyping(intendedId: number, typed: string, before: FieldText | undefined, after: FieldText | undefined): ActionResult | undefined {
  if (!before || !after || bare(typed) === '' || after.masked) return undefined;
  const holds = bare(after.text).includes(bare(typed));
  const unchanged = after.text === before.text && !holds;
  if (!unchanged && (after.focused || holds)) return undefined;
  const where = after.focused ? 'the field' : after.focusedElsewhere ? `the field; the focus is on ${after.focusedElsewhere}` : 'the field; it lost the focus';
  return actionFailure(
    'misdirected',
    `typing ${JSON.stringify(typed.length > 40 ? `${typed.slice(0, 39)}…` : typed)} into [${intendedId}] did not reach ${where}, ` +
      `and it holds ${JSON.stringify(after.text.slice(0, 60))}: something took the keystrokes (a pop-up that took the focus); observe again`,
  );
}
