/**
 * Rule: a field the demonstration left as it was, because it already showed
 * the value its task named.
 *
 *   demonstration: "Room: Double, Nights: 3, Breakfast: No. Then press Save."
 *                  (Breakfast showed "No" from the start: no step touched it)
 *   task:          "Room: Twin, Nights: 2, Breakfast: Yes. Then press Save."
 *
 * The slot "No" → "Yes" has no demonstrated step, so the plan would leave
 * breakfast undone (rules/task-values.ts refuses it). A person sees that the
 * demonstration's Breakfast drop-down showed "No" all along and sets it the way
 * the demonstration set its other drop-downs.
 *
 * Planning half (this file): for a one-value slot no demonstrated step used (or an
 * item of a list read item by item),
 * the one control that showed the old value in the demonstration's first and
 * last observations, untouched by any step — a drop-down showing it whose
 * options hold the new value too, a checked radio named by it with a radio of
 * its group named by the new value, or a text field showing it whose label the
 * task names beside the value in both tasks — is given the step a person would
 * have made to set it to the old value, copied from a demonstrated step of the
 * same kind (select / type / click on that role) — or, when the demonstration
 * set no control of that kind, the one action such a control takes (a select
 * of a native drop-down, typing over a native text field, a click on a radio)
 * —, at its place in the page's order. A radio with no group counts as one of
 * the page's group-less radios when no radio of the page has a group ("held at
 * Riverside": the pickup radios of a page with one set). A slot's common
 * words are left out ("Single, Nights" → "Twin, Nights" is "Single" →
 * "Twin"). The demonstration so completed is planned as usual, so the new value
 * is bound and every guard of the ordinary plan holds. Nothing is added when
 * two controls could be meant, when the demonstration set no control of that
 * kind and the control is no native one (a custom drop-down's clicks are not
 * known), when the page at hand has no single counterpart taking the new
 * value, or when the demonstration never showed the field: the refusal stands.
 *
 * Grounding half: none; the added step is grounded like a recorded one.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { sameNoun } from '../word-forms.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { addedStep, placeInPageOrder } from '../added-steps.js';
import { refineBinding } from '../bind-slots.js';
import { optionNamed } from './option-aside.js';

type FieldKind = 'select' | 'type' | 'radio';

interface LeftField {
  kind: FieldKind;
  /** The control in the demonstration's first observation (for a radio: the checked one named by the old value). */
  element: UIElement;
  /** Its name: a drop-down's or text field's label, a radio's group. */
  name: string;
  old: string;
  new: string;
  /** Shown on a later page of the demonstration than its first. */
  laterPage?: boolean;
}

const quote = (text: string) => JSON.stringify(text);
const same = (a: string | undefined, b: string | undefined) => normalizeText(a) !== '' && normalizeText(a) === normalizeText(b);
const nameOf = (element: UIElement) => (element.text.trim() || element.label?.trim()) ?? '';
const isSelect = (element: UIElement) => element.role === 'combobox' || element.tag === 'select';
const isTextField = (element: UIElement) => element.role === 'textbox' && element.tag !== 'textarea';
/** The group-less radios of a page with no radio group at all are one set, named so. */
export const UNGROUPED = '(the radios)';
/** A radio's group; for a page whose radios have no group at all, the one set they form. */
const groupOf = (element: UIElement, elements: readonly UIElement[]) =>
  element.group ?? (elements.some((other) => other.role === 'radio' && other.group) ? undefined : UNGROUPED);
const inGroup = (element: { role?: string; group?: string }, group: string, elements: readonly UIElement[]) =>
  element.role === 'radio' && (group === UNGROUPED ? !element.group && !elements.some((other) => other.role === 'radio' && other.group) : same(element.group, group));

/** Words and the punctuation that parts them (a colon parts nothing: "Nights: 3"), lower-cased. */
const tokensOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+|[,;.!?()]/gu) ?? [];
const wordsOf = (text: string) => tokensOf(text).filter((token) => /[\p{L}\p{N}]/u.test(token));

/** Words that may stand between a field's label and its value: "set Adults to 4", "Guests = 2". */
const LINKING = new Set(['to', 'is', 'at', 'of', 'as', 'equals']);

/**
 * Does the task name `label` right beside `value` — before it, with at most
 * linking words between ("Nights: 3", "set Adults to 4"), or right after it
 * ("3 nights", "2 adults") — with no punctuation between?
 */
export function namedBeside(task: string, value: string, label: string): boolean {
  const tokens = tokensOf(task);
  const valueWords = wordsOf(value);
  const labelWords = wordsOf(label);
  if (valueWords.length === 0 || labelWords.length === 0) return false;
  const labelAt = (start: number) => start >= 0 && labelWords.every((word, offset) => tokens[start + offset] !== undefined && sameNoun(tokens[start + offset]!, word));
  for (let at = 0; at + valueWords.length <= tokens.length; at++) {
    if (!valueWords.every((word, offset) => tokens[at + offset] === word)) continue;
    let before = at;
    while (before > 0 && LINKING.has(tokens[before - 1]!) && at - before < 2) before--;
    if (labelAt(before - labelWords.length) || labelAt(at + valueWords.length)) return true;
  }
  return false;
}

