/**
 * A form filled from a request, read by the form and not by the wording:
 * "Register Clover, a 6-year-old male tortoise. Owner's phone: 07286 814339."
 * typed Clover, 6 and the phone, chose Tortoise and clicked Male, then pressed
 * the sender. "Pepper | parrot | female | 7 yrs | 07928 317649" shares none of
 * that wording, yet a person fills the same form from it: each field the
 * demonstration filled takes one value of the new request.
 *
 * The reading, when the template and the kinds-and-places judgement refused,
 * or when the template glued several of the form's values into one slot no step
 * can use ("Clover, a 6-year-old male tortoise" → "Ziggy, an 11-year-old male
 * hamster": `gluesFormValues`):
 *
 * - the demonstration's steps are a form's only: typing into text fields (a
 *   click into one first), choosing in a drop-down, clicking a radio of a
 *   named group, and one press of a button as the last step; anything else is
 *   not this reading (undefined: the caller keeps its own refusal);
 * - each choice's caption is said in the demonstration's task (whole words, a
 *   plural standing for its noun: word-forms.ts), and no other option of that
 *   control is; the new task names exactly one option of the same control on
 *   the current page (its options but a prompt, "Choose…"; or the radios of its
 *   group) → that option; a caption said only by another word ("a girl",
 *   "she" for Female) is not read: no general synonym table says so;
 * - each typed text is one value of the demonstration's task (value-spans.ts;
 *   digit groups written apart, "07286 814339", read as one), and the new task,
 *   its choices taken out, gives exactly as many remaining values of that kind
 *   as the demonstration typed: a name (a capitalised word no caption of the
 *   page shows; one opening a sentence or a "|" / ";" segment only when no
 *   other name is there), a count (a short number, "6", "eight") apart from a
 *   long digit group (a phone, a reference), an e-mail, a date, a quoted text;
 *   several of one kind pair only by a field's label standing right before the
 *   value ("age 4") — else refuse;
 * - every value of either task is taken by a field, and no verb, negation or
 *   undoing word stands in one text only (verb-gap.ts), and the new task asks no
 *   choice the page offers that no step made (rules/added-choice.ts);
 * - each value is the form's and in the field's measure (rules/form-guards.ts, `guard` on
 *   the gap: plan-demonstration.ts refuses on them whatever reading stood):
 *   a name stands where it names the thing the form is about (`namesTheSubject`:
 *   "Register Pepper, …", "name: Otis", "our parrot Pepper", "Pepper, a … parrot"),
 *   never a note's sender ("From Sam:", "Sam called:"), the one asked or the one it
 *   is for ("… for Sam"); a count has no word beside it but an article, "is" or a
 *   word of the field's label or of the demonstration's count ("aged 7 weeks",
 *   "7 years with us" refuse); a choice has no word beside it the demonstration's
 *   choice had not ("Her brother is male" refuses); no possessive of another
 *   holder stands before a value ("Her vet's phone: …"); the text asks something —
 *   a verb of the request, a question, "please", or a bare note with no verb —
 *   and does not only state ("… is already registered" refuses).
 *
 * Why it is safe: a value of the right kind that is not the form's (a sender, an
 * owner, another animal's sex, an age in weeks) meets a guard above and refuses;
 * a second option of one control ("a cat and a dog") is two
 * candidates and refuses; a field left without a value ("Register Pepper, a
 * parrot." where the demonstration also typed an age and a phone) refuses — a
 * person would not invent them; another request on the same page ("Clear the
 * form") has no values and a verb of its own, and refuses; a word the page
 * shows as a caption ("Save") is never typed as a name.
 *
 * Planning half: plan-demonstration.ts (the alignment's slots old → new, bound
 * as any slot). Grounding half: none. Pure functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { valueSpans, type ValueSpan, type ValueType } from '../value-spans.js';
import { isActionVerb, wordsOf } from '../intent-words.js';
import { normalizeText } from '../text-match.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { sameNoun, sameStem } from '../word-forms.js';
import { COMMON_WORDS, FUNCTION_WORDS } from '../task-tokens.js';
import { PLACED_SCORE } from './kind-by-places.js';
import { verbGap } from './verb-gap.js';
import { pressedVerbs } from './pressed-verbs.js';
import { addedChoice } from './added-choice.js';
import { blanked, caption, choiceSaidOfAnother, countFits, cueWords, namesTheSubject, nearWords, otherNumber, pageShows, phraseNoFieldTakes, relatedOne, saidInDoubt, whoseElse, type Place } from './form-guards.js';
import { onlyStates } from './task-mood.js';

type Step = Trajectory['steps'][number];

/** Roles a person types a value into. */
const TEXT_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'spinbutton']);
/** Roles of a drop-down chosen from by its option. */
const DROP_DOWN_ROLES: ReadonlySet<string> = new Set(['combobox', 'listbox']);

