import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep } from '../plan-demonstration.js';
import { markWordPicks, wordPickFor, wordsOf } from './word-pick.js';

const paragraph = (id: number, text: string): UIElement => ({ id, role: 'text', tag: 'p', text, states: {}, box: { x: 2, y: 62, width: 156, height: 33 }, source: 'dom', interactive: false });
const field = (id: number, label?: string): UIElement => ({ id, role: 'textbox', tag: 'input', text: '', ...(label ? { label } : {}), value: '', states: { editable: true }, box: { x: 2, y: 108, width: 128, height: 21 }, source: 'dom', interactive: true });
const typed = (text: string, elements: UIElement[], target: UIElement): PlannedStep => ({
  sourceIndex: 0,
  bindings: [],
  step: { observation: { text: '', elements }, action: { type: 'type', text, target: { elementId: target.id } }, targets: [target] } as unknown as Step,
});
const demoTask = 'Find the 8th word in the paragraph, type that into the textbox and press "Submit".';

describe('the Nth word of a text on the page', () => {
  it('splits words without their punctuation', () => {
    expect(wordsOf('Pretium, dui libero. Lacus')).toEqual(['Pretium', 'dui', 'libero', 'Lacus']);
  });

  it('plans the word by the new ordinal, marking its slot used', () => {
    const elements = [paragraph(2, 'Pretium, dui libero. Lacus porta eleifend velit, quisque mus ante'), field(3)];
    const steps = [typed('quisque', elements, elements[1]!)];
    const slot: TaskSlot = { old: ['8th'], new: ['2nd'], list: false, kind: 'text' };
    const unused = [slot];
    markWordPicks(steps, { demoTask, task: demoTask.replace('8th', '2nd'), slots: [slot], unusedSlots: unused, notes: [] });
    expect(steps[0]!.copyFrom?.word).toEqual({ index: 2, fromLabel: false });
    expect(unused).toHaveLength(0);
    const now = [paragraph(5, 'Amet parturient purus. Feugiat'), field(6)];
    const read = wordPickFor({ element: steps[0]!.copyFrom!.element, word: steps[0]!.copyFrom!.word! }, now[1], now);
    expect(read.ok && read.text).toBe('parturient');
  });

  it("reads the same ordinal again on the new text (never the demonstration's word), also from a field's label", () => {
    const demoField = field(3, 'Molestie. Luctus vestibulum, vel, bibendum vulputate.');
    const steps = [typed('vestibulum', [demoField], demoField)];
    const task = 'Find the 3rd word in the paragraph, type that into the textbox and press "Submit".';
    markWordPicks(steps, { demoTask: task, task, slots: [], unusedSlots: [], notes: [] });
    const now = field(7, 'Ante nisl massa, ligula.');
    const read = wordPickFor({ element: steps[0]!.copyFrom!.element, word: steps[0]!.copyFrom!.word! }, now, [now]);
    expect(read.ok && read.text).toBe('massa');
  });

  it('refuses a text too short, and a last word where a long text was shortened', () => {
    const source = { element: { role: 'text', tag: 'p' }, word: { index: 9, fromLabel: false } };
    const short = [paragraph(1, 'one two three'), field(2)];
    expect(wordPickFor(source, short[1], short).ok).toBe(false);
    const long = [paragraph(1, 'aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiiiiiiiii'), field(2)];
    expect(wordPickFor(source, long[1], long).ok).toBe(false);
  });
});