/** The controls of an observation that showed `old` as their state, as fields of a kind. */
function fieldsShowing(elements: readonly UIElement[], slot: { old: string; new: string }): LeftField[] {
  const found: LeftField[] = [];
  for (const element of elements) {
    if (element.states.disabled === true || element.states.hidden === true) continue;
    if (isSelect(element) && same(element.value, slot.old) && element.label) {
      const options = element.options ?? [];
      if (optionNamed(slot.new, options) !== undefined) found.push({ kind: 'select', element, name: element.label, ...slot });
    } else if (isTextField(element) && same(element.value, slot.old) && element.label) {
      found.push({ kind: 'type', element, name: element.label, ...slot });
    } else if (element.role === 'radio' && element.states.checked === true && same(nameOf(element), slot.old) && groupOf(element, elements)) {
      const group = groupOf(element, elements)!;
      if (elements.some((other) => inGroup(other, group, elements) && same(nameOf(other), slot.new))) found.push({ kind: 'radio', element, name: group, ...slot });
    }
  }
  return found;
}

/** The same field in another observation: by kind and name (a radio group's radio named `value`). */
function counterparts(elements: readonly UIElement[], field: LeftField, value: string): UIElement[] {
  return elements.filter((element) => {
    if (field.kind === 'radio') return inGroup(element, field.name, elements) && same(nameOf(element), value);
    if (field.kind === 'select') return isSelect(element) && same(element.label, field.name);
    return isTextField(element) && same(element.label, field.name);
  });
}

/** Is this demonstrated step one that sets a field of the kind (and so shows how one is set)? */
function setsKind(step: Step, kind: FieldKind): boolean {
  const target = targetDescriptorsOf(step)[0];
  if (!target) return false;
  if (kind === 'select') return step.action.type === 'select' && (target.role === 'combobox' || target.tag === 'select');
  if (kind === 'type') return step.action.type === 'type' && target.role === 'textbox' && target.tag !== 'textarea';
  return step.action.type === 'click' && target.role === 'radio';
}

/** Did a demonstrated step act on this field (any of its radios)? */
function touched(step: Step, field: LeftField): boolean {
  return targetDescriptorsOf(step).some((target) =>
    field.kind === 'radio'
      ? target.role === 'radio' && (field.name === UNGROUPED ? !target.group : same(target.group, field.name))
      : target.role === field.element.role && same(target.label, field.name),
  );
}

/** Can the field be set with no demonstrated step of its kind to copy: the one action a native control of it takes. */
const setByItself = (field: LeftField) => field.kind === 'radio' || (field.kind === 'select' ? field.element.tag === 'select' : field.element.tag === 'input');

/**
 * The step setting the field to its old value, shaped like the demonstrated `template` (none: the native
 * control's own action, typing over what a text field shows), on `before`'s observation.
 */
function stepFor(field: LeftField, template: Step | undefined, before: Step): Step {
  const elements = before.observation.elements;
  const live = counterparts(elements, field, field.old)[0] ?? field.element;
  // A radio is clicked from a state where it was not chosen: the plan then knows the click chooses it (toggledState).
  const shown = field.kind === 'radio' ? elements.map((element) => (element === live ? { ...element, states: { ...element.states, checked: false } } : element)) : elements;
  const target = { elementId: live.id };
  const action: Step['action'] =
    field.kind === 'select'
      ? { type: 'select', target, option: field.old }
      : field.kind === 'type'
        ? // The field shows a value already (that is why it was left): typed after it, the new one would read "3060".
          { type: 'type', target, text: field.old, replace: true }
        : { type: 'click', target };
  return addedStep(before, shown, live, action, { leftField: template ? `set like demonstrated step ${template.index + 1}` : `set as a ${field.kind === 'radio' ? 'radio' : field.kind === 'select' ? 'drop-down' : 'text field'} is` });
}

/**
 * The demonstration with a step for each field it left showing a slot's old
 * value, when each is told unambiguously (see the file comment); undefined
 * when none is.
 */
