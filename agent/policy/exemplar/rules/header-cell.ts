/**
 * Rule: a cell of a grid chosen by its column and its row ("Book the room on
 * Tuesday at 10:00": the column headed "Tuesday", the row headed "10:00"),
 * where every cell reads alike ("Free"), so nothing in the clicked element
 * itself shows either value. Before this rule the task's day and hour counted
 * as values no step used, and every such task was refused.
 *
 * Planning half (`markHeaderCells`): a demonstrated click whose target has,
 * on the demonstration's screen, exactly one element above it in its column
 * (its x-span holds the target's centre) whose whole text is a value of the
 * demonstration's task, and exactly one to its left in its row (its y-span
 * holds the target's centre) whose whole text is another: the column and the
 * row were chosen by those values. Each value is a slot of the task (the new
 * task's counterpart is read), or a text both tasks say (kept). At least one
 * must be a slot — or, when both are texts both tasks say, the cell must read
 * like other controls of the page (wordless radios of a rating grid, "Free"
 * cells): then its headers alone say it is the same cell again, wherever the
 * rows moved ("give location a "Good"" with the Location row first now, not
 * fourth: left to its place it rated Cleanliness). Both headers must be
 * found, or the step is left alone (a
 * grid told by one header only says nothing of the other axis), and the
 * target must be one cell of a grid — other things in its row and in its
 * column (a card's stacked fields beside their labels are no grid). The slots it
 * reads are used. The cell then comes from both headers, never from a row key
 * and the demonstration's position in the row (that clicked another hour).
 *
 * A header value the demonstration's task names more than once must be named
 * as often by the new task under its reading, or which of its places the
 * cell's header stands for is a guess: refused ("Rate Breakfast as Fair and
 * Location as Fair" read for "Rate Wi-Fi as Good and Location as Fair" rated
 * Wi-Fi "Fair").
 *
 * Grounding half (`groundHeaderCell`): on the new screen, the one element of
 * the demonstrated kind lying under a header showing the new column value and
 * beside a header showing the new row value. None (the cell is taken, a
 * header is missing) or several is a refusal, never another cell.
 */
import type { Action } from '../../../core/action.js';
import { boxCentre, type UIElement } from '../../../core/observation.js';
import { inColumnAbove, inRowLeft } from '../cell-place.js';
import { containsWhole, countWhole, normalizeText } from '../text-match.js';
import type { TaskValueProblem } from './task-values.js';
import { targetedElements, type PlannedStep, type RuleContext } from '../planned-step.js';
import { isFunctionWord, tokenizeTask } from '../task-tokens.js';

export interface HeaderCell {
  /** Role and tag of the clicked cell. */
  role: string;
  tag?: string;
  /** The value heading the clicked cell's column, in the demonstration and now. */
  column: { old: string; new: string };
  /** The value heading its row. */
  row: { old: string; new: string };
}

/** Score of the one cell where both named headers cross. */
const HEADER_CELL_SCORE = 0.85;

const quote = (text: string) => JSON.stringify(text);
const shown = (element: UIElement) => normalizeText(element.text !== '' ? element.text : (element.label ?? ''));
const centre = (element: UIElement) => boxCentre(element.box);

/**
 * Is `cell` one cell of a grid: something else sits in its row beyond the row
 * header and something else in its column below the column header (neither
 * holding the cell: a row or a table is no cell)? A card's fields stacked
 * under a name ("phone", "email", "address" beside their values) share a
 * column only: there the label names the field, not a row of a grid.
 */
function inGrid(cell: UIElement, column: UIElement, row: UIElement, elements: readonly UIElement[]): boolean {
  const { x, y } = centre(cell);
  const others = elements.filter((element) => element.id !== cell.id && element.id !== column.id && element.id !== row.id && !element.states.hidden && !holds(element, cell));
  const inRow = others.some((element) => {
    const at = centre(element);
    return cell.box.y <= at.y && at.y <= cell.box.y + cell.box.height && at.x > row.box.x + row.box.width && Math.abs(at.x - x) > cell.box.width / 2;
  });
  const inColumn = others.some((element) => {
    const at = centre(element);
    return cell.box.x <= at.x && at.x <= cell.box.x + cell.box.width && at.y > column.box.y + column.box.height && Math.abs(at.y - y) > cell.box.height / 2;
  });
  return inRow && inColumn;
}

