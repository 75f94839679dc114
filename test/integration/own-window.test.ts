/**
 * Understudy's own window under Xvfb (issue 12 §3): a real Tk window titled
 * like the app stands in for it, next to another application's window. The
 * desktop operator refuses to click into it (and the click never reaches it);
 * the desktop recorder, hearing real input through uiohook, does not record
 * what is done in it and says so in its quality warnings, while the other
 * window's click is recorded as usual.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { defaultOwnWindow, ownWindowAt, readOwnWindows } from '../../agent/operators/desktop/own-window.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { spawnStateFileApp, type StateFileApp } from '../../harness/desktop-app/state-file-app.js';
import { DesktopRecorder } from '../../main/recorder/desktop/desktop-recorder.js';
import { RecordingJournal, readJournal } from '../../main/recorder/recording-journal.js';
import { pause, waitFor, xdotool } from './record-input.js';

interface WindowState {
  clicks: number;
  text: string;
}

/** A Tk window with one big button and a field; it writes how often the button was pressed and what the field holds. */
const TK_WINDOW = `
import json, sys, tkinter
path, title, geometry, caption = sys.argv[1:5]
state = {"clicks": 0, "text": ""}
def save():
    with open(path + ".tmp", "w") as f: json.dump(state, f)
    import os; os.replace(path + ".tmp", path)
root = tkinter.Tk()
root.title(title)
root.geometry(geometry)
def pressed():
    state["clicks"] += 1; save()
tkinter.Button(root, text=caption, command=pressed, font=("Helvetica", 20)).pack(fill="both", expand=True)
value = tkinter.StringVar()
def changed(*_):
    state["text"] = value.get(); save()
value.trace_add("write", changed)
tkinter.Entry(root, textvariable=value, font=("Helvetica", 16)).pack(fill="x")
save()
root.mainloop()
`;

let xvfb: XvfbHandle;
let workDir: string;
let savedDisplay: string | undefined;
let app: StateFileApp<WindowState>;
let other: StateFileApp<WindowState>;
let operator: DesktopOperator | undefined;

function openWindow(title: string, geometry: string, caption: string): StateFileApp<WindowState> {
  return spawnStateFileApp<WindowState>({
    name: `the "${title}" window`,
    command: 'python3',
    args: (statePath) => ['-c', TK_WINDOW, statePath, title, geometry, caption],
    env: { ...process.env, DISPLAY: xvfb.display },
    folderPrefix: 'understudy-own-window-',
  });
}

/** Our window: the app's title, at 600,100 (300×200). The other application's: at 60,100. */
const OWN = { x: 750, y: 160 };
const OTHERS = { x: 210, y: 160 };

beforeAll(async () => {
  xvfb = await startXvfb({ width: 1024, height: 700 });
  savedDisplay = process.env.DISPLAY;
  process.env.DISPLAY = xvfb.display; // uiohook reads it when the hook starts
  workDir = mkdtempSync(join(tmpdir(), 'understudy-own-window-'));
  app = openWindow('Understudy', '300x200+600+100', 'Stop');
  other = openWindow('Notes', '300x200+60+100', 'Save');
  await app.waitForState(() => true, 20_000);
  await other.waitForState(() => true, 20_000);
  await waitFor('both windows to be mapped', async () => (await readOwnWindows(xvfb.display, defaultOwnWindow())).own.length === 1, 20_000);
});

