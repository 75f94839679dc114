/**
 * A checked set: clicks on checkable elements of one role that left exactly
 * the elements the task names checked (ticking the named ones, unticking the
 * others) were about the set, not about each box. The plan folds them into
 * one "ensure checked" step (bind-slots.ts; pairs of names: named-set.ts),
 * which the policy grounds a click at a time until the state matches. Ticks
 * made after scrolling, with nothing unticked, are no set (the demonstration
 * saw only part of the group): each click keeps its own element's intended
 * state (skipped when it is already so). A disabled box — "Strictly
 * necessary, always on" — is no member of the set: no click decides it, so
 * it neither breaks the set nor is unticked. A task that names another
 * member of the group besides the set ("push alerts ON, weekly newsletter
 * OFF") asks each named member a state of its own and says nothing of the
 * rest: the others unticked at the end were so by chance, so there is no set
 * (unticking them on a new page would change switches nobody asked about).
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { wordsOf } from '../intent-words.js';
import { COMMON_WORDS } from '../task-tokens.js';
import { checkableName, checkedOf } from '../checked-glyphs.js';
import { targetedElements, toggledState } from '../planned-step.js';

/** Score of a tick/untick derived from the task's names (tick) or from the demonstrated set rule (untick). */
const ENSURE_TICK_SCORE = 0.95;
const ENSURE_UNTICK_SCORE = 0.9;
/** Factor on those scores when another checkable role stands in for the demonstrated one. */
const CHECKABLE_STAND_IN = 0.85;
/** Factor on the tick score when no element of the group shows a state (a class marks only the ones on, and none is). */
const STATELESS_GROUP = 0.9;

/**
 * Did the demonstration's clicks on checkable elements of one role leave
 * exactly the elements named in `names` checked, and every other one of that
 * role unchecked? Then those clicks were about the set, not about each box —
 * unless the task also names (`alsoNamed`: its other values) a member of the
 * group outside `names`, whole or by words of its caption ("newsletter"): then it asked that member a state of its own
 * ("weekly newsletter OFF"), and left the unnamed ones as they were.
 */
export function checkedSetRule(steps: readonly Step[], names: readonly string[], alsoNamed: readonly string[] = []): { positions: number[]; role: string } | undefined {
  const positions = steps.flatMap((step, position) => (toggledState(step) === undefined ? [] : [position]));
  if (positions.length === 0) return undefined;
  // A demonstration that scrolled to its boxes saw only some of the group, and one that unticked nothing never
  // showed that the others must end unticked (a row ticked in a long roster where other rows may be ticked too):
  // its clicks are about their own elements, each set to the state it produced, never a set whose unseen members
  // get unticked.
  const scrolled = steps.slice(0, positions.at(-1)).some((step) => step.action.type === 'scroll');
  if (scrolled && !positions.some((position) => toggledState(steps[position]!) === false)) return undefined;
  const roles = new Set(positions.map((position) => targetedElements(steps[position]!)[0]!.role));
  if (roles.size !== 1) return undefined;
  const role = [...roles][0]!;
  // A disabled box ("Strictly necessary — always on") is no part of the set: nobody's clicks decide its state.
  const before = steps[positions[0]!]!.observation.elements.filter((element) => element.role === role && checkedOf(element) !== undefined && !element.states.disabled);
  if (before.length < 2) return undefined;
  const wanted = new Set(names.map(normalizeText));
  // A member named whole ("weekly newsletter") or by words of its caption ("newsletter" for "Weekly newsletter").
  const namesMember = (name: string) => (element: UIElement) => checkableName(element) === name || (!wanted.has(checkableName(element)) && wordsOf(name).some((word) => !COMMON_WORDS.has(word)) && containsWhole(checkableName(element), name));
  const namedOutside = alsoNamed.map(normalizeText).filter((name) => !wanted.has(name) && before.some(namesMember(name)));
  if (namedOutside.length > 0) return undefined;
  // Each clicked element ends as its last click left it (the state the click produced, read in the step's own
  // observation: a step added for a choice the page showed made — rules/preset-choice.ts — shows it unchosen first).
  const ended = new Map<string, boolean>();
  for (const position of positions) ended.set(checkableName(targetedElements(steps[position]!)[0]!), toggledState(steps[position]!)!);
  const holds = before.every((element) => {
    const finalChecked = ended.get(checkableName(element)) ?? Boolean(checkedOf(element));
    return finalChecked === wanted.has(checkableName(element));
  });
  // Every named element must have been one of the group (else the names are about something else).
  const namesInGroup = [...wanted].every((name) => before.some((element) => checkableName(element) === name));
  return holds && namesInGroup ? { positions, role } : undefined;
}

