/**
 * Rule: a set of weekdays written as people write repeat days — "weekdays",
 * "every weekday", "at weekends", "every day", "daily", "sat/sun", "Monday,
 * Friday and Saturday" — is the set of day toggles left on.
 *
 *   demonstration: "… an alarm for 12:25 PM every weekday …"   (pressed the round day toggles until Mon–Fri were on)
 *   task:          "… an alarm for 6:35 AM every day …"        → all seven day toggles on
 *   task:          "Name: Bins out. Repeat: fri. …"            → Friday alone on, any other day the sheet started with off
 *
 * A row of day toggles ("M T W T F S S", each named by its day: checked-glyphs.ts
 * `checkableName`) is a checked set: a person presses the toggles until exactly
 * the asked days are on, turning off the days the sheet started with that the
 * task does not ask for. So a slot whose old and new values each read as days
 * ("weekday" → "day", "tue" → "fri", ["sat", "sun"] → "weekdays") becomes one
 * "ensure checked" step over the day toggles, when the demonstration's presses
 * on day toggles left on exactly the old days — and only the day toggles:
 * other toggles of the page (an AM / PM pair) are no members of the set.
 *
 * Planning half: bind-slots.ts. Grounding half: rules/checked-set.ts
 * `groundEnsureChecked` with the set's `among` names. Pure; no task knowledge.
 */
import type { Step } from '../../../core/trajectory.js';
import { checkableName, checkedOf } from '../checked-glyphs.js';
import { WEEKDAYS, WEEKDAY_WRITINGS } from '../date-parts.js';
import { normalizeText } from '../text-match.js';
import { targetedElements, toggledState } from '../planned-step.js';

const ALL = [0, 1, 2, 3, 4, 5, 6];
/** Words around a day set that say when, not which: "on weekdays", "every day", "at weekends". */
const LEAD = /^(?:(?:on|every|at|each|the)\s+)+/u;

/** The weekdays (0 = Monday) one piece of a day set names: "weekdays", "weekend", "day" / "daily", "tue", "Friday". */
function daysOfPiece(piece: string): number[] | undefined {
  const word = piece.replace(LEAD, '').trim();
  if (/^weekdays?$/u.test(word)) return [0, 1, 2, 3, 4];
  if (/^weekends?$/u.test(word)) return [5, 6];
  if (/^(?:days?|daily)$/u.test(word)) return ALL;
  const weekday = WEEKDAY_WRITINGS.findIndex((writings) => writings.includes(word.replace(/\.$/u, '')));
  return weekday >= 0 ? [weekday] : undefined;
}

/**
 * The weekdays (0 = Monday, ascending) values name together, each a day set or a list of days ("sat/sun", "Monday,
 * Friday and Saturday"); undefined when any piece is no day.
 */
export function daySetOf(values: readonly string[]): number[] | undefined {
  const days = new Set<number>();
  for (const value of values) {
    const pieces = normalizeText(value).split(/\s*(?:[/,&]|\band\b)\s*/u).filter((piece) => piece !== '');
    if (pieces.length === 0) return undefined;
    for (const piece of pieces) {
      const found = daysOfPiece(piece);
      if (!found) return undefined;
      for (const day of found) days.add(day);
    }
  }
  return days.size > 0 ? [...days].sort((a, b) => a - b) : undefined;
}

/** The name a day toggle is known by, as `checkableName` reads it ("tuesday"). */
const dayName = (day: number) => WEEKDAYS[day]!.toLowerCase();
const DAY_NAMES = new Set(ALL.map(dayName));

export interface DayToggleSet {
  /** Positions (in the steps) of the presses on day toggles. */
  positions: number[];
  role: string;
  /** The new days, named as the toggles are. */
  names: string[];
  /** The members of the set: the seven day names; other toggles are left as they are. */
  among: string[];
}

/**
 * When `oldValues` and `newValues` each read as days and the steps' presses on day toggles (one role, named by their
 * days) left on exactly the old days, the set of day toggles to leave on for the new ones. Else undefined.
 */
export function dayToggleSet(steps: readonly Step[], oldValues: readonly string[], newValues: readonly string[]): DayToggleSet | undefined {
  const [oldDays, newDays] = [daySetOf(oldValues), daySetOf(newValues)];
  if (!oldDays || !newDays) return undefined;
  const positions = steps.flatMap((step, position) => {
    const target = targetedElements(step)[0];
    return toggledState(step) !== undefined && target && DAY_NAMES.has(checkableName(target)) ? [position] : [];
  });
  if (positions.length === 0) return undefined;
  const roles = new Set(positions.map((position) => targetedElements(steps[position]!)[0]!.role));
  if (roles.size !== 1) return undefined;
  const role = [...roles][0]!;
  const toggles = steps[positions[0]!]!.observation.elements.filter((element) => element.role === role && checkedOf(element) !== undefined && DAY_NAMES.has(checkableName(element)));
  // The whole week shows, each day once: else the demonstration saw only part of the set.
  if (toggles.length !== 7 || new Set(toggles.map(checkableName)).size !== 7) return undefined;
  const ended = new Map<string, boolean>(toggles.map((element) => [checkableName(element), Boolean(checkedOf(element))]));
  for (const position of positions) ended.set(checkableName(targetedElements(steps[position]!)[0]!), toggledState(steps[position]!)!);
  const wanted = new Set(oldDays.map(dayName));
  if (![...ended].every(([name, on]) => on === wanted.has(name))) return undefined;
  return { positions, role, names: newDays.map(dayName), among: [...DAY_NAMES] };
}
