import { describe, expect, it } from 'vitest';
import type { ControlCandidate } from './detect-controls.js';
import type { OcrWord } from './ocr.js';
import { classifyControl, groupLines, layoutElements, TOGGLE_KIND_UNSURE_ATTRIBUTE } from './ocr-layout.js';

const word = (text: string, x: number, y: number, width = text.length * 8, height = 12): OcrWord => ({
  text,
  confidence: 90,
  box: { x, y, width, height },
});
const control = (x: number, y: number, width: number, height: number, fillLuma: number, inkShare = 0): ControlCandidate => ({
  box: { x, y, width, height },
  fillLuma,
  inkShare,
});

describe('groupLines', () => {
  it('joins words of one row and splits distant columns and different rows', () => {
    const lines = groupLines([word('me', 44, 10), word('Send', 10, 10), word('newsletter', 70, 11), word('Far', 400, 10), word('Next', 10, 40)]);
    expect(lines.map((line) => line.text)).toEqual(['Send me newsletter', 'Far', 'Next']);
    expect(lines[0]!.box).toEqual({ x: 10, y: 10, width: 140, height: 13 });
  });

  it('never joins words across a control edge', () => {
    const lines = groupLines([word('Name', 10, 10), word('Ada', 60, 10)], [{ x: 55, y: 0, width: 200, height: 30 }]);
    expect(lines.map((line) => line.text)).toEqual(['Name', 'Ada']);
  });
});

describe('classifyControl', () => {
  it('tells fields, check boxes and buttons apart by fill and shape', () => {
    expect(classifyControl(control(0, 0, 240, 28, 255))).toBe('textbox');
    expect(classifyControl(control(0, 0, 12, 12, 255))).toBe('checkbox');
    expect(classifyControl(control(0, 0, 100, 34, 212))).toBe('button');
    expect(classifyControl(control(0, 0, 10, 10, 100))).toBeUndefined();
    // Sizes are logical: at scale 2 a 24 px square is a 12 px check box.
    expect(classifyControl(control(0, 0, 24, 24, 255), 2)).toBe('checkbox');
  });

  it('calls a small white control with a round outline a radio button, a square one or one not told a check box', () => {
    expect(classifyControl({ ...control(0, 0, 12, 12, 255), shape: 'round' })).toBe('radio');
    expect(classifyControl({ ...control(0, 0, 14, 14, 255), shape: 'square' })).toBe('checkbox');
    // A round outline does not make a wide field or a grey button a radio button.
    expect(classifyControl({ ...control(0, 0, 240, 28, 255), shape: 'round' })).toBe('textbox');
  });
});

describe('layoutElements', () => {
  const words = [
    word('Name', 10, 18),
    word('Ada', 110, 18),
    word('Subscribe', 120, 60),
    word('Submit', 120, 100),
    word('Ready', 10, 150),
  ];
  const controls = [control(100, 10, 240, 28, 255), control(100, 58, 14, 14, 255, 0.2), control(100, 90, 90, 32, 212), control(400, 90, 90, 32, 212)];

  it('builds labelled fields, checked boxes, buttons and text in reading order with fresh ids', () => {
    const elements = layoutElements(words, controls, {}, 5);
    expect(elements.map((element) => [element.id, element.role, element.text])).toEqual([
      [5, 'text', 'Name'],
      [6, 'textbox', 'Name'],
      [7, 'checkbox', 'Subscribe'],
      [8, 'button', 'Submit'],
      [9, 'text', 'Ready'],
    ]);
    const field = elements[1]!;
    expect(field).toMatchObject({ label: 'Name', value: 'Ada', interactive: true, source: 'ocr', states: { editable: true } });
    expect(elements[2]!.states.checked).toBe(true);
    // The empty grey box at x=400 holds no text: decoration, not a button.
    expect(elements.filter((element) => element.role === 'button')).toHaveLength(1);
  });

  it("names a toggle by its outline's shape, and says so when the shape was not told", () => {
    // The GTK plan row: "Plan", the radios "Pro" and "Team" (round), and a check box whose outline was not read.
    const row = [word('Plan', 10, 60), word('Pro', 120, 60), word('Team', 200, 60), word('Extras', 280, 60)];
    const toggles = [{ ...control(100, 58, 12, 12, 255), shape: 'round' as const }, { ...control(180, 58, 12, 12, 255), shape: 'round' as const }, control(260, 58, 12, 12, 255)];
    const elements = layoutElements(row, toggles);
    expect(elements.map((element) => [element.role, element.text, element.attributes?.[TOGGLE_KIND_UNSURE_ATTRIBUTE]])).toEqual([
      ['text', 'Plan', undefined],
      ['radio', 'Pro', undefined],
      ['radio', 'Team', undefined],
      ['checkbox', 'Extras', 'checkbox or radio'],
    ]);
  });

  it('maps physical pixels to logical ones with the scale and origin', () => {
    const elements = layoutElements([word('Ready', 20, 40, 40, 24)], [], { scale: 2, originX: 100, originY: 50 });
    expect(elements[0]!.box).toEqual({ x: 110, y: 70, width: 20, height: 12 });
  });
});
