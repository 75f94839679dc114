/**
 * Rule: a request that edits a list of rows item by item, worded freely — a
 * basket, a cart, an order form: "Make it six olive oil and take the
 * tomatoes out.", "I don't need the sourdough loaf any more; I'd like two
 * oat milk though.", "basket: coffee beans x2, no olive oil", "one more
 * greek yogurt please, and drop the bananas". A person reads each clause as
 * one row, named by the item name the page itself shows on it, and one deed:
 * set its quantity to N, add N more, or remove it. A demonstration of such
 * an edit, worded any other way, shows how each deed is done; the new task's
 * clauses pair with the demonstration's by deed, not by the order they are
 * said in, and each is done in the row its own item names.
 *
 * `readItemEdits` reads a text as such edits on a page: the page's row names
 * (the leading words of a row's text, before its price or count: "Olive oil"
 * of "Olive oil £6.40 each") found in the text, lower case, the last word in
 * either number; the text cut between consecutive items at a clause mark (",",
 * ";", a stop, "and", "then"); each piece one deed: "N more <item>",
 * "add N <item>" adds N; "N fewer <item>", "take N <item> off" takes N off;
 * one number right before the item with no word of changing by it (no add /
 * take / more / fewer / less / off …), "<item> to N" or "<item> xN" sets it
 * to N ("six", "x2" read as numbers); a delete worded as a person says it
 * (rules/spoken-list-edits.ts: "take … out", "drop", "don't need", "no
 * <item>", or the verb "remove" / "delete") removes it.
 *
 * `alignItemEdits` pairs two such readings by deed and gives the slots: the
 * item of each pair (old row → new row) and its number. Why it is safe —
 * anything not read plainly refuses, and the refusal says what:
 * - an item name the page shows on no row, or on two rows, is no reading;
 * - a piece holding no item, two items, no deed, two deeds (a number and a
 *   delete), or a negation the delete does not own ("don't remove the …");
 * - a piece that goes on past its item into a clause of its own naming
 *   something ("remove the tomatoes and the butter" where no row shows
 *   butter): that clause would be dropped unsaid;
 * - a number said with a word of changing by it is never a count set to it:
 *   "add two pasta", "take 2 pasta off", "2 pasta fewer" change the count by
 *   2 (from 3: 5 or 1, never 2); words of both ways, "take N <item>" alone
 *   (a want or a taking away) or such a word beside "to N" refuse;
 * - "one more" / "one fewer" (relative) pair only with a demonstrated change
 *   the same way, never with a set quantity ("one" absolute), and the other
 *   way round;
 * - each deed at most once per text (two clauses of one deed would pair by
 *   order, a guess), the same deeds on both sides: a clause whose deed the
 *   demonstration does not show, or one of the demonstration's this task
 *   leaves unpaired, refuses naming it.
 * Whether the demonstration's steps can then be re-grounded (the stepper
 * stepped to the number, the row told by its item) is the planner's, as for
 * any slots. Pure functions, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { wordsOf } from '../intent-words.js';
import { countValue, NUMBER_WORD_PATTERN } from '../number-words.js';
import { namedSpans } from '../page-named-values.js';
import { normalizeText } from '../text-match.js';
import { COMMON_WORDS, tokenizeTask } from '../task-tokens.js';
import { CHANGE_WORDS } from './change-words.js';
import { isCourtesyOnly } from '../closing-courtesy.js';
import { PLACED_SCORE } from './kind-by-places.js';
import { sameNoun } from '../word-forms.js';
import { negationsIn } from './negation-words.js';
import { spokenDeletes, withoutDeleteNegations } from './spoken-list-edits.js';

/** What a clause does to its row. */
export type ItemDeed = 'remove' | 'set' | 'more' | 'fewer';

export interface ItemEdit {
  /** The item as the text writes it ("olive oil"). */
  item: string;
  deed: ItemDeed;
  /** The number as the text writes it ("six", "2"); absent for a removal. */
  number?: string;
  /** Its value. */
  value?: number;
}

/** A text read as item edits, or why it is not one. */
export type ItemEditReading = { edits: ItemEdit[] } | { gap: string };

