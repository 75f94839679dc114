/**
 * Label: value pairs whose labels vary. A page of rated rows or grouped
 * choices ("Cleanliness: Good", "Staff: Great") is filled by naming a field
 * next to the value it takes: "Cleanliness: Good, Staff: Great", "give wi-fi a
 * "Poor" and location a "Good"", "Rate Breakfast as Fair". The field's label
 * is a value of the task as much as the rating is: a new task naming other
 * labels of the same page is the same kind of task, each (label, value) pair
 * standing for the demonstration's pair in the same place of the text.
 *
 * The page says what a label and a value are: a choice control (radio,
 * checkbox, option, switch) labelled "Label: Value", or one in a group named
 * "Label" whose own caption is "Value". Each text is read for such labels,
 * each followed closely by one of the values ("Cleanliness: Good", "wi-fi a
 * "Poor"", "Breakfast as Fair"); the demonstration's on its page, the new
 * task's on the current page.
 *
 * The pairs align when:
 * - both texts hold as many pairs, at least one; every demonstrated pair was
 *   acted on by a step naming both its label and its value; every new pair is
 *   a control of the current page; no label twice in the new task;
 * - no old label or value would stand for two different new ones;
 * - outside the pairs, every word either page shows (a clause "We would stay
 *   again" that chose Yes) is in both texts, and no verb, direction or
 *   negation differs (kind-by-places.ts verbGap, negation-words.ts, both ways).
 *
 * Anything else gives undefined: the caller keeps its own refusal. Pure
 * functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import type { ValueSpan } from '../value-spans.js';
import { wordsOf } from '../intent-words.js';
import { escapeRegExp } from '../../../core/reg-exp.js';
import { normalizeText } from '../text-match.js';
import { CHOICE_ROLES, stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { COURTESY_WORDS, FUNCTION_WORDS } from '../task-tokens.js';
import { addedNegation } from './negation-words.js';
import { PLACED_SCORE } from './kind-by-places.js';
import { verbGap } from './verb-gap.js';

type Step = Trajectory['steps'][number];

/** A label the text names, followed closely by the value it takes. */
export interface FieldPair {
  label: string;
  value: string;
  /** Offsets in the text: the label's start, the value's end. */
  start: number;
  end: number;
  labelEnd: number;
  valueStart: number;
}

/** The labelled choices a page shows: "label\u0000value" keys, and the labels and values apart. */
export interface PageFields {
  labels: Set<string>;
  values: Set<string>;
  pairs: Set<string>;
  /** Each normalised label and value as the page writes it ("wi-fi" → "Wi-Fi"). */
  shown: Map<string, string>;
}

/** Cells that name their row. */
const ROW_HEADERS = new Set(['cell', 'rowheader', 'gridcell', 'text']);

/** Words between a label and its value: "Cleanliness: Good", "wi-fi a "Poor"", "Breakfast as Fair", "the staff was great". */
const MAX_GAP_WORDS = 3;

const key = (label: string, value: string) => `${normalizeText(label)}\u0000${normalizeText(value)}`;

/** The page's choice controls read as (label, value): "Staff: Great" by its caption, or a group's name and the control's caption. */
export function pageFields(elements: readonly UIElement[]): PageFields {
  const fields: PageFields = { labels: new Set(), values: new Set(), pairs: new Set(), shown: new Map() };
  const add = (label: string, value: string) => {
    if (normalizeText(label) === '' || normalizeText(value) === '') return;
    fields.labels.add(normalizeText(label));
    fields.values.add(normalizeText(value));
    fields.pairs.add(key(label, value));
    fields.shown.set(normalizeText(label), label.trim());
    fields.shown.set(normalizeText(value), value.trim());
  };
  // A column header's or a caption's text: what a wordless control's value must be shown as to be a value a person reads.
  const texts = new Set(elements.filter((element) => !CHOICE_ROLES.has(element.role)).map((element) => normalizeText(element.text)));
  for (const element of elements) {
    if (!CHOICE_ROLES.has(element.role)) continue;
    const caption = element.label || element.text;
    const split = /^(.+?):\s+(.+)$/u.exec(caption ?? '');
    if (split) add(split[1]!, split[2]!);
    else if (element.group && caption) add(element.group, caption);
    else if (!caption && element.value && texts.has(normalizeText(element.value)) && element.parentId !== undefined) {
      // A wordless control in a row of a grid: the row's header cell is its label, its column's header its value.
      const header = elements.find((other) => other.parentId === element.parentId && ROW_HEADERS.has(other.role) && normalizeText(other.text) !== '');
      if (header) add(header.text, element.value);
    }
  }
  // A word that is both a label and a value tells neither.
  for (const both of [...fields.labels].filter((label) => fields.values.has(label))) {
    fields.labels.delete(both);
    fields.values.delete(both);
  }
  return fields;
}

