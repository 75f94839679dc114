import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { figureValues, withoutFigureWords } from './figure-values.js';
import { valueSpans } from '../value-spans.js';

type Step = Trajectory['steps'][number];

/** A wordless swatch or shape as the extraction gives it: its figure attribute says what it shows. */
const figure = (id: number, words: string): UIElement => ({
  id, role: 'button', tag: 'div', text: '', states: {}, box: { x: id * 20, y: 0, width: 16, height: 16 }, source: 'dom', interactive: true, attributes: { figure: words },
});
const swatches = [figure(1, 'purple'), figure(2, 'red'), figure(3, 'green')];
const clickOn = (elements: UIElement[], target: UIElement): Step =>
  ({ index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: target.id } }, targets: [] }) as unknown as Step;

describe('figure-values: a figure the task describes is its value', () => {
  it('reads the colour of "the purple one of the colours" and "the red swatch" as one slot, the pronoun "one" no count', () => {
    const demo = 'Select the purple one of the colours.';
    const found = figureValues(demo, 'Click the red swatch.', [clickOn(swatches, swatches[0]!)]);
    expect(found?.slot).toEqual({ old: ['purple'], new: ['red'], list: false, kind: 'text' });
    expect(found?.described).toBe('red');
    // "one" is masked with the colour: no number of its own.
    expect(withoutFigureWords(valueSpans(demo), found!.old).map((span) => span.text)).not.toContain('one');
  });

  it('reads colour and shape, or a character, whatever the demonstration named', () => {
    const shapes = [figure(1, 'orange circle'), figure(2, 'red square'), figure(3, 'black letter k')];
    const steps = [clickOn(shapes, shapes[0]!)];
    expect(figureValues('Click an item that is orange.', 'Click a red square.', steps)?.slot?.new).toEqual(['red square']);
    const digit = figureValues('Click an item that is orange.', 'Click on a 6.', steps);
    expect(digit?.slot?.new).toEqual(['6']);
    // The glyph "6" is the figure's, not a number value of its own.
    expect(withoutFigureWords(valueSpans('Click on a 6.'), digit!.new)).toEqual([]);
  });

  it('reads nothing when the demonstration clicked no figure its task named, or the new task describes none', () => {
    const unnamed = figureValues('Click the first swatch.', 'Click the red swatch.', [clickOn(swatches, swatches[0]!)]);
    expect(unnamed).toBeUndefined();
    // The demonstration's click landed on a red swatch its task did not name ("purple" was asked, red clicked).
    expect(figureValues('Select the purple one of the colours.', 'Click the red swatch.', [clickOn(swatches, swatches[1]!)])).toBeUndefined();
    expect(figureValues('Select the purple one of the colours.', 'Click the button that says what the figure is.', [clickOn(swatches, swatches[0]!)])).toBeUndefined();
  });
});