/**
 * Why a set of named members (the seven day toggles) cannot be set on this page, or undefined: a person sets the row
 * only when each member shows once (two rows of days — two alarms — leave open which row the task means), each named
 * member is there (a day with no toggle cannot be switched on), and each shows whether it is on (a toggle whose state
 * cannot be read might be left on, or turned off by a press meant to turn it on).
 */
function membersProblem(members: ReadonlySet<string>, names: readonly string[], elements: readonly UIElement[]): string | undefined {
  const shown = elements.filter((element) => element.interactive && !element.states.hidden && members.has(checkableName(element)));
  const twice = [...members].filter((name) => shown.filter((element) => checkableName(element) === name).length > 1);
  if (twice.length > 0) return `more than one toggle is named ${twice.map((name) => JSON.stringify(name)).join(', ')}: which row the task means cannot be told`;
  const absent = names.map(normalizeText).filter((name) => !shown.some((element) => checkableName(element) === name));
  if (absent.length > 0) return `no toggle named ${absent.map((name) => JSON.stringify(name)).join(', ')} on this page`;
  const unread = shown.filter((element) => checkedOf(element) === undefined);
  if (unread.length > 0) return `whether ${unread.map((element) => JSON.stringify(checkableName(element))).join(', ')} is on cannot be read off the page`;
  return undefined;
}

/**
 * One turn of an "ensure checked" step: tick the first named element that is
 * not ticked, else untick the first unnamed one that is; satisfied when the
 * checked set equals the names. Ticking comes first so radio buttons never
 * need unticking.
 */
export function groundEnsureChecked(ensure: { role: string; names: readonly string[]; among?: readonly string[] }, elements: readonly UIElement[]): StepGrounding {
  // A set of named members (the day toggles, rules/day-set.ts): another toggle of the page (AM / PM) is none of it.
  const members = ensure.among ? new Set(ensure.among) : undefined;
  const memberProblem = members ? membersProblem(members, ensure.names, elements) : undefined;
  if (memberProblem) return { ok: false, score: 0, reason: memberProblem };
  const checkable = elements.filter((element) => checkedOf(element) !== undefined && !element.states.hidden && (!members || members.has(checkableName(element))));
  let group = checkable.filter((element) => element.role === ensure.role);
  let scale = 1;
  let note = '';
  const wantedNames = new Set(ensure.names.map(normalizeText));
  const stateless = elements.filter((element) => element.role === ensure.role && !element.states.hidden && wantedNames.has(checkableName(element)));
  if (group.length === 0 && stateless.length > 0 && [...wantedNames].every((name) => stateless.some((element) => checkableName(element) === name))) {
    // Chips whose class marks only the ones on show no state while none is: all are off, so tick the first named.
    const tick = stateless[0]!;
    return { ok: true, action: { type: 'click', target: { elementId: tick.id } }, score: ENSURE_TICK_SCORE * STATELESS_GROUP, reason: `tick [${tick.id}] ${JSON.stringify(checkableName(tick))}, named in the task (no ${ensure.role} shows an on state, so none is on)` };
  }
  if (group.length === 0 && checkable.length > 0) {
    // Checkboxes where the demonstration had radio buttons (or the reverse): the same set rule, held less surely.
    group = checkable;
    scale = CHECKABLE_STAND_IN;
    note = ` (a checkable ${group[0]!.role} stands in for the demonstrated ${ensure.role})`;
  }
  const wanted = new Set(ensure.names.map(normalizeText));
  const missing = [...wanted].filter((name) => !group.some((element) => checkableName(element) === name));
  if (missing.length > 0) {
    return { ok: false, score: 0, reason: `no ${ensure.role} named ${missing.map((name) => JSON.stringify(name)).join(', ')} among ${group.length}` };
  }
  const tick = group.find((element) => wanted.has(checkableName(element)) && !checkedOf(element));
  if (tick?.states.disabled) {
    return { ok: false, score: 0, reason: `the ${ensure.role} ${JSON.stringify(checkableName(tick))} named in the task is disabled and off` };
  }
  if (tick) {
    return { ok: true, action: { type: 'click', target: { elementId: tick.id } }, score: ENSURE_TICK_SCORE * scale, reason: `tick [${tick.id}] ${JSON.stringify(checkableName(tick))}, named in the task${note}` };
  }
  const untick = group.find((element) => !wanted.has(checkableName(element)) && checkedOf(element) && !element.states.disabled);
  if (untick) {
    return {
      ok: true,
      action: { type: 'click', target: { elementId: untick.id } },
      score: ENSURE_UNTICK_SCORE * scale,
      reason: `untick [${untick.id}] ${JSON.stringify(checkableName(untick))}: not named in the task, and the demonstration left such ${ensure.role}es unticked${note}`,
    };
  }
  return { ok: true, satisfied: true, score: 1, reason: `exactly ${wanted.size} named ${ensure.role}(es) are checked` };
}