type Mention = { norm: string; text: string; start: number; end: number; kind: 'label' | 'value' };

/** Whole-word mentions of `phrases` in `text`, longest first, none overlapping. */
function mentions(text: string, phrases: ReadonlySet<string>, kind: Mention['kind'], taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const escaped = escapeRegExp(phrase).replace(/\s+/g, '\\s+');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if ([...taken, ...found].some((other) => start < other.end && end > other.start)) continue;
      found.push({ norm: phrase, text: match[0], start, end, kind });
    }
  }
  return found;
}

/**
 * The (label, value) pairs `text` names, read against `fields`: a label, then
 * within a few words and the same clause one of the values. Mentions of
 * either outside a pair stay ordinary words.
 */
export function fieldPairs(text: string, fields: PageFields): FieldPair[] {
  const labels = mentions(text, fields.labels, 'label', []);
  const all = [...labels, ...mentions(text, fields.values, 'value', labels)].sort((a, b) => a.start - b.start);
  const pairs: FieldPair[] = [];
  for (let index = 0; index + 1 < all.length; index++) {
    const [label, value] = [all[index]!, all[index + 1]!];
    if (label.kind !== 'label' || value.kind !== 'value') continue;
    const between = text.slice(label.end, value.start);
    if (/[.!?;]/u.test(between) || wordsOf(between).length > MAX_GAP_WORDS) continue;
    pairs.push({ label: label.text, value: value.text, start: label.start, end: value.end, labelEnd: label.end, valueStart: value.start });
    index++;
  }
  return pairs;
}

/** Does `text` name a value of `fields` outside `pairs` ("give Poor to wi-fi": the value before its label, read no further)? */
function strayValue(text: string, fields: PageFields, pairs: readonly FieldPair[]): boolean {
  return mentions(text, fields.values, 'value', []).some((value) => !pairs.some((pair) => pair.valueStart === value.start));
}

/** The pairs as name values, so verb and negation checks read the words around them only. */
function pairSpans(pairs: readonly FieldPair[]): ValueSpan[] {
  return pairs.map((pair) => ({ type: 'name', text: pair.label, value: pair.label, words: 1, start: pair.start, end: pair.end }));
}

/** Content words of `text` outside its pairs. */
function wordsOutside(text: string, pairs: readonly FieldPair[]): string[] {
  let masked = text;
  for (const pair of pairs) masked = masked.slice(0, pair.start) + ' '.repeat(pair.end - pair.start) + masked.slice(pair.end);
  return wordsOf(masked).filter((word) => !FUNCTION_WORDS.has(word) && !COURTESY_WORDS.has(word) && !GRAMMAR_WORDS.has(word));
}

/** Pronouns, auxiliaries and conjunctions: a page asking "Would you stay with us again?" makes none of them a request word. */
const GRAMMAR_WORDS = new Set(['i', 'me', 'my', 'you', 'your', 'we', 'us', 'our', 'they', 'them', 'it', 'can', 'could', 'would', 'will', 'should', 'is', 'was', 'were', 'be', 'and', 'or', 'but']);

