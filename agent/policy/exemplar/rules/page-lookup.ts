/**
 * Rule: a value the task points to on the page ("Enter the phone number of
 * Ana Ruiz") is read at the same place relative to the task's key — never
 * at the demonstration's position.
 *
 * Planning half (`markPageLookups`): a demonstrated typed text that an
 * element on the demonstration's screen showed (rules/typed-values.ts found
 * it) is tied to a task value shown in the same row or group (the key) and
 * to a caption: the column header above it ("Phone"), or the label just
 * before it in the key's group ("Phone" of a card). The caption is the one
 * the task's words name: when the new task names another caption of the same
 * kind ("city" for the demonstration's "phone"), that one is read; when the
 * demonstration's task named its caption and this one names none, or names
 * several, nothing says which to read, and the plan is refused. The clicks
 * and Ctrl+C that only selected the text to copy (before any clicks into the
 * field typed into, as for a paste) are dropped: the value is
 * typed as read (what a paste would put there).
 *
 * Grounding half (`lookupValueFor`): on the new screen find the one element
 * showing the new key, then the element under the caption in its row (or
 * after the caption in its group), and type its text; refuse when the key
 * shows nowhere or twice, or nothing sits at that place.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';
import { columnHeaderOf, sameRow } from '../cell-place.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { valuePairs } from './value-transforms.js';

export interface PageLookup {
  /** The task value that told the row: the demonstration's and this task's. */
  key: { old: string; new: string };
  /** column: the cell under the caption in the key's row; label: the element right after the caption in the key's group. */
  mode: 'column' | 'label';
  /** The caption to read under now (the new task may name another than the demonstration). */
  caption: string;
  demoCaption: string;
  /** What the value element and the caption element were. */
  value: { role: string; tag?: string };
  captionKind: { role: string; tag?: string };
  /** What the demonstration typed. */
  demonstrated: string;
}

/** Score of a value read at the place the key and caption give. */
const LOOKUP_SCORE = 0.9;

const quote = (text: string) => JSON.stringify(text);
const shown = (element: UIElement) => (element.text.trim() !== '' ? element.text : (element.value ?? ''));
const sameKind = (element: UIElement, kind: { role: string; tag?: string }) => element.role === kind.role && (element.tag ?? '') === (kind.tag ?? '');
const visibleOf = (elements: readonly UIElement[]) => elements.filter((element) => !element.states.hidden);

/** Does the element show the key: its whole text is the key (a name cell), not only a mention. */
function showsKey(element: UIElement, key: string): boolean {
  return normalizeText(shown(element)) === normalizeText(key) || normalizeText(element.label) === normalizeText(key);
}

interface Found {
  mode: PageLookup['mode'];
  key: { old: string; new: string };
  caption: UIElement;
  value: UIElement;
}

