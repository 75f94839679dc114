/**
 * Values written the way people write them — lower case, unquoted, no digits:
 * "Groceries: +oats, -milk", "I do want push alerts though", "mark it urgent".
 * value-spans.ts finds values by their type (quotes, capitals, digits) and so
 * sees none here; a person sees them because they name something on the page.
 *
 * A lower-case word or phrase (up to three words) of a task is a value span
 * (type 'name') when:
 * - in the demonstration's task: it is the name of what one of its steps
 *   acted on (a target's text, label or value, an option it chose) or a text
 *   it typed;
 * - in the new task: it names an element of the current page of a kind the
 *   demonstration acted on by name (its text or label; an option of a list it
 *   chose in) — "milk" a list item, "push alerts" a switch labelled "Push
 *   alerts". A phrase naming nothing on the page ("oats" to be added) stays
 *   wording. A caption that leads with a name over a describing line names
 *   that name too ("location" of "Location Find places near you":
 *   rules/leading-name.ts).
 * An icon control's caption of an intent verb and its object ("Remove apples",
 * a row's ✕ button's label) names its object too: "apples" is what the step acted on;
 * so does such a caption of a clicked control's row-mate ("Remove" beside "Decrease Bananas").
 * Words joined by a slash ("they/them", "he/him") are one written unit, no
 * pronouns apart. Matching is whole words, case-insensitive, the last word in either number
 * ("apple" / "Apples": word-forms.ts). Common words never become values: short
 * function words, action verbs and intents ("the", "it", "please", "save").
 * The span's value is the page's or the step's own spelling, the form a step
 * uses. Pure functions, no task knowledge.
 */
import type { UIElement } from '../../core/observation.js';
import type { Trajectory } from '../../core/trajectory.js';
import { intentOfPhrase, isActionVerb } from './intent-words.js';
import { joinedByPage } from './rules/page-joined-names.js';
import { leadingName } from './rules/leading-name.js';
import { qualifiedLookAlike, verbInsideNounPhrase } from './rules/modified-name.js';
import { targetDescriptorsOf, targetedElements } from './planned-step.js';
import { COMMON_WORDS } from './task-tokens.js';
import { normalizeText } from './text-match.js';
import type { ValueSpan } from './value-spans.js';
import { sameNoun } from './word-forms.js';

type Step = Trajectory['steps'][number];

const MAX_WORDS = 3;

/** A phrase's key for matching: lower case, the last word singular-or-plural-blind via `sameNoun` at comparison. */
function matches(phrase: string, name: string): boolean {
  const a = normalizeText(phrase).split(' ');
  const b = normalizeText(name).split(' ');
  if (a.length !== b.length || a.length === 0) return false;
  return a.every((word, index) => (index === a.length - 1 ? sameNoun(word, b[index]!) : word === b[index]));
}

/** Can this word be part of a named value: no common word; alone, no verb or intent either ("push alerts" is a name, "push" none). */
function contentWord(word: string, alone: boolean): boolean {
  const lower = word.toLowerCase();
  return !COMMON_WORDS.has(lower) && /\p{L}/u.test(lower) && !(alone && (isActionVerb(lower) || intentOfPhrase(lower) !== undefined));
}

/**
 * Lower-case phrases of `text` that one of `names` names, as value spans, outside
 * `taken` (the spans value-spans.ts found); longest phrase first, left to right.
 */