/** Leading words of a row text, before the first word holding no letter ("Olive oil" of "Olive oil £6.40 each"). */
function leadingWords(text: string): string | undefined {
  const words = text.trim().split(/\s+/u);
  const lead: string[] = [];
  for (const word of words) {
    if (!/^\p{L}[\p{L}'’-]*$/u.test(word)) break;
    lead.push(word);
  }
  // A whole text of words is a caption, no row name with a price or count after it.
  return lead.length > 0 && lead.length < words.length && lead.length <= 3 ? lead.join(' ') : undefined;
}

/**
 * The page's row names: the leading words of a text element standing in a row (a parent holding controls) beside a
 * number or price — one per row. Keyed by their normalised form, with how many rows show each.
 */
export function rowItemNames(page: readonly UIElement[]): Map<string, { name: string; rows: number }> {
  const names = new Map<string, { name: string; rows: number }>();
  const parents = new Set(page.filter((element) => element.interactive && element.parentId !== undefined && !element.states.hidden).map((element) => element.parentId!));
  for (const parent of parents) {
    const inRow = page.filter((element) => element.parentId === parent && !element.states.hidden && !element.interactive);
    const leads = new Set(inRow.flatMap((element) => leadingWords(element.text ?? '') ?? []));
    if (leads.size !== 1) continue;
    const name = [...leads][0]!;
    const key = normalizeText(name);
    const seen = names.get(key);
    names.set(key, { name, rows: (seen?.rows ?? 0) + 1 });
  }
  return names;
}

/** Marks that end a clause between two items: a comma, semicolon, stop or colon, "and", "then". */
const CLAUSE_MARK = /[,;.!?:]|\b(?:and|then)\b/giu;
/** A number right before the item ("six olive oil", "I'd like 2 oat milk", "two more pasta", "2 fewer of the pasta"). */
const NUMBER_BEFORE = new RegExp(String.raw`\b(\d+|${NUMBER_WORD_PATTERN})\s+(?:(?:more|fewer|less|extra)\s+)?(?:of\s+)?(?:the\s+)?$`, 'iu');
/** A verb of taking: with a bare number ("I'll take two pasta", "take 2 pasta") a want or a taking away — which, a guess. */
const TAKING_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'taking']);
/** Particles that make a taking a taking away: "take 2 pasta off", "take two away". */
const TAKEN_AWAY: ReadonlySet<string> = new Set(['off', 'away']);
/** A number right after it: "… to 3", "… to one", "… x2". */
const NUMBER_AFTER = new RegExp(String.raw`^(?:\s+to\s+(\d+|${NUMBER_WORD_PATTERN})\b|\s*[x×](\d+)\b)`, 'iu');
/** The words of a clause that is only a number and its item ("and two of the pasta"): no verb of its own. */
const BARE_CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'then', 'the', 'of', 'a', 'an', 'also', 'too', 'plus', 'please']);
/** Delete verbs a person says before the thing ("remove the pasta", "delete cheddar"), beside the spoken ones. */
const DELETE_VERBS = new Set(['remove', 'delete']);

/** Every number a piece of text writes (digits, number words, "x2"). */
function numbersIn(text: string): string[] {
  return [...text.matchAll(new RegExp(String.raw`(?:\b|(?<=[x×]))(\d+|${NUMBER_WORD_PATTERN})\b`, 'giu'))].map((match) => match[1]!);
}

