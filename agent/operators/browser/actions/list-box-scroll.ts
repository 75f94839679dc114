/**
 * An option of a list box (<select multiple> / <select size>) that is
 * scrolled out of the list's view sits outside the list: a click at its box
 * lands on whatever is there (another control, the page) and the choice is
 * lost. A person first turns the wheel over the list until the option shows
 * inside it; so does this, with real wheel input, re-reading where the option
 * is after each turn.
 */
import type { Page } from 'playwright-core';

type Box = { x: number; y: number; width: number; height: number };

/** Most wheel turns before giving up: a list of hundreds of options needs no more at one turn a window. */
const MAX_TURNS = 40;

/** Is the option's centre line inside the list's area, with its whole height? */
export function insideList(option: Box, list: Box): boolean {
  return option.y >= list.y - 1 && option.y + option.height <= list.y + list.height + 1;
}

/**
 * Wheel over the list until `read` says the option shows inside it; the
 * option's box then, or why it never came into view.
 */
export async function scrollOptionIntoList(
  page: Page,
  read: () => Promise<{ optionBox?: Box; listArea?: Box } | null>,
): Promise<{ ok: true; box: Box } | { ok: false; reason: string }> {
  for (let turn = 0; turn <= MAX_TURNS; turn++) {
    const facts = await read();
    if (!facts?.optionBox || !facts.listArea) return { ok: false, reason: 'the option has no box in the list' };
    const { optionBox: option, listArea: list } = facts;
    if (insideList(option, list)) return { ok: true, box: option };
    if (turn === MAX_TURNS) break;
    // Bring the option's centre to the list's centre, at most a list's height per turn.
    const wanted = option.y + option.height / 2 - (list.y + list.height / 2);
    const delta = Math.sign(wanted) * Math.min(Math.abs(wanted), Math.max(list.height, option.height));
    await page.mouse.move(list.x + list.width / 2, list.y + list.height / 2);
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(60);
  }
  return { ok: false, reason: 'the option stayed out of the list\'s view after scrolling it' };
}
