import { describe, expect, it } from 'vitest';
import type { CapturedEvent, PageTarget } from './captured-event.js';
import { DOUBLE_CLICK_WINDOW_MS, EventCoalescer, SCROLL_PAUSE_MS, type Gesture } from './event-coalescer.js';

function target(tag: string, x: number, extra: Partial<PageTarget> = {}): PageTarget {
  return { tag, role: tag === 'input' ? 'textbox' : 'button', text: '', editable: tag === 'input', secret: false, box: { x, y: 10, width: 50, height: 20 }, attributes: {}, ...extra };
}
const field = target('input', 0, { value: '' });
const button = target('button', 100, { text: 'OK' });
const other = target('button', 200, { text: 'Cancel' });

function run(events: CapturedEvent[], endAt?: number): Gesture[] {
  const coalescer = new EventCoalescer();
  const out: Gesture[] = [];
  for (const event of events) out.push(...coalescer.push(event, event.time));
  if (endAt !== undefined) out.push(...coalescer.flushDue(endAt));
  out.push(...coalescer.flushAll());
  return out;
}
const click = (time: number, t: PageTarget): CapturedEvent => ({ kind: 'click', time, url: '', x: t.box.x + 5, y: 15, detail: 1, target: t });
const input = (time: number, value: string, key = 'f1'): CapturedEvent => ({ kind: 'input', time, url: '', fieldKey: key, value, target: field });

