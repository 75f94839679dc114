/**
 * Rule: a request the demonstration carried out by a step's effect, not by a word.
 *
 * A task often leaves its request to the page: "Newsletter for ana@x.org, please" ticks a box, "I'm flying Vienna to
 * Prague …" typed into a search field, "Get that cookie notice out of my way" pressed the banner's ✕. A person told
 * "Tick the newsletter box for …", "Search flights …" or "Dismiss the notice …" on the same page does what that
 * demonstration did: the verb the new task says is the effect one of the demonstration's own steps had. So a verb
 * key counts as done by the demonstration when one of its steps had exactly that effect, read from the step's
 * action and the kind of its target, never from the words of its task:
 *
 * - a click that turned a checkbox (or a ☐ / ☑ item) on: check; off: uncheck;
 * - a click that turned a switch (role switch) on: enable; off: disable;
 * - text typed into a search field (role searchbox, type=search, or a field labelled or placeheld "Search…"), or a
 *   press of a search icon (🔍, or a glyph-only control named "Search"): search;
 * - the demonstration's last press, of a button on a page whose title says it searches ("Search flights"), where
 *   the caption asks nothing of its own ("Show flights", "Let's go"): search — the page's own name for what the
 *   press that ended the demonstration did;
 * - a press of a close control — a glyph-only ✕ / × / ✖, or one named "Close" / "Dismiss": dismiss;
 * - a press of a bin icon (🗑): delete; of any other glyph-only control, the verb of its name ("⚑" named "Save": save,
 *   "▣" named "Archive": archive; icon-named.ts reads such a control by its name too);
 * - a click on a control that was collapsed (aria-expanded false): expand, and show (what it hid is shown).
 *
 * Why it is safe: the effect is read only from a step that worked and from its target's own kind and state — a
 * caption in words is pressed-verbs.ts's, and a field that is no search field searches nothing. A search page's
 * button counts only as the last press (a swap pressed on the way searches nothing) and only when its caption names
 * no other request ("Add to cart", "Sort" on a "Search results" page ask their own). A switching effect
 * counts only where the demonstration switched one way: a demonstration that turned one switch on and another off
 * says nothing of which way a new "turn off" goes, so neither side counts there. A verb the steps did not carry out
 * (a "turn off" where the demonstration switched on, an "untick" where it ticked) is still asked by the new task
 * alone and refused (verb-gap.ts); the effects never stand as the demonstration's own request in the other
 * direction, nor as a press the new task would contradict. Every value must still pair by its place
 * (kind-by-places.ts). Pure functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { ValueSpan } from '../value-spans.js';
import { captionVerb, isActionVerb, verbKeyOf, wordsOf } from '../intent-words.js';
import { stepStrings, targetDescriptorsOf, targetedElements, toggledState } from '../planned-step.js';
import { sameStem } from '../word-forms.js';
import { CAPTION_FRAME_NOUNS } from '../control-nouns.js';
import { addedWords } from './free-texts.js';
import { neededOnlyConditionWords } from './task-mood.js';
import { normalizeText } from '../text-match.js';
import { ACTIVATORS } from './control-purpose.js';

type Step = Trajectory['steps'][number];
type Target = Step['targets'][number];

/** Glyphs a person reads as a search (magnifying glasses), a close (crosses) and a bin. */
const SEARCH_GLYPHS = /^[\u{1F50D}\u{1F50E}\u2315]$/u;
const CLOSE_GLYPHS = /^[\u2715\u2716\u00D7\u2A2F\u274C\u2573]$/u;
const BIN_GLYPHS = /^[\u{1F5D1}]\uFE0F?$/u;

/** Roles a person types a search into, when the field says it searches. */
const FIELD_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox']);
/** Roles a click ticks. */
const TICK_ROLES: ReadonlySet<string> = new Set(['checkbox', 'menuitemcheckbox', 'listitem', 'option']);

const glyphOnly = (text: string) => text.trim() !== '' && !/[\p{L}\p{N}]/u.test(text);

/** A verb key a glyph-only control's glyph or own name asks ("✕" → dismiss, "⚑" named "Save" → save), else undefined. */
function iconVerb(target: Target): string | undefined {
  const shown = target.text.trim();
  if (shown !== '' && !glyphOnly(shown)) return undefined;
  const glyph = shown.replace(/\s+/gu, '');
  if (SEARCH_GLYPHS.test(glyph)) return verbKeyOf('search');
  if (CLOSE_GLYPHS.test(glyph)) return verbKeyOf('dismiss');
  if (BIN_GLYPHS.test(glyph)) return verbKeyOf('delete');
  return captionVerb(target.label ?? target.attributes?.title ?? '');
}

