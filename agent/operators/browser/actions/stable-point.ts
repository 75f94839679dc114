/**
 * A control still moving (a section sliding open above it, a panel easing
 * in) is pressed where it comes to rest, not where it passes: locate it again
 * a moment later and aim only once two looks agree, as a person waits for
 * the motion to stop. Measured on the real click-collapsible: Submit was
 * clicked while the section above it was still opening, and the press missed
 * the button. Bounded: a control that never stops is pressed where it is at
 * the last look.
 */
import type { LocateResult } from '../page-script/locate-element.js';

/** Time between two looks, ms: a few animation frames. */
const LOOK_GAP_MS = 40;
/** Most looks before pressing where the control is. */
const MAX_LOOKS = 15;
/** Two looks within this distance agree, px. */
const SAME_PX = 1;

/** Locate until two looks in a row agree; the last look. `firstLook`, when the caller has just taken one, saves a look. */
export async function stablePoint(
  locate: () => Promise<LocateResult>,
  sleep: (ms: number) => Promise<void>,
  firstLook?: LocateResult,
): Promise<LocateResult> {
  let last = firstLook ?? (await locate());
  for (let look = 1; look < MAX_LOOKS && last.ok; look++) {
    await sleep(LOOK_GAP_MS);
    const next = await locate();
    if (!next.ok) return next;
    const moved = Math.abs(next.x - last.x) > SAME_PX || Math.abs(next.y - last.y) > SAME_PX;
    last = next;
    if (!moved) break;
  }
  return last;
}
