/**
 * The recording engine with real timers and short durations: when the state
 * is observed again (the settle timer), when held gestures are released (the
 * flush timer), that steps are written in the order they happened, and what
 * stop does, in which order. The desktop recorder is driven through its input
 * seam with uiohook-shaped events on a small form whose state the input
 * changes, as a person's mouse and keyboard would (the real hook and a real
 * display are exercised by test/integration/record-desktop*.test.ts); journals
 * are real files.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BoundingBox, Observation, UIElement } from '../../agent/core/observation.js';
import type { Step } from '../../agent/core/trajectory.js';
import { DesktopRecorder, type DesktopInputSource } from './desktop/desktop-recorder.js';
import { DESKTOP_DOUBLE_CLICK_MS } from './desktop/desktop-input-coalescer.js';
import { RecordingEngine, type TimedGesture } from './recording-engine.js';
import { RecordingJournal, readJournal } from './recording-journal.js';

const workDir = mkdtempSync(join(tmpdir(), 'understudy-engine-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let journals = 0;
function newJournal(task: string): RecordingJournal {
  journals += 1;
  return RecordingJournal.create(join(workDir, 'journals'), { trajectoryId: `t-engine-${journals}`, task, environment: 'desktop', appKey: 'form', startedAt: Date.now(), metadata: {} });
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await pause(20);
  }
}

const BOXES: Record<'nameLabel' | 'name' | 'emailLabel' | 'email' | 'subscribe' | 'submit' | 'thanks', BoundingBox> = {
  nameLabel: { x: 20, y: 20, width: 50, height: 14 },
  name: { x: 90, y: 14, width: 200, height: 26 },
  emailLabel: { x: 20, y: 60, width: 50, height: 14 },
  email: { x: 90, y: 54, width: 200, height: 26 },
  subscribe: { x: 90, y: 100, width: 120, height: 16 },
  submit: { x: 90, y: 140, width: 80, height: 30 },
  thanks: { x: 90, y: 190, width: 120, height: 16 },
};
const centre = (box: BoundingBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const inside = (box: BoundingBox, x: number, y: number) => x >= box.x && y >= box.y && x < box.x + box.width && y < box.y + box.height;

/**
 * A sign-up form that does what real input does to it (a click focuses a
 * field, ticks the box or submits; keys type into the focused field) and is
 * read like a screen: the state as it was when the reading began, after
 * `readMs` (an OCR pass takes a while).
 */
class FormScreen {
  name = '';
  email = '';
  subscribed = false;
  submitted = false;
  private focus: 'name' | 'email' | undefined;
  private sequence = 0;
  readonly scaleFactor = 1;
  /** When each reading began and ended. */
  readonly readings: { startedAt: number; endedAt?: number }[] = [];

  constructor(private readonly readMs: number) {}

  /** What the application does with one input event. */
  apply(name: string, event: { x?: number; y?: number; keycode?: number; shiftKey?: boolean }): void {
    if (name === 'mouseup' && event.x !== undefined && event.y !== undefined) {
      const { x, y } = event;
      if (inside(BOXES.name, x, y)) this.focus = 'name';
      else if (inside(BOXES.email, x, y)) this.focus = 'email';
      else if (inside(BOXES.subscribe, x, y)) this.subscribed = !this.subscribed;
      else if (inside(BOXES.submit, x, y)) this.submitted = true;
    }
    if (name === 'keydown' && this.focus && event.keycode !== undefined) {
      const character = LETTERS.get(event.keycode);
      if (character) this[this.focus] += event.shiftKey ? character.toUpperCase() : character;
    }
  }

  async observe(): Promise<Observation> {
    const reading: { startedAt: number; endedAt?: number } = { startedAt: Date.now() };
    this.readings.push(reading);
    const elements = this.elements();
    await pause(this.readMs);
    reading.endedAt = Date.now();
    this.sequence += 1;
    return { sequence: this.sequence, environment: 'desktop', elements, viewport: { width: 400, height: 300, deviceScaleFactor: 1 }, page: {}, capturedAt: reading.startedAt };
  }