export function namedSpans(text: string, names: readonly string[], taken: readonly ValueSpan[] = []): ValueSpan[] {
  const usable = names.map((name) => name.trim()).filter((name) => name !== '' && name.split(/\s+/).length <= MAX_WORDS);
  if (usable.length === 0) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\/[\p{L}\p{N}][\p{L}\p{N}'’-]*)*/gu)].map((match) => ({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  const occupied: [number, number][] = taken.map((span) => [span.start, span.end]);
  const free = (start: number, end: number) => occupied.every(([a, b]) => end <= a || start >= b);
  const spans: ValueSpan[] = [];
  for (let length = MAX_WORDS; length >= 1; length--) {
    for (let first = 0; first + length <= words.length; first++) {
      const run = words.slice(first, first + length);
      // Lower case only: capitalised words are value-spans.ts's names; whole words with only spaces between them.
      if (run.some((word) => word.text !== word.text.toLowerCase())) continue;
      if (run.some((word, index) => index > 0 && !/^\s+$/.test(text.slice(run[index - 1]!.end, word.start)))) continue;
      // "-milk", "+oats" are marked items; a phrase standing inside a longer word is none.
      if (!run.every(({ text: word }) => contentWord(word, length === 1))) continue;
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      if (!free(start, end)) continue;
      const phrase = text.slice(start, end);
      const name = usable.find((candidate) => matches(phrase, candidate));
      if (name === undefined) continue;
      // "remove milk" said of a caption "Remove milk": the verb is the task's wording, the object ("milk") the value —
      // but not after "my" / "the" ("my confirm email": the field "Confirm email"), rules/modified-name.ts.
      const object = captionObject(name);
      if (object !== undefined && usable.some((candidate) => matches(object, candidate)) && !verbInsideNounPhrase(text, start)) continue;
      occupied.push([start, end]);
      // "my repeat email" where the page shows "Email" and "Confirm email": a guess between look-alikes, no value.
      if (qualifiedLookAlike(text, start, phrase, usable)) continue;
      spans.push({ type: 'name', text: phrase, value: name, words: length, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The object a caption made of an intent verb and its object names: "Remove
 * apples" → "apples", "Delete old drafts" → "old drafts" (a row's ✕ labelled
 * for its item). Undefined when the caption opens with no verb or intent
 * (intent-words.ts), or its object is longer than a named value or opens with
 * a verb of its own or holds a common word ("Remove all", "Remove and save").
 */
export function captionObject(caption: string): string | undefined {
  const words = caption.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS + 1) return undefined;
  const verb = words[0]!.toLowerCase();
  if (!/^\p{L}+$/u.test(verb) || (!isActionVerb(verb) && intentOfPhrase(verb) === undefined)) return undefined;
  const object = words.slice(1);
  if (isActionVerb(object[0]!.toLowerCase()) || intentOfPhrase(object[0]!) !== undefined || !object.every((word) => contentWord(word, false))) return undefined;
  return object.join(' ');
}

/**
 * The object an icon button's caption names: a button showing no words ("✕",
 * "🗑") captioned "Remove apples" acted on "apples". A worded control's caption
 * is its name as a whole ("Push alerts", "Submit ticket").
 */
function iconObject(target: { role?: string; text: string; label?: string }): string | undefined {
  // Only a button: a wordless switch or box labelled "Push alerts" / "Order status" is named by its whole label.
  return target.role !== 'button' || /\p{L}/u.test(target.text) || !target.label ? undefined : captionObject(target.label);
}

/**
 * What a row's control acts on, named by its row-mates: "Remove" pressed in a row whose wordless "−" and "+" are
 * captioned "Decrease Bananas" / "Increase Bananas" acted on "Bananas", as the "−" would have. Only when the
 * clicked control names no object of its own and its row-mates name exactly one.
 */
function rowObject(step: Step): string | undefined {
  const element = targetedElements(step)[0];
  if (element === undefined || element.parentId === undefined || iconObject(element) !== undefined) return undefined;
  const mates = step.observation.elements.filter((other) => other.parentId === element.parentId && other.id !== element.id);
  const objects = new Set(mates.flatMap((mate) => iconObject(mate) ?? []).map((object) => normalizeText(object)));
  if (objects.size !== 1) return undefined;
  return mates.map((mate) => iconObject(mate)).find((object) => object !== undefined);
}

/**
 * The names the demonstration's steps acted on or typed: a clicked target's
 * text and label, an option chosen, a typed text — not the label of a field
 * typed into or chosen in ("the nickname box" is wording, not a value).
 */
export function actedNames(steps: readonly Step[]): string[] {
  const names: string[] = [];
  for (const step of steps) {
    const action = step.action;
    if (action.type === 'type') names.push(action.text);
    else if (action.type === 'select') names.push(action.option);
    else if (action.type === 'click' || action.type === 'double-click') {
      for (const target of targetDescriptorsOf(step)) names.push(target.text, target.label ?? '', iconObject(target) ?? '', leadingName(target.text) ?? '');
      names.push(rowObject(step) ?? '');
    }
  }
  return [...new Set(names.filter((name) => name.trim() !== ''))];
}

/** The kinds (role and tag) of element the steps acted on by name, and whether they chose in a list. */
function actedKinds(steps: readonly Step[]): { kinds: Set<string>; chose: boolean } {
  const kinds = new Set<string>();
  let chose = false;
  for (const step of steps) {
    if (step.action.type === 'select') chose = true;
    if (step.action.type !== 'click' && step.action.type !== 'double-click') continue;
    for (const target of targetDescriptorsOf(step)) kinds.add(`${target.role}|${target.tag ?? ''}`);
  }
  return { kinds, chose };
}

/** The names the current page shows on elements of the kinds the demonstration acted on (and the options of lists, when it chose in one). */
export function pageNames(page: readonly UIElement[], steps: readonly Step[]): string[] {
  const { kinds, chose } = actedKinds(steps);
  const names: string[] = [];
  for (const element of page) {
    if (element.states.hidden) continue;
    if (kinds.has(`${element.role}|${element.tag ?? ''}`)) names.push(element.text, element.label ?? '', iconObject(element) ?? '', leadingName(element.text) ?? '');
    if (chose && element.options) names.push(...element.options);
  }
  return [...new Set(names.filter((name) => name.trim() !== ''))];
}

/**
 * `spans` (value-spans.ts's) read by what `names` show: runs of names a caption shows whole joined ("A Map of Small
 * Rivers": rules/page-joined-names.ts), and the lower-case phrases of `text` that `names` name added, in text order.
 */
export function withNamedSpans(text: string, spans: readonly ValueSpan[], names: readonly string[]): ValueSpan[] {
  const joined = joinedByPage(text, spans, names);
  return [...joined, ...namedSpans(text, names, joined)].sort((a, b) => a.start - b.start);
}