/** Read `text` as item edits on `page` (see the head of this file). */
export function readItemEdits(text: string, page: readonly UIElement[]): ItemEditReading {
  const rows = rowItemNames(page);
  if (rows.size < 2) return { gap: 'the page shows no rows named by their items' };
  const spans = namedSpans(text, [...rows.values()].map((row) => row.name));
  if (spans.length === 0) return { gap: 'the task names no item the page shows on a row' };
  for (const span of spans) {
    const key = [...rows.keys()].find((name) => normalizeText(name) === normalizeText(span.value));
    if (key !== undefined && rows.get(key)!.rows > 1) return { gap: `${rows.get(key)!.rows} rows show "${span.value}", so which is meant is a guess` };
  }
  // Cut between consecutive items at the last clause mark between them.
  const cuts: number[] = [0];
  for (let index = 1; index < spans.length; index++) {
    const between = text.slice(spans[index - 1]!.end, spans[index]!.start);
    const marks = [...between.matchAll(CLAUSE_MARK)];
    if (marks.length === 0) return { gap: `nothing parts "${spans[index - 1]!.text}" from "${spans[index]!.text}" into clauses of their own` };
    const last = marks[marks.length - 1]!;
    cuts.push(spans[index - 1]!.end + last.index! + last[0].length);
  }
  cuts.push(text.length);
  const edits: ItemEdit[] = [];
  for (const [index, span] of spans.entries()) {
    const before = text.slice(cuts[index]!, span.start);
    const after = text.slice(span.end, cuts[index + 1]!);
    const piece = `${before}${' '.repeat(span.end - span.start)}${after}`;
    const words = wordsOf(piece);
    const counted = NUMBER_BEFORE.exec(before) ?? undefined;
    const setAfter = NUMBER_AFTER.exec(after) ?? undefined;
    // "no olive oil", "no more pasta": the "no" before the item is the delete's own word.
    const noBefore = /\bno\s+(?:more\s+)?$/iu;
    const deletes = spokenDeletes(words).length > 0 || words.some((word) => DELETE_VERBS.has(word)) || noBefore.test(before);
    const numbers = numbersIn(piece);
    // The delete's own negation ("don't need") and its "no" are its wording; any other negation turns a deed round.
    const negations = negationsIn(withoutDeleteNegations(`${before.replace(noBefore, '')} ${after}`));
    const about = `"${text.slice(cuts[index]!, cuts[index + 1]!).trim()}"`;
    if (negations.length > 0) return { gap: `${about} says "${negations[0]}", which turns its deed round` };
    const leftover = leftoverClause(after);
    if (leftover) return { gap: `${about} goes on past "${span.text}" to "${leftover}", which no row here shows as an item of its own` };
    if (deletes && numbers.length > 0) return { gap: `${about} both removes and counts "${span.text}": one of its clauses names an item no row here shows, or asks two deeds of one` };
    if (deletes) {
      edits.push({ item: span.value, deed: 'remove' });
      continue;
    }
    if (numbers.length !== 1) return { gap: numbers.length === 0 ? `${about} asks no deed this reading knows of "${span.text}"` : `${about} writes ${numbers.length} numbers for one item` };
    const said = counted?.[1] ?? setAfter?.[1] ?? setAfter?.[2];
    if (said === undefined) return { gap: `${about} writes its number where no quantity of "${span.text}" stands` };
    const deed = numberDeed(words, counted !== undefined);
    if ('gap' in deed) return { gap: `${about} ${deed.gap} "${said} ${span.text}"` };
    // "Add one pasta and two oat milk", "remove the tomatoes and two of the pasta": a clause of only a number and its item
    // says no deed of its own — the verb before may govern it (add two, take two off) — never read as a count set.
    if (deed.deed === 'set' && index > 0 && words.every((word) => countValue(word) !== undefined || BARE_CLAUSE_WORDS.has(word))) return { gap: `${about} says no deed of its own for "${said} ${span.text}": the clause before it may say what to do` };
    edits.push({ item: span.value, deed: deed.deed, number: said, value: countValue(said)! });
  }
  return { edits };
}

/**
 * What a piece's one number asks of its item, by the piece's words: a change up or down by it where a word of changing
 * stands (only for a number before the item: "add pasta to 5" says both), else a count set to it. `before`: the number
 * stands right before the item ("two more pasta"), not after it ("pasta to 2", "pasta x2").
 */
function numberDeed(words: readonly string[], before: boolean): { deed: ItemDeed } | { gap: string } {
  const changes = new Set(words.flatMap((word) => (Object.prototype.hasOwnProperty.call(CHANGE_WORDS, word) ? [CHANGE_WORDS[word]!] : [])));
  const taking = words.some((word) => TAKING_VERBS.has(word));
  const raising = changes.has('up');
  const lowering = changes.has('down') || (taking && words.some((word) => TAKEN_AWAY.has(word)));
  if (!raising && !lowering && !taking && !changes.has('times')) return { deed: 'set' };
  if (!before) return { gap: 'says both a change and a count to reach in' };
  if (changes.has('times')) return { gap: 'says "times" (a count of what?) in' };
  if (raising === lowering) return { gap: raising ? 'says both more and fewer in' : 'says "take" with no way it changes the count (a want, or a taking off?) in' };
  if (taking && raising) return { gap: 'says "take" and more in' };
  return { deed: raising ? 'more' : 'fewer' };
}

/**
 * The first clause after the item's own (past a clause mark) that names something: its words, else undefined. A
 * courtesy ("…, please", "thanks") or common words ("and then", "too") name nothing.
 */
function leftoverClause(after: string): string | undefined {
  const clauses = after.split(CLAUSE_MARK).slice(1);
  for (const clause of clauses) {
    if (isCourtesyOnly(tokenizeTask(clause))) continue;
    if (wordsOf(clause).some((word) => !COMMON_WORDS.has(word))) return clause.trim();
  }
  return undefined;
}

/**
 * `text` with the negations its removals are worded with blanked (same length): the "don't" of "I don't need the
 * loaf any more", the "no" of "no olive oil" — a delete's own wording, no request turned round. Only for a text read
 * as edits (`readItemEdits`); any other text is returned as it is.
 */
