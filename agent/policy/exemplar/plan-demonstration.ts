/**
 * Turning one stored demonstration into a plan for a new task: align the two
 * task texts, find where each slot's old value was used in the demonstrated
 * actions, and generalise what the demonstration shows, using nothing but
 * the trajectory itself:
 *
 * - a list slot's per-item pattern repeats once per new item (when the
 *   demonstrated blocks are alike; a tuple like name, e-mail binds item by item);
 * - clicks on checkable elements that left exactly the named ones checked
 *   become one "ensure checked" step (pre-ticked boxes get unticked);
 * - clicks through tabs / section headers, or scrolls, right before a target
 *   the task names become a search that goes on until that target shows;
 * - a click on the Nth element of a kind, where N is a number in the task,
 *   becomes "pick the new Nth", paging as the demonstration did.
 * - a date slot binds its parts (month name, day, year), and clicks on one
 *   control that moved a "Month YYYY" title to the date's month become a
 *   navigation to the new date's month, either way (date-parts.ts);
 * - a click on one of several alike rows that held the extreme of the
 *   quantity a superlative of the task names ("cheapest" → lowest price)
 *   becomes a comparison by the new task's superlative (superlatives.ts).
 *
 * The plan holds the demonstrated steps (with their target descriptors) and
 * the old → new bindings each must be rewritten with; grounding them on the
 * live observation happens later, one step at a time (ground-step.ts).
 *
 * Pieces: planned-step.ts (what a plan holds), bind-slots.ts (slots →
 * bindings, repetition, checked sets), rules/ (one file per generalisation).
 */
import type { UIElement } from '../../core/observation.js';
import type { Trajectory } from '../../core/trajectory.js';
import { alignTasks } from './align-tasks.js';
import { readRowDeed, type RowDeedPick } from './rules/row-deed.js';
import { pairCountSlots, splitCountSlots } from './count-slots.js';
import { markCountedFields } from './rules/counted-fields.js';
import { alignByClauses } from './clause-align.js';
import { splitAtClauseJoints } from './rules/clause-joints.js';
import { withoutPlaceTails } from './rules/list-end.js';
import { normalizeText, substitute, type Binding } from './text-match.js';
import { tokenizeTask } from './task-tokens.js';
import { taskValueProblems, type TaskValueProblem } from './rules/task-values.js';
import { choiceCaptions } from './rules/choice-captions.js';
import { offersDay } from './rules/present-time.js';
import { pageValueSource } from './rules/typed-values.js';
import { markDerivedValues } from './rules/derived-values.js';
import { markValuePicks } from './rules/value-choice.js';
import { markPageReads } from './rules/page-reads.js';
import { markRenamedChoices } from './rules/renamed-choice.js';
import { markTransforms } from './rules/value-transforms.js';
import { markSplitValues } from './rules/split-value.js';
import { markPageTokens } from './rules/page-token.js';
import { markPageLookups } from './rules/page-lookup.js';
import { markCalendarDays } from './rules/calendar-month.js';
import { markSearches } from './rules/search-steps.js';
import { markRankedPicks, ordinalNumber } from './rules/ranked-pick.js';
import { markNavigations } from './rules/month-navigation.js';
import { markExtremePicks } from './rules/extreme-pick.js';
import { markDropPlaces } from './rules/drop-place.js';
import { markSliderValues } from './rules/slider-value.js';
import { markSortOrders } from './rules/sort-direction.js';
import { bindSlots } from './bind-slots.js';
import { sharedValues } from './value-spans.js';
import { markFigurePicks } from './rules/figure-pick.js';
import { markIconWords } from './rules/icon-word.js';
import { markFigureSetDrops } from './rules/figure-set-drop.js';
import { markDescribedPicks } from './rules/described-pick.js';
import { markRowSets } from './rules/row-set.js';
import { clauseProblems, narrowToTask } from './rules/task-clauses.js';
import { narrowedRemainderProblem } from './rules/unserved-remainder.js';
import { markRowWords } from './rules/row-words.js';
import { markUnledRows } from './rules/row-key-wording.js';
import { markHeaderCells } from './rules/header-cell.js';
import { markGridCodeCells } from './rules/grid-code-cell.js';
import { reorderToTask } from './rules/clause-order.js';
import { withLeftFields } from './rules/left-fields.js';
import { withPresetChoices } from './rules/preset-choice.js';
import { withAskedBoxStates } from './rules/asked-box-state.js';
import { finalPressOf, withFinalPress } from './rules/final-press.js';
import { markExchangePresses } from './rules/exchange-press.js';
import { stepStrings, toggledState, type DemonstrationPlan, type PlannedStep } from './planned-step.js';
import { alignByPlaces, PLACED_SCORE } from './rules/kind-by-places.js';
import { alignFormFill, gluesFormValues } from './rules/form-fill.js';
import { actedWholeNames, shownWholeNames } from './rules/and-names.js';
import { alignItemEdits, withoutRemovalNegations } from './rules/item-edits.js';
import { alignFieldPairs } from './rules/field-pairs.js';
import { unnamedChoices } from './rules/unnamed-choices.js';
import { demonstrationPage, pageIdentity, type PageFacts } from './same-page.js';
import { supersededSelect } from './rules/superseded-selects.js';
import { readinessRewrite } from './rules/readiness-clause.js';
import { questionRewrite } from './rules/question-pick.js';
import { announcedTextRewrite } from './rules/unquoted-literal.js';
import { leadingNameOf } from './rules/leading-name.js';
import { actionSlotProblems } from './rules/action-slot.js';
import { saidOrShownProblems } from './rules/said-or-shown.js';
import { repeatPeriodProblems } from './rules/repeat-period.js';
import { offeredChoiceProblem } from './rules/offered-choice.js';