afterAll(async () => {
  await operator?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
  await other?.stop().catch(() => undefined);
  if (savedDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = savedDisplay;
  await xvfb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

// A hang guard, not a speed target: Tk, OCR and the input hook start as on a busy 2-core machine.
describe("Understudy's own window (Xvfb, a Tk window titled like the app)", { timeout: 180_000 }, () => {
  it('is found by its title, and a point on it counts only where no other window lies in front', async () => {
    const state = await readOwnWindows(xvfb.display, defaultOwnWindow());
    expect(state.own).toEqual([expect.objectContaining({ x: 600, y: 100, width: 300, height: 200 })]);
    expect(ownWindowAt(state, OWN)).toBeDefined();
    expect(ownWindowAt(state, OTHERS)).toBeUndefined();
    expect(ownWindowAt(state, { x: 590, y: 160 })).toBeUndefined();
    // Another window over part of ours: that part is not ours any more.
    const cover = openWindow('Cover', '120x80+760+120', 'Cover');
    try {
      await waitFor('the cover to be mapped', async () => (await readOwnWindows(xvfb.display, defaultOwnWindow())).stack.some((window) => window.x === 760 && window.y === 120), 20_000);
      const covered = await readOwnWindows(xvfb.display, defaultOwnWindow());
      expect(ownWindowAt(covered, { x: 800, y: 150 })).toBeUndefined();
      expect(ownWindowAt(covered, { x: 650, y: 250 })).toBeDefined();
    } finally {
      await cover.stop();
    }
    // Nothing is ours when nothing is looked for.
    expect((await readOwnWindows(xvfb.display, { pids: [] })).own).toEqual([]);
  });

  it('the desktop operator refuses a click in it, and clicks the other window as asked', async () => {
    operator = await DesktopOperator.open({ display: xvfb.display, stopHotkey: false, failsafe: false, accessibility: false });
    const refused = await operator.execute({ type: 'click', target: OWN });
    expect(refused).toMatchObject({ ok: false, code: 'out-of-bounds', error: expect.stringMatching(/Understudy's own window/) });
    const dragged = await operator.execute({ type: 'drag', from: OTHERS, to: OWN });
    expect(dragged).toMatchObject({ ok: false, error: expect.stringMatching(/own window/) });
    const done = await operator.execute({ type: 'click', target: OTHERS });
    expect(done.ok).toBe(true);
    await other.waitForState((state) => state.clicks === 1, 10_000);
    await pause(300);
    expect(app.readState().clicks).toBe(0);
  });

  it('the desktop recorder does not record input in it, and notes it in the quality warnings', async () => {
    operator ??= await DesktopOperator.open({ display: xvfb.display, stopHotkey: false, failsafe: false, accessibility: false });
    const journal = RecordingJournal.create(join(workDir, 'journals'), { trajectoryId: 't-own-window', task: 'save the note', environment: 'desktop', appKey: 'notes', startedAt: Date.now(), metadata: {} });
    const warnings: string[] = [];
    const recorder = await DesktopRecorder.start({ observer: operator, task: 'save the note', journal, onWarning: (message) => warnings.push(message) });
    const before = { own: app.readState().clicks, other: other.readState().clicks };
    // In our window: the button, then typing into its field (the pointer stays over it).
    xdotool(xvfb.display, 'mousemove', String(OWN.x), String(OWN.y), 'click', '1');
    await pause(700);
    xdotool(xvfb.display, 'mousemove', '750', '285', 'click', '1');
    await pause(300);
    xdotool(xvfb.display, 'type', '--delay', '40', 'abc');
    await pause(700);
    // In the other application's window: the person's task.
    xdotool(xvfb.display, 'mousemove', String(OTHERS.x), String(OTHERS.y), 'click', '1');
    await pause(900);
    await recorder.settled();
    recorder.requestStop('requested');
    await recorder.stop();
    journal.end({ status: 'success', reason: 'test' });

    // The input really reached both windows; only the other one's is a step.
    expect(app.readState().clicks).toBe(before.own + 1);
    expect(app.readState().text).toBe('abc');
    expect(other.readState().clicks).toBe(before.other + 1);
    const steps = readJournal(journal.path).steps;
    expect(steps.map((step) => step.action.type), JSON.stringify(steps.map((step) => step.action))).toEqual(['click']);
    expect(steps[0]!.action).toMatchObject({ type: 'click' });
    const target = steps[0]!.action.type === 'click' ? steps[0]!.action.target : undefined;
    const x = target && 'x' in target ? target.x : steps[0]!.targets[0]!.box.x + steps[0]!.targets[0]!.box.width / 2;
    expect(x).toBeLessThan(400);
    const notes = recorder.warnings.filter((warning) => /own window/.test(warning.message)).map((warning) => warning.message);
    expect(notes).toEqual([
      expect.stringMatching(/^a click at \(750, 160\) in Understudy's own window was not recorded/),
      expect.stringMatching(/^a click at \(750, 285\) in Understudy's own window was not recorded/),
      expect.stringMatching(/^keys typed into Understudy's own window were not recorded/),
    ]);
    expect(recorder.warnings.filter((warning) => /own window/.test(warning.message)).every((warning) => warning.step === 0)).toBe(true);
  });
});
