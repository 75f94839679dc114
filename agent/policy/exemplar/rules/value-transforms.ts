/**
 * Rule: a value typed in another form than the task wrote it ("Hello World"
 * typed as "hello world") is typed in that form again — the form the new
 * task's words name, or else the one the demonstration shows.
 *
 * The form is one of a small closed set, in three independent parts: the
 * letter case (as written, lower, upper, capitalised "Hello world", title
 * "Hello World"), the spacing (as written, spaces removed) and the order
 * (as written, reversed). Per part:
 * - the new task names it ("in all caps", "without spaces"): that one — a
 *   word that may mean two forms ("capitalised": the first word or every
 *   word?) is narrowed by the demonstration when its task used the same word;
 * - only the demonstration's task named it: as written when this task names
 *   a form of another part in its place and says nothing else new ("in
 *   lowercase" where the demonstration's said "with the spaces removed");
 *   else this task asks for nothing, or in words this rule does not know,
 *   so nothing says which form → refuse;
 * - neither names it: the form the demonstration typed (as written when
 *   that fits).
 * When the forms left still type the new value differently, the rule
 * refuses instead of guessing. A typed text that is no form of the task's
 * value binds nothing here (the other value rules judge it).
 *
 * Pure functions, no page knowledge.
 */
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';
import { valueSpans } from '../value-spans.js';
import { capitaliseWord, containsWhole } from '../text-match.js';
import { captionRanges, wordsOf } from '../intent-words.js';

export type LetterCase = 'as-written' | 'lower' | 'upper' | 'capitalised' | 'title';
export type Spacing = 'as-written' | 'no-spaces';
export type Order = 'as-written' | 'reversed';

export interface TextTransform {
  case: LetterCase;
  spacing: Spacing;
  order: Order;
}

type Part = keyof TextTransform;
const PARTS: Record<Part, readonly string[]> = {
  case: ['as-written', 'lower', 'upper', 'capitalised', 'title'],
  spacing: ['as-written', 'no-spaces'],
  order: ['as-written', 'reversed'],
};

export const AS_WRITTEN: TextTransform = { case: 'as-written', spacing: 'as-written', order: 'as-written' };

/** Every transform of the closed set. */
export function allTransforms(): TextTransform[] {
  const out: TextTransform[] = [];
  for (const letterCase of PARTS.case) {
    for (const spacing of PARTS.spacing) {
      for (const order of PARTS.order) out.push({ case: letterCase as LetterCase, spacing: spacing as Spacing, order: order as Order });
    }
  }
  return out;
}

export function applyTransform(transform: TextTransform, text: string): string {
  let out = text;
  switch (transform.case) {
    case 'lower':
      out = out.toLowerCase();
      break;
    case 'upper':
      out = out.toUpperCase();
      break;
    case 'capitalised':
      out = capitaliseWord(out);
      break;
    case 'title':
      out = out.replace(/\S+/g, capitaliseWord);
      break;
    case 'as-written':
      break;
  }
  if (transform.spacing === 'no-spaces') out = out.replace(/\s+/g, '');
  if (transform.order === 'reversed') out = [...out].reverse().join('');
  return out;
}

/** The transforms that turn `value` into exactly `typed` (surrounding spaces aside). */
export function transformsBetween(value: string, typed: string): TextTransform[] {
  const from = value.trim();
  const to = typed.trim();
  if (from === '' || to === '') return [];
  return allTransforms().filter((transform) => applyTransform(transform, from) === to);
}