// The plan's pieces stay importable from here, where they always were.
export { kindOf, stepStrings, targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from './planned-step.js';
export { refineBinding } from './bind-slots.js';

/**
 * Rewordings of two task texts that change how a request is said, not what it asks, tried in order before planning:
 * "Click Submit once it becomes enabled." / "Wait for the Go button to show up, then click it." — when, not what
 * (rules/readiness-clause.ts); "Which folder has 23 unread mails? Open it." — the question says what "it" is
 * (rules/question-pick.ts); "The bio should read: Cat person." — the text to enter, quoted (rules/unquoted-literal.ts).
 */
const REWORDINGS = [readinessRewrite, questionRewrite, announcedTextRewrite] as const;

/**
 * `page`: the elements the page shows now, when planning for a page at hand;
 * the names they show whole decide where the task's lists split at "and"
 * (rules/and-names.ts).
 */
export function planDemonstration(trajectory: Trajectory, task: string, page?: readonly UIElement[], where?: PageFacts): DemonstrationPlan {
  // Both texts reworded, then planned as reworded, the plan keeping the texts as written (REWORDINGS).
  for (const reword of REWORDINGS) {
    const reworded = reword(trajectory.task, task);
    if (reworded) {
      const plan = planDemonstration({ ...trajectory, task: reworded.demoTask }, reworded.task, page, where);
      return { ...plan, trajectory, task, notes: [reworded.note, ...plan.notes] };
    }
  }
  // A closing press the task names ("…, then Post") that the demonstration did not make: planned for the rest, then added (rules/final-press.ts).
  const closing = finalPressOf(trajectory, task);
  if (closing) return withFinalPress(planDemonstration(trajectory, closing.rest, page, where), trajectory, task, closing.press);
  const notes: string[] = [];
  // Only the actions that worked are worth repeating; done is re-derived at the end of the plan.
  const demonstrated = trajectory.steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step.result?.ok !== false && step.action.type !== 'done')
    // A drop-down chosen twice in a row keeps its last choice (rules/superseded-selects.ts).
    .filter(({ step, index }) => !supersededSelect(step, trajectory.steps[index + 1]));
  const finalDone = [...trajectory.steps].reverse().find((step) => step.action.type === 'done');

  const dataWords = new Set<string>();
  for (const { step } of demonstrated) {
    for (const text of stepStrings(step)) {
      for (const token of tokenizeTask(text)) dataWords.add(token.norm);
      dataWords.add(normalizeText(text));
    }
  }
  // Whole texts the demonstration acted on name its task's items; the page at hand names the new task's (rules/and-names.ts).
  const alignOptions = {
    isData: (norm: string) => dataWords.has(norm),
    names: {
      old: actedWholeNames(demonstrated.map(({ step }) => step)),
      ...(page ? { new: shownWholeNames(page, task) } : {}),
      // A control's caption leading with a name before a describing line (rules/leading-name.ts).
      leads: {
        old: leadingNameOf(demonstrated.flatMap(({ step }) => stepStrings(step))),
        ...(page ? { new: leadingNameOf(page.filter((element) => element.interactive).map((element) => element.text)) } : {}),
      },
    },
  };
  // Clause by clause when the clauses pair in step (clause-align.ts); "one candles" → "two mugs" read as a count and a row (count-slots.ts).
  let alignment = splitCountSlots(pairCountSlots(alignByClauses(trajectory.task, task, alignTasks(trajectory.task, task, alignOptions), alignOptions), trajectory.task, task));
  // A slot running across a clause joint ("15, then press Apply" / "56 and click Go") read clause by clause (rules/clause-joints.ts).
  alignment = splitAtClauseJoints(trajectory.task, task, alignment, notes, alignOptions);
  // "…, Tomato Soup from the menu": the place a list is picked from is no part of its last item (rules/list-end.ts).
  alignment = withoutPlaceTails(alignment, alignOptions.isData);
  // Worded too differently for any template, on the page it was recorded on: the values' types and places may
  // still show one kind of task (rules/kind-by-places.ts); when they do not, the refusal says what did not align.
  let kindGap: string | undefined;
  let rowDeed: { position: number; confirmation?: number; pick: RowDeedPick } | undefined;
  const here = pageIdentity(where);
  // A deed on a card, the card told by the values it shows ("Give the analyst in Dijon a ring" / "Send Noah Nassar a
  // message"), on the page it was recorded on: the press made on the one card showing the new task's values, whatever
  // the template made of the wording (rules/row-deed.ts).
  let deedGap: string | undefined;
  if (page && here !== undefined && demonstrationPage(trajectory) === here) {
    const deed = readRowDeed({ demoTask: trajectory.task, task, steps: demonstrated.map(({ step }) => step) });
    if ('pick' in deed) {
      rowDeed = { position: deed.position, pick: deed.pick, ...(deed.confirmation === undefined ? {} : { confirmation: deed.confirmation }) };
      alignment = { score: Math.max(PLACED_SCORE, alignment.score), slots: [], anchors: 0, unpaired: [] };
      notes.push(deed.note);
    } else if (deed.demonstrationRead) deedGap = deed.gap; // said only where the demonstration was such a deed
  }
  // A basket edit worded freely ("Make it six olive oil and take the tomatoes out."): each clause a row by its item and a
  // deed, paired with the demonstration's clause of that deed (rules/item-edits.ts).
  // Read so, texts whose deeds differ ("two more pasta" / "set the pasta to 5": more is no quantity set) are no one
  // kind of task however alike their words: a wording alignment of them is refused.
  let editsGap: string | undefined;
  const editProblems: TaskValueProblem[] = [];
  // Read so, the texts with their removals' own negations blanked ("don't need", "no olive oil"), for the checks of words one text says alone.
  let editTexts: { old: string; new: string } | undefined;
  if (!rowDeed && page && here !== undefined && demonstrationPage(trajectory) === here) {
    const edits = alignItemEdits(trajectory.task, demonstrated[0]?.step.observation.elements ?? [], task, page);
    if ('alignment' in edits) {
      if (alignment.score < PLACED_SCORE) {
        alignment = edits.alignment;
        notes.push(edits.note);
        editTexts = { old: withoutRemovalNegations(trajectory.task, demonstrated[0]?.step.observation.elements ?? []), new: withoutRemovalNegations(task, page) };
      }
    } else if (edits.deedsDiffer && alignment.score >= PLACED_SCORE) editProblems.push({ text: edits.gap, blocking: true });
    else if (edits.demonstrationRead) editsGap = edits.gap;
  }
  // The template glued several of a form's values into one slot no step can use ("Clover, a 6-year-old male tortoise" →
  // "Ziggy, an 11-year-old male hamster"): read as the same form filled, each value to its field (rules/form-fill.ts).
  // A form's filling the template did read still meets the form reading's guards: a value said of something else than
  // what the form is about ("Her brother is male"), a name whose role is unclear, a count in another measure, a text
  // that only states — any of them refuses, whatever the wording alignment made of the text (rules/form-fill.ts).
  // The form reading, asked once: its guards stand whichever reading planned the steps (after the readings below too).
  let formReading: ReturnType<typeof alignFormFill> | null = null;
  const readForm = (on: readonly UIElement[]) => (formReading ??= alignFormFill(trajectory.task, task, demonstrated.map(({ step }) => step), on));
  if (!rowDeed && alignment.score >= PLACED_SCORE && page && here !== undefined && demonstrationPage(trajectory) === here) {
    const filled = readForm(page);
    if (filled && 'alignment' in filled && alignment.slots.some((slot) => gluesFormValues(slot, demonstrated.map(({ step }) => step)))) {
      alignment = filled.alignment;
      notes.push(filled.note);
    } else if (filled && 'guard' in filled) editProblems.push({ text: `read as the same form filled: ${filled.gap}`, blocking: true });
  }
  if (alignment.score < PLACED_SCORE && page && here !== undefined && demonstrationPage(trajectory) === here) {
    const placed = alignByPlaces(trajectory.task, task, demonstrated.map(({ step }) => step), page, alignOptions.isData);
    if ('alignment' in placed) {
      alignment = placed.alignment;
      notes.push(placed.note);
    } else {
      // Label: value pairs whose labels vary ("Cleanliness: Good" / "give wi-fi a "Poor""): each label a value too (rules/field-pairs.ts).
      const paired = alignFieldPairs(trajectory.task, task, demonstrated.map(({ step }) => step), page);
      // A form's fields each taking one value of the task, however worded ("Pepper | parrot | female | …": rules/form-fill.ts).
      const filled = paired ? undefined : readForm(page);
      if (paired) {
        alignment = paired.alignment;
        notes.push(paired.note);
      } else if (filled && 'alignment' in filled) {
        alignment = filled.alignment;
        notes.push(filled.note);
      } else kindGap = [placed.gap, ...(filled ? [`read as the same form filled: ${filled.gap}`] : []), ...(deedGap === undefined ? [] : [`read as a deed on a card: ${deedGap}`]), ...(editsGap === undefined ? [] : [editsGap])].join('; ');
    }
  }
  // Two options of one control named by the task (rules/form-fill.ts `everyReading`) refuse whatever reading planned the
  // steps — the template followed on its fit below the placed score, kinds and places, field pairs — where the guard
  // would otherwise sit unread in the kind gap ("…, priority Low, thanks, but make it Urgent": Low chosen, sent). The
  // form reading's other guards stay where they were (a template read above the placed score): asked of every reading,
  // they cost development pages 67 of 612 same-kind pairs (support-ticket, pharmacy-refill; session 33).
  if (!rowDeed && page && here !== undefined && demonstrationPage(trajectory) === here) {
    const filled = readForm(page);
    const text = filled && 'everyReading' in filled ? `read as the same form filled: ${filled.gap}` : undefined;
    if (text !== undefined && !editProblems.some((problem) => problem.text === text)) editProblems.push({ text, blocking: true });
  }
  const narrowed = narrowToTask(trajectory, task, alignment.slots); // a clause of the demonstration this task lacks, its steps left out (rules/task-clauses.ts)
  if (narrowed) {
    const plan = planDemonstration(narrowed.trajectory, task, page, where);
    // What the task says that the narrowed plan does not do may be the left-out clause in other words ("we'd come back"
    // for "We would not stay again"): refused, naming it (rules/unserved-remainder.ts).
    const remainder = narrowedRemainderProblem(task, { planTask: plan.trajectory.task, slots: plan.alignment.slots, steps: plan.steps.map((planned) => planned.step), page }, narrowed.dropped);
    return { ...plan, notes: [narrowed.note, ...plan.notes], problems: remainder ? [remainder, ...plan.problems] : plan.problems };
  }
  const reordered = reorderToTask(trajectory, task); // the task's clauses in another order: the demonstration put in it (rules/clause-order.ts)
  if (reordered) return ((plan) => ({ ...plan, notes: [reordered.note, ...plan.notes] }))(planDemonstration(reordered.trajectory, task, page, where));

  const left = withLeftFields(trajectory, task, alignment.slots, page); // a field it left showing the old value, set as its kind was (rules/left-fields.ts)
  if (left) return ((plan) => ({ ...plan, notes: [left.note, ...plan.notes] }))(planDemonstration(left.trajectory, task, page, where));
  const preset = withPresetChoices(trajectory, task, page); // a value both tasks name that its page showed chosen already: chosen here too, or refused (rules/preset-choice.ts)
  if (preset) return ((plan) => ({ ...plan, notes: [preset.note, ...plan.notes], problems: [...preset.problems, ...plan.problems] }))(planDemonstration(preset.trajectory, task, page, where));
  const boxes = withAskedBoxStates(trajectory, task, page); // a box the task asks by its label's verb and particle ("keep me signed in"), never set: set here (rules/asked-box-state.ts)
  if (boxes) return ((plan) => ({ ...plan, notes: [boxes.note, ...plan.notes] }))(planDemonstration(boxes.trajectory, task, page, where));

  const { scalarBindings, dates, dateProblems, unusedSlots, consumed, ensure, repetition, rowKeys, pagedItems } = bindSlots(demonstrated, alignment, notes, sharedValues(trajectory.task, task), { old: trajectory.task, new: task });
  markRowWords(demonstrated, rowKeys, { demoTask: trajectory.task, task, slots: alignment.slots, notes }); // a row told by a plain word both tasks share (rules/row-words.ts)
  markUnledRows(demonstrated, rowKeys, { demoTask: trajectory.task, task, slots: alignment.slots }); // an unled key's column and the row's shared words (rules/row-key-wording.ts)
  const renamedChecks = markRenamedChoices(demonstrated.map(({ step }) => step), { demoTask: trajectory.task, unusedSlots, scalarBindings, notes, ...(page ? { page } : {}) }); // a choice made by meaning, named by the new words (rules/renamed-choice.ts)

  const steps: PlannedStep[] = [];
  const copy = (position: number, bindings: Binding[], item?: number) => {
    if (consumed.has(position)) {
      if (ensure && position === ensure.positions[0]) {
        const { step, index } = demonstrated[position]!;
        steps.push({ sourceIndex: index, step, bindings, ensureChecked: { role: ensure.role, names: ensure.names, ...(ensure.among ? { among: ensure.among } : {}) } });
      }
      return;
    }
    const { step, index } = demonstrated[position]!;
    const intendedChecked = toggledState(step);
    const keys = rowKeys.get(position);
    const renamedChoice = renamedChecks.get(step);
    steps.push({
      sourceIndex: index,
      step,
      bindings,
      ...(keys ? { rowKeys: keys } : {}),
      ...(pagedItems.has(position) ? { pagedItem: pagedItems.get(position)! } : {}),
      ...(item === undefined ? {} : { item }),
      ...(intendedChecked === undefined ? {} : { intendedChecked }),
      ...(renamedChoice ? { renamedChoice } : {}),
    });
  };
  if (repetition) {
    const { slot, first, last, template, templateItem } = repetition;
    for (let position = 0; position < first; position++) copy(position, scalarBindings);
    slot.new.forEach((value, item) => {
      // The template block is rewritten from its own item to each new one; the other old items must not leak in.
      const bindings = [{ old: slot.old[templateItem]!, new: value }, ...scalarBindings];
      for (const position of template) copy(position, bindings, item);
    });
    for (let position = last + 1; position < demonstrated.length; position++) copy(position, scalarBindings);
  } else {
    for (let position = 0; position < demonstrated.length; position++) copy(position, scalarBindings);
  }
  if (rowDeed) {
    const planned = steps.find((candidate) => candidate.sourceIndex === demonstrated[rowDeed!.position]!.index);
    if (planned) {
      planned.rowDeed = rowDeed.pick;
      planned.rowKeys = rowDeed.pick.values.map((value) => ({ old: value, new: value }));
      // The demonstration's confirmation gives way to one of the new deed, pressed only where a dialog asks it.
      const confirmation = rowDeed.confirmation === undefined ? -1 : steps.findIndex((candidate) => candidate.sourceIndex === demonstrated[rowDeed!.confirmation!]!.index);
      if (confirmation >= 0) steps.splice(confirmation, 1);
      steps.splice(steps.indexOf(planned) + 1, 0, { sourceIndex: planned.sourceIndex, step: planned.step, bindings: [], deedConfirmation: rowDeed.pick.deed });
    }
  }
  const countProblems = markCountedFields(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }); // a count into the field its noun labels
  markNavigations(steps, notes, dates);
  markCalendarDays(steps, dates, notes, { demoTask: trajectory.task, task });
  const rowSetProblems = markRowSets(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }); // rows chosen by a shared property (rules/row-set.ts)
  markSearches(steps, notes, trajectory.task);
  const rankNumbers = markRankedPicks(steps, notes, trajectory.task);
  const superlatives = markExtremePicks(steps, notes, trajectory.task, task);
  markValuePicks(steps, { task, slots: alignment.slots, unusedSlots, notes });
  const derivedProblems = markDerivedValues(steps, { demoTask: trajectory.task, task, unusedSlots, notes });
  derivedProblems.push(...markTransforms(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }));
  derivedProblems.push(...markSplitValues(steps, { slots: alignment.slots, unusedSlots, notes })); // a value typed in pieces around another (rules/split-value.ts)
  for (const planned of steps) {
    const source = planned.step.action.type === 'type' && !substitute(planned.step.action.text, planned.bindings).changed ? pageValueSource(planned.step, trajectory.task) : undefined;
    if (!source || planned.derived || planned.typeText !== undefined) continue;
    planned.copyFrom = source;
    notes.push(`demonstrated step ${planned.sourceIndex + 1} typed ${JSON.stringify(source.element.text)} read off the page${source.caption ? ` after ${JSON.stringify(source.caption)}` : ''}: types what that place shows`);
  }
  markPageTokens(steps, { demoTask: trajectory.task, notes }); // a typed word read off the page, told by a piece of the task (rules/page-token.ts)
  derivedProblems.push(...markPageLookups(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }));
  markPageReads(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }); // captions the task names, click counts, the Nth word (rules/page-reads.ts)
  const next = (planned: PlannedStep) => trajectory.steps[planned.sourceIndex + 1]?.observation.elements;
  markSliderValues(steps, { demoTask: trajectory.task, task, unusedSlots, notes, next }); // sliders set to a value (rules/slider-value.ts)
  derivedProblems.push(...markSortOrders(steps, { demoTask: trajectory.task, task, unusedSlots, notes, next })); // a direction word reached by reading the column (rules/sort-direction.ts)
  markDropPlaces(steps, { demoTask: trajectory.task, task, unusedSlots, notes, next }); // drops by place (rules/drop-place.ts)
  markExchangePresses(steps, { demoTask: trajectory.task, task, unusedSlots, notes, next }); // a press that exchanged two fields' contents (rules/exchange-press.ts)
  markFigureSetDrops(steps, { demoTask: trajectory.task, task, unusedSlots, notes }); // every figure the task names into a box (rules/figure-set-drop.ts)
  markFigurePicks(steps, { demoTask: trajectory.task, task, unusedSlots, notes }); // a swatch or shape chosen by the colour or shape the task names
  markIconWords(steps, { demoTask: trajectory.task, task, unusedSlots, notes }); // a wordless toolbar icon named by its class word (rules/icon-word.ts)
  derivedProblems.push(...markHeaderCells(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes })); // a grid cell told by its column and row headers (rules/header-cell.ts)
  markGridCodeCells(steps, { demoTask: trajectory.task, task, notes }); // a grid cell told by the code it shows (rules/grid-code-cell.ts)
  markDescribedPicks(steps, { demoTask: trajectory.task, notes }); // the control naming what the figure shown is
  // A superlative the demonstration chose by was used, though no target showed it.
  for (let index = unusedSlots.length - 1; index >= 0; index--) {
    const slot = unusedSlots[index]!;
    if (!slot.list && superlatives.has(normalizeText(slot.old[0]))) unusedSlots.splice(index, 1);
  }
  // A number that named a rank was used, even though no target showed it.
  for (let index = unusedSlots.length - 1; index >= 0; index--) {
    const value = ordinalNumber(unusedSlots[index]!.old[0] ?? '');
    if (!unusedSlots[index]!.list && value !== undefined && rankNumbers.has(value)) unusedSlots.splice(index, 1);
  }

  // A run recorded by the Runner keeps its done() out of the steps: its answer is in the outcome.
  const doneAnswer = finalDone?.action.type === 'done' ? finalDone.action.answer : undefined;
  const outcomeAnswer = doneAnswer === undefined && trajectory.outcome.status === 'success' ? trajectory.outcome.answer : undefined;
  const demonstratedAnswer = doneAnswer ?? outcomeAnswer;
  const answer = demonstratedAnswer === undefined ? undefined : substituteAnswer(demonstratedAnswer, scalarBindings);
  const relevant = alignment.slots.length;
  const coverage = relevant === 0 ? 1 : (relevant - unusedSlots.length) / relevant;
  if (unusedSlots.length > 0) {
    notes.push(`the demonstration never acted on ${unusedSlots.map((slot) => JSON.stringify(slot.old.join(', '))).join(', ')}`);
  }
  const pages = [...trajectory.steps.flatMap((step) => step.observation.elements), ...(page ?? [])];
  // A deed on a card was judged whole by its own reading — one deed each, every value shown by the one card — not by
  // the wording's slots, of which it has none (rules/row-deed.ts).
  const problems = (rowDeed ? [] : taskValueProblems({
    demoTask: editTexts?.old ?? trajectory.task,
    task: editTexts?.new ?? task,
    alignment,
    unusedSlots,
    stepStrings: demonstrated.flatMap(({ step }) => stepStrings(step)),
    choiceCaptions: choiceCaptions(pages),
    dayOffered: () => offersDay(pages),
    ...(ensure?.daySlot ? { daySlot: ensure.daySlot } : {}),
    unnamedChoices: (apart) => unnamedChoices(trajectory.task, demonstrated.map(({ step }) => step), apart), // a choice made by meaning (rules/unnamed-choices.ts)
  })).concat(editProblems, countProblems, derivedProblems, dateProblems, rowSetProblems, rowDeed ? [] : clauseProblems({ demoTask: trajectory.task, task, slots: alignment.slots, steps: demonstrated.map(({ step }) => step), ...(page ? { page } : {}) }), // a deed on a card: one clause each, read whole (rules/row-deed.ts)
    // "message" (of "Send message") → "Ines": the demonstration's deed bound to words naming none (rules/action-slot.ts).
    actionSlotProblems({ demoTask: trajectory.task, slots: alignment.slots, steps: demonstrated.map(({ step }) => step), ...(page ? { page } : {}) }),
    // The reply typed never stands for the message answered, nor that for it, whatever order the quotes come in (rules/said-or-shown.ts).
    rowDeed ? [] : saidOrShownProblems({ demoTask: trajectory.task, task, slots: alignment.slots, steps: demonstrated.map(({ step }) => step), ...(page ? { page } : {}) }),
    // "fortnightly", "every other Tuesday", "monthly" where the steps pressed a row of weekly day toggles (rules/repeat-period.ts).
    repeatPeriodProblems({ demoTask: trajectory.task, task, steps: demonstrated.map(({ step }) => step), pages }),
    // "sun hat or sunglasses": a choice the task leaves to a person, where the demonstration's task offered none (rules/offered-choice.ts).
    ((choice) => (choice ? [choice] : []))(offeredChoiceProblem({ demoTask: trajectory.task, task, page: pages })));
  return {
    trajectory,
    task,
    alignment,
    problems,
    steps,
    answer,
    ...(answer !== undefined && outcomeAnswer !== undefined ? { answerOnScreen: true } : {}),
    unusedSlots,
    fit: alignment.score * (0.5 + 0.5 * coverage),
    notes,
    ...(kindGap === undefined ? {} : { kindGap }),
  };
}

function substituteAnswer(answer: string, bindings: readonly Binding[]): string {
  const exact = bindings.find((binding) => normalizeText(binding.old) === normalizeText(answer));
  if (exact) return exact.new;
  return substitute(answer, bindings).text;
}