export function withoutRemovalNegations(text: string, page: readonly UIElement[]): string {
  const read = readItemEdits(text, page);
  if ('gap' in read) return text;
  const rows = [...rowItemNames(page).values()].map((row) => row.name);
  let blanked = withoutDeleteNegations(text);
  for (const span of namedSpans(text, rows)) {
    if (!read.edits.some((edit) => edit.deed === 'remove' && edit.item === span.value)) continue;
    const no = /\bno(\s+(?:more\s+)?)$/iu.exec(blanked.slice(0, span.start));
    if (no) blanked = `${blanked.slice(0, no.index)}  ${blanked.slice(no.index + 2)}`;
  }
  return blanked;
}

const DEED_WORDS: Record<ItemDeed, string> = { remove: 'removing an item', set: 'setting an item\'s quantity', more: 'adding more of an item', fewer: 'taking some of an item off' };

/**
 * The demonstration's task and the new one both read as item edits — the demonstration's on its own page, the new
 * task's on this one — paired by deed: the slots (each old row's item → the new one's, each number → the new number),
 * or what did not pair.
 */
export function alignItemEdits(demoTask: string, demoPage: readonly UIElement[], task: string, page: readonly UIElement[]): { alignment: TaskAlignment; note: string } | { gap: string; demonstrationRead: boolean; deedsDiffer?: true } {
  const old = readItemEdits(demoTask, demoPage);
  if ('gap' in old) return { gap: `the demonstration's task does not read as edits of rows: ${old.gap}`, demonstrationRead: false };
  const now = readItemEdits(task, page);
  if ('gap' in now) return { gap: `read as edits of rows, ${now.gap}`, demonstrationRead: true };
  const slots: TaskSlot[] = [];
  const paired: string[] = [];
  const DEEDS = ['remove', 'set', 'more', 'fewer'] as const;
  const of = (reading: { edits: ItemEdit[] }, deed: ItemDeed) => reading.edits.filter((edit) => edit.deed === deed);
  for (const deed of DEEDS) {
    if (of(old, deed).length > 1 || of(now, deed).length > 1) return { gap: `read as edits of rows, a text asks ${DEED_WORDS[deed]} twice, and which clause stands for which is a guess`, demonstrationRead: true };
  }
  // This task's clauses first: the one the demonstration shows no way of doing is what a person would ask to see.
  for (const deed of DEEDS) {
    const asked = of(now, deed)[0];
    if (asked && of(old, deed).length === 0) return { gap: `read as edits of rows, the demonstration shows no ${DEED_WORDS[deed]} as "${asked.number ? `${asked.number} ` : ''}${asked.item}" asks`, demonstrationRead: true, deedsDiffer: true };
  }
  for (const deed of DEEDS) {
    const shown = of(old, deed)[0];
    if (shown && of(now, deed).length === 0) return { gap: `read as edits of rows, the demonstration's ${DEED_WORDS[deed]} ("${shown.item}") stands for nothing this task asks`, demonstrationRead: true, deedsDiffer: true };
  }
  for (const deed of DEEDS) {
    const olds = of(old, deed);
    const news = of(now, deed);
    if (olds.length === 0) continue;
    const [a, b] = [olds[0]!, news[0]!];
    // The row is the item's, even when both name the same one: the key that tells the row to act in.
    slots.push({ old: [a.item], new: [b.item], list: false, kind: 'text' });
    // The number even when it is the same: a quantity set is stepped to from wherever this page's count stands
    // (rules/stepper-target.ts), never the demonstration's presses replayed.
    if (a.number !== undefined && b.number !== undefined && (deed === 'set' || a.value !== b.value)) slots.push({ old: [a.number], new: [String(b.value)], list: false, kind: 'number' });
    paired.push(`${DEED_WORDS[deed]}: "${a.item}"${a.number ? ` ${a.number}` : ''} → "${b.item}"${b.number ? ` ${b.value}` : ''}`);
  }
  const sameItem = (x: string, y: string) => sameNoun(normalizeText(x), normalizeText(y));
  // Two deeds on one row of the new task (remove it and set it) would act twice on it: no edit a person means.
  if (now.edits.some((edit, index) => now.edits.some((other, at) => at !== index && sameItem(other.item, edit.item)))) {
    return { gap: 'read as edits of rows, this task names one item in two clauses', demonstrationRead: true };
  }
  return {
    alignment: { score: PLACED_SCORE, slots, anchors: slots.length, unpaired: [] },
    note: `read as edits of rows by the items the page shows, each clause paired with the demonstration's of the same deed (${paired.join('; ')})`,
  };
}
