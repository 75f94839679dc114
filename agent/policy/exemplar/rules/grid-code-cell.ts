/**
 * Rule: a cell of a grid clicked for the code the task names ("Could you grab
 * D2, D3" on a seat map), where the cell shows its code whole ("D2"), names
 * it by label ("Row D, seat 2"), or reads only "2" in a line a lone "D" heads
 * (grid-codes.ts `elementGridCode`). The same seat map draws its seats any of
 * these ways on another visit, so the new code is looked for by the code each
 * cell shows, never by the demonstrated caption ("2", another row's seat).
 *
 * Planning half (`markGridCodeCells`): a demonstrated click whose target
 * showed a code that the step's bindings rewrite (D2 → B3), or that the
 * demonstration's task named and both tasks name alike, clicks the cell
 * showing the new code. A code rewritten to words holding no one code
 * ("D2" → "seats B2, B3") is cut to the code it holds; holding none or two,
 * the step is refused rather than grounded by its caption ("2" of any row).
 *
 * Grounding half (`groundGridCodeCell`): on the new screen, the one visible,
 * enabled element of the demonstrated role that shows the new code. None (the
 * seat is taken, the grid reads otherwise) or several is a refusal, never
 * another cell.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import { elementGridCode, gridCodes } from '../grid-codes.js';
import { substitute } from '../text-match.js';
import { targetedElements, type PlannedStep, type RuleContext } from '../planned-step.js';

export interface GridCodeCell {
  /** Role of the clicked cell. */
  role: string;
  /** The code the clicked cell showed, and the one the new task names (none: the bindings say no one code). */
  old: string;
  new?: string;
}

/** Score of the one cell showing the new code. */
const GRID_CODE_SCORE = 0.85;

const quote = (text: string) => JSON.stringify(text);

export function markGridCodeCells(steps: readonly PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'notes'>): void {
  // A code both tasks name, which no binding rewrites: the same seat again.
  const demoNamed = new Set(gridCodes(context.demoTask).map((code) => code.value));
  const inTask = new Set(gridCodes(context.task).map((code) => code.value));
  const named = new Set([...demoNamed].filter((code) => inTask.has(code)));
  for (const planned of steps) {
    if (planned.step.action.type !== 'click' || planned.gridCode || planned.headerCell) continue;
    const target = targetedElements(planned.step)[0];
    if (!target?.interactive) continue;
    const code = elementGridCode(target, planned.step.observation.elements);
    if (!code) continue;
    const rewritten = substitute(code, planned.bindings);
    // A code neither task names, which no binding rewrites: a cell clicked for something else.
    if (!rewritten.changed && !named.has(code) && !demoNamed.has(code)) continue;
    // A code the demonstration's task named that no binding rewrites and the task does not name again: words
    // around it were bound ("Could you grab D2" → "Book seats E5"), the seat was not — never the old seat again.
    const codes = rewritten.changed ? gridCodes(rewritten.text) : named.has(code) ? [{ value: code }] : [];
    const value = codes.length === 1 ? codes[0]!.value : undefined;
    planned.gridCode = { role: target.role, old: code, ...(value ? { new: value } : {}) };
    context.notes.push(
      value
        ? `demonstrated step ${planned.sourceIndex + 1} clicked the ${target.role} showing the code ${quote(code)}: clicks the one showing ${quote(value)}, however the grid writes it`
        : `demonstrated step ${planned.sourceIndex + 1} clicked the ${target.role} showing the code ${quote(code)}, which the task's ${quote(rewritten.text)} does not name as one code`,
    );
  }
}

export function groundGridCodeCell(cell: GridCodeCell, elements: readonly UIElement[]): { ok: true; action: Action; score: number; reason: string } | { ok: false; score: number; reason: string } {
  if (!cell.new) return { ok: false, score: 0, reason: `the demonstration clicked the ${cell.role} showing the code ${quote(cell.old)}, and the task names no one code in its place` };
  const visible = elements.filter((element) => !element.states.hidden);
  const showing = visible.filter((element) => element.interactive && element.role === cell.role && elementGridCode(element, visible) === cell.new);
  const fits = showing.filter((element) => !element.states.disabled);
  if (fits.length !== 1) {
    const why = fits.length > 1 ? `${fits.length} of them show it` : showing.length > 0 ? `the one showing it is disabled (taken)` : `no ${cell.role} here shows it`;
    return { ok: false, score: 0, reason: `the demonstration clicked the ${cell.role} showing the code ${quote(cell.old)}; the task names ${quote(cell.new)}, and ${why}` };
  }
  const element = fits[0]!;
  return { ok: true, action: { type: 'click', target: { elementId: element.id } }, score: GRID_CODE_SCORE, reason: `[${element.id}] shows the code ${quote(cell.new)}, as the demonstrated one showed ${quote(cell.old)}` };
}