/** Words that name a form, per part; more specific wordings first (their words are then not read again). */
const WORDINGS: { part: Part; forms: string[]; pattern: RegExp }[] = [
  { part: 'case', forms: ['title'], pattern: /\btitle[\s-]?case\b|\b(?:every|each) word capitali[sz]ed\b|\bcapitali[sz]e (?:every|each) word\b|\b(?:every|each) word (?:starting|beginning) with a capital\b/gi },
  { part: 'case', forms: ['capitalised'], pattern: /\bsentence[\s-]?case\b|\bcapitali[sz]e the first (?:letter|word)\b|\b(?:with )?(?:a|an initial) capital(?: letter)?(?! letters)\b|\bfirst letter (?:capitali[sz]ed|in capitals?|upper[\s-]?case)\b/gi },
  { part: 'case', forms: ['upper'], pattern: /\bupper[\s-]?case\b|\ball[\s-]caps\b|\ball capitals\b|\bblock capitals\b|\bcapital letters\b|\bcaps\b|\bin capitals\b/gi },
  { part: 'case', forms: ['lower'], pattern: /\blower[\s-]?case\b|\bsmall letters\b|\bno capitals?\b|\bminuscules?\b/gi },
  { part: 'case', forms: ['capitalised', 'title'], pattern: /\bcapitali[sz](?:ed|e|ing)\b/gi },
  { part: 'case', forms: ['as-written'], pattern: /\b(?:exactly )?as (?:it is )?(?:written|shown)\b|\bsame case\b/gi },
  { part: 'spacing', forms: ['no-spaces'], pattern: /\bwithout (?:any |the )?spaces\b|\bno spaces\b|\bspaces removed\b|\bremov(?:e|ing) (?:the |all |any )?spaces\b|\bas one word\b/gi },
  // Not "in reverse order": that is said of lists (sorting) more often than of one value's letters.
  { part: 'order', forms: ['reversed'], pattern: /\breversed\b|\bbackwards\b|\bspelt backwards\b|\bspelled backwards\b/gi },
];

/** What a task's words name for each part (several forms when a word may mean several, or the task names more than one). */
export type NamedForms = Partial<Record<Part, { forms: string[]; words: string[] }>>;

/** The forms a task text names, quoted text left out (a value "Small Letters" names nothing). */
export function namedForms(task: string): NamedForms {
  let text = task.replace(/"[^"]*"|“[^”]*”/g, ' ');
  const named: NamedForms = {};
  for (const { part, forms, pattern } of WORDINGS) {
    text = text.replace(pattern, (found) => {
      const entry = (named[part] ??= { forms: [], words: [] });
      for (const form of forms) if (!entry.forms.includes(form)) entry.forms.push(form);
      entry.words.push(found);
      return ' '.repeat(found.length);
    });
  }
  return named;
}

/** A task text with its quoted values and the wordings of the forms of `parts` blanked out (the words around them stay). */
export function withoutFormWords(task: string, parts: readonly Part[] = Object.keys(PARTS) as Part[]): string {
  let text = task.replace(/"[^"]*"|“[^”]*”/g, (quoted) => ' '.repeat(quoted.length));
  for (const { part, pattern } of WORDINGS) if (parts.includes(part)) text = text.replace(pattern, (found) => ' '.repeat(found.length));
  return text;
}

/** Words that only frame a form wording ("in lowercase", "using capital letters only", "with the spaces removed"). */
const FORM_FRAMING = new Set(['in', 'with', 'using', 'the', 'a', 'an', 'all', 'only', 'letters', 'please']);

/**
 * Does `task` say nothing the demonstration's task did not, apart from its
 * values, the captions it presses and the form wordings both name? Then the
 * task's form wording stands where the demonstration's stood ("… in lowercase
 * and press Submit" for "… with the spaces removed and press Submit"): it
 * replaced that wording, and a part only the demonstration named is written
 * as given. A word of its own ("… in lowercase, no gaps") may name a form
 * in words this rule does not know.
 */
function saysNothingElse(demoTask: string, task: string): boolean {
  const words = (text: string) => {
    let blanked = withoutFormWords(text);
    for (const [start, end] of captionRanges(blanked)) blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
    return wordsOf(blanked);
  };
  const demoWords = new Set(words(demoTask));
  return words(task).every((word) => demoWords.has(word) || FORM_FRAMING.has(word));
}

/** Does the task name any form at all? */
export function namesAForm(task: string): boolean {
  return Object.keys(namedForms(task)).length > 0;
}

export type TransformDecision =
  /** The typed text is no form of the value: this rule binds nothing. */
  | { kind: 'unrelated' }
  | { kind: 'typed'; text: string; transform: TextTransform; note: string }
  | { kind: 'refused'; reason: string };