  private elements(): UIElement[] {
    const element = (id: number, role: string, text: string, box: BoundingBox, extra: Partial<UIElement> = {}): UIElement => ({ id, role, text, box, states: {}, source: 'ocr', interactive: role !== 'text', ...extra });
    return [
      element(1, 'text', 'Name', BOXES.nameLabel),
      element(2, 'textbox', 'Name', BOXES.name, { label: 'Name', value: this.name, states: { editable: true } }),
      element(3, 'text', 'Email', BOXES.emailLabel),
      element(4, 'textbox', 'Email', BOXES.email, { label: 'Email', value: this.email, states: { editable: true } }),
      element(5, 'checkbox', 'Subscribe', BOXES.subscribe, { states: { checked: this.subscribed } }),
      element(6, 'button', 'Submit', BOXES.submit),
      ...(this.submitted ? [element(7, 'text', 'Thanks', BOXES.thanks)] : []),
    ];
  }
}

/** uiohook key codes of the letters used here. */
const LETTERS = new Map<number, string>([
  [30, 'a'],
  [32, 'd'],
  [18, 'e'],
]);
const CODES = new Map([...LETTERS].map(([code, letter]) => [letter, code]));

/** A person at the form: each input goes to the application and to the hook, `gapMs` apart. */
class Person {
  readonly hook = new EventEmitter();
  /** When the latest input was handed to the hook, ms since the epoch. */
  lastInputAt = 0;
  /** A slow person waits for this after every input (the recorder has read the screen again). */
  waitAfterInput: (() => Promise<void>) | undefined;
  constructor(
    private readonly screen: FormScreen,
    private readonly gapMs: number,
  ) {}

  private async emit(name: string, event: Record<string, unknown>): Promise<void> {
    const full = { ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...event };
    this.screen.apply(name, full);
    this.lastInputAt = Date.now();
    this.hook.emit(name, full);
    if (this.gapMs > 0) await pause(this.gapMs);
    if (this.waitAfterInput && name !== 'mousemove') await this.waitAfterInput();
  }

  async click(box: BoundingBox): Promise<void> {
    const { x, y } = centre(box);
    await this.emit('mousemove', { x, y });
    await this.emit('mousedown', { x, y, button: 1, clicks: 1 });
    await this.emit('mouseup', { x, y, button: 1 });
  }

  async type(text: string): Promise<void> {
    for (const character of text) {
      const lower = character.toLowerCase();
      await this.emit('keydown', { keycode: CODES.get(lower), shiftKey: lower !== character });
    }
  }

  /** Pointer moves every `everyMs` for `forMs` (a hand resting on the mouse). */
  async wiggle(forMs: number, everyMs: number): Promise<void> {
    const until = Date.now() + forMs;
    for (let index = 0; Date.now() < until; index++) {
      this.hook.emit('mousemove', { x: 350 + (index % 2), y: 250, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false });
      await pause(everyMs);
    }
  }
}

async function startRecorder(screen: FormScreen, person: Person, settleMs: number, onStep?: (step: Step) => void) {
  const journal = newJournal('Sign up Ada');
  const warnings: string[] = [];
  const recorder = await DesktopRecorder.start({
    observer: screen,
    task: 'Sign up Ada',
    journal,
    settleMs,
    ownWindow: false,
    input: person.hook as unknown as DesktopInputSource,
    onWarning: (message) => warnings.push(message),
    onStep: onStep ? (step) => onStep(step) : undefined,
  });
  return { recorder, journal, warnings };
}

function summary(steps: readonly Step[]): string[] {
  return steps.map((step) => {
    const action = step.action as { type: string; text?: string };
    return `${action.type}:${step.targets[0]?.role}:${step.targets[0]?.text}${action.text !== undefined ? `:${action.text}` : ''}`;
  });
}