/** The kind of a value for filling a field: a value type, a count apart from a long digit group. */
type FormKind = Exclude<ValueType, 'number'> | 'count' | 'digits';

/** A value of a task read for a form. */
export interface FormValue {
  kind: FormKind;
  /** As written in the task. */
  text: string;
  /** The form a field takes: digits for "eight", the digit groups as written. */
  value: string;
  start: number;
  end: number;
}

/** A form step of the demonstration: a typed value, a choice in a control, or the sender press. */
type FormStep =
  | { type: 'typed'; step: Step; text: string; label: string }
  | { type: 'choice'; step: Step; caption: string; label: string; options: (page: readonly UIElement[]) => string[] };

/** A drop-down's prompt, no choice: an option ending in an ellipsis ("Choose…", "Category..."). */
const isPromptOption = (option: string) => /(?:…|\.\.\.)\s*$/u.test(option);


/**
 * The form steps of `steps`, or undefined when any step is no form step: a click into a text field is passing, a
 * button press only as the very last step.
 */
export function formSteps(steps: readonly Step[]): FormStep[] | undefined {
  const found: FormStep[] = [];
  for (const [index, step] of steps.entries()) {
    const target = targetDescriptorsOf(step)[0];
    const action = step.action;
    if (!target) return undefined;
    if (action.type === 'type' && TEXT_ROLES.has(target.role)) {
      found.push({ type: 'typed', step, text: action.text, label: caption(target) });
    } else if (action.type === 'select' && DROP_DOWN_ROLES.has(target.role)) {
      const id = target.attributes?.id;
      const same = (element: UIElement) => DROP_DOWN_ROLES.has(element.role) && (id ? element.attributes?.id === id : caption(element) === caption(target));
      found.push({ type: 'choice', step, caption: action.option, label: caption(target), options: (page) => (page.filter(same).length === 1 ? (page.find(same)!.options ?? []).filter((option) => !isPromptOption(option)) : []) });
    } else if (action.type === 'click' && target.role === 'radio' && target.group) {
      const group = target.group;
      found.push({ type: 'choice', step, caption: caption(target), label: group, options: (page) => page.filter((element) => element.role === 'radio' && element.group === group).map(caption) });
    } else if (action.type === 'click' && TEXT_ROLES.has(target.role)) {
      continue;
    } else if (action.type === 'click' && target.role === 'button' && index === steps.length - 1) {
      continue;
    } else return undefined;
  }
  return found.length >= 2 ? found : undefined;
}

/** Where `phrase` stands in `text` as whole words, a plural standing for its noun: every such place. */
export function phrasePlaces(text: string, phrase: string): { start: number; end: number }[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ word: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  const wanted = wordsOf(phrase);
  if (wanted.length === 0) return [];
  const places: { start: number; end: number }[] = [];
  for (let at = 0; at + wanted.length <= words.length; at++) {
    const run = words.slice(at, at + wanted.length);
    // Written apart only by spaces ("guinea pig"), never across a hyphen or a stop ("a 6-year-old").
    const joined = run.every((word, index) => index === 0 || /^\s+$/u.test(text.slice(run[index - 1]!.end, word.start)));
    if (joined && run.every((word, index) => sameNoun(word.word, wanted[index]!))) places.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
  }
  return places;
}

