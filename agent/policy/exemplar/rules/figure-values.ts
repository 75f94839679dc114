/**
 * Rule: a figure the task describes is its value, however it is worded.
 *
 * "Select the purple one of the colours" and "Click the red swatch", or
 * "Click an item that is orange" and "Click a magenta letter", name no value
 * value-spans.ts knows (no capitals, quotes or numbers), so read by kinds and
 * places (kind-by-places.ts) the two texts "name no value" and were refused
 * as another kind of task. A person sees one task: click the figure the text
 * describes. When the demonstration clicked a figure (a swatch, a shape, a
 * glyph: observation/figure-words.ts) that its task named by what it shows,
 * the click is a figure pick by the new task's words (figure-pick.ts), so the
 * words describing a figure — colours, shapes, characters, sizes — are the
 * task's figure value in both texts: set apart from the other values, and one
 * slot from the demonstration's description to the new one.
 *
 * Nothing changes when the demonstration clicked no figure its task named, or
 * the new task describes none. Pure functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import type { ValueSpan } from '../value-spans.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { figureOf, figureTerms, namedProperties, namesFigure } from '../../../observation/figure-words.js';
import { escapeRegExp } from '../../../core/reg-exp.js';

type Step = Trajectory['steps'][number];

/** The words of `text` describing a figure, as spans in order (one per word). */
function figureWordSpans(text: string): ValueSpan[] {
  const terms = figureTerms(text);
  const spans: ValueSpan[] = [];
  let from = 0;
  for (const word of terms.words) {
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').exec(text.slice(from));
    if (!match) continue;
    const start = from + match.index;
    spans.push({ type: 'name', text: word, value: word, words: 1, start, end: start + word.length });
    from = start + word.length;
  }
  return spans;
}

/** "one" / "ones" right after a figure word ("the purple one of the colours"): the figure's pronoun, no count. */
function figurePronouns(text: string, words: readonly ValueSpan[]): ValueSpan[] {
  return words.flatMap((word) => {
    const match = /^\s+(ones?)(?![\p{L}\p{N}])/u.exec(text.slice(word.end));
    if (!match) return [];
    const start = word.end + match[0].length - match[1]!.length;
    return [{ type: 'name' as const, text: match[1]!, value: match[1]!, words: 1, start, end: start + match[1]!.length }];
  });
}

/** Did a demonstrated click land on a figure its task named by what it shows (its colour, shape or character)? */
function clickedNamedFigure(demoTask: string, steps: readonly Step[]): boolean {
  const terms = figureTerms(demoTask);
  if (!namesFigure(terms)) return false;
  return steps.some((step) => {
    if (step.action.type !== 'click' && step.action.type !== 'double-click') return false;
    const figure = targetDescriptorsOf(step).map((target) => figureOf(target)).find((found) => found !== undefined);
    return figure !== undefined && namedProperties(figure, terms).length > 0;
  });
}

/** The two texts' figure descriptions, when the demonstration picked a figure by its words and the new task describes one. */
export interface FigureValues {
  /** The words describing the figure in each text, as spans, and a pronoun "one" after them: masked out of the other values and the wording. */
  old: ValueSpan[];
  new: ValueSpan[];
  /** The description alone, as the new task words it ("red square"). */
  described: string;
  /** The slot from the demonstration's description to the new one, none when they read the same. */
  slot?: TaskSlot;
}

/**
 * The figure value of the two texts: the demonstration clicked a figure its
 * task named, and the new task names what a figure shows. Undefined otherwise.
 */
export function figureValues(demoTask: string, newTask: string, steps: readonly Step[]): FigureValues | undefined {
  if (!clickedNamedFigure(demoTask, steps) || !namesFigure(figureTerms(newTask))) return undefined;
  const old = figureWordSpans(demoTask);
  const now = figureWordSpans(newTask);
  const said = (spans: readonly ValueSpan[]) => spans.map((span) => span.text).join(' ');
  const masked = { old: [...old, ...figurePronouns(demoTask, old)], new: [...now, ...figurePronouns(newTask, now)], described: said(now) };
  if (said(old).toLowerCase() === said(now).toLowerCase()) return masked;
  return { ...masked, slot: { old: [said(old)], new: [said(now)], list: false, kind: 'text' } };
}

/** `spans` without those overlapping any of `figure`'s words (a glyph "6" is the figure's, not a number of its own). */
export function withoutFigureWords(spans: readonly ValueSpan[], figure: readonly ValueSpan[]): ValueSpan[] {
  return spans.filter((span) => !figure.some((word) => span.start < word.end && span.end > word.start));
}