// A hang guard, not a speed target.
describe('the recording engine (desktop recorder, real timers)', { timeout: 60_000 }, () => {
  it('a fast demonstrator produces the same steps as a slow one, each paired with the state before it', async () => {
    const record = async (gapMs: number) => {
      const screen = new FormScreen(30);
      const person = new Person(screen, gapMs);
      const { recorder, journal, warnings } = await startRecorder(screen, person, 40);
      if (gapMs > 0) person.waitAfterInput = () => recorder.settled();
      await person.click(BOXES.name);
      await person.type('Ada');
      await person.click(BOXES.email);
      await person.type('ade');
      await person.click(BOXES.subscribe);
      await person.click(BOXES.submit);
      recorder.requestStop('requested');
      await recorder.stop();
      journal.end({ status: 'success', reason: 'test' });
      return { steps: readJournal(journal.path).steps, warnings, screen, stale: recorder.warnings.filter(({ message }) => /read before the previous input/.test(message)).map(({ step }) => step) };
    };
    // Slow: after every input the person waits until the recorder has read the screen again. Fast: everything within a few milliseconds.
    const slow = await record(20);
    const fast = await record(0);
    const expected = ['type:textbox:Name:Ada', 'type:textbox:Email:ade', 'click:checkbox:Subscribe', 'click:button:Submit'];
    expect(summary(slow.steps)).toEqual(expected);
    expect(summary(fast.steps)).toEqual(expected);
    for (const { steps, warnings, screen } of [slow, fast]) {
      // The application really got the input; the stored states are those before each gesture.
      expect(screen).toMatchObject({ name: 'Ada', email: 'ade', subscribed: true, submitted: true });
      const [name, email, box, submit] = steps;
      expect(name!.observation.elements.find((element) => element.role === 'textbox' && element.label === 'Name')?.value ?? '').toBe('');
      expect(email!.observation.elements.find((element) => element.role === 'textbox' && element.label === 'Email')?.value ?? '').toBe('');
      expect(box!.observation.elements.find((element) => element.role === 'checkbox')?.states.checked).toBe(false);
      expect(submit!.observation.elements.some((element) => element.text === 'Thanks')).toBe(false);
      expect(warnings.filter((message) => /could not be recorded/.test(message))).toEqual([]);
    }
    // The fast person's later steps were described from a screen read before the input just before them: the quality check
    // says so, step by step (here the form kept its layout, so the descriptions held; a menu opened by that input would not).
    expect(fast.stale).toEqual([1, 2, 3]);
    expect(slow.stale).toEqual([]);
    // The slow person's later steps were paired with readings taken after the earlier input.
    expect(slow.steps[3]!.observation.elements.find((element) => element.role === 'checkbox')?.states.checked).toBe(true);
    expect(slow.steps[2]!.observation.elements.find((element) => element.label === 'Email')?.value).toBe('ade');
  });

  it('reads the screen again only once the input has settled, once per burst', async () => {
    const screen = new FormScreen(10);
    const person = new Person(screen, 10);
    const settleMs = 1_000;
    const { recorder } = await startRecorder(screen, person, settleMs);
    expect(screen.readings).toHaveLength(1); // the reading at the start
    await person.click(BOXES.name);
    await person.type('Ada');
    await recorder.settled();
    expect(screen.readings).toHaveLength(2);
    // Timers never fire early: the reading began a settle time after the last input at the soonest (1 ms of timer rounding).
    expect(screen.readings[1]!.startedAt).toBeGreaterThanOrEqual(person.lastInputAt + settleMs - 2);
    await recorder.stop();
  });

  it('releases a held click by the flush timer, keeps a click into a field for the typing, and a pointer move never loses a held click', async () => {
    const screen = new FormScreen(10);
    const person = new Person(screen, 0);
    const { recorder, journal } = await startRecorder(screen, person, 20);
    await person.click(BOXES.submit);
    // Held: it may be half of a double click.
    expect(recorder.steps).toBe(0);
    // The hand keeps moving the pointer past the double-click window (every move may release the click).
    await person.wiggle(DESKTOP_DOUBLE_CLICK_MS + 400, 15);
    await waitFor('the held click to be written', () => recorder.steps === 1);
    // A click into a text field waits for the typing it starts, however long.
    await person.click(BOXES.email);
    await person.wiggle(DESKTOP_DOUBLE_CLICK_MS + 300, 50);
    expect(recorder.steps).toBe(1);
    recorder.requestStop('requested');
    await recorder.stop();
    expect(recorder.steps).toBe(2);
    journal.end({ status: 'success', reason: 'test' });
    expect(summary(readJournal(journal.path).steps)).toEqual(['click:button:Submit', 'click:textbox:Email']);
  });

  it('stops in order: input after the stop request is not captured, held gestures are written, the reading under way ends, nothing is read after', async () => {
    const screen = new FormScreen(250);
    const person = new Person(screen, 0);
    const { recorder, journal } = await startRecorder(screen, person, 10);
    await person.click(BOXES.name);
    await person.type('Ad');
    // Let the settle timer start a (slow) reading, then ask to stop while it runs.
    await waitFor('a reading to begin', () => screen.readings.length === 2);
    recorder.requestStop('requested');
    expect(await recorder.stopRequested).toBe('requested');
    await person.type('a'); // reaches the application, not the recording
    await recorder.stop();
    expect(screen.readings.every((reading) => reading.endedAt !== undefined)).toBe(true);
    const readings = screen.readings.length;
    await pause(150);
    expect(screen.readings).toHaveLength(readings);
    journal.end({ status: 'success', reason: 'test' });
    expect(summary(readJournal(journal.path).steps)).toEqual(['type:textbox:Name:Ad']);
    expect(screen.name).toBe('Ada');
  });
});