/** Where the demonstration read `typed`: at which key and caption; undefined unless exactly one place fits. */
function placeOf(step: Step, typed: string, keys: readonly { old: string; new: string }[]): Found | undefined {
  const elements = visibleOf(step.observation.elements);
  // A copy step's own target is the source (a field copied whole); a typed step's target is the field typed into.
  const copied = step.action.type === 'copy' ? step.targets[0]?.box : undefined;
  const typedInto = copied ? undefined : step.targets[0]?.box;
  const at = (element: UIElement, box: { x: number; y: number } | undefined) => box !== undefined && Math.abs(element.box.x - box.x) <= 1 && Math.abs(element.box.y - box.y) <= 1;
  const found: Found[] = [];
  elements.forEach((element, index) => {
    if (normalizeText(shown(element)) !== normalizeText(typed) || (element.states.editable && !at(element, copied))) return;
    if (at(element, typedInto) || (copied && !at(element, copied))) return;
    for (const key of keys) {
      const header = columnHeaderOf(element, elements);
      const inRow = elements.filter((other) => other.id !== element.id && showsKey(other, key.old) && sameRow(other, element));
      if (header && inRow.length === 1) {
        found.push({ mode: 'column', key, caption: header, value: element });
        continue;
      }
      // A label right before the value, and the key the nearest one before it with no other like it between.
      const caption = elements[index - 1];
      if (!caption || normalizeText(caption.text) === '' || /\d/.test(caption.text) || showsKey(caption, key.old)) continue;
      for (let back = index - 2; back >= 0; back--) {
        const other = elements[back]!;
        if (showsKey(other, key.old)) {
          const between = elements.slice(back + 1, index - 1);
          if (!between.some((middle) => sameKind(middle, other) && !sameKind(middle, caption))) found.push({ mode: 'label', key, caption, value: element });
          break;
        }
      }
    }
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Does a task's wording name this caption (a whole word of it: "phone number" names "Phone")? */
function names(task: string, caption: string): boolean {
  if (containsWhole(task, caption.trim())) return true;
  return caption.split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= 3 && containsWhole(task, word));
}

/** The captions of the kind of `caption` on the screen (the column headers; the labels like it). */
function captionsLike(caption: UIElement, mode: PageLookup['mode'], elements: readonly UIElement[]): string[] {
  const like = elements.filter((element) => (mode === 'column' ? element.role === 'columnheader' : sameKind(element, caption)) && normalizeText(element.text) !== '');
  return [...new Set(like.map((element) => element.text.trim()))];
}

/**
 * Planning hook: mark the typed steps that read a value off the page at a
 * task key (`lookup`), drop the selection steps that only copied it, and
 * list what stops the plan (a caption the task does not name).
 */
export function markPageLookups(
  steps: PlannedStep[],
  context: Pick<RuleContext, 'demoTask' | 'task' | 'slots' | 'unusedSlots' | 'notes'>,
): TaskValueProblem[] {
  const { demoTask, task, slots, unusedSlots, notes } = context;
  const keys = valuePairs(demoTask, task, slots);
  const problems: TaskValueProblem[] = [];
  for (let position = 0; position < steps.length; position++) {
    const planned = steps[position]!;
    const action = planned.step.action;
    // A typed text read off the page, or a field copied whole (its paste then puts whatever the field holds).
    const source = planned.step.targets[0];
    const text = action.type === 'type' && planned.copyFrom ? action.text : action.type === 'copy' && source ? source.value || source.text : undefined;
    if (text === undefined || normalizeText(text) === '') continue;
    const place = placeOf(planned.step, text, keys);
    if (!place) continue;
    const elements = visibleOf(planned.step.observation.elements);
    const demoCaption = place.caption.text.trim();
    const others = captionsLike(place.caption, place.mode, elements).filter((caption) => normalizeText(caption) !== normalizeText(demoCaption));
    const namedOthers = others.filter((caption) => names(task, caption));
    const demoNamed = names(demoTask, demoCaption);
    let caption: string | undefined;
    let refusal: string | undefined;
    if (names(task, demoCaption) && namedOthers.length === 0) caption = demoCaption;
    else if (namedOthers.length === 1 && !names(task, demoCaption) && demoNamed) caption = namedOthers[0]!;
    else if (namedOthers.length === 0 && !demoNamed) caption = demoCaption;
    else if (namedOthers.length === 0) refusal = `the demonstration read the ${quote(demoCaption)} of ${quote(place.key.old)} because its task named it; this task names none of ${[demoCaption, ...others].map(quote).join(', ')}`;
    else refusal = `this task names ${[...(names(task, demoCaption) ? [demoCaption] : []), ...namedOthers].map(quote).join(' and ')}, so it is not clear which to read`;
    // The key slot was used (as the row the value was read in); a slot that only named the caption was too.
    for (let index = unusedSlots.length - 1; index >= 0; index--) {
      const slot = unusedSlots[index]!;
      const isKey = slot.old.some((old) => old === place.key.old || containsWhole(place.key.old, old));
      const isCaption = caption !== undefined && slot.old.some((text) => names(text, demoCaption)) && slot.new.some((text) => names(text, caption!));
      if (isKey || isCaption) unusedSlots.splice(index, 1);
    }
    if (refusal) {
      problems.push({ text: `step ${planned.sourceIndex + 1}: ${refusal}`, blocking: true, help: 'a task text that names the column or label to read, another demonstration that reads it, or a model for the hybrid policy (--policy hybrid)' });
      continue;
    }
    planned.lookup = {
      key: place.key,
      mode: place.mode,
      caption: caption!,
      demoCaption,
      value: { role: place.value.role, ...(place.value.tag ? { tag: place.value.tag } : {}) },
      captionKind: { role: place.caption.role, ...(place.caption.tag ? { tag: place.caption.tag } : {}) },
      demonstrated: text,
    };
    if (action.type === 'copy') {
      notes.push(`demonstrated step ${planned.sourceIndex + 1} copied ${quote(text)}, the ${quote(demoCaption)} of ${quote(place.key.old)}: copies the ${quote(caption!)} of ${quote(place.key.new)}`);
      continue;
    }
    notes.push(
      `demonstrated step ${planned.sourceIndex + 1} typed ${quote(text)}, the ${quote(demoCaption)} of ${quote(place.key.old)} on the page: types the ${quote(caption!)} of ${quote(place.key.new)}`,
    );
    // The clicks and Ctrl+C right before that only selected the text to copy (before any clicks into the field typed into, as for a paste).
    let end = position;
    while (end > 0 && clicksField(steps[end - 1]!, planned.step)) end--;
    let first = end;
    while (first > 0 && selectsForCopy(steps[first - 1]!, place.value)) first--;
    if (first < end) {
      notes.push(`drops the demonstrated step(s) ${steps.slice(first, end).map((step) => step.sourceIndex + 1).join(', ')} that only selected and copied ${quote(text)}`);
      steps.splice(first, end - first);
      position -= end - first;
    }
  }
  return problems;
}

/** A click on the field the typed step types into (focusing it to paste). */
function clicksField(planned: PlannedStep, typed: Step): boolean {
  const [target, field] = [planned.step.targets[0], typed.targets[0]];
  if (planned.step.action.type !== 'click' || !target || !field) return false;
  return target.role === field.role && Math.abs(target.box.x - field.box.x) <= 1 && Math.abs(target.box.y - field.box.y) <= 1;
}

/** A click or double-click on the value's element, or a select-all / copy shortcut. */
function selectsForCopy(planned: PlannedStep, value: UIElement): boolean {
  const action = planned.step.action;
  if (action.type === 'press') return /^(?:Control|Meta|ControlOrMeta)\+[ac]$/i.test(action.keys);
  if (action.type !== 'click' && action.type !== 'double-click') return false;
  const target = planned.step.targets[0];
  if (!target) return false;
  return normalizeText(target.text) === normalizeText(shown(value)) && Math.abs(target.box.x - value.box.x) <= 1 && Math.abs(target.box.y - value.box.y) <= 1;
}

/** The text at the lookup's place on this screen, or why there is none. */
export function lookupValueFor(
  lookup: PageLookup,
  shownElements: readonly UIElement[],
): { ok: true; text: string; score: number; reason: string } | { ok: false; reason: string } {
  const found = lookupElementFor(lookup, shownElements);
  return found.ok ? { ok: true, text: shown(found.element).trim(), score: found.score, reason: found.reason } : found;
}

/** The element at the lookup's place on this screen (what to copy, or to read), or why there is none. */
export function lookupElementFor(
  lookup: PageLookup,
  shownElements: readonly UIElement[],
): { ok: true; element: UIElement; score: number; reason: string } | { ok: false; reason: string } {
  const elements = visibleOf(shownElements);
  const what = `the ${quote(lookup.caption)} of ${quote(lookup.key.new)}`;
  const showing = elements.filter((element) => showsKey(element, lookup.key.new));
  // A container whose whole text is the key (a card around its name) and the name in it are one key: the innermost counts.
  const keys = showing.filter((element) => !showing.some((inner) => inner.parentId === element.id));
  if (keys.length !== 1) {
    return { ok: false, reason: keys.length === 0 ? `no element shows ${quote(lookup.key.new)}, so ${what} cannot be read` : `${keys.length} elements show ${quote(lookup.key.new)}, so it is not clear where to read ${what}` };
  }
  const key = keys[0]!;
  let found: UIElement[] = [];
  if (lookup.mode === 'column') {
    const headers = elements.filter((element) => element.role === 'columnheader' && normalizeText(element.text) === normalizeText(lookup.caption));
    if (headers.length !== 1) return { ok: false, reason: `${headers.length === 0 ? 'no' : headers.length} column ${quote(lookup.caption)} on this screen, so ${what} cannot be read` };
    found = elements.filter((element) => element.id !== key.id && sameKind(element, lookup.value) && sameRow(element, key) && columnHeaderOf(element, elements)?.id === headers[0]!.id);
  } else {
    const start = elements.indexOf(key);
    for (let index = start + 1; index < elements.length - 1; index++) {
      const element = elements[index]!;
      if (sameKind(element, key) && !sameKind(element, lookup.captionKind)) break;
      if (sameKind(element, lookup.captionKind) && normalizeText(element.text) === normalizeText(lookup.caption)) {
        found = [elements[index + 1]!];
        break;
      }
    }
  }
  const value = found.length === 1 ? found[0]! : undefined;
  if (!value || normalizeText(shown(value)) === '') {
    return { ok: false, reason: `nothing shows ${what} (the demonstration typed the ${quote(lookup.demoCaption)} of ${quote(lookup.key.old)}, ${quote(lookup.demonstrated)}, read off its page)` };
  }
  const text = shown(value).trim();
  return { ok: true, element: value, score: LOOKUP_SCORE, reason: `reads ${quote(text)} on the page ([${value.id}], the ${quote(lookup.caption)} of ${quote(lookup.key.new)}), where the demonstration read the ${quote(lookup.demoCaption)} of ${quote(lookup.key.old)}` };
}
