/**
 * Rule: a figure chosen by what it shows. A coloured swatch or an SVG shape
 * has no words of its own; the extraction describes it by its rendering
 * (its `figure` attribute: "red", "blue triangle", "black letter k" —
 * observation/figure-words.ts). When the demonstration clicked a figure and
 * its task named what that figure shows ("the red box", "a blue triangle"),
 * the figure was chosen by those properties: on a new page, click the figure
 * that shows what the new task names — never the one at the demonstrated
 * place. No such figure, or several when the task says "the", is a refusal.
 *
 * Planning half (`markFigurePicks`): find such clicks, store the new task's
 * figure terms on the step, and mark the slots they account for used.
 * Grounding half (`groundFigurePick`): the figures like the demonstrated one
 * (role and tag) that fit the terms, a size word judged against the others.
 * And the check (`figureProblem`): a click on a figure the task did not name
 * is only repeated on a figure that looks the same; another colour or shape
 * at the demonstrated place is a refusal, not a guess by position. A figure
 * that carries words of its own, found here by them (the one bar named "Sat"
 * where the demonstration's was "Tue"), was chosen by its words: its look
 * may differ (recorded under the pointer, in its hover colour).
 *
 * Pure functions, no task knowledge.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import { targetDescriptorsOf, type PlannedStep, type RuleContext } from '../planned-step.js';
import { normalizeText, substitute, type Binding } from '../text-match.js';
import { figureFits, figureOf, figureTerms, namedProperties, namesFigure, termsPhrase, type FigureTerms } from '../../../observation/figure-words.js';

/** Click the figure that shows what the new task names. */
export interface FigurePick {
  /** Role and tag of the demonstrated figure: the candidates are figures of its role (any shape). */
  role: string;
  tag?: string;
  /** The demonstrated figure's words ("red square") and what its task named of it (colour, shape, glyph). */
  demonstrated: string;
  named: string[];
  /** What the new task names. */
  terms: FigureTerms;
}

/** Score of a click on the one figure that fits the task's words. */
const FIGURE_PICK_SCORE = 0.85;
/** Score of a click on the first of several figures that fit "a …" (any of them will do). */
const ANY_FIGURE_SCORE = 0.8;
/** Two figures differ in size when one's area is at least this many times the other's. */
const SIZE_RATIO = 1.5;

const isClick = (action: PlannedStep['step']['action']) => action.type === 'click' || action.type === 'double-click';

/** Turn clicks on figures the demonstration's task named into picks by the new task's words. */
export function markFigurePicks(steps: readonly PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes'>): void {
  const demoTerms = figureTerms(context.demoTask);
  if (!namesFigure(demoTerms)) return;
  const terms = figureTerms(context.task);
  for (const planned of steps) {
    if (!isClick(planned.step.action) || planned.figurePick) continue;
    const target = targetDescriptorsOf(planned.step)[0];
    const figure = target ? figureOf(target) : undefined;
    if (!target || !figure) continue;
    const named = namedProperties(figure, demoTerms);
    if (named.length === 0) continue;
    planned.figurePick = { role: target.role, ...(target.tag ? { tag: target.tag } : {}), demonstrated: figure.words, named, terms };
    context.notes.push(
      `demonstrated step ${planned.sourceIndex + 1} clicked the ${figure.words} its task named (by ${named.join(' and ')}): clicks the figure that is ${termsPhrase(terms) || '(nothing named)'}`,
    );
  }
  if (!steps.some((planned) => planned.figurePick)) return;
  // The slots that named figures are used by the picks.
  for (let index = context.unusedSlots.length - 1; index >= 0; index--) {
    const slot = context.unusedSlots[index]!;
    const old = figureTerms(slot.old.join(' '));
    if (namesFigure(old) || old.sizes.length > 0) context.unusedSlots.splice(index, 1);
  }
}

/** A figure as a person would say it: a swatch with only a colour is a box ("red box"). */
const spoken = (words: string, shape: string | undefined) => (shape ? words : `${words} box`);

/** The area of an element's box. */
const areaOf = (element: UIElement) => element.box.width * element.box.height;