/** Do other controls of the page read as `cell` does (the same role, tag, caption and label): its own words tell it from none of them? */
function readsLikeOthers(cell: UIElement, elements: readonly UIElement[]): boolean {
  return elements.some(
    (element) =>
      element.id !== cell.id &&
      element.interactive &&
      !element.states.hidden &&
      element.role === cell.role &&
      (element.tag ?? '') === (cell.tag ?? '') &&
      normalizeText(element.text) === normalizeText(cell.text) &&
      normalizeText(element.label) === normalizeText(cell.label),
  );
}

/** Does `outer`'s box hold `inner`'s? */
const holds = (outer: UIElement, inner: UIElement) =>
  outer.box.x <= inner.box.x && outer.box.y <= inner.box.y && outer.box.x + outer.box.width >= inner.box.x + inner.box.width && outer.box.y + outer.box.height >= inner.box.y + inner.box.height;

/** Non-interactive, visible elements with a text: what may head a row or column. */
const captions = (elements: readonly UIElement[]) => elements.filter((element) => !element.interactive && !element.states.hidden && shown(element) !== '');

interface Named {
  old: string;
  new: string;
  slot?: RuleContext['unusedSlots'][number];
}

/**
 * The one header at `place` relative to the target whose text is a value the
 * demonstration's task named. Not the nearest header (cell-place.ts
 * `columnHeaderOf`) on purpose: any caption above in the column may be the
 * one the task names (a day heading a group of hour columns), and a grid's
 * headers need not have the role columnheader; the task's value tells which.
 */
function namedHeader(place: (header: UIElement) => boolean, elements: readonly UIElement[], values: readonly Named[]): (Named & { header: UIElement }) | undefined {
  const hits = captions(elements)
    .filter(place)
    .flatMap((header) => values.filter((value) => shown(header) === normalizeText(value.old)).map((value) => ({ ...value, header })));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Words that only place a thing at a day or a time: "on Tuesday", "for Tuesday", "at 10:00", with an article
 * ("on the 12:00"). Other prepositions change what the value means — "to Saturday" / "by Saturday" an end or a
 * deadline, "from Saturday" a start, "in" / "with" something else — so they are never dropped.
 */
const PLACING_WORDS: ReadonlySet<string> = new Set(['on', 'for', 'at', 'the', 'a', 'an']);

/**
 * The value of a slot's side without the placing words leading it (PLACING_WORDS), when a value (a capital or a
 * digit) follows them and every word dropped is a placing word: "for Tuesday" / "on Wednesday" still name the days
 * "Tuesday" and "Wednesday", as a header shows them. Undefined when nothing leads, another word leads ("by
 * Saturday", "from Saturday"), or no value follows.
 */
export function valueAfterPlacingWords(text: string): string | undefined {
  const tokens = tokenizeTask(text);
  let first = 0;
  while (first < tokens.length - 1 && isFunctionWord(tokens[first]!) && PLACING_WORDS.has(tokens[first]!.norm)) first++;
  if (first === 0 || !/^(?:\p{Lu}|\d)/u.test(tokens[first]!.text)) return undefined;
  return text.slice(tokens[first]!.start).trim();
}

/**
 * A slot's old and new values, and, where placing words alone lead both sides, the values they lead ("for Tuesday"
 * → "Tuesday" beside "on Wednesday" → "Wednesday"). "on Wednesday" beside "to Saturday" has no such reading.
 */
function slotReadingsDroppingPlacingWords(slot: RuleContext['slots'][number]): Named[] {
  const [old, now] = [slot.old[0]!, slot.new[0]!];
  const readings: Named[] = [{ old, new: now, slot }];
  const [bareOld, bareNew] = [valueAfterPlacingWords(old), valueAfterPlacingWords(now)];
  if (bareOld && bareNew) readings.push({ old: bareOld, new: bareNew, slot });
  return readings;
}

export function markHeaderCells(steps: readonly PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'slots' | 'unusedSlots' | 'notes'>): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  // A slot worded with another placing preposition each side ("for Tuesday" / "on Wednesday") heads its row by its value alone.
  const slotValues: Named[] = context.slots.filter((slot) => !slot.list && slot.old.length === 1 && slot.new.length === 1).flatMap(slotReadingsDroppingPlacingWords);
  for (const planned of steps) {
    if (planned.step.action.type !== 'click' || planned.headerCell) continue;
    const target = targetedElements(planned.step)[0];
    if (!target?.interactive) continue;
    const elements = planned.step.observation.elements;
    // A header both tasks name stays as it is: the same column (or row) again — unless a slot binds it to another
    // ("Good" of "Cleanliness: Good" → "Poor", the new task's "Good" standing for another pair's "Great").
    const sharedValues: Named[] = captions(elements)
      .map((element) => element.text.trim())
      .filter((text) => /[\p{L}\p{N}]/u.test(text) && containsWhole(context.demoTask, text) && containsWhole(context.task, text))
      .filter((text) => !slotValues.some((value) => normalizeText(value.old) === normalizeText(text)))
      .map((text) => ({ old: text, new: text }));
    const values = [...slotValues, ...sharedValues];
    const column = namedHeader((header) => inColumnAbove(header, target), elements, values);
    const row = namedHeader((header) => inRowLeft(header, target), elements, values);
    if (!column || !row || normalizeText(column.old) === normalizeText(row.old)) continue;
    if (!inGrid(target, column.header, row.header, elements)) continue;
    // A slot heads one of them (that slot may already count as a row key) — or both are texts both tasks say and the
    // cell reads like its neighbours (a wordless radio, a "Free"): its caption tells nothing, so only its headers say it
    // is the same cell again; left to its caption it would be found by its place, in whatever row sits there now.
    if (!column.slot && !row.slot && !readsLikeOthers(target, elements)) continue;
    // A header the demonstration's task names more than once that the new task does not name as often under this
    // reading ("Rate Breakfast as Fair and Location as Fair" / "Rate Wi-Fi as Good and Location as Fair"): which of its
    // places this cell's header stands for is a guess — refused, never the one rating read for both rows.
    const repeated = [column, row].find((named) => countWhole(context.demoTask, named.old) > 1 && countWhole(context.task, named.new) !== countWhole(context.demoTask, named.old));
    if (repeated) {
      problems.push({
        text: `the demonstration's task names ${quote(repeated.old)} ${countWhole(context.demoTask, repeated.old)} times and this one ${quote(repeated.new)} ${countWhole(context.task, repeated.new)} time(s): which of them the ${target.role} demonstrated step ${planned.sourceIndex + 1} clicked under ${quote(column.old)} in the row of ${quote(row.old)} stands for is a guess`,
        blocking: true,
      });
      continue;
    }
    const unused = [column, row].filter((named) => named.slot && context.unusedSlots.includes(named.slot));
    planned.headerCell = { role: target.role, ...(target.tag ? { tag: target.tag } : {}), column: { old: column.old, new: column.new }, row: { old: row.old, new: row.new } };
    for (const named of unused) context.unusedSlots.splice(context.unusedSlots.indexOf(named.slot!), 1);
    context.notes.push(
      `demonstrated step ${planned.sourceIndex + 1} clicked the ${target.role} under ${quote(column.old)} in the row of ${quote(row.old)}: clicks the one under ${quote(column.new)} in the row of ${quote(row.new)}`,
    );
  }
  return problems;
}