/** Every word a page shows, in any element's text, label or options — but for an element showing one of `tasks` (an instruction band). */
function shownWords(elements: readonly UIElement[], tasks: readonly string[]): Set<string> {
  const told = tasks.map(normalizeText);
  const shown = elements.filter((element) => !told.some((task) => normalizeText(element.text).includes(task)));
  return new Set(shown.flatMap((element) => [element.text, element.label ?? '', ...(element.options ?? [])].flatMap((text) => wordsOf(text))));
}

/**
 * The demonstration's task and the new one read as label: value pairs of the
 * same page; undefined when they do not read so (see the header).
 */
export function alignFieldPairs(demoTask: string, newTask: string, steps: readonly Step[], page: readonly UIElement[]): { alignment: TaskAlignment; note: string } | undefined {
  const before = steps[0]?.observation.elements ?? [];
  const oldPairs = fieldPairs(demoTask, pageFields(before));
  const newFields = pageFields(page);
  const newPairs = fieldPairs(newTask, newFields);
  if (oldPairs.length === 0 || oldPairs.length !== newPairs.length) return undefined;
  // A value named outside a pair may belong to a label it precedes: the pairs read may be off by one.
  if (strayValue(demoTask, pageFields(before), oldPairs) || strayValue(newTask, newFields, newPairs)) return undefined;
  // Each demonstrated pair chosen by a step naming both; each new pair a control here; no field named twice.
  const names = (step: Step, pair: FieldPair) => {
    const strings = stepStrings(step).map(normalizeText);
    const whole = strings.some((text) => text === key(pair.label, pair.value).replace('\u0000', ': '));
    const grouped = targetDescriptorsOf(step).some((target) => normalizeText(target.group) === normalizeText(pair.label)) && strings.includes(normalizeText(pair.value));
    return whole || grouped;
  };
  if (!oldPairs.every((pair) => steps.filter((step) => names(step, pair)).length === 1)) return undefined;
  if (!newPairs.every((pair) => newFields.pairs.has(key(pair.label, pair.value)))) return undefined;
  if (new Set(newPairs.map((pair) => normalizeText(pair.label))).size !== newPairs.length) return undefined;
  if (new Set(oldPairs.map((pair) => normalizeText(pair.label))).size !== oldPairs.length) return undefined;
  // One new text for each old label and value, whichever pair it stands in.
  const bound = new Map<string, string>();
  const slots: TaskSlot[] = [];
  for (const [index, old] of oldPairs.entries()) {
    const fresh = newPairs[index]!;
    for (const [a, b] of [[old.label, fresh.label], [old.value, fresh.value]] as const) {
      const was = bound.get(normalizeText(a));
      if (was !== undefined && was !== normalizeText(b)) return undefined;
      if (was !== undefined) continue;
      bound.set(normalizeText(a), normalizeText(b));
      if (normalizeText(a) !== normalizeText(b)) slots.push({ old: [a], new: [newFields.shown.get(normalizeText(b)) ?? b], list: false, kind: 'text' });
    }
  }
  // Outside the pairs: the words either page shows in both texts; no verb, direction or negation of one text only.
  const [oldSpans, newSpans] = [pairSpans(oldPairs), pairSpans(newPairs)];
  if (verbGap(demoTask, newTask, oldSpans, newSpans) || addedNegation(newTask, demoTask, newSpans, oldSpans)) return undefined;
  const [oldWords, newWords] = [wordsOutside(demoTask, oldPairs), wordsOutside(newTask, newPairs)];
  const shown = new Set([...shownWords(before, [demoTask, newTask]), ...shownWords(page, [demoTask, newTask])]);
  if (oldWords.some((word) => shown.has(word) && !newWords.includes(word))) return undefined;
  if (newWords.some((word) => shown.has(word) && !oldWords.includes(word))) return undefined;
  const described = newPairs.map((pair, index) => `${JSON.stringify(`${oldPairs[index]!.label}: ${oldPairs[index]!.value}`)} → ${JSON.stringify(`${pair.label}: ${pair.value}`)}`);
  return {
    alignment: { score: PLACED_SCORE, slots, anchors: oldPairs.length, unpaired: [] },
    note: `the task texts are worded differently; read as label: value pairs of this page's fields, each standing for the demonstration's: ${described.join(', ')}`,
  };
}