/** Capitalised words opening a sentence or a segment ("Pepper | parrot", "Luna is our new …"): names only when nothing else is one. */
function openerNames(text: string, taken: readonly { start: number; end: number }[], page: readonly UIElement[]): FormValue[] {
  const found: FormValue[] = [];
  for (const match of text.matchAll(/(?:^|[.!?|;:"“]\s*|\s[-–—]\s)(\p{Lu}[\p{Ll}'’]+)(?![\p{L}\p{N}'’-])/gu)) {
    const word = match[1]!;
    const start = (match.index ?? 0) + match[0].length - word.length;
    const lower = word.toLowerCase();
    if (COMMON_WORDS.has(lower) || isActionVerb(lower) || pageShows(word, page)) continue;
    if (taken.some((span) => start < span.end && start + word.length > span.start)) continue;
    found.push({ kind: 'name', text: word, value: word, start, end: start + word.length });
  }
  return found;
}

/**
 * The values of `text` for a form, outside `taken` (the choices' captions): value-spans.ts's, digit groups written
 * apart joined, a number by its kind; a name the page shows as a caption is none.
 */
export function formValues(text: string, taken: readonly { start: number; end: number }[], page: readonly UIElement[]): FormValue[] {
  const spans = valueSpans(text).filter((span) => !taken.some((place) => span.start < place.end && span.end > place.start));
  const values: FormValue[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    if (span.type !== 'number' || !/^\d+$/.test(span.text)) {
      if (span.type === 'name' && wordsOf(span.text).every((word) => pageShows(word, page))) continue;
      values.push({ kind: span.type === 'number' ? 'count' : (span.type as FormKind), text: span.text, value: span.value, start: span.start, end: span.end });
      continue;
    }
    // "07286 814339": digit groups one space or dash apart are one number as written.
    let end = index;
    while (spans[end + 1]?.type === 'number' && /^\d+$/.test(spans[end + 1]!.text) && /^[ -]$/.test(text.slice(spans[end]!.end, spans[end + 1]!.start))) end++;
    const digits = text.slice(span.start, spans[end]!.end).replace(/\D/g, '');
    const long = end > index || digits.length >= 5 || (digits.length > 1 && digits.startsWith('0'));
    // "+44 7928 317649": a long number keeps the plus written before it (an international prefix), typed as written.
    const start = long && text[span.start - 1] === '+' ? span.start - 1 : span.start;
    const written = text.slice(start, spans[end]!.end);
    values.push({ kind: long ? 'digits' : 'count', text: written, value: long ? written : span.value, start, end: spans[end]!.end });
    index = end;
  }
  return values;
}

/** Do a typed text and a value read the same ("07286 814339" / "07286814339", "6" / "six")? */
function typedAs(typed: string, value: FormValue): boolean {
  if (normalizeText(typed) === normalizeText(value.value) || normalizeText(typed) === normalizeText(value.text)) return true;
  return value.kind === 'digits' && typed.replace(/\D/g, '') === value.value.replace(/\D/g, '') && /\d/.test(typed);
}

/** Is a word of the field's label written right before the value ("age 4", "phone: 0712…")? */
function labelledBy(text: string, value: FormValue, label: string): boolean {
  const before = wordsOf(text.slice(Math.max(0, value.start - 30), value.start)).slice(-2);
  return wordsOf(label).some((word) => !FUNCTION_WORDS.has(word) && before.some((other) => sameStem(other, word) || other === word));
}

/**
 * Does the word template's slot glue several of the form's values into phrases ("Clover, a 6-year-old male tortoise"
 * → "Ziggy, an 11-year-old male hamster", read as one text or as a list of two)? Its items hold two or more texts the
 * form's steps typed or chose, and some item is none of them whole: no step can use that item, while each of its
 * values went into a field of its own.
 */
export function gluesFormValues(slot: TaskSlot, steps: readonly Step[]): boolean {
  const form = formSteps(steps);
  if (!form) return false;
  const valueOf = (field: FormStep) => (field.type === 'typed' ? field.text : field.caption);
  const held = form.filter((field) => slot.old.some((item) => phrasePlaces(item, valueOf(field)).length > 0));
  return held.length >= 2 && slot.old.some((item) => !form.some((field) => normalizeText(valueOf(field)) === normalizeText(item)));
}

/**
 * The demonstration's form steps read against the new task; undefined when the demonstration is no form's filling
 * (see the header), a gap when it is one and the new task does not fill it.
 */
export function alignFormFill(demoTask: string, newTask: string, steps: readonly Step[], page: readonly UIElement[]): { alignment: TaskAlignment; note: string } | { gap: string; guard?: true; everyReading?: true } | undefined {
  const form = formSteps(steps);
  if (!form) return undefined;
  const demoPage = steps[0]?.observation.elements ?? [];
  const slots: TaskSlot[] = [];
  const described: string[] = [];
  const oldTaken: { start: number; end: number }[] = [];
  const newTaken: { start: number; end: number }[] = [];
  const choicePlaces: { field: Extract<FormStep, { type: 'choice' }>; old: Place; new: Place }[] = [];
  const overlaps = (places: readonly { start: number; end: number }[], place: { start: number; end: number }) => places.some((other) => place.start < other.end && place.end > other.start);
  for (const field of form) {
    if (field.type !== 'choice') continue;
    const said = phrasePlaces(demoTask, field.caption).filter((place) => !overlaps(oldTaken, place));
    if (said.length === 0) return { gap: `the demonstration chose "${field.caption}", which its task does not say` };
    const rivals = field.options(demoPage).filter((option) => normalizeText(option) !== normalizeText(field.caption) && phrasePlaces(demoTask, option).length > 0);
    if (rivals.length > 0) return { gap: `the demonstration's task names "${rivals[0]}" too, beside the "${field.caption}" it chose` };
    oldTaken.push(...said);
    // Longest first: "Guinea pig" before a "Pig" it holds.
    const options = field.options(page).filter((option) => normalizeText(option) !== '').sort((a, b) => b.length - a.length);
    const named: { option: string; places: { start: number; end: number }[] }[] = [];
    for (const option of options) {
      const places = phrasePlaces(newTask, option).filter((place) => !overlaps(newTaken, place) && !named.some((other) => overlaps(other.places, place)));
      if (places.length > 0) named.push({ option, places });
    }
    if (named.length === 0) return { gap: `this task names no option of the control where the demonstration chose "${field.caption}"` };
    // Two options of one control ("a female parrot (actually a cat)"): whichever reading stands, the choice is unclear.
    // Refused whichever reading planned the steps (`everyReading`): no reading tells which of the two is meant.
    if (named.length > 1) return { gap: `this task names ${named.length} options (${named.map((one) => `"${one.option}"`).join(', ')}) of the control where the demonstration chose "${field.caption}"`, guard: true, everyReading: true };
    newTaken.push(...named[0]!.places);
    choicePlaces.push({ field, old: said[0]!, new: named[0]!.places[0]! });
    if (normalizeText(named[0]!.option) !== normalizeText(field.caption)) slots.push({ old: [field.caption], new: [named[0]!.option], list: false, kind: 'text' });
    described.push(`"${field.caption}" → "${named[0]!.option}"`);
  }
  const oldValues = formValues(demoTask, oldTaken, demoPage);
  const typed = form.filter((field): field is Extract<FormStep, { type: 'typed' }> => field.type === 'typed');
  const kindOf = new Map<(typeof typed)[number], FormValue>();
  for (const field of typed) {
    const matching = oldValues.filter((value) => typedAs(field.text, value));
    if (matching.length !== 1) return { gap: matching.length === 0 ? `the demonstration typed "${field.text}", which is no value of its task` : `the demonstration typed "${field.text}", which its task names more than once` };
    kindOf.set(field, matching[0]!);
  }
  const usedOld = new Set(kindOf.values());
  const unused = oldValues.find((value) => !usedOld.has(value));
  if (unused) return { gap: `the demonstration's task names "${unused.text}", which no step of its form took` };
  let newValues = formValues(newTask, newTaken, page);
  // A name opening a sentence or segment ("Pepper | parrot | …") stands in for a name only when the text has none.
  const namesWanted = typed.filter((field) => kindOf.get(field)!.kind === 'name').length;
  if (namesWanted > 0 && !newValues.some((value) => value.kind === 'name')) newValues = [...newValues, ...openerNames(newTask, [...newTaken, ...newValues], page)].sort((a, b) => a.start - b.start);
  const chosen = new Map<(typeof typed)[number], FormValue>();
  for (const kind of new Set(typed.map((field) => kindOf.get(field)!.kind))) {
    const fields = typed.filter((field) => kindOf.get(field)!.kind === kind);
    const candidates = newValues.filter((value) => value.kind === kind);
    if (candidates.length !== fields.length) return { gap: `this task gives ${candidates.length} value(s) of kind ${kind} (${candidates.map((value) => `"${value.text}"`).join(', ') || 'none'}), the demonstration typed ${fields.length}` };
    if (fields.length === 1) {
      const [field, value] = [fields[0]!, candidates[0]!];
      const old = kindOf.get(field)!;
      const others = { old: [...oldTaken, ...oldValues.filter((other) => other !== old)], new: [...newTaken, ...newValues.filter((other) => other !== value)] };
      if (kind === 'count' && !countFits(newTask, value, demoTask, old, field.label, others)) return { gap: `this task's "${value.text}" is said as ${nearWords(blanked(newTask, others.new), value).map((word) => `"${word}"`).join(', ')}, not as the measure of the field "${field.label}" the demonstration typed its count into`, guard: true };
      // "Sam's parrot": a possessive says whose the thing is, not its name; a name as long as the demonstration's (kind-by-places.ts).
      if (kind === 'name' && (/^['’]s\b/u.test(newTask.slice(value.end)) || /['’]s$/u.test(newTask.slice(value.start, value.end)) || wordsOf(value.text).length !== wordsOf(old.text).length)) return { gap: `this task's name "${value.text}" is no name like the demonstration's "${old.text}" for the field "${field.label}"`, guard: true };
      if (kind === 'name' && !namesTheSubject(newTask, value, field.label, newTaken, page, { text: demoTask, value: old })) return { gap: `this task's name "${value.text}" does not stand where it names what the form is about (a sender, an owner, the one asked?), so it is not read as the field "${field.label}"`, guard: true };
      const number = kind === 'digits' ? otherNumber(demoTask, newTask, value, others.new, page) : undefined;
      if (number) return { gap: `this task says "${value.text}" after "${number}", which neither the page nor the demonstration's task says: it may be another number than the field "${field.label}" takes`, guard: true };
      const holder = whoseElse(newTask, value, field.label, others.new);
      if (holder) return { gap: `this task says "${value.text}" after "${holder}", a holder the field "${field.label}" does not name: it may be someone else's`, guard: true };
      chosen.set(field, value);
      continue;
    }
    // Several of one kind: each only by its field's label standing right before it, one to one.
    for (const field of fields) {
      const by = candidates.filter((value) => labelledBy(newTask, value, field.label));
      if (by.length !== 1 || [...chosen.values()].includes(by[0]!)) return { gap: `this task gives ${candidates.length} values of kind ${kind}, not told apart by the fields' labels` };
      chosen.set(field, by[0]!);
    }
  }
  const usedNew = new Set(chosen.values());
  const stray = newValues.find((value) => !usedNew.has(value));
  if (stray) return { gap: `this task names "${stray.text}", which no field of the demonstration's form takes` };
  for (const field of typed) {
    const [old, value] = [kindOf.get(field)!, chosen.get(field)!];
    described.push(`"${field.text}" → "${value.value}"`);
    if (normalizeText(value.value) !== normalizeText(field.text)) slots.push({ old: [field.text], new: [value.value], list: false, kind: old.kind === 'count' ? 'number' : old.kind === 'quoted' ? 'quoted' : 'text' });
  }
  // The words around the values: no verb, negation or undoing of one text only; no choice the steps never made.
  const asSpans = (text: string, values: readonly FormValue[], places: readonly { start: number; end: number }[]): ValueSpan[] =>
    [...values.map((value) => ({ start: value.start, end: value.end })), ...places].map((place) => ({ type: 'name' as const, text: text.slice(place.start, place.end), value: text.slice(place.start, place.end), words: 1, ...place })).sort((a, b) => a.start - b.start);
  const [oldSpans, newSpans] = [asSpans(demoTask, oldValues, oldTaken), asSpans(newTask, newValues, newTaken)];
  const gap = verbGap(demoTask, newTask, oldSpans, newSpans, pressedVerbs(steps));
  if (gap) return { gap };
  for (const choice of choicePlaces) {
    const stranger = choiceSaidOfAnother(demoTask, newTask, choice, oldSpans, newSpans);
    if (stranger) return { gap: `this task says "${newTask.slice(choice.new.start, choice.new.end)}" beside "${stranger}", which the demonstration's choice of "${choice.field.caption}" had no word of: it may be said of something else than what the form is about`, guard: true };
  }
  if (onlyStates(newTask, newSpans)) return { gap: 'this task only states something ("is", "was", "already"…) and asks for nothing: no form is filled on it', guard: true };
  const doubted = newSpans.find((span) => saidInDoubt(newTask, span));
  if (doubted) return { gap: `this task says "${doubted.text}" with a question mark of its own: the value is in doubt`, guard: true };
  const aside = phraseNoFieldTakes(demoTask, newTask, newSpans, page);
  if (aside) return { gap: `this task says "${aside}", which holds no value, no field takes and the demonstration's task did not say`, guard: true };
  const related = relatedOne(demoTask, newTask, newSpans, page);
  if (related) return { gap: `this task speaks of "${related}" beside what the form is about: which one its values describe is unclear`, guard: true };
  const choice = addedChoice(demoTask, newTask, newSpans, steps, page);
  if (choice) return { gap: `the task asks for "${choice.word}", which the demonstration's task did not say and no step chose (the page offers "${choice.caption}")` };
  return {
    alignment: { score: PLACED_SCORE, slots, anchors: form.length, unpaired: [] },
    note: `the task texts are worded differently; read as the same form filled: each field the demonstration filled takes one value of this task (${described.join(', ')})`,
  };
}