const FORM_WORDS: Record<string, string> = {
  'as-written': 'as written',
  lower: 'lower case',
  upper: 'upper case',
  capitalised: 'capitalised (first letter)',
  title: 'title case (every word)',
  'no-spaces': 'without spaces',
  reversed: 'reversed',
};

function describe(transform: TextTransform): string {
  const parts = (Object.keys(PARTS) as Part[]).filter((part) => transform[part] !== 'as-written').map((part) => FORM_WORDS[transform[part]]!);
  return parts.length === 0 ? 'as written' : parts.join(', ');
}

const quote = (text: string) => JSON.stringify(text);

/**
 * How to type `value` (the new task's counterpart of the demonstration's
 * `demoValue`), given that the demonstration typed `typed` for `demoValue`.
 */
export function transformFor(input: { demoTask: string; task: string; demoValue: string; typed: string; value: string }): TransformDecision {
  const { demoTask, task, demoValue, typed, value } = input;
  const learned = transformsBetween(demoValue, typed);
  if (learned.length === 0) return { kind: 'unrelated' };
  const namedNew = namedForms(task);
  const namedDemo = namedForms(demoTask);
  // The task names a form of its own in place of the demonstration's wording, and nothing else new.
  const replacesWording = Object.keys(namedNew).length > 0 && saysNothingElse(demoTask, task);
  const options: Partial<Record<Part, string[]>> = {};
  for (const part of Object.keys(PARTS) as Part[]) {
    const shown = [...new Set(learned.map((transform) => transform[part] as string))];
    const named = namedNew[part];
    const demoNamed = namedDemo[part];
    if (named) {
      const sameWords = demoNamed !== undefined && demoNamed.forms.join() === named.forms.join();
      const narrowed = named.forms.filter((form) => shown.includes(form));
      // The same words in both tasks, and the demonstration typed none of the forms they may name ("the CAPS
      // field"): the words were about something else; what was typed shows the form.
      const unrelatedWords = sameWords && narrowed.length === 0;
      options[part] = unrelatedWords ? (shown.includes('as-written') ? ['as-written'] : shown) : sameWords ? narrowed : named.forms;
    } else if (demoNamed && replacesWording) {
      options[part] = ['as-written'];
    } else if (demoNamed) {
      return {
        kind: 'refused',
        reason:
          `the demonstration typed ${quote(typed)} for ${quote(demoValue)} because its task said ${demoNamed.words.map(quote).join(', ')}; ` +
          `this task does not say in words this policy knows how to write ${quote(value)}`,
      };
    } else {
      options[part] = shown.includes('as-written') ? ['as-written'] : shown;
    }
  }
  const candidates = allTransforms().filter((transform) => (Object.keys(PARTS) as Part[]).every((part) => options[part]!.includes(transform[part])));
  const outputs = [...new Set(candidates.map((transform) => applyTransform(transform, value.trim())))];
  if (outputs.length !== 1 || candidates.length === 0) {
    const words = (Object.keys(PARTS) as Part[]).flatMap((part) => namedNew[part]?.words ?? []);
    return {
      kind: 'refused',
      reason:
        `${words.length > 0 ? `the task says ${words.map(quote).join(', ')}` : `the demonstration typed ${quote(typed)} for ${quote(demoValue)}`}, ` +
        `which may mean ${outputs.map(quote).join(' or ')} for ${quote(value)}`,
    };
  }
  const transform = candidates[0]!;
  const text = outputs[0]!;
  const named = (Object.keys(PARTS) as Part[]).flatMap((part) => namedNew[part]?.words ?? []);
  const note =
    named.length > 0
      ? `types ${quote(value)} ${describe(transform)} (${quote(text)}), as the task says ${named.map(quote).join(', ')}`
      : `types ${quote(value)} ${describe(transform)} (${quote(text)}), as the demonstration typed ${quote(typed)} for ${quote(demoValue)}`;
  return { kind: 'typed', text, transform, note };
}

/** One value of the demonstration's task and its counterpart in the new task. */
export interface ValuePair {
  old: string;
  new: string;
}

/**
 * Planning half: the text to type for a demonstrated typed `typed`, when it
 * is a form of one of the task's values (`pairs`, slot values first, then
 * values both tasks share) and either task names a form or the demonstration
 * typed one other than as written. Undefined when the rule has nothing to say
 * (the slot substitution handles the step as before).
 */