export function groundHeaderCell(cell: HeaderCell, elements: readonly UIElement[]): { ok: true; action: Action; score: number; reason: string } | { ok: false; score: number; reason: string } {
  const visible = elements.filter((element) => !element.states.hidden);
  const headers = (value: string) => captions(visible).filter((element) => shown(element) === normalizeText(value));
  const columns = headers(cell.column.new);
  const rows = headers(cell.row.new);
  const where = `the ${cell.role} under ${quote(cell.column.new)} in the row of ${quote(cell.row.new)}`;
  if (columns.length === 0 || rows.length === 0) {
    return { ok: false, score: 0, reason: `the demonstration clicked the ${cell.role} under ${quote(cell.column.old)} in the row of ${quote(cell.row.old)}; no header here reads ${quote(columns.length === 0 ? cell.column.new : cell.row.new)}` };
  }
  const fits = visible.filter(
    (element) =>
      element.interactive &&
      element.role === cell.role &&
      (element.tag ?? '') === (cell.tag ?? '') &&
      !element.states.disabled &&
      columns.some((header) => inColumnAbove(header, element)) &&
      rows.some((header) => inRowLeft(header, element)),
  );
  if (fits.length !== 1) {
    return { ok: false, score: 0, reason: `the demonstration clicked the ${cell.role} under ${quote(cell.column.old)} in the row of ${quote(cell.row.old)}; ${fits.length === 0 ? `no ${cell.role} here lies where ${quote(cell.column.new)} and ${quote(cell.row.new)} cross (the cell may be taken)` : `${fits.length} of them lie where ${quote(cell.column.new)} and ${quote(cell.row.new)} cross`}` };
  }
  const element = fits[0]!;
  return { ok: true, action: { type: 'click', target: { elementId: element.id } }, score: HEADER_CELL_SCORE, reason: `[${element.id}] is ${where}, as the demonstrated one lay under ${quote(cell.column.old)} in the row of ${quote(cell.row.old)}` };
}
