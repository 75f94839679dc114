/**
 * Rule: words that say when a control becomes usable ask nothing of their own.
 *
 *   "Click Submit once it becomes enabled."                 → "Click Submit."
 *   "Click the OK button once it appears."                  → "Click the OK button."
 *   "Wait for the Apply button to show up, then click it."  → "Click the Apply button."
 *   "The Go button unlocks after a moment: click it then."  → "Click the Go button."
 *
 * A person reads each as "press that control", said with when it can be
 * pressed: "enabled" there switches nothing on, "once" counts nothing and the
 * "up" of "show up" is no direction. The press itself waits for its control
 * to show and to be enabled, whichever the page does (wait-turns.ts), so two
 * tasks that differ only in such words are compared without them
 * (plan-demonstration.ts plans with both texts rewritten).
 *
 * Only a readiness said of the control pressed ("it", "the Go button"), with
 * the readiness words below: never a number ("once it is below 40" is a
 * watched value, recorded-waits.ts), never another subject ("once the form is
 * saved", "when the target appears", "as soon as the red light is visible":
 * the press reacts to it), never a press verb the text does not have.
 *
 * Pure; no task knowledge.
 */
import { isActionVerb } from '../intent-words.js';
import { capitaliseWord } from '../text-match.js';

/** Words saying a control became usable, after "becomes" / "is" / "gets" / "turns". */
const READY_STATES = '(?:enabled|active|clickable|available|ready|unlocked|usable|visible)';
/** Verbs saying a control came to be usable, after its subject. */
const READY_VERBS = `(?:appears?|shows\\s+up|show\\s+up|turns\\s+up|unlocks?|loads?|(?:becomes?|is|gets?|turns?)\\s+${READY_STATES})`;
/** The control: "it" or "the … button" (a few words, no clause punctuation). */
const SUBJECT = "(?:it|the\\s+[^,.:;!?\"]{1,40}?)";
/** Words that name the pressed control by its kind, not by a thing of its own ("once the button is enabled"). */
const CONTROL_WORDS = ['button', 'link', 'control'];
/** "after a moment", "in a second", "soon": when, not what. */
const DELAY = '(?:\\s+(?:after|in)\\s+(?:a|an|one|a\\s+few)\\s+(?:moment|moments|second|seconds|while|bit)|\\s+soon|\\s+shortly)?';

/** "Click X once it becomes enabled." — a press followed by when: the press alone. */
const TRAILING = new RegExp(`^(.+?),?\\s+(?:once|when|as\\s+soon\\s+as)\\s+(${SUBJECT})\\s+${READY_VERBS}${DELAY}\\s*([.!]?)\\s*$`, 'iu');
/** "Wait for the X button to show up, then click it." — the wait, then a press of "it": the press of X. */
const WAIT_THEN = new RegExp(`^wait\\s+(?:for|until)\\s+(${SUBJECT})\\s+(?:to\\s+)?${READY_VERBS}${DELAY}\\s*[,;:]?\\s*(?:and\\s+)?then\\s+(\\p{L}+)\\s+it\\s*([.!]?)\\s*$`, 'iu');
/** "The X button unlocks after a moment: click it then." — a statement, then a press of "it": the press of X. */
const STATED_THEN = new RegExp(`^(the\\s+[^,.:;!?"]{1,40}?)\\s+${READY_VERBS}${DELAY}\\s*[:;,.–—-]\\s*(?:then\\s+)?(\\p{L}+)\\s+it(?:\\s+then)?\\s*([.!]?)\\s*$`, 'iu');

/** The text with its readiness words read away (see above), or undefined when it says none. */
export function withoutReadiness(text: string): string | undefined {
  const trimmed = text.trim();
  const waited = WAIT_THEN.exec(trimmed) ?? STATED_THEN.exec(trimmed);
  if (waited) {
    const [, subject, verb, end] = waited;
    if (/\d/u.test(subject!) || !isActionVerb(verb!.toLowerCase())) return undefined;
    const control = /^the\s/iu.test(subject!) ? `the ${subject!.slice(4)}` : subject!;
    if (control.toLowerCase() === 'it') return undefined;
    return `${capitaliseWord(verb!)} ${control}${end || '.'}`;
  }
  const trailing = TRAILING.exec(trimmed);
  if (!trailing) return undefined;
  const [, press, subject, end] = trailing;
  const words = press!.trim().split(/\s+/u);
  if (!isActionVerb(words[0]!.toLowerCase()) || /\d/u.test(trimmed.slice(press!.length))) return undefined;
  // The subject is the control pressed — "it", or words the press names ("the OK button", "the button") —, never
  // another thing whose coming the press waits for ("Click Stop as soon as the red light is visible").
  const pressed = new Set([...words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '')), ...CONTROL_WORDS]);
  const named = subject!.toLowerCase().split(/\s+/u).slice(1).map((word) => word.replace(/[^\p{L}\p{N}-]/gu, ''));
  if (subject!.toLowerCase() !== 'it' && !named.every((word) => pressed.has(word))) return undefined;
  return `${press!.trim()}${end || '.'}`;
}

/** Both task texts with readiness words read away, when either says some; else undefined. */
export function readinessRewrite(demoTask: string, task: string): { demoTask: string; task: string; note: string } | undefined {
  const [demo, now] = [withoutReadiness(demoTask), withoutReadiness(task)];
  if (demo === undefined && now === undefined) return undefined;
  const [a, b] = [demo ?? demoTask, now ?? task];
  const said = [demo === undefined ? undefined : JSON.stringify(demoTask), now === undefined ? undefined : JSON.stringify(task)].filter(Boolean).join(' and ');
  return { demoTask: a, task: b, note: `${said} say when the control can be pressed, which the press waits for anyway: compared as ${JSON.stringify(a)} and ${JSON.stringify(b)}` };
}