export function transformedTyping(typed: string, pairs: readonly ValuePair[], demoTask: string, task: string): { decision: TransformDecision; pair: ValuePair } | undefined {
  const named = namesAForm(demoTask) || namesAForm(task);
  for (const pair of pairs) {
    const learned = transformsBetween(pair.old, typed);
    if (learned.length === 0) continue;
    if (!named && learned.some((transform) => transform.case === 'as-written' && transform.spacing === 'as-written' && transform.order === 'as-written')) return undefined;
    return { decision: transformFor({ demoTask, task, demoValue: pair.old, typed, value: pair.new }), pair };
  }
  return undefined;
}

/**
 * The task values of the demonstration and their counterparts: whole values
 * first ("Kofi Garcia" → "Sven Garcia", where the slot is only "Kofi" →
 * "Sven"), then the slots item by item, then values both tasks give ("Hello"
 * in each binds to itself: its form may still change with the words).
 */
export function valuePairs(demoTask: string, task: string, slots: readonly TaskSlot[]): ValuePair[] {
  const pairs: ValuePair[] = [];
  const oldSpans = valueSpans(demoTask);
  const newSpans = valueSpans(task);
  for (const slot of slots) {
    if (slot.old.length !== slot.new.length) continue;
    slot.old.forEach((old, index) => {
      const value = slot.new[index]!;
      const oldSpan = oldSpans.find((span) => span.text !== old && containsWhole(span.text, old));
      const newSpan = newSpans.find((span) => span.text !== value && containsWhole(span.text, value));
      if (oldSpan && newSpan && oldSpan.text.replace(old, value) === newSpan.text) pairs.push({ old: oldSpan.text, new: newSpan.text });
      pairs.push({ old, new: value });
    });
  }
  const newValues = new Set(newSpans.map((span) => span.text));
  for (const span of oldSpans) if (newValues.has(span.text)) pairs.push({ old: span.text, new: span.text });
  return pairs;
}

/**
 * Planning hook: every typed step whose text is a form of a task value gets
 * the text to type now (`typeText`), or the plan gets a blocking problem
 * when nothing says which form. A slot whose two sides only name forms
 * ("lowercase" → "all caps") was used when a step took its form from it.
 */
export function markTransforms(
  steps: PlannedStep[],
  context: Pick<RuleContext, 'demoTask' | 'task' | 'slots' | 'unusedSlots' | 'notes'>,
): TaskValueProblem[] {
  const { demoTask, task, slots, unusedSlots, notes } = context;
  const pairs = valuePairs(demoTask, task, slots);
  const problems: TaskValueProblem[] = [];
  let formed = false;
  for (const planned of steps) {
    const action = planned.step.action;
    if (action.type !== 'type' || planned.derived) continue;
    // A repeated block types its own item: that pair first.
    const own = planned.item !== undefined ? planned.bindings.slice(0, 1) : [];
    const found = transformedTyping(action.text, [...own, ...pairs, ...planned.bindings], demoTask, task);
    const decision = found?.decision;
    if (!found || !decision || decision.kind === 'unrelated') continue;
    // The slot's value was used, in another form than the task wrote it.
    for (let index = unusedSlots.length - 1; index >= 0; index--) if (unusedSlots[index]!.old.includes(found.pair.old)) unusedSlots.splice(index, 1);
    if (decision.kind === 'refused') {
      problems.push({ text: `step ${planned.sourceIndex + 1}: ${decision.reason}`, blocking: true, help: 'a task text that names the letter case plainly ("in lowercase", "in all caps"), a demonstration whose task words it like this one, or a model for the hybrid policy (--policy hybrid)' });
      continue;
    }
    planned.typeText = decision.text;
    formed = true;
    notes.push(`demonstrated step ${planned.sourceIndex + 1} ${decision.note}`);
  }
  if (formed) {
    for (let index = unusedSlots.length - 1; index >= 0; index--) {
      const slot = unusedSlots[index]!;
      if ([...slot.old, ...slot.new].every((text) => namesAForm(text))) unusedSlots.splice(index, 1);
    }
  }
  return problems;
}
