/**
 * Rule: a value the policy types or chooses comes from the task or from the
 * page, never from nowhere.
 *
 * Planning half (`markPageValues`): a demonstrated text that the
 * demonstration's task does not contain but an element on its screen showed
 * ("Smith" in the "Last name" cell) was copied from the page: the plan keeps
 * where it came from — the element and the text just before it (the cell's
 * caption) — instead of the literal text.
 *
 * Grounding half (`pageValueFor`, `typedValueProblem`): such a step types
 * what that element holds now; and any text about to be typed (or option
 * chosen) is checked: a value the demonstration took from its task must come
 * from this task, and any other value must be in this task or on this screen.
 * A secret placeholder, a literal the demonstration read off its own page,
 * or an old slot value the alignment missed is refused instead of typed.
 */
import { articleCountsGiven } from '../count-slots.js';
import { writesTaskDateOrTime } from './date-formats.js';
import { isTaskTimeHour } from './clock-hour.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import type { Binding } from '../text-match.js';
import { valueFormsIn } from '../value-spans.js';
import { normalizeText } from '../text-match.js';
import { groundTarget } from '../ground-target.js';
import { numberWordsIn } from '../number-words.js';
import { showsValue } from '../row-keys.js';
import { fieldKeyOf } from './field-keyed-value.js';

/** Where a typed value was read on the demonstration's page. */
export interface PageValueSource {
  /** The element that showed the value. */
  element: TargetDescriptor;
  /** The text of the element just before it (a caption such as "Last name"), when it has one. */
  caption?: string;
  /** The caption is the label of the field typed into: read in the row the field names (rules/field-keyed-value.ts). */
  keyedByField?: boolean;
  /** The caption is the one the task names now (rules/caption-slot.ts): read after it or refuse, never at the old place. */
  captionFromTask?: boolean;
  /** Type word `index` of the element's text (or of the typed-into field's label) as it reads now (rules/word-pick.ts). */
  word?: { index: number; fromLabel: boolean };
}

/** Score of a value read from the element after the same caption. */
const CAPTION_SCORE = 0.9;
/** Lowest structural score for the source element found without its caption. */
const STRUCTURE_MIN_SCORE = 0.6;

