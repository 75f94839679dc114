/**
 * Rows chosen by a property the task names: "Archive the email from Rhea"
 * was demonstrated as a click on the archive icon in the row that shows
 * "Rhea" — the value is nowhere in the icon itself, only in its row. Such a
 * value is the step's row key: on a new state the step acts on the element
 * like the demonstrated one whose own row shows the new value ("Talia"),
 * never on the one at the demonstrated place.
 *
 * An element's row is its nearest ancestors up to (not including) the first
 * one that also holds another element like it (the list holding every row),
 * so a value counts only when it tells this row from its neighbours. A
 * number may be glued to a caption ("Inbox23" for a badge of 23): it counts
 * when no digit touches it.
 *
 * Pure functions over one observation's elements, no task knowledge.
 */
import type { UIElement } from '../../core/observation.js';
import { rowAncestorIds } from './cell-place.js';
import { unambiguousDatesIn } from './measures.js';
import { containsWhole, normalizeText } from './text-match.js';
import { controlKind, disjointClasses, isWordless } from './planned-step.js';
import { escapeRegExp } from '../../core/reg-exp.js';
import { qualifiedValue } from './rules/qualified-value.js';

/** Ancestor levels searched for a row. */
const ROW_LEVELS = 4;

/** Does `text` show `value`: as whole words, or — for a number — with no digit touching it? */
export function showsValue(text: string | undefined, value: string): boolean {
  if (!text) return false;
  const needle = value.trim();
  if (needle === '') return false;
  // A handle ("@maria", or "maria" shown as "@maria") goes on through "_", "." and "-": "@maria_k" and
  // "@maria.b" are other people, and a line that shows only such a handle is about another person.
  const escaped = escapeRegExp(needle.replace(/^@/, ''));
  const handles = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])@${escaped}(?=([\\s\\S]{0,2}))`, 'giu'))];
  if (/^@/.test(needle) || handles.length > 0) {
    if (handles.some((match) => !/^(?:[\p{L}\p{N}_]|[.-][\p{L}\p{N}])/u.test(match[1] ?? ''))) return true;
    // Only look-alike handles: the text is about another person, whose name may read "Maria" too.
    return false;
  }
  if (containsWhole(text, needle)) return true;
  // A date the task writes one way ("June 5") and the row another ("5 Jun", "Jun 5"): the same day, read one way only in both.
  const [date, ...more] = unambiguousDatesIn(needle);
  if (date && more.length === 0 && date.index === 0 && date.end === needle.length) {
    return unambiguousDatesIn(text).some((shown) => shown.value === date.value && shown.scale === date.scale);
  }
  if (!/^\d+(?:[.,]\d+)?$/.test(needle)) return false;
  return new RegExp(`(?<![\\d.,])${escapeRegExp(needle)}(?![\\d]|[.,]\\d)`).test(text);
}

/**
 * Elements that stand for the same control in another row: same role and
 * tag, and — unless the element's own text is the row's data (a caption
 * holding the key, "Inbox23") — the same text and label (the archive icon,
 * not the reply icon beside it); wordless icons also share a class.
 */
function alike(a: Pick<UIElement, 'role' | 'tag' | 'text' | 'label' | 'attributes'>, b: UIElement, ownTextIsData: boolean): boolean {
  if (a.role !== b.role || (a.tag ?? '') !== (b.tag ?? '')) return false;
  if (ownTextIsData) return (a.attributes?.['class'] ?? '') === (b.attributes?.['class'] ?? '');
  if (normalizeText(a.text) !== normalizeText(b.text) || normalizeText(a.label) !== normalizeText(b.label)) return false;
  // Wordless icons (a star and a trash can side by side) are told apart by their classes only: none shared, not alike.
  return !isWordless(a) || !disjointClasses(a, b);
}

/**
 * The elements like this one in other rows. Its own ancestors are none of
 * them: a wordless wrapper around the icon (one that looks clickable only
 * while hovered, as when a person recorded the click) is not another row's icon.
 */
function othersLike(element: UIElement, elements: readonly UIElement[], ownTextIsData: boolean): UIElement[] {
  const byId = new Map(elements.map((candidate) => [candidate.id, candidate]));
  const ancestors = new Set<number>();
  for (let id = element.parentId, level = 0; id !== undefined && level < ROW_LEVELS * 3; level++, id = byId.get(id)?.parentId) ancestors.add(id);
  return elements.filter((other) => other.id !== element.id && !ancestors.has(other.id) && !other.states.hidden && alike(element, other, ownTextIsData));
}

/**
 * The texts that make up an element's row: its own fields, then those of its
 * ancestors that hold no other element like it. A container the observation
 * left out (a table row without a role) still groups its children: they
 * carry its id as their parent, so their texts stand for its text.
 */
export function rowTexts(element: UIElement, elements: readonly UIElement[], ownTextIsData: boolean): string[] {
  return containerTexts(element, elements, rowIds(element, elements, ownTextIsData));
}

/** An element's own fields, then the texts of the given containers of it (a container left out of the observation: its children's). */
function containerTexts(element: UIElement, elements: readonly UIElement[], containers: readonly number[]): string[] {
  const byId = new Map(elements.map((candidate) => [candidate.id, candidate]));
  const texts = [element.text, element.label ?? '', element.value ?? ''];
  for (const container of containers) {
    const shown = byId.get(container);
    if (shown) texts.push(shown.text);
    else for (const child of elements) if (child.parentId === container && child.id !== element.id) texts.push(child.text, child.label ?? '');
  }
  return texts.filter((text) => text.trim() !== '');
}

/**
 * Is the element's caption the row's data though it does not hold the value:
 * the elements like it by kind (role, tag, class) in other rows each carry
 * another caption ("Anna", "Bob", "Cleo" on the sender buttons of an inbox),
 * none the same one, and it sits in a row of its own (no such element beside
 * it: "Edit" and "Delete" of one row are two controls, not two rows). Then
 * the row is what the step chose — by a value its row shows (the quoted
 * message) — and the caption is whatever that row holds.
 */
export function captionVaries(element: UIElement, elements: readonly UIElement[]): boolean {
  const caption = normalizeText(element.text || element.label);
  if (caption === '' || othersLike(element, elements, false).length > 0) return false;
  const others = othersLike(element, elements, true);
  if (others.length === 0 || others.some((other) => normalizeText(other.text || other.label) === caption)) return false;
  return rowIds(element, elements, true).length > 0;
}

/** Does the element's own text hold the value (its caption is the row's data)? */
export function ownTextHolds(element: { text: string; label?: string }, value: string): boolean {
  return showsValue(element.text, value) || showsValue(element.label, value);
}

/** The ids of an element's row (cell-place.ts): its ancestors that hold no other element like it, nearest first. */
function rowIds(element: UIElement, elements: readonly UIElement[], ownTextIsData: boolean): number[] {
  return rowAncestorIds(element, elements, othersLike(element, elements, ownTextIsData), ROW_LEVELS);
}

/** The visible elements of the row (below its outermost container), in the observation's order. */
function inRow(element: UIElement, elements: readonly UIElement[], ownTextIsData: boolean): UIElement[] | undefined {
  const top = rowIds(element, elements, ownTextIsData).at(-1);
  if (top === undefined) return undefined;
  const byId = new Map(elements.map((candidate) => [candidate.id, candidate]));
  const inside = (candidate: UIElement) => {
    for (let up = candidate.parentId, level = 0; up !== undefined && level < ROW_LEVELS * 3; level++, up = byId.get(up)?.parentId) if (up === top) return true;
    return false;
  };
  return elements.filter((candidate) => !candidate.states.hidden && inside(candidate));
}

/** The elements of the row (below its outermost container) that show the value and hold no smaller one that does. */
function showingInRow(element: UIElement, elements: readonly UIElement[], value: string, ownTextIsData: boolean): UIElement[] | undefined {
  const row = inRow(element, elements, ownTextIsData);
  if (row === undefined) return undefined;
  const showing = row.filter((candidate) => [candidate.text, candidate.label ?? ''].some((text) => showsValue(text, value)));
  return showing.filter((candidate) => !showing.some((other) => other !== candidate && other.parentId === candidate.id));
}

/**
 * Which of the row's elements of its kind shows the value — its column: "the second text of the row" (the
 * schedule), where the row's first text (the title) is of the same kind and keyPlace cannot tell them apart.
 * Undefined when the row shows it nowhere, in several elements, or only in the element itself.
 */
export function keyColumn(element: UIElement, elements: readonly UIElement[], value: string): number | undefined {
  const showing = showingInRow(element, elements, value, false);
  if (!showing || showing.length !== 1 || showing[0] === element) return undefined;
  const kind = controlKind(showing[0]!);
  const index = (inRow(element, elements, false) ?? []).filter((candidate) => controlKind(candidate) === kind).indexOf(showing[0]!);
  return index < 0 ? undefined : index;
}

/** Does the element's row show the value in its `column` (keyColumn): the same element of its kind as the demonstration's row did? */
export function showsInColumn(element: UIElement, elements: readonly UIElement[], value: string, column: number): boolean {
  const row = inRow(element, elements, false) ?? [];
  return (showingInRow(element, elements, value, false) ?? []).some((shown) => shown !== element && row.filter((candidate) => controlKind(candidate) === controlKind(shown)).indexOf(shown) === column);
}

/**
 * Where in its row the value showed: the kind (role, tag, class) of the one
 * element of the row that shows it ("the author line", not the post's text
 * that mentions the author); undefined when the row shows it only as a whole
 * or in several places.
 */
export function keyPlace(element: UIElement, elements: readonly UIElement[], value: string, dataCaption = false): string | undefined {
  const showing = showingInRow(element, elements, value, dataCaption || ownTextHolds(element, value));
  return showing && showing.length === 1 && showing[0] !== element ? controlKind(showing[0]!) : undefined;
}

/**
 * Does the element's row show the value — at `place` (keyPlace) when the demonstration's row showed it there?
 * A qualified name, "Sara (Finance)", "the analyst in Dijon", shows as its name and its qualifier, both in
 * the element's card, where the row does not write it whole (rules/qualified-value.ts).
 */
export function rowShows(element: UIElement, elements: readonly UIElement[], value: string, ownTextIsData: boolean, place?: string): boolean {
  if (showsWhole(element, elements, value, ownTextIsData, place)) return true;
  const qualified = qualifiedValue(value);
  if (qualified === undefined) return false;
  // Both parts in the element's own card, each anywhere in it ("the analyst in Dijon" names a role where the
  // demonstration named a person): a label naming each card's person ("Send message Sara Iyer") makes no two
  // controls alike, so the row above may be the whole grid, which shows every name and every team.
  const card = cardTexts(element, elements);
  return card.some((text) => showsValue(text, qualified.head)) && card.some((text) => showsValue(text, qualified.qualifier));
}

/**
 * The texts of the card around a control: its ancestors up to the one that holds
 * another control of its role, tag, caption and class — the ✉ of the next card —,
 * whatever their labels say. None when no other such control shows: no cards to tell apart.
 */
function cardTexts(element: UIElement, elements: readonly UIElement[]): string[] {
  // Alike by role, tag and class (labels aside), and showing the same caption.
  const others = othersLike(element, elements, true).filter((other) => normalizeText(other.text) === normalizeText(element.text));
  if (others.length === 0) return [];
  return containerTexts(element, elements, rowAncestorIds(element, elements, others, ROW_LEVELS));
}

/**
 * Was `value` the row key of a control whose label names its row's item ("+" labelled "Increase Olive oil" in the row
 * showing "Olive oil"): the label holds the value and the caption does not, the control's card (the ancestors up to
 * one holding another control of its kind and caption, labels aside: the next row's "+") shows it outside that label,
 * and no other such control's card does. The label then names the row, not the control: a page whose "+" carries no
 * label (or another item's) is stepped in the row whose card shows the new item (`cardShows`). The row's "−" is no
 * control of its caption, so it never hides the row; a control with no caption to tell it by is never keyed so.
 */
export function labelNamesRow(element: UIElement, elements: readonly UIElement[], value: string): boolean {
  if (normalizeText(element.text) === '' || !showsValue(element.label, value) || showsValue(element.text, value)) return false;
  if (!cardShows(element, elements, value)) return false;
  return !sameCaptionOthers(element, elements).some((other) => cardShows(other, elements, value));
}

/** The controls like this one in other cards: its role, tag and class, and its caption, labels aside (the next row's "+"). */
function sameCaptionOthers(element: UIElement, elements: readonly UIElement[]): UIElement[] {
  return othersLike(element, elements, true).filter((other) => normalizeText(other.text) === normalizeText(element.text));
}

/**
 * Does the card around a control — its ancestors up to one holding another control of its kind and caption — show the
 * value as a text of its own, every label aside ("Decrease Olive oil" on the row's "−" names a control, not the row)? Never
 * when no such other control shows: no cards to tell apart.
 */
export function cardShows(element: UIElement, elements: readonly UIElement[], value: string): boolean {
  const others = sameCaptionOthers(element, elements);
  if (others.length === 0) return false;
  // The value must open a text of its own in the card (the line's name: "Olive oil £2.00 each"), not stand inside a
  // longer one: a pasta line's note "Goes well with oat milk" does not make it the oat milk line (review 29b).
  const texts: string[] = [];
  for (const container of rowAncestorIds(element, elements, others, ROW_LEVELS)) {
    for (const child of elements) if (child.parentId === container && child.id !== element.id && !child.states.hidden) texts.push(child.text);
  }
  const opens = (text: string) => normalizeText(text) === normalizeText(value) || normalizeText(text).startsWith(`${normalizeText(value)} `);
  return texts.some(opens);
}

/** The controls of the demonstrated one's kind and caption whose card (`cardShows`) shows the value: one per card. */
export function likeInCardsShowing(target: Pick<UIElement, 'role' | 'tag' | 'text' | 'attributes'>, elements: readonly UIElement[], value: string): UIElement[] {
  return elements.filter((element) => !element.states.hidden && element.role === target.role && (element.tag ?? '') === (target.tag ?? '') && (element.attributes?.['class'] ?? '') === (target.attributes?.['class'] ?? '') && normalizeText(element.text) === normalizeText(target.text) && cardShows(element, elements, value));
}

function showsWhole(element: UIElement, elements: readonly UIElement[], value: string, ownTextIsData: boolean, place?: string): boolean {
  if (place !== undefined) {
    const showing = showingInRow(element, elements, value, ownTextIsData);
    if (showing !== undefined) return showing.some((candidate) => controlKind(candidate) === place);
  }
  return rowTexts(element, elements, ownTextIsData).some((text) => showsValue(text, value));
}

/**
 * Was `value` the row key of the element a step acted on: the element's row
 * shows it — or the recorded context of the target (the text of its
 * container when it was clicked) does —, there are other elements like it
 * (rows to choose from), and none of them shows it in its own row?
 * `dataCaption`: the element's caption is the row's data (captionVaries), so
 * the elements like it are those of its kind whatever their captions.
 */
export function isRowKey(element: UIElement, elements: readonly UIElement[], value: string, context?: string, dataCaption = false): boolean {
  const data = dataCaption || ownTextHolds(element, value);
  if (!rowShows(element, elements, value, data) && !showsValue(context, value)) return false;
  const others = othersLike(element, elements, data);
  // Without another element like it there was no row to choose: a lone "Apply" under a list shows every item.
  if (others.length === 0) return false;
  // Another row may mention the value elsewhere ("thanks @maria" in a post's text): where it showed tells them apart.
  const place = keyPlace(element, elements, value, data);
  return !others.some((other) => rowShows(other, elements, value, data, place));
}

/**
 * The elements like a demonstrated control (its descriptor) whose own row
 * shows the value — at `place` (keyPlace) when the demonstration's row showed
 * it there: one per row that shows it, so their number is the number of rows.
 */
export function likeInRowsShowing(target: Pick<UIElement, 'role' | 'tag' | 'text' | 'label' | 'attributes'>, elements: readonly UIElement[], value: string, place?: string, dataCaption = false): UIElement[] {
  return elements.filter((element) => !element.states.hidden && alike(target, element, dataCaption) && rowShows(element, elements, value, dataCaption, place));
}
