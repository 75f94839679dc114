/**
 * Rule: a word of a control's fixed caption is the page's, not the request's.
 *
 *   demonstration: "Find flights from Madrid to Prague on 17 Mar."   (last pressed "Show flights", beside a bare ⇅)
 *   task:          "On 4 Mar, search Prague to Zurich."
 *
 * kind-by-places.ts asks every word of the demonstration's task its steps acted on to stand in the new task too:
 * a word the steps acted on that the new task leaves out may be a request the new task does not make. But "flights"
 * stands on the page's search button whatever the request says; a person asked to search presses it without being
 * told its caption. A demonstrated word is the page's when the current page shows it on a control of the kind the
 * step acted on, and the step's control is one of these:
 *
 * - a choice among rivals that all show the word: every radio (option, tab) of its group on its screen, the group
 *   the only one of that kind there ("plan" of "Student plan" beside "Basic plan" and "Family plan"): the word tells
 *   no option from another — the value chose, and still pairs by its place (kind-by-places.ts);
 * - the page's one sender: the demonstration's last action pressed the one button of its page, there from its first
 *   screen, that shows words and may send (the others wordless glyphs: a ⇅ swap), and this page's one such button
 *   shows the word too — asking for the page's task implies its press, as rules/closing-control.ts reads a form's
 *   sending control (reused: sendingClicks, pageSenders, maySend);
 * - the form's opener: a press that brought up a dialog whose sending control the demonstration pressed later
 *   ("New issue" before the issue form's "Create"): filling that form implies opening it — when the current page
 *   shows the word on one control only, of the opener's role, and that control may send (no cancel or destroying word);
 *   or when this page's one control of that role showing the opener's text is the opener renamed (the one "+", named
 *   "Create issue" where the "+" pressed was "New issue"), for a word no other control of that role shows here —
 *   only when its name tells the same object ("issue"): a "+" named "New epic", "Add comment" or nothing opens
 *   something else, or does not say what, and its "issue" is still asked of the new task.
 *
 * Safe because the word never decides which control: a word telling the chosen option from a rival ("Student" of
 * "Student plan"), a toggle the new task does not ask for ("Round up each share": a tick box is a request, it has no
 * rivals and sends nothing), a control a click revealed (a recipe panel's "Add to shopping list" beside "Save"), two
 * senders or two openers showing the word ("New issue" beside "New epic") — each still refuses.
 *
 * Planning half: kind-by-places.ts (the words a demonstration acted on). Grounding half: none.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { wordsOf } from '../intent-words.js';
import { COMMON_WORDS } from '../task-tokens.js';
import { stepStrings } from '../planned-step.js';
import { dialogShown } from '../dialog-place.js';
import { sendingClicks, pageSenders, maySend } from './closing-control.js';

/** Roles of a choice made among rivals of one group (a tick box is no choice among rivals: it is asked or not). */
const RIVAL_ROLES: ReadonlySet<string> = new Set(['radio', 'option', 'tab', 'menuitemradio']);

/** The words a control shows or is named by. */
function captionWords(element: UIElement): Set<string> {
  return new Set(wordsOf([element.text, element.label ?? '', element.attributes?.['title'] ?? ''].join(' ')));
}

/** Does a letter stand in the control's shown text (a "⇅" or "+" shows none)? */
const showsWords = (element: UIElement) => /\p{L}/u.test(element.text);

/** The element a click step pressed, on its own screen. */
function pressedOf(step: Step): UIElement | undefined {
  const action = step.action;
  if (action.type !== 'click' || !('elementId' in action.target)) return undefined;
  const id = action.target.elementId;
  return step.observation.elements.find((element) => element.id === id);
}

/** Words of `pressed`'s caption shown by every element of its role on its screen, when it has rivals there. */
function rivalWords(pressed: UIElement, screen: readonly UIElement[]): Set<string> {
  if (!RIVAL_ROLES.has(pressed.role)) return new Set();
  const kind = screen.filter((element) => element.role === pressed.role && !element.states.hidden);
  // Every choice of that role on the screen, whatever its group: beside "Student locker" the word "plan" tells the groups apart.
  if (kind.length < 2) return new Set();
  const shared = captionWords(pressed);
  for (const rival of kind) for (const word of [...shared]) if (!captionWords(rival).has(word)) shared.delete(word);
  return shared;
}

/**
 * Words an opener's name says it makes something with, not what it makes ("New issue", "Add comment", "Create
 * project"): the rest of the name ("issue") is its object.
 */