/** Lower case and collapsed spacing, punctuation kept: for "does this text contain that value". */
function loose(text: string | undefined): string {
  return (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function fieldsOf(element: UIElement): string[] {
  return [element.text, element.label ?? '', element.value ?? ''];
}

/** Where on the demonstration's screen a typed text was read, if it was not in its task. */
export function pageValueSource(step: Step, demoTask: string): PageValueSource | undefined {
  const action = step.action;
  if (action.type !== 'type') return undefined;
  const wanted = normalizeText(action.text);
  if (wanted === '' || loose(demoTask).includes(loose(action.text))) return undefined;
  const targetId = action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  const elements = step.observation.elements;
  // The field typed into is no source, whatever id it has in an observation taken after the typing.
  const typedInto = step.targets[0]?.box;
  const sameBox = (element: UIElement) =>
    typedInto !== undefined && Math.abs(element.box.x - typedInto.x) <= 1 && Math.abs(element.box.y - typedInto.y) <= 1 && Math.abs(element.box.width - typedInto.width) <= 1;
  const index = elements.findIndex((element) => element.id !== targetId && !sameBox(element) && !element.states.hidden && normalizeText(shownValue(element)) === wanted);
  if (index < 0) return undefined;
  const element = elements[index]!;
  const parent = element.parentId === undefined ? undefined : elements.find((candidate) => candidate.id === element.parentId);
  const before = elements[index - 1];
  const caption = before && normalizeText(before.text) !== '' && normalizeText(before.text) !== wanted ? before.text : undefined;
  const keyedByField = fieldKeyOf(step.targets[0], caption);
  return { element: { ...element, text: shownValue(element), context: parent?.text || undefined }, ...(caption ? { caption } : {}), ...(keyedByField ? { keyedByField } : {}) };
}

/** What an element shows as a value: its text, or the content of a field (a text area to copy from). */
function shownValue(element: UIElement): string {
  return element.text.trim() !== '' ? element.text : (element.value ?? '');
}

/** The text the page value's source element holds now, or why it cannot be found. */
export function pageValueFor(
  source: PageValueSource,
  bindings: readonly Binding[],
  elements: readonly UIElement[],
): { ok: true; text: string; score: number; reason: string } | { ok: false; reason: string } {
  const visible = elements.filter((element) => !element.states.hidden);
  if (source.caption !== undefined) {
    const caption = normalizeText(source.caption);
    const after = visible.flatMap((element, index) =>
      index > 0 && normalizeText(visible[index - 1]!.text) === caption && element.role === source.element.role && normalizeText(shownValue(element)) !== '' ? [element] : [],
    );
    if (after.length === 1) {
      const found = after[0]!;
      const text = shownValue(found).trim();
      return { ok: true, text, score: CAPTION_SCORE, reason: `reads ${JSON.stringify(text)} on the page ([${found.id}], after ${JSON.stringify(source.caption)}), where the demonstration read ${JSON.stringify(source.element.text)}` };
    }
  }
  if (source.captionFromTask) return { ok: false, reason: `the task names ${JSON.stringify(source.caption)}, and no one value shows after it on the page` };
  const grounding = groundTarget(source.element, bindings, visible, { ignoreText: true });
  if (!grounding.element || grounding.score < STRUCTURE_MIN_SCORE || normalizeText(shownValue(grounding.element)) === '') {
    return { ok: false, reason: `the demonstration typed ${JSON.stringify(source.element.text)} read off its page${source.caption ? ` after ${JSON.stringify(source.caption)}` : ''}, and no element in that place shows a value now` };
  }
  const found = grounding.element;
  const text = shownValue(found).trim();
  return { ok: true, text, score: grounding.score, reason: `reads ${JSON.stringify(text)} on the page ([${found.id}], in the place of the demonstration's ${JSON.stringify(source.element.text)})` };
}

/**
 * Why this text must not be typed (or chosen), if it must not: `demonstrated`
 * is what the demonstration typed, `text` what the policy would type now.
 */
export function typedValueProblem(options: {
  demonstrated: string;
  text: string;
  demoTask: string;
  task: string;
  elements: readonly UIElement[];
  /** The element typed into: its own value is no source. */
  targetId?: number;
  /** The value was read from the page by rule (pageValueFor). */
  fromPage?: boolean;
}): string | undefined {
  const { demonstrated, text, demoTask, task, elements, targetId } = options;
  const wanted = loose(text);
  if (normalizeText(text) === '' || options.fromPage) return undefined;
  // A number is there only whole: the 7 of "Total: 70 €" or of "order 17" is no 7.
  const number = /^\d+(?:[.,]\d+)?$/.test(text.trim());
  const holds = (field: string) => (number ? showsValue(field, text.trim()) : loose(field).includes(wanted));
  // A count the task writes as a word ("one small pizza") is given as its digits.
  // "a guest" where the demonstration's task counted guests with a number gives 1 (count-slots.ts).
  // A date or time the task writes another way ("28 January 2011" typed as "28.01.2011"): rules/date-formats.ts;
  // its hour on the other clock ("21" or "08" chosen in an hour list for "9:50 PM", "8:25 AM"): rules/clock-hour.ts.
  const inTask = holds(task) || numberWordsIn(task).includes(normalizeText(text)) || valueFormsIn(task).includes(normalizeText(text)) || writesTaskDateOrTime(text, task) || (isTaskTimeHour(text, task) && isTaskTimeHour(demonstrated, demoTask)) || articleCountsGiven(demoTask, task).includes(normalizeText(text));
  if (loose(demoTask).includes(loose(demonstrated)) && normalizeText(demonstrated) !== '' && !inTask) {
    return `it would type ${JSON.stringify(text)}, which this task does not give (the demonstration typed ${JSON.stringify(demonstrated)} from its own task)`;
  }
  if (inTask) return undefined;
  const onPage = elements.some(
    (element) => element.id !== targetId && !element.states.hidden && [...fieldsOf(element), ...(element.options ?? [])].some(holds),
  );
  if (onPage) return undefined;
  return `it would type ${JSON.stringify(text)}, which is neither in the task nor on the screen`;
}
