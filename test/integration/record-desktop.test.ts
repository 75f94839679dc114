/**
 * Desktop recording end to end on a real X application (the Tk sign-up form)
 * under Xvfb: xdotool clicks and types as a person would, uiohook hears it,
 * OCR describes the targets; the recorded trajectory replays through the
 * desktop operator onto a fresh copy of the application and reproduces its
 * state.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxCentre, type UIElement } from '../../agent/core/observation.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { Runner } from '../../agent/runner/runner.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import { DesktopRecorder } from '../../main/recorder/desktop/desktop-recorder.js';
import { RecordingJournal, journalToTrajectory, readJournal } from '../../main/recorder/recording-journal.js';
import { launchFormApp, type FormApp } from '../../harness/desktop-app/form-app.js';
import { cliNodeArguments, projectRoot } from '../kits/cli-process.js';
import { pause, waitFor, xdotool } from './record-input.js';

const TASK = 'Sign up Ada Lovelace (ada@example.org) and subscribe her to the newsletter';

let xvfb: XvfbHandle;
let workDir: string;
let savedDisplay: string | undefined;
const apps: FormApp[] = [];
const operators: DesktopOperator[] = [];

beforeAll(async () => {
  xvfb = await startXvfb({ width: 1024, height: 700 });
  savedDisplay = process.env.DISPLAY;
  process.env.DISPLAY = xvfb.display; // uiohook reads it when the hook starts
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-desktop-'));
});

afterAll(async () => {
  for (const operator of operators) await operator.close().catch(() => undefined);
  for (const app of apps) await app.stop().catch(() => undefined);
  if (savedDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = savedDisplay;
  await xvfb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function find(elements: readonly UIElement[], role: string, text: string): UIElement {
  const element = elements.find((candidate) => candidate.role === role && (candidate.text === text || candidate.label === text));
  if (!element) throw new Error(`no ${role} "${text}" among ${elements.map((e) => `${e.role}:${e.text}`).join(', ')}`);
  return element;
}

// A hang guard, not a speed target: these start the CLI and a browser or an app as processes,
// which takes long on a busy 2-core machine.
describe('desktop recording (uiohook + OCR, xdotool input)', { timeout: 180_000 }, () => {
  it('records clicks and typing with OCR targets, and the replay reproduces the application state', async () => {
    const app = await launchFormApp({ display: xvfb.display });
    apps.push(app);
    const operator = await DesktopOperator.open({ display: xvfb.display, stopHotkey: false, failsafe: false });
    operators.push(operator);
    const journal = RecordingJournal.create(join(workDir, 'journals'), {
      trajectoryId: 't-desktop',
      task: TASK,
      environment: 'desktop',
      appKey: 'form-app',
      startedAt: Date.now(),
      metadata: {},
    });
    const warnings: string[] = [];
    const recorder = await DesktopRecorder.start({ observer: operator, task: TASK, journal, onWarning: (message) => warnings.push(message) });
    const screen = (await operator.observe()).elements;
    const at = (element: UIElement) => {
      const centre = boxCentre(element.box);
      return [String(Math.round(centre.x)), String(Math.round(centre.y))];
    };
    const act = async (...args: string[]) => {
      xdotool(xvfb.display, ...args);
      await pause(150);
      await recorder.settled();
    };

    await act('mousemove', ...at(find(screen, 'textbox', 'Name')), 'click', '1');
    await act('type', '--delay', '40', 'Ada Lovelace');
    await act('mousemove', ...at(find(screen, 'textbox', 'Email')), 'click', '1');
    await act('type', '--delay', '40', 'ada@example.org');
    await act('mousemove', ...at(find(screen, 'checkbox', 'Send me the newsletter')), 'click', '1');
    await act('mousemove', ...at(find(screen, 'button', 'Submit')), 'click', '1');
    await pause(700); // past the double-click window, so the click is released on its own
    // Pointer gestures on the application's activity area.
    const activity = screen.find((element) => element.text === 'Activity area');
    if (!activity) throw new Error(`no "Activity area" among ${screen.map((e) => e.text).join(', ')}`);
    const [ax, ay] = at(activity).map(Number) as [number, number];
    await act('mousemove', String(ax), String(ay), 'click', '--repeat', '2', '--delay', '90', '1');
    await pause(600);
    await act('click', '3');
    await act('click', '--repeat', '2', '--delay', '60', '5');
    await pause(500); // the scroll ends after a pause
    xdotool(xvfb.display, 'mousedown', '1');
    for (let step = 1; step <= 4; step += 1) {
      xdotool(xvfb.display, 'mousemove', String(ax + step * 20), String(ay));
      await pause(40);
    }
    await act('mouseup', '1');
    await pause(700);
    await recorder.settled();
    xdotool(xvfb.display, 'key', 'ctrl+shift+F12');
    expect(await Promise.race([recorder.stopRequested, pause(10_000).then(() => 'timeout')])).toBe('hotkey');
    await recorder.stop();
    journal.end({ status: 'success', reason: 'test' });

    const recordedState = await app.waitForState((state) => state.submitCount === 1);
    expect(recordedState.submitted).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true });
    expect(recordedState).toMatchObject({ doubleClicks: 1, rightClicks: 1, wheel: 2 });

    const trajectory = journalToTrajectory(readJournal(journal.path));
    expect(trajectory.environment).toBe('desktop');
    const summary = trajectory.steps.map((step) => `${step.action.type}:${step.targets[0]?.role}:${step.targets[0]?.text}`);
    expect(summary, JSON.stringify(summary)).toEqual([
      'type:textbox:Name',
      'type:textbox:Email',
      'click:checkbox:Send me the newsletter',
      'click:button:Submit',
      `double-click:${activity.role}:Activity area`,
      `right-click:${activity.role}:Activity area`,
      'scroll:undefined:undefined',
      `drag:${activity.role}:Activity area`,
    ]);
    expect(trajectory.steps[6]!.action).toMatchObject({ type: 'scroll', deltaX: 0, deltaY: 100, target: { x: ax, y: ay } });
    expect(trajectory.steps[6]!.details?.pointTargets).toEqual([expect.objectContaining({ text: 'Activity area' })]);
    expect(trajectory.steps[7]!.action).toMatchObject({ type: 'drag', from: { elementId: activity.id } });
    expect(trajectory.steps[0]!.action).toMatchObject({ type: 'type', text: 'Ada Lovelace', target: { elementId: expect.any(Number) } });
    expect(trajectory.steps[1]!.action).toMatchObject({ type: 'type', text: 'ada@example.org' });
    // Described as the observation describes the element (its label is its text; an OCR element has no container).
    const nameField = trajectory.steps[0]!.observation.elements.find((element) => element.role === 'textbox' && element.text === 'Name');
    expect(trajectory.steps[0]!.targets[0]).toMatchObject({ role: 'textbox', text: 'Name', box: nameField?.box });
    expect(trajectory.steps[0]!.targets[0]!.context).toBeUndefined();
    expect(trajectory.steps[2]!.observation.elements.every((element) => element.source === 'ocr')).toBe(true);
    // The checkbox's pre-click observation shows it unchecked.
    const checkboxBefore = trajectory.steps[2]!.observation.elements.find((element) => element.role === 'checkbox');
    expect(checkboxBefore?.states.checked).toBe(false);
    expect(warnings.filter((message) => /could not be recorded|failed/.test(message))).toEqual([]);

    // Replay onto a fresh copy of the application through the desktop operator.
    await app.stop();
    const fresh = await launchFormApp({ display: xvfb.display });
    apps.push(fresh);
    await pause(300);
    const runner = new Runner({ operator, policy: new ReplayPolicy(trajectory) });
    const run = await runner.run(TASK);
    expect(run.outcome.status, run.outcome.reason).toBe('success');
    const replayed = await fresh.waitForState((state) => state.submitCount === 1, 10_000);
    expect(replayed.submitted).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true });
    const final = await fresh.waitForState((state) => state.dragDistance > 0, 10_000);
    expect(final).toMatchObject({ doubleClicks: 1, rightClicks: 1, wheel: 2 });
    expect(Math.abs(final.dragDistance - recordedState.dragDistance)).toBeLessThan(6);
    await fresh.stop();
  });
  it('records through `understudy record --desktop` as a process, ending on the stop chord', async () => {
    const app = await launchFormApp({ display: xvfb.display });
    apps.push(app);
    const db = join(workDir, 'cli.db');
    const child = spawn(process.execPath, cliNodeArguments(['record', '--desktop', '--task', 'sign up Bea', '--memory', db]), {
      cwd: projectRoot,
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor('the desktop recorder to start', () => /^recording /m.test(stdout) || child.exitCode !== null, 90_000);
      // Where the Name field is, read by an operator of our own (the recorder's is in the child process).
      const operator = operators[0] ?? (await DesktopOperator.open({ display: xvfb.display, stopHotkey: false, failsafe: false }));
      if (!operators.includes(operator)) operators.push(operator);
      const screen = (await operator.observe()).elements;
      const name = boxCentre(find(screen, 'textbox', 'Name').box);
      xdotool(xvfb.display, 'mousemove', String(Math.round(name.x)), String(Math.round(name.y)), 'click', '1');
      await pause(1_500);
      xdotool(xvfb.display, 'type', '--delay', '40', 'Bea');
      await pause(1_500);
      xdotool(xvfb.display, 'key', 'ctrl+shift+F12');
      const code = await Promise.race([exited, pause(30_000).then(() => 'timeout' as const)]);
      expect(code, `${stdout}\n${stderr}`).toBe(0);
      expect(stdout).toMatch(/step 1: type "Bea" into \[\d+\] — textbox "Name"/);
      expect(stdout).toMatch(/saved t\S+: 1 step\(s\), outcome success/);
      expect(app.readState().name).toBe('Bea');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
