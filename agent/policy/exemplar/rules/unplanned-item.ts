/**
 * Rule: an item of the page the task names, which no step of the plan acts on, is a clause left undone: refused.
 *
 *   demonstration: "Add two more apples, then click Update."            (pressed apples "+" twice, then "Update")
 *   task:          "Three fewer peppers and add three more apples, then click Update."
 *
 * The alignment paired the texts by the apples clause ("two" → "three"); "three fewer peppers" has no verb, so no
 * clause of its own stood unpaired (rules/task-clauses.ts), and the steps would add three apples and press Update —
 * the peppers dropped unsaid, the basket wrong. A person asked two changes makes both, or says they cannot.
 *
 * So: a phrase of the task (up to three words, lower case — a sentence's first word too —, its last word in either
 * number) naming an item the
 * page at hand shows — a row's name (a word-only text standing in a row beside its controls, or the leading name of a
 * row text before its count or price: rules/item-edits.ts), or the caption of a box, option or list entry — is a
 * blocking problem when no planned step can act on it:
 * - no word of it stands in a slot of the alignment (a slot's new value is what a rewritten step acts on);
 * - no demonstrated step's own strings (target text, label, value; typed text; chosen option) name it, nor the row
 *   the step acted in (the row's name beside the pressed "+", as a step acting "in the apples row" does);
 * - and the demonstration's task does not name it (a word both texts say is the template's, and the steps that
 *   followed it follow it here).
 * Why it refuses nowhere it should not: a caption the demonstration pressed anyway ("Update" unsaid in its task) is
 * a step's own string; headers, headings and captions of tables stand in no row and are skipped; the page's title
 * and the task's own instruction band are no row names; common words, and verbs or intents standing alone ("save",
 * "update"), are never names (page-named-values.ts); nor is a one-word caption said as grammar — "other" after a
 * counting word, before the noun it sets apart ("no other changes"), "soon" of "as soon as you can":
 * rules/passing-words.ts.
 *
 * Planning half only (rules/task-clauses.ts clauseProblems). Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { namedSpans } from '../page-named-values.js';
import { stepStrings, targetDescriptorsOf, targetedElements } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { sameNoun } from '../word-forms.js';
import { rowItemNames } from './item-edits.js';
import { saidInPassing } from './passing-words.js';
import type { TaskValueProblem } from './task-values.js';

/** Roles whose caption names an item of a list, a person picks by it ("Milk" a tick box, "Kiwis" an option). */
const ITEM_ROLES: ReadonlySet<string> = new Set(['checkbox', 'radio', 'switch', 'option', 'listitem', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'row', 'gridcell', 'cell']);
/** Roles and tags that title a page, a table or a section: no item. */
const TITLE_ROLES: ReadonlySet<string> = new Set(['heading', 'columnheader', 'rowheader', 'caption', 'banner', 'legend']);
const TITLE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'caption', 'legend', 'title', 'thead']);
/** A name: one to three words of letters ("Apples", "Olive oil", "Greek yogurt"). */
const NAME = /^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}$/u;

const visible = (element: UIElement) => !element.states.hidden;
const titles = (element: UIElement) => TITLE_ROLES.has(element.role) || TITLE_TAGS.has((element.tag ?? '').toLowerCase());

/** The word-only texts of a row: the non-interactive children of a parent that holds a control (the row's name). */
function rowNamesOf(elements: readonly UIElement[], parent: number): string[] {
  return elements
    .filter((element) => element.parentId === parent && visible(element) && !element.interactive && !titles(element) && NAME.test(element.text.trim()))
    .map((element) => element.text.trim());
}

/** The items a page shows: row names, and the captions of item controls. */
export function pageItemNames(page: readonly UIElement[]): string[] {
  const names = new Set<string>([...rowItemNames(page).values()].map((row) => row.name));
  const rows = new Set(page.filter((element) => element.interactive && visible(element) && element.parentId !== undefined).map((element) => element.parentId!));
  for (const row of rows) for (const name of rowNamesOf(page, row)) names.add(name);
  for (const element of page) {
    if (!visible(element) || !ITEM_ROLES.has(element.role)) continue;
    for (const caption of [element.text, element.label ?? '']) if (NAME.test(caption.trim())) names.add(caption.trim());
  }
  return [...names];
}

/** The same name: equal words, the last in either number ("pepper" / "Peppers"). */
function sameName(a: string, b: string): boolean {
  const [x, y] = [normalizeText(a).split(' '), normalizeText(b).split(' ')];
  return x.length === y.length && x.every((word, index) => (index === x.length - 1 ? sameNoun(word, y[index]!) : word === y[index]));
}

/** What a demonstrated step acted on by name: its own strings, and the name of the row it acted in. */
function actedNames(step: Step): string[] {
  const own = stepStrings(step);
  const rows = targetedElements(step).flatMap((element) => (element.parentId === undefined ? [] : rowNamesOf(step.observation.elements, element.parentId)));
  // Stored without its page's elements, a step's container text stands in — when it names one item only.
  const items = pageItemNames(step.observation.elements);
  const contexts = targetDescriptorsOf(step).flatMap((target) => (target.context && items.filter((item) => containsWhole(target.context, item)).length <= 1 ? [target.context] : []));
  return [...own, ...rows, ...contexts];
}

/** Problems: each item of the page at hand the task names and no planned step acts on. */
export function unplannedItemProblems(demoTask: string, task: string, steps: readonly Step[], page: readonly UIElement[] = [], slots: readonly TaskSlot[] = []): TaskValueProblem[] {
  const items = pageItemNames(page);
  if (items.length === 0) return [];
  // A sentence's first word lower-cased: "Peppers: two fewer." names the row as "two fewer peppers" does. A capitalised
  // word inside a sentence is a name ("the item Mei listed"), which the value rules pair or refuse (value-spans.ts).
  const lowered = task.replace(/(^|[.!?;:]\s+)(\p{Lu})/gu, (_, before: string, letter: string) => before + letter.toLowerCase());
  // A one-word caption said as grammar ("no other changes", "as soon as you can") names no item (rules/passing-words.ts).
  const spans = namedSpans(lowered, items).filter((span) => span.words > 1 || !saidInPassing(lowered, span.start, span.end));
  if (spans.length === 0) return [];
  const slotted = slots.flatMap((slot) => [...slot.old, ...slot.new]);
  const acted = steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done').flatMap(actedNames);
  const said = (text: string, name: string) => namedSpans(text.toLowerCase(), [name]).length > 0 || containsWhole(text, name);
  const problems: TaskValueProblem[] = [];
  for (const span of spans) {
    if (said(demoTask, span.value) || said(demoTask, span.text)) continue;
    // A word of it in a slot: the slot's rewriting is what the steps do with it ("Kofi Garcia" → "Sven Garcia").
    if (slotted.some((value) => span.text.split(/\s+/).some((word) => containsWhole(value, word)) || sameName(value, span.value))) continue;
    if (acted.some((text) => sameName(text, span.value) || containsWhole(text, span.value) || said(text, span.value))) continue;
    if (problems.some((problem) => problem.text.includes(JSON.stringify(span.text)))) continue;
    problems.push({ text: `the task also asks about ${JSON.stringify(span.text)}, which no step of the demonstration acts on`, blocking: true });
  }
  return problems;
}