/** Does the field say it searches: role searchbox, type=search, or a label / placeholder opening with "Search"? */
function isSearchField(target: Target): boolean {
  if (target.role === 'searchbox' || target.inputType === 'search') return true;
  if (!FIELD_ROLES.has(target.role)) return false;
  const names = [target.label, target.attributes?.placeholder, target.attributes?.['aria-label']];
  return names.some((name) => name !== undefined && normalizeText(name).split(' ')[0] === 'search');
}

/** The verb keys a step's effect carried out (see above), none for a step whose effect says no request. */
export function effectVerbsOf(step: Step): string[] {
  const targets = targetDescriptorsOf(step);
  if (step.action.type === 'type') return targets.some(isSearchField) ? [verbKeyOf('search')] : [];
  if (step.action.type !== 'click') return [];
  const target = targets[0];
  if (!target) return [];
  const toggled = toggledState(step);
  if (toggled !== undefined && target.role === 'switch') return [verbKeyOf(toggled ? 'enable' : 'disable')];
  if (toggled !== undefined && TICK_ROLES.has(target.role)) return [verbKeyOf(toggled ? 'check' : 'uncheck')];
  // The state the click found: the element as the step's observation showed it.
  if (targetedElements(step)[0]?.states.expanded === false) return [verbKeyOf('expand'), verbKeyOf('show')];
  if (!ACTIVATORS.has(target.role)) return [];
  const icon = iconVerb(target);
  return icon === undefined ? [] : [icon];
}

/** Verb keys of a sender's caption that ask nothing beside sending the form it sends ("Show flights"). */
const SENDING_ONLY: ReadonlySet<string | undefined> = new Set([undefined, verbKeyOf('show'), verbKeyOf('go')]);

/** Is a step a press of a button on a page titled by a search ("Search flights"), its caption asking nothing else? */
function sendsSearch(step: Step): boolean {
  if (step.action.type !== 'click' || captionVerb(step.observation.title ?? '') !== verbKeyOf('search')) return false;
  const target = targetDescriptorsOf(step)[0];
  return target?.role === 'button' && SENDING_ONLY.has(captionVerb(target.text || target.label || ''));
}

/** The switching effects, each pair its on side then its off side: one side counts only where the other was not done. */
const SWITCHING: readonly [string, string][] = [[verbKeyOf('enable'), verbKeyOf('disable')], [verbKeyOf('check'), verbKeyOf('uncheck')]];

/**
 * The verb keys the steps' effects carried out, in order, once each — a switching side dropped, with its opposite,
 * where the steps switched both ways.
 */
export function effectVerbs(steps: readonly Step[]): string[] {
  const done = new Set(steps.flatMap(effectVerbsOf));
  const last = steps.findLast((step) => step.action.type !== 'wait' && step.action.type !== 'wait-until' && step.action.type !== 'done');
  if (last !== undefined && sendsSearch(last)) done.add(verbKeyOf('search'));
  for (const [on, off] of SWITCHING) {
    if (done.has(on) && done.has(off)) {
      done.delete(on);
      done.delete(off);
    }
  }
  return [...done];
}

/**
 * A verb met only by a step's effect asks it of what that step acted on: the first word the new task adds (free-texts.ts
 * addedWords; no verb, no control-kind noun such as "box") that neither the demonstration's task nor its steps' own
 * strings, their targets' surroundings or their screens' titles hold — "Delete the account of Ana" where the 🗑 deleted
 * Bob's draft, "tick the terms box" where the tick was Newsletter's, "Search my orders for lamps" where "lamps" went
 * into the shop's search. Undefined when every added word is the demonstration's (review30). The words of a condition
 * asking nothing beyond the deed ("if they are off", task-mood.ts neededOnlyConditionWords) name no object.
 */
export function effectObjectStranger(demoTask: string, newTask: string, newSpans: readonly ValueSpan[], steps: readonly Step[]): string | undefined {
  const known = steps.flatMap((step) => [...stepStrings(step), step.observation.title ?? '', ...targetDescriptorsOf(step).map((target) => target.context ?? '')]).flatMap((text) => wordsOf(text));
  // "… if they are off": a condition asking nothing beyond the deed names no object (task-mood.ts).
  const neededOnly = neededOnlyConditionWords(newTask);
  return addedWords(demoTask, newTask, newSpans).find((word) => !isActionVerb(word) && !CAPTION_FRAME_NOUNS.has(word) && !neededOnly.has(word) && !known.some((seen) => seen === word || sameStem(seen, word)));
}