describe('EventCoalescer', () => {
  it('folds a focusing click and all input of one field edit into one type with the final text', () => {
    const gestures = run([click(0, field), input(900, 'A'), input(950, 'Ad'), input(1000, 'Ada'), { kind: 'field-end', time: 1200, url: '', fieldKey: 'f1' }]);
    expect(gestures).toEqual([expect.objectContaining({ kind: 'type', text: 'Ada', time: 0 })]);
  });

  it('keeps an intermediate value wholly typed over in the same field (a spin arrow hit by accident) out of the steps', () => {
    const end = (time: number): CapturedEvent => ({ kind: 'field-end', time, url: '', fieldKey: 'f1' });
    // A spin arrow's click ends after its input and change; a click to select the text may follow.
    const spun = run([input(10, '-1'), end(20), click(30, field), click(600, field), input(900, '2'), input(950, '27'), end(1000), click(1500, button)]);
    expect(spun).toEqual([expect.objectContaining({ kind: 'type', text: '27', time: 10, target: field }), expect.objectContaining({ kind: 'click', target: button })]);
    // Anything else in between (a key step, another field) keeps both edits.
    const entered = run([input(0, 'a'), end(10), { kind: 'key', time: 20, url: '', keys: 'Enter', inField: true }, input(900, 'b')]);
    expect(entered.map((g) => (g.kind === 'type' ? g.text : g.kind))).toEqual(['a', 'press', 'b']);
  });

  it('ends the edit before the next click, keeping the order', () => {
    const gestures = run([input(0, 'Ada'), click(500, button)]);
    expect(gestures.map((g) => g.kind)).toEqual(['type', 'click']);
  });

  it('makes two clicks and a dblclick one double click, and keeps separate clicks apart', () => {
    const double = run([click(0, button), click(120, button), { kind: 'dblclick', time: 125, url: '', x: 105, y: 15 }]);
    expect(double).toEqual([expect.objectContaining({ kind: 'double-click', target: button })]);
    const separate = run([click(0, button), click(DOUBLE_CLICK_WINDOW_MS + 100, button)]);
    expect(separate.map((g) => g.kind)).toEqual(['click', 'click']);
    const twoTargets = run([click(0, button), click(100, other)]);
    expect(twoTargets.map((g) => g.kind === 'click' && g.target?.text)).toEqual(['OK', 'Cancel']);
  });

  it('releases a held click after the double-click window, but holds a click into a field for the typing', () => {
    const coalescer = new EventCoalescer();
    expect(coalescer.push(click(0, button), 0)).toEqual([]);
    expect(coalescer.flushDue(DOUBLE_CLICK_WINDOW_MS - 1)).toEqual([]);
    expect(coalescer.flushDue(DOUBLE_CLICK_WINDOW_MS)).toHaveLength(1);
    expect(coalescer.push(click(1000, field), 1000)).toEqual([]);
    expect(coalescer.flushDue(5000)).toEqual([]);
    expect(coalescer.push({ kind: 'key', time: 6000, url: '', keys: 'Enter', inField: true }, 6000).map((g) => g.kind)).toEqual(['click', 'press']);
  });

  it('sums a burst of wheel events into one scroll, split by a pause', () => {
    const wheel = (time: number, deltaY: number): CapturedEvent => ({ kind: 'wheel', time, url: '', x: 5, y: 5, deltaX: 0, deltaY });
    const gestures = run([wheel(0, 100), wheel(50, 100), wheel(100, 50), wheel(100 + SCROLL_PAUSE_MS + 1, -40)]);
    expect(gestures.map((g) => (g.kind === 'scroll' ? g.deltaY : null))).toEqual([250, -40]);
  });

  it('passes selects, keys and drags through in order, flushing held gestures first', () => {
    const gestures = run([
      input(0, 'x'),
      { kind: 'key', time: 100, url: '', keys: 'Enter', inField: true, target: field },
      click(200, button),
      { kind: 'select', time: 300, url: '', option: 'Blue', target: target('select', 300) },
      { kind: 'drag', time: 400, url: '', from: { x: 1, y: 2 }, to: { x: 30, y: 40 } },
    ]);
    expect(gestures.map((g) => g.kind)).toEqual(['type', 'press', 'click', 'select', 'drag']);
  });

  it('stores a drop-down opened and closed on its value as one select of that value, and one changed as a select at the opening', () => {
    const select = target('select', 300, { role: 'combobox', value: 'Red' });
    const kept = run([{ kind: 'select-open', time: 0, url: '', fieldKey: 's1', option: 'Red', target: select }, click(800, button)], 2000);
    expect(kept.map((gesture) => [gesture.kind, gesture.time, 'option' in gesture ? gesture.option : ''])).toEqual([['select', 0, 'Red'], ['click', 800, '']]);
    expect(kept[0]).toMatchObject({ kept: true });
    const changed = run([
      { kind: 'select-open', time: 0, url: '', fieldKey: 's1', option: 'Red', target: select },
      { kind: 'select', time: 700, url: '', fieldKey: 's1', option: 'Blue', target: select },
    ]);
    expect(changed).toEqual([expect.objectContaining({ kind: 'select', time: 0, option: 'Blue' })]);
    expect(changed[0]).not.toHaveProperty('kept');
  });

  it('stores a closed drop-down chosen by keyboard once, where the person stopped, on the state before the first change', () => {
    const select = target('select', 300, { role: 'combobox', value: '--' });
    const change = (time: number, option: string): CapturedEvent => ({ kind: 'select', time, url: '', fieldKey: 's2', option, target: select });
    const gestures = run([change(0, 'Rome'), change(300, 'Rotterdam'), click(2000, button)], 4000);
    expect(gestures.map((gesture) => [gesture.kind, gesture.time, 'option' in gesture ? gesture.option : ''])).toEqual([['select', 0, 'Rotterdam'], ['click', 2000, '']]);
    // However long the changes take to arrive (a busy machine), one list changed with nothing between is one choice.
    const coalescer = new EventCoalescer();
    const out = [...coalescer.push(change(0, 'Rome'), 0), ...coalescer.flushDue(5000), ...coalescer.push(change(5100, 'Oslo'), 5100), ...coalescer.flushAll()];
    expect(out.map((gesture) => ('option' in gesture ? gesture.option : ''))).toEqual(['Oslo']);
  });

  it('stores an opened drop-down stepped through by keys and closed with Enter as one choice of where it stopped, with no press', () => {
    const select = target('select', 300, { role: 'combobox', value: 'Apr 1' });
    const change = (time: number, option: string): CapturedEvent => ({ kind: 'select', time, url: '', fieldKey: 's3', option, target: select });
    const gestures = run([
      { kind: 'select-open', time: 0, url: '', fieldKey: 's3', option: 'Apr 1', target: select },
      change(1500, 'Apr 18'),
      change(3200, 'Apr 19'),
      { kind: 'key', time: 3300, url: '', keys: 'Enter', inField: true, target: select },
      click(4000, button),
    ], 3250);
    expect(gestures.map((gesture) => [gesture.kind, gesture.time, 'option' in gesture ? gesture.option : ''])).toEqual([['select', 0, 'Apr 19'], ['click', 4000, '']]);
    // Enter in a text field is still a step.
    expect(run([input(0, 'x'), { kind: 'key', time: 100, url: '', keys: 'Enter', inField: true, target: field }]).map((gesture) => gesture.kind)).toEqual(['type', 'press']);
  });

  it('keeps the final value of a segmented field edit once, with the observation of its first input', () => {
    const day = target('input', 0, { inputType: 'date', value: '' });
    const snapshot = { extracted: { elements: [], url: '', title: '', scrollX: 0, scrollY: 0, notes: [], viewport: { width: 1, height: 1, deviceScaleFactor: 1 } }, targetId: 1 };
    const edit = (time: number, value: string, extra = {}): CapturedEvent => ({ kind: 'input', time, url: '', fieldKey: 'd', value, target: day, segmented: true, ...extra });
    const gestures = run([edit(0, '0002-01-28', { snapshot, targetId: 1 }), edit(50, '0020-01-28'), edit(100, '2024-01-28'), edit(150, '2025-01-28'), { kind: 'field-end', time: 400, url: '', fieldKey: 'd' }]);
    expect(gestures).toEqual([expect.objectContaining({ kind: 'type', text: '2025-01-28', time: 0, segmented: true, targetId: 1, snapshot })]);
  });
});
