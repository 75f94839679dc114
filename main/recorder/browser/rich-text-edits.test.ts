/**
 * Typing in rich text between formatting commands is stored as what each
 * edit added at the end, not the region's whole text each time.
 */
import { describe, expect, it } from 'vitest';
import type { CapturedEvent, PageTarget } from './captured-event.js';
import { EventCoalescer, type Gesture } from './event-coalescer.js';
import { gestureToStep } from './gesture-to-step.js';
import { withValueAtInput } from './rich-text-edits.js';
import type { Observation } from '../../../agent/core/observation.js';

const note: PageTarget = { tag: 'div', role: 'textbox', text: '', label: 'Note', value: '', editable: true, secret: false, box: { x: 4, y: 70, width: 150, height: 70 }, attributes: {} };
const input = (time: number, value: string): CapturedEvent => ({ kind: 'input', time, url: '', fieldKey: 'note', value, target: note });
const bold = (time: number): CapturedEvent => ({ kind: 'key', time, url: '', keys: 'Control+B', inField: true, target: note });

function run(events: CapturedEvent[]): Gesture[] {
  const coalescer = new EventCoalescer();
  const out = events.flatMap((event) => coalescer.push(event, event.time));
  return [...out, ...coalescer.flushAll()];
}

const typed = (gestures: Gesture[]) => gestures.map((gesture) => (gesture.kind === 'type' ? `type ${JSON.stringify(gesture.text)}${gesture.appended ? ' appended' : ''}` : gesture.kind === 'press' ? gesture.keys : gesture.kind));

describe('rich text edits', () => {
  it('stores typing between Ctrl+B presses as the text each edit added (an editor keeps a trailing space as U+00A0)', () => {
    const gestures = run([input(0, 'wharf'), input(50, 'wharf\u00a0'), bold(100), input(150, 'wharf j'), input(200, 'wharf juniper'), bold(250), input(300, 'wharf juniper bramble')]);
    expect(typed(gestures)).toEqual(['type "wharf "', 'Control+B', 'type "juniper" appended', 'Control+B', 'type " bramble" appended']);
  });

  it('keeps the whole text, replacing, when an edit changed more than the end', () => {
    const gestures = run([input(0, 'old note'), bold(100), input(200, 'new')]);
    expect(typed(gestures)).toEqual(['type "old note"', 'Control+B', 'type "new"']);
    const last = gestures.at(-1)!;
    const observation: Observation = { elements: [{ id: 1, role: 'textbox', tag: 'div', text: 'old note', label: 'Note', states: { editable: true }, box: note.box, source: 'dom', interactive: true }] } as unknown as Observation;
    expect(gestureToStep(last, observation, { allowSecrets: false }).action).toEqual({ type: 'type', text: 'new', target: { elementId: 1 }, replace: true });
    const appended = run([input(0, 'a'), bold(100), input(200, 'a b')]).at(-1)!;
    expect(gestureToStep(appended, observation, { allowSecrets: false }).action).toEqual({ type: 'type', text: ' b', target: { elementId: 1 } });
  });
});

describe('withValueAtInput', () => {
  const noteField = { id: 4, role: 'textbox', tag: 'div', text: '', label: 'Note', value: 'y', states: {}, box: { x: 4, y: 73, width: 152, height: 76 }, source: 'dom' as const, interactive: true };
  const ok = { id: 5, role: 'button', tag: 'button', text: 'OK', states: {}, box: { x: 4, y: 160, width: 40, height: 20 }, source: 'dom' as const, interactive: true };
  const observation: Observation = { sequence: 3, environment: 'browser', elements: [noteField, ok], viewport: { width: 160, height: 210, deviceScaleFactor: 1 }, page: { url: 'http://localhost/format-note.html', title: 'Format a note' }, capturedAt: 0 };

  it('puts the tracked text into the typed field of an older observation, read as the page reads a text box', () => {
    const corrected = withValueAtInput(observation, 4, 'yonder\u00a0timber ');
    expect(corrected.elements.find((element) => element.id === 4)?.value).toBe('yonder timber');
    expect(corrected.elements.find((element) => element.id === 5)).toBe(ok);
    // A copy: the kept observation still shows what it showed, for other gestures paired with it.
    expect(noteField.value).toBe('y');
  });

  it('leaves the observation as it is when it already shows the text, or has no such element', () => {
    expect(withValueAtInput(observation, 4, 'y')).toBe(observation);
    expect(withValueAtInput(observation, 9, 'yonder timber')).toBe(observation);
  });
});