const MAKING_WORDS: ReadonlySet<string> = new Set(['new', 'add', 'create', 'make', 'start', 'open', 'compose', 'write', 'invite']);

/** The words of an opener's name telling what it makes: its caption words but the making and common ones. */
function objectWords(element: UIElement): Set<string> {
  return new Set([...captionWords(element)].filter((word) => !MAKING_WORDS.has(word) && !COMMON_WORDS.has(word)));
}

/**
 * The one control of `page` of `pressed`'s role showing the same text as it, when that text is not empty, and named
 * for what the pressed one makes: every object word of its name ("issue" of "New issue") names this one too
 * ("Create issue"). A "+" named "New epic", "Add comment" or nothing opens something else, or says not what: none.
 */
function sameShown(pressed: UIElement, page: readonly UIElement[]): UIElement | undefined {
  const text = pressed.text.trim();
  if (text === '') return undefined;
  const same = page.filter((element) => element.role === pressed.role && !element.states.hidden && element.text.trim() === text);
  if (same.length !== 1) return undefined;
  const object = objectWords(pressed);
  const named = captionWords(same[0]!);
  return object.size > 0 && [...object].every((word) => named.has(word)) ? same[0] : undefined;
}

/** Is this the demonstration's last action that worked (only waits or its done after it)? */
function isLast(steps: readonly Step[], index: number): boolean {
  return steps.slice(index + 1).every((step) => step.action.type === 'wait' || step.action.type === 'done' || step.result?.ok === false);
}

/**
 * The words each of `steps` (the demonstrated actions that worked) acted on that are its control's fixed caption on
 * this page (`page`: the current page's elements), by the readings above; a step with none is left out.
 */
export function pageCaptionWords(steps: readonly Step[], page: readonly UIElement[]): Map<Step, Set<string>> {
  const found = new Map<Step, Set<string>>();
  const first = steps[0]?.observation.elements ?? [];
  const sending = sendingClicks(steps);
  steps.forEach((step, index) => {
    const pressed = pressedOf(step);
    if (!pressed) return;
    const screen = step.observation.elements;
    // The current page shows the word on a control of the pressed one's role.
    const shownHere = (word: string, role: string) => page.filter((element) => element.role === role && !element.states.hidden && captionWords(element).has(word));
    let words = new Set<string>();
    let openedHere = false;
    if (RIVAL_ROLES.has(pressed.role)) words = rivalWords(pressed, screen);
    else if (pressed.role === 'button' && isLast(steps, index)) {
      // The page's one worded sender, on its first screen: its caption is the page's word for sending.
      const worded = pageSenders(screen).filter(showsWords);
      const fromStart = first.some((element) => element.role === pressed.role && element.text === pressed.text);
      // This page's one worded sender shows the word too: not some other button that happens to ("Flights" of a menu).
      const wordedHere = pageSenders(page).filter(showsWords);
      if (worded.length === 1 && worded[0]!.id === pressed.id && fromStart && wordedHere.length === 1) words = new Set([...captionWords(pressed)].filter((word) => captionWords(wordedHere[0]!).has(word)));
    } else if (opensSentDialog(steps, index, sending)) {
      // The same opener renamed: this page's one control of its role showing what it showed (a "+" named "Create issue"
      // where the "+" pressed was named "New issue"); its words are the page's, but for one another control shows too.
      const renamed = sameShown(pressed, page);
      const opener = (word: string) => (renamed ? [renamed, ...shownHere(word, pressed.role).filter((element) => element.id !== renamed.id)] : shownHere(word, pressed.role));
      words = new Set([...captionWords(pressed)].filter((word) => opener(word).length === 1 && maySend(opener(word)[0]!, 'page')));
      if (renamed) openedHere = true;
    }
    const kept = new Set([...words].filter((word) => (openedHere || shownHere(word, pressed.role).length > 0) && stepStrings(step).some((text) => wordsOf(text).includes(word))));
    if (kept.size > 0) found.set(step, kept);
  });
  return found;
}

/**
 * Did step `index` bring up a dialog (none on its screen, one on the next step's) whose sending control a later step
 * pressed (closing-control.ts sendingClicks)?
 */
function opensSentDialog(steps: readonly Step[], index: number, sending: ReadonlySet<Step>): boolean {
  const next = steps[index + 1];
  if (!next || dialogShown(steps[index]!.observation.elements) || !dialogShown(next.observation.elements)) return false;
  return steps.slice(index + 1).some((later) => sending.has(later) && dialogShown(later.observation.elements));
}
