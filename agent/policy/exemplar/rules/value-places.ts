/**
 * The kinds of place a value stands at on a page, for rules/kind-by-places.ts:
 * where the demonstration clicked or chose a value (the element's role, tag
 * and class, or "option of" a list), and where the current page shows one —
 * a whole element's text or label, a day chip showing the day ("Mon 23" for
 * "Monday": rules/day-options.ts), a time slot on either clock ("1:30 PM" for
 * "1:30pm": rules/date-formats.ts), a seat's grid code ("D2": grid-codes.ts),
 * a list's options. Pure, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import { normalizeText } from '../text-match.js';
import { leadsWithName, opensWithName } from './leading-name.js';
import { EDITABLE_ROLES, targetDescriptorsOf } from '../planned-step.js';
import { elementGridCode } from '../grid-codes.js';
import { chipShowsDay } from './day-options.js';
import { sameTimeOfDay } from './date-formats.js';

type Step = Trajectory['steps'][number];

/** The kind of place an element is on its page: its role, tag and class. */
function placeOf(element: Pick<UIElement, 'role' | 'tag' | 'attributes'>): string {
  return [element.role, element.tag ?? '', element.attributes?.class ?? ''].join('/');
}

/** A place as a person would name it in a refusal ("a button", "an option of Place"). */
export function placeWords(place: string): string {
  if (place.startsWith('option of ')) return `an option of ${JSON.stringify(place.slice('option of '.length))}`;
  const [role, , kind] = place.split('/');
  return `a ${role}${kind ? ` of class ${JSON.stringify(kind)}` : ''}`;
}

/**
 * Does a control (a demonstrated target, an element of the page) stand at the value: its whole text or label, the
 * name its caption leads with (rules/leading-name.ts) or opens with before a lower-case aside ("Classic from £20"), a day chip showing the day (rules/day-options.ts), a time
 * slot showing the time on either clock (rules/date-formats.ts)?
 */
function standsAt(control: { text?: string; label?: string }, value: string): boolean {
  const norm = normalizeText(value);
  const text = control.text ?? '';
  return normalizeText(text) === norm || normalizeText(control.label) === norm || leadsWithName(text, value) || opensWithName(text, value) || chipShowsDay(text, value) || sameTimeOfDay(text, value);
}

/** Where the demonstration used a value: the kinds of place it clicked or chose it at, and whether it typed it. */
export interface DemonstratedUse {
  places: ReadonlySet<string>;
  typed: boolean;
}

/** Where the demonstration used a value: the places it clicked or chose it at, and whether it typed it. */
export function demonstratedUse(value: string, steps: readonly Step[]): DemonstratedUse {
  const norm = normalizeText(value);
  const places = new Set<string>();
  let typed = false;
  for (const step of steps) {
    const action = step.action;
    if (action.type === 'type' && normalizeText(action.text) === norm) typed = true;
    if (action.type === 'select' && normalizeText(action.option) === norm) {
      places.add(optionPlaceOf(targetDescriptorsOf(step)[0]));
      continue;
    }
    if (action.type === 'type' || action.type === 'scroll') continue;
    for (const target of targetDescriptorsOf(step)) if (standsAt(target, value)) places.add(placeOf(target));
  }
  return { places, typed };
}

/** Is the element no field (a message, a caption): a place the page shows a value at rather than holds it? */
export function isNoField(element: UIElement): boolean {
  return !EDITABLE_ROLES.has(element.role) && element.tag !== 'input' && element.tag !== 'textarea';
}

/** Does the page show the value as the whole text of an element that is no field (a message it lists, not a field's value)? */
export function shownAsText(value: string, elements: readonly UIElement[]): boolean {
  const norm = normalizeText(value);
  return elements.some((element) => isNoField(element) && normalizeText(element.text) === norm);
}

/** The kinds of place the current page shows a value at (a whole element's text or label, or the name its caption leads with — rules/leading-name.ts —, a list's option; a seat's grid code when `byCode`). */
export function shownPlaces(value: string, page: readonly UIElement[], byCode = true): Set<string> {
  const norm = normalizeText(value);
  const places = new Set<string>();
  for (const element of page) {
    if (standsAt(element, value)) places.add(placeOf(element));
    else if (byCode && element.interactive && normalizeText(elementGridCode(element, page)) === norm) places.add(placeOf(element));
    if (element.options?.some((option) => normalizeText(option) === norm)) places.add(optionPlaceOf(element));
  }
  return places;
}

/**
 * Were the places the demonstration clicked a value at revealed by its own earlier steps, and are they not shown
 * here yet either? ("Languages › Italian": the rows of a category menu appear only once its toggle is pressed.) No
 * element of the page the demonstration started on stood at any of them, nor does one of the current page: whether
 * the new value stands there can only be seen when the steps come to it (grounding looks for it then), so the value
 * pairs as a value the page does not show, by the words before it and in order. A list's option is never such a place.
 */
export function revealedOnly(places: ReadonlySet<string>, demoPage: readonly UIElement[], page: readonly UIElement[]): boolean {
  if (places.size === 0) return false;
  const standing = new Set([...demoPage, ...page].map((element) => placeOf(element)));
  return [...places].every((place) => !place.startsWith('option of ') && !standing.has(place));
}

/** The place of a list's options (a demonstrated pick's target, an element of the page): "option of Favourites". */
export function optionPlaceOf(list: { label?: string; text?: string } | undefined): string {
  return `option of ${list?.label ?? list?.text ?? ''}`;
}

/**
 * `places` with the options of the demonstration's page's one list written as the options of the current page's one
 * list, when the page named that list otherwise this time ("Favourites" there, "Choose" here): a person picks from
 * the page's only list whatever its caption says. Only when each page shows exactly one element with options, of the
 * same role, and the demonstration picked from that one: a page with a From and a To list, or a list box beside a
 * drop-down, keeps its lists apart by their labels, and a list another step revealed is no list of the first page.
 */
export function asSoleListPlaces(places: ReadonlySet<string>, demoPage: readonly UIElement[], page: readonly UIElement[]): ReadonlySet<string> {
  const lists = (elements: readonly UIElement[]) => elements.filter((element) => (element.options?.length ?? 0) > 0);
  const [there, here] = [lists(demoPage), lists(page)];
  if (there.length !== 1 || here.length !== 1 || there[0]!.role !== here[0]!.role) return places;
  const [from, to] = [optionPlaceOf(there[0]!), optionPlaceOf(here[0]!)];
  if (from === to || !places.has(from)) return places;
  return new Set([...places].map((place) => (place === from ? to : place)));
}