/** Ground a figure pick: the one figure like the demonstrated one that fits the new task's words. */
export function groundFigurePick(pick: FigurePick, elements: readonly UIElement[]): { ok: true; action: Action; score: number; reason: string } | { ok: false; score: number; reason: string } {
  const phrase = termsPhrase(pick.terms);
  if (!namesFigure(pick.terms)) {
    return { ok: false, score: 0, reason: `the demonstration chose the ${pick.demonstrated} by the ${pick.named.join(' and ')} its task named; this task names no colour, shape or character to choose a figure by` };
  }
  const figures = elements.filter((element) => !element.states.hidden && element.role === pick.role && figureOf(element));
  let fits = figures.filter((element) => figureFits(figureOf(element)!, pick.terms));
  const shown = [...new Set(figures.map((element) => figureOf(element)!.words))].slice(0, 8).join(', ');
  if (pick.terms.sizes.length > 0 && fits.length > 0) {
    const areas = figures.map(areaOf);
    const smallest = Math.min(...areas);
    const largest = Math.max(...areas);
    if (largest < smallest * SIZE_RATIO) return { ok: false, score: 0, reason: `the task names a ${pick.terms.sizes[0]} figure, but the figures here are all one size` };
    const size = pick.terms.sizes[0]!;
    fits = fits.filter((element) => (size === 'large' ? areaOf(element) >= smallest * SIZE_RATIO : areaOf(element) * SIZE_RATIO <= largest));
  }
  if (fits.length === 0) return { ok: false, score: 0, reason: `no figure here is ${phrase} (the figures show: ${shown || 'none'})` };
  if (fits.length > 1 && !pick.terms.indefinite) {
    return { ok: false, score: 0, reason: `${fits.length} figures here are ${phrase} and the task does not say which one` };
  }
  const ordered = [...fits].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const element = ordered[0]!;
  return {
    ok: true,
    action: { type: 'click', target: { elementId: element.id } },
    score: fits.length === 1 ? FIGURE_PICK_SCORE : ANY_FIGURE_SCORE,
    reason: `[${element.id}] is the ${figureOf(element)!.words}${fits.length > 1 ? `, the first of ${fits.length} that are ${phrase} (the task asks for any one)` : `, the one figure that is ${phrase}`}`,
  };
}

/** The words an element is named by: its text, else its label. */
const nameOf = (element: { text?: string | undefined; label?: string | undefined }) => normalizeText(element.text || element.label || '');

/**
 * A figure with words of its own ("Tue" under a chart's bar) that the task chose it by: a slot rewrites those words
 * ("Tue" → "Sat"), the element chosen shows the new ones, and no other element of its role shows them. Then the words chose it, not
 * its place, and its look may differ freely (a bar recorded in its hover colour is the same bar).
 */
function chosenByWords(target: { text?: string | undefined; label?: string | undefined }, bindings: readonly Binding[], element: UIElement, elements: readonly UIElement[]): boolean {
  const demonstrated = nameOf(target);
  // Only words the task chose it by (a slot rewrote them): a figure the task chose otherwise ("the tallest bar") keeps its check.
  if (demonstrated === '' || !bindings.some((binding) => normalizeText(binding.old) === demonstrated)) return false;
  const wanted = normalizeText(substitute(target.text || target.label || '', bindings).text);
  const named = elements.filter((candidate) => !candidate.states.hidden && candidate.role === element.role && nameOf(candidate) === wanted);
  return nameOf(element) === wanted && named.length === 1;
}

/**
 * Why a click on (or a drag of) a figure the task did not name must not be repeated here:
 * the element the grounding found looks different from the demonstrated one
 * (another colour or shape at the demonstrated place). Undefined when it is fine.
 */
export function figureProblem(planned: PlannedStep, action: Action, elements: readonly UIElement[]): { reason: string; help: string } | undefined {
  // Chosen by what it shows, or by a comparison of the rows' measures ("the tallest bar": extreme-pick.ts), never by its place.
  if (planned.figurePick || planned.figureSetDrop || planned.extremePick) return undefined;
  // A click's target, or the figure a drag picks up: either way chosen by its place when its task named nothing.
  const chosen = isClick(action) && 'target' in action ? action.target : action.type === 'drag' ? action.from : undefined;
  if (!chosen || !('elementId' in chosen)) return undefined;
  const target = targetDescriptorsOf(planned.step)[0];
  const demonstrated = target ? figureOf(target) : undefined;
  if (!target || !demonstrated) return undefined;
  const id = chosen.elementId;
  const verb = action.type === 'drag' ? 'dragged' : 'clicked';
  const element = elements.find((candidate) => candidate.id === id);
  const here = element ? figureOf(element) : undefined;
  if (!element || here?.words === demonstrated.words) return undefined;
  if (chosenByWords(target, planned.bindings, element, elements)) return undefined;
  return {
    reason: `the demonstration ${verb} a figure with no words, a ${spoken(demonstrated.words, demonstrated.shape)}, which its task does not name; [${id}] here is ${here ? `a ${spoken(here.words, here.shape)}` : 'no figure'}, so choosing it by its place would be a guess`,
    help: `record a demonstration whose task names the colour or shape to ${action.type === 'drag' ? 'move (e.g. "Drag all red shapes into the box")' : 'click (e.g. "Click the red box")'}, or use the hybrid policy with a model`,
  };
}
