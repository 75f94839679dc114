/**
 * Rule: a value that only chooses the row a step acts in.
 *
 * "Could you respond to "Lunch tomorrow?" from Anna by saying "Sure."" was
 * demonstrated as a click on the sender button "Anna" in the row whose text
 * shows "Lunch tomorrow?". The quoted message is typed nowhere and is no
 * caption of any target: it chose the row. The button's caption is the row's
 * data too — each row's sender button carries another name (row-keys.ts
 * `captionVaries`) — so the rows are told apart by the message alone, and the
 * value was used: the step's row key (row-keys.ts), never "a value no step used".
 *
 * Planning half (`rowKeyOf`): is a value the row key of a demonstrated
 * click — the usual way (the control like it in other rows has the same
 * caption: an archive icon), or with its caption as row data.
 *
 * Grounding half (`rowChoiceProblem`): a step whose caption was row data acts
 * only when exactly one row like the demonstrated one shows every new value
 * now (keys taken together: "Jan" and "20" of one day); none or several is a refusal in plain words ("2 rows show "Lara"
 * here"), never a pick by position. The caption itself is checked by the
 * grounding when the task names it too (the sender "Ben" of the message it
 * quotes must be the one in that row); else it is whatever that row shows.
 *
 * Pure functions over a step and an observation.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { captionVaries, isRowKey, keyPlace, likeInCardsShowing, likeInRowsShowing, ownTextHolds } from '../row-keys.js';
import { targetDescriptorsOf, targetedElements, type PlannedStep, type RowKey } from '../planned-step.js';

/** How a row showed its key: its caption was the row's data (row-keys.ts captionVaries), and where in the row the value showed (keyPlace). */
export type RowKeyFinding = Pick<RowKey, 'captionData' | 'place'>;

/** Was `value` the row key of the step's target? Undefined when it was not (or the step is no click or hover). */
export function rowKeyOf(step: Step, value: string): RowKeyFinding | undefined {
  if (step.action.type !== 'click' && step.action.type !== 'hover' && step.action.type !== 'double-click') return undefined;
  const element = targetedElements(step)[0];
  if (!element) return undefined;
  const elements = step.observation.elements;
  const placed = (dataCaption: boolean): RowKeyFinding => {
    const place = keyPlace(element, elements, value, dataCaption);
    return { ...(dataCaption ? { captionData: true as const } : {}), ...(place === undefined ? {} : { place }) };
  };
  if (isRowKey(element, elements, value, step.targets[0]?.context)) return placed(false);
  // The caption is row data: only the observed row counts, not a recorded container's text (which may hold every row).
  if (!ownTextHolds(element, value) && captionVaries(element, elements) && isRowKey(element, elements, value, undefined, true)) return placed(true);
  return undefined;
}

/**
 * Before a step whose caption was row data acts: the rows like the
 * demonstrated one that show each new value now. Exactly one is the row;
 * none or several is a refusal, in words a user understands. Undefined when
 * the step has no such key.
 */
export function rowChoiceProblem(planned: PlannedStep, elements: readonly UIElement[]): string | undefined {
  const named = labelNamedProblem(planned, elements);
  if (named) return named;
  const keys = (planned.rowKeys ?? []).filter((key) => key.captionData);
  if (keys.length === 0) return undefined;
  const target = targetDescriptorsOf(planned.step)[0];
  if (!target) return undefined;
  const what = target.role === 'button' || target.role === 'link' ? `the ${target.role} of the row` : 'the row';
  // Several keys chose one row together ("Jan" and "20" of the day "Jan 20"): the rows that show every one of them.
  let rows: readonly UIElement[] | undefined;
  for (const key of keys) {
    const showing = likeInRowsShowing(target, elements, key.new, key.place, true);
    rows = rows === undefined ? showing : rows.filter((row) => showing.includes(row));
  }
  if (rows === undefined || rows.length === 1) return undefined;
  const [olds, news] = [keys.map((key) => JSON.stringify(key.old)).join(' and '), keys.map((key) => JSON.stringify(key.new)).join(' and ')];
  if (rows.length === 0) return `the demonstration chose ${what} that shows ${olds}, and no row like it shows ${news} here (demonstrated step ${planned.sourceIndex + 1})`;
  return `the demonstration chose ${what} that shows ${olds}, and ${rows.length} rows show ${news} here, so which one is meant is a guess (demonstrated step ${planned.sourceIndex + 1})`;
}

/**
 * Before a step whose label named its row's item ("+" labelled "Increase Olive oil", row-keys.ts labelNamesRow): the
 * controls of its kind and caption whose card shows the new item. Exactly one is the row; none or several (two lines
 * showing "Oat milk") is a refusal — never the one nearest the demonstrated place.
 */
function labelNamedProblem(planned: PlannedStep, elements: readonly UIElement[]): string | undefined {
  const target = targetDescriptorsOf(planned.step)[0];
  if (!target) return undefined;
  for (const key of (planned.rowKeys ?? []).filter((found) => found.labelNamed)) {
    const rows = likeInCardsShowing(target, elements, key.new).length;
    if (rows === 1) continue;
    const what = `the ${target.role} ${JSON.stringify(target.text)} named for ${JSON.stringify(key.old)}`;
    if (rows === 0) return `the demonstration pressed ${what}, and no row with such a control shows ${JSON.stringify(key.new)} here (demonstrated step ${planned.sourceIndex + 1})`;
    return `the demonstration pressed ${what}, and ${rows} rows with such a control show ${JSON.stringify(key.new)} here, so which one is meant is a guess (demonstrated step ${planned.sourceIndex + 1})`;
  }
  return undefined;
}