export function withLeftFields(trajectory: Trajectory, task: string, slots: readonly TaskSlot[], page: readonly UIElement[] | undefined): { trajectory: Trajectory; note: string } | undefined {
  if (!page) return undefined;
  const demonstrated = trajectory.steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done');
  const first = trajectory.steps[0];
  const last = demonstrated[demonstrated.length - 1];
  if (!first || !last) return undefined;
  const strings = demonstrated.flatMap((step) => stepStrings(step));
  const used = (text: string) => strings.some((string) => containsWhole(string, text));
  const fields: LeftField[] = [];
  // A scalar slot, or each item of a list read item by item ("Breakfast: No, View" → "Breakfast: Yes, View").
  // Words both sides share are no part of the value ("Single, Nights" → "Twin, Nights": "Single" → "Twin"); of two
  // values side by side ("monthly Off-peak" → "yearly Plus") the one word no step used is tried alone.
  const pairs = slots.flatMap((slot) => (slot.reanchored || slot.old.length !== slot.new.length ? [] : slot.old.map((old, index) => refineBinding(old, slot.new[index]!))));
  for (const pair of pairs.flatMap((whole) => [whole, ...unusedWord(whole, used)])) {
    if (same(pair.old, pair.new) || used(pair.old)) continue;
    // The field as the first observation showing it had it (a later step of a wizard: its own page).
    const candidates = trajectory.steps.map((step) => candidatesIn(step.observation.elements, trajectory.task, task, pair));
    const found = candidates.findIndex((named) => named.length > 0);
    if (found < 0) continue;
    const named = candidates[found]!;
    if (named.length !== 1) continue;
    const field = named[0]!;
    // Left as it was: it still showed the old value when the demonstration ended (or, shown on a later page only,
    // when it was last on show), and no step acted on it.
    if (demonstrated.some((step) => touched(step, field))) continue;
    const lastShown = found === 0 ? last : trajectory.steps.filter((step) => counterparts(step.observation.elements, field, field.old).length > 0).at(-1)!;
    if (fieldsShowing(lastShown.observation.elements, pair).filter((other) => other.kind === field.kind && same(other.name, field.name)).length !== 1) continue;
    // The page at hand has exactly one such field, and it takes the new value; a field of a later page is found
    // when its step comes (grounded like a recorded one, or refused).
    if (found === 0) {
      const live = counterparts(page, field, pair.new);
      if (live.length !== 1 || (field.kind === 'select' && optionNamed(pair.new, live[0]!.options ?? []) === undefined)) continue;
    }
    if (fields.some((other) => same(other.name, field.name) && other.kind === field.kind)) continue;
    fields.push({ ...field, laterPage: found > 0 });
  }
  if (fields.length === 0) return undefined;
  const steps = [...trajectory.steps];
  const added: string[] = [];
  for (const field of fields) {
    const template = demonstrated.find((step) => setsKind(step, field.kind));
    if (!template && !setByItself(field)) continue;
    const at = field.laterPage ? placeOnItsPage(steps, field) : placeInPageOrder(steps, field.element);
    if (at === undefined) continue;
    const before = steps[at] ?? last;
    steps.splice(at, 0, stepFor(field, template, before));
    const kind = field.kind === 'radio' ? 'radio group' : field.kind === 'select' ? 'drop-down' : 'field';
    const name = field.name === UNGROUPED ? `the radio ${quote(nameOf(field.element))}` : quote(field.name);
    added.push(`${name} showed ${quote(field.old)} and no step touched it: it is set to ${quote(field.new)} ${template ? `as demonstrated step ${template.index + 1} set its ${kind}` : `as a ${kind} is set (the demonstration set none)`}`);
  }
  if (added.length === 0) return undefined;
  return { trajectory: { ...trajectory, steps }, note: `the demonstration left field(s) it did not need to change: ${added.join('; ')}` };
}

/** The fields of an observation showing the pair's old value that could be meant (see the file comment); more than one: none told. */
function candidatesIn(elements: readonly UIElement[], demonstrationTask: string, task: string, pair: { old: string; new: string }): LeftField[] {
  const nameBoth = (field: LeftField) => namedBeside(demonstrationTask, pair.old, field.name) && namedBeside(task, pair.new, field.name);
  // A text field has no options to name the value: the task must name its label beside the value, in both tasks.
  const shown = fieldsShowing(elements, pair).filter((field) => field.kind !== 'type' || nameBoth(field));
  // Several could be meant: those the task names beside the value, if exactly one.
  return shown.length > 1 ? shown.filter(nameBoth) : shown;
}

/**
 * Of a value of two words or more whose counterpart has as many ("monthly Off-peak" → "yearly Plus"), the one
 * word that differs and that no step used, when every other word that differs was used: two values side by side,
 * the one a step set and the one left as it was.
 */
export function unusedWord(pair: { old: string; new: string }, used: (text: string) => boolean): { old: string; new: string }[] {
  const a = pair.old.trim().split(/\s+/);
  const b = pair.new.trim().split(/\s+/);
  if (a.length < 2 || a.length !== b.length) return [];
  const differing = a.map((word, index) => ({ old: word, new: b[index]! })).filter((words) => !same(words.old, words.new));
  const unused = differing.filter((words) => !used(words.old));
  return unused.length === 1 && differing.length > 1 ? unused : [];
}

/**
 * Where a step on a field of a later page of the demonstration goes: in page order among the steps taken while
 * it was on show (the wizard's step it belongs to); undefined when no such step follows it there.
 */
function placeOnItsPage(steps: readonly Step[], field: LeftField): number | undefined {
  const onShow = steps.map((step) => counterparts(step.observation.elements, field, field.old).length > 0);
  const start = onShow.indexOf(true);
  const end = onShow.lastIndexOf(true);
  if (start < 0) return undefined;
  const at = start + placeInPageOrder(steps.slice(start, end + 1), field.element);
  return at <= end ? at : undefined;
}
