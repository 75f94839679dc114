/**
 * Rule: the control that names what a figure shows. The page shows a
 * wordless figure (a shape, a glyph, a swatch — observation/figure-words.ts)
 * and a row of controls naming kinds or colours ("Circle", "Triangle",
 * "Letter", "Number"); the task never names the answer ("Click the button
 * that best describes the figure"). The demonstration clicked the control
 * whose caption names what the one figure on its page showed. On a new page
 * the answer is the control that names what the figure shows now — never the
 * demonstration's own caption again.
 *
 * Planning half (`markDescribedPicks`): a click on a control whose caption
 * is one shape or colour word, which the task does not name, and which one
 * figure on the demonstration's page showed. Grounding half
 * (`groundDescribedPick`): the one figure on the page now, then the one
 * control like the demonstrated one naming its shape (or colour); no figure,
 * several, or no such control is a refusal.
 *
 * Pure functions, no task knowledge.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import { kindOf, targetDescriptorsOf, type PlannedStep, type RuleContext } from '../planned-step.js';
import { containsWhole } from '../text-match.js';
import { figureOf, figureTerms, shapeFits, type Figure } from '../../../observation/figure-words.js';

/** Click the control, of the demonstrated control's kind, that names the figure's shape or colour. */
export interface DescribedPick {
  /** kindOf the demonstrated control. */
  kind: string;
  property: 'shape' | 'colour';
  /** The demonstrated caption and the figure it described ("Circle", "red circle"). */
  caption: string;
  figure: string;
}

/** Score of the one control naming what the one figure shows. */
const DESCRIBED_PICK_SCORE = 0.85;

/** The one shape or colour a caption names, if it names exactly one thing a figure shows. */
function captionProperty(caption: string): { property: 'shape' | 'colour'; word: string } | undefined {
  const terms = figureTerms(caption);
  const words = caption.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > 2 || terms.glyphs.length > 0) return undefined;
  if (terms.shapes.length === 1 && terms.colours.length === 0) return { property: 'shape', word: terms.shapes[0]! };
  if (terms.colours.length === 1 && terms.shapes.length === 0) return { property: 'colour', word: terms.colours[0]! };
  return undefined;
}

const fitsProperty = (figure: Figure, property: 'shape' | 'colour', word: string) => (property === 'shape' ? shapeFits(word, figure.shape) : figure.colour === word);

/** The figures a page shows on their own (not the controls that name them). */
const figuresOf = (elements: readonly UIElement[], kind: string) => elements.filter((element) => !element.states.hidden && kindOf(element) !== kind && figureOf(element) !== undefined);

/** Mark clicks on a control that named the shape or colour of the one figure on the page. */
export function markDescribedPicks(steps: readonly PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'notes'>): void {
  for (const planned of steps) {
    const action = planned.step.action;
    if (action.type !== 'click' || planned.figurePick) continue;
    const target = targetDescriptorsOf(planned.step)[0];
    const caption = target ? target.text || target.label || '' : '';
    if (!target || !caption || figureOf(target) || containsWhole(context.demoTask, caption)) continue;
    // A caption a task value rewrites is chosen by the task.
    if (planned.bindings.some((binding) => containsWhole(caption, binding.old))) continue;
    const named = captionProperty(caption);
    if (!named) continue;
    const kind = kindOf(target);
    const figures = figuresOf(planned.step.observation.elements, kind);
    const described = figures.filter((element) => fitsProperty(figureOf(element)!, named.property, named.word));
    if (figures.length !== 1 || described.length !== 1) continue;
    const figure = figureOf(described[0]!)!.words;
    planned.describedPick = { kind, property: named.property, caption, figure };
    context.notes.push(`demonstrated step ${planned.sourceIndex + 1} clicked ${JSON.stringify(caption)}, the ${named.property} of the ${figure} on its page, which its task does not name: clicks the control naming the ${named.property} of the figure shown now`);
  }
}

/** Ground a described pick on the page now. */
export function groundDescribedPick(pick: DescribedPick, elements: readonly UIElement[]): { ok: true; action: Action; score: number; reason: string } | { ok: false; score: number; reason: string } {
  const figures = figuresOf(elements, pick.kind);
  if (figures.length !== 1) {
    return { ok: false, score: 0, reason: `the demonstration clicked ${JSON.stringify(pick.caption)} for the one figure on its page (a ${pick.figure}); ${figures.length === 0 ? 'no figure shows here' : `${figures.length} figures show here and nothing says which one is meant`}` };
  }
  const figure = figureOf(figures[0]!)!;
  const controls = elements.filter((element) => {
    if (element.states.hidden || kindOf(element) !== pick.kind) return false;
    const named = captionProperty(element.text || element.label || '');
    return named !== undefined && named.property === pick.property && fitsProperty(figure, named.property, named.word);
  });
  if (controls.length !== 1) {
    return { ok: false, score: 0, reason: `the figure here is a ${figure.words}, and ${controls.length === 0 ? 'no control like the demonstrated one names its' : `${controls.length} controls name its`} ${pick.property}` };
  }
  const control = controls[0]!;
  return {
    ok: true,
    action: { type: 'click', target: { elementId: control.id } },
    score: DESCRIBED_PICK_SCORE,
    reason: `[${control.id}] ${JSON.stringify(control.text || control.label)} names the ${pick.property} of the figure shown, a ${figure.words} (the demonstration clicked ${JSON.stringify(pick.caption)} for a ${pick.figure})`,
  };
}