describe('the recording engine (step chain)', { timeout: 30_000 }, () => {
  it('writes gestures one at a time in the order they happened, however long each takes to pair; one that fails is reported and the rest written', async () => {
    const journal = newJournal('press keys');
    const warnings: string[] = [];
    const order: string[] = [];
    let sequence = 0;
    const observation = (): Observation => ({ sequence: ++sequence, environment: 'desktop', elements: [], viewport: { width: 100, height: 100, deviceScaleFactor: 1 }, page: {}, capturedAt: Date.now() });
    type KeyGesture = TimedGesture & { keys: string; pairMs: number; fails?: boolean };
    const engine: RecordingEngine<KeyGesture, 'requested'> = new RecordingEngine<KeyGesture, 'requested'>(
      { task: 'press keys', journal, allowSecrets: false, settleMs: 10, onWarning: (message) => warnings.push(message) },
      {
        surface: 'the screen',
        observe: async () => observation(),
        observeFailed: () => undefined,
        flushDue: () => [],
        flushAll: () => [],
        pair: async (gesture) => {
          order.push(`start ${gesture.keys}`);
          await pause(gesture.pairMs);
          order.push(`end ${gesture.keys}`);
          if (gesture.fails) throw new Error('the screen went away');
          const snapshot = await engine.snapshotFor(gesture);
          return { snapshot, draft: { action: { type: 'press', keys: gesture.keys }, targets: [], warnings: [], pointTargets: [], secretMasked: false } };
        },
      },
    );
    await engine.start();
    const now = Date.now();
    const gesture = (keys: string, pairMs: number, fails = false): KeyGesture => ({ kind: 'press', time: now, keys, pairMs, ...(fails ? { fails } : {}) });
    engine.input([gesture('F1', 80), gesture('F2', 5)], now);
    engine.input([gesture('F3', 40, true), gesture('F4', 0)], now + 1);
    await engine.stop();
    journal.end({ status: 'success', reason: 'test' });
    expect(readJournal(journal.path).steps.map((step) => (step.action as { keys: string }).keys)).toEqual(['F1', 'F2', 'F4']);
    expect(order).toEqual(['start F1', 'end F1', 'start F2', 'end F2', 'start F3', 'end F3', 'start F4', 'end F4']);
    expect(warnings).toEqual(['a press could not be recorded: the screen went away']);
  });
});
