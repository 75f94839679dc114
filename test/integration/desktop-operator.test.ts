/**
 * The desktop operator on a real X server (Xvfb :91) against a real Tk
 * application whose own state file proves what the mouse and keyboard did.
 */
import { execFileSync } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import type { PolicyContext, PolicyDecision } from '../../agent/core/policy.js';
import { Runner } from '../../agent/runner/runner.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { OcrEngine } from '../../agent/operators/desktop/ocr.js';
import { cropImage, encodePng } from '../../agent/operators/desktop/raw-image.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { launchFormApp, type FormApp } from '../../harness/desktop-app/form-app.js';
import { ScriptedPolicy } from '../kits/scripted-policy.js';

let xvfb: XvfbHandle;
let app: FormApp;
let operator: DesktopOperator;
let ocr: OcrEngine;

function find(observation: Observation, role: string, text: string): UIElement {
  const found = observation.elements.find((element) => element.role === role && element.text === text);
  if (!found) {
    const seen = observation.elements.map((element) => `${element.role}:${element.text}`).join(', ');
    throw new Error(`no ${role} "${text}" among ${seen}`);
  }
  return found;
}

function xdotool(...args: string[]): void {
  execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: xvfb.display } });
}

beforeAll(async () => {
  xvfb = await startXvfb({ width: 1280, height: 800 });
  app = await launchFormApp({ display: xvfb.display });
  ocr = await OcrEngine.create();
  operator = await DesktopOperator.open({ display: xvfb.display, ocr });
});

afterAll(async () => {
  await operator?.close();
  await ocr?.terminate();
  await app?.stop();
  await xvfb?.stop();
});

describe('DesktopOperator on a real Tk form under Xvfb', () => {
  it('reads the labels, fields, check box and buttons by OCR, in logical pixels', async () => {
    const observation = await operator.observe({ screenshot: true });
    expect(observation.environment).toBe('desktop');
    expect(observation.viewport).toMatchObject({ width: 1280, height: 800, deviceScaleFactor: 1 });
    const submit = find(observation, 'button', 'Submit');
    find(observation, 'button', 'Clear');
    const name = find(observation, 'textbox', 'Name');
    expect(name.label).toBe('Name');
    expect(name.value).toBe('');
    find(observation, 'textbox', 'Email');
    const newsletter = find(observation, 'checkbox', 'Send me the newsletter');
    expect(newsletter.states.checked).toBe(false);
    find(observation, 'text', 'Not submitted yet');
    // The window sits at (40, 40): everything must be inside it, and the buttons below the fields.
    for (const element of observation.elements) expect(element.box.x).toBeGreaterThanOrEqual(40);
    expect(submit.box.y).toBeGreaterThan(name.box.y + name.box.height);
    expect(observation.elements.every((element) => element.source === 'ocr')).toBe(true);
    expect(observation.screenshot?.png?.length).toBeGreaterThan(1000);
  });

  it('OcrEngine reads a PNG crop and reports boxes in the frame of the whole screen', async () => {
    const frame = await operator.grab();
    const region = { x: 40, y: 300, width: 300, height: 60 }; // the status line of the window
    const words = await ocr.recognize(encodePng(cropImage(frame, region)), region);
    expect(words.map((word) => word.text)).toEqual(['Not', 'submitted', 'yet']);
    const observation = await operator.observe();
    const status = find(observation, 'text', 'Not submitted yet');
    expect(Math.abs(words[0]!.box.x - status.box.x)).toBeLessThan(2);
    expect(Math.abs(words[0]!.box.y - status.box.y)).toBeLessThan(4);
    await expect(ocr.recognize(Buffer.from('not a png'))).rejects.toThrow();
  });

  it('types "Hello, World! <a@b.c> "ü€"" into a real X window, exactly', async () => {
    const text = 'Hello, World! <a@b.c> "ü€"';
    const observation = await operator.observe();
    const field = find(observation, 'textbox', 'Name');
    const result = await operator.execute({ type: 'type', target: { elementId: field.id }, text, replace: true });
    expect(result.ok).toBe(true);
    const state = await app.waitForState((current) => current.name === text);
    expect(state.name).toBe(text);
  });

  it('replaces a field value, and re-reads only the changed part of the screen', async () => {
    const before = await operator.observe();
    await operator.execute({ type: 'type', target: { elementId: find(before, 'textbox', 'Name').id }, text: 'ada lovelace', replace: true });
    await app.waitForState((state) => state.name === 'ada lovelace');
    // The state file is written before Tk repaints: under load the first look can still see the old frame
    // ('unchanged'); look again until the new value is drawn, then judge how that look was read.
    let after = await operator.observe();
    for (let look = 0; look < 10 && find(after, 'textbox', 'Name').value !== 'ada lovelace'; look++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await operator.observe();
    }
    expect(operator.lastStats?.mode).toBe('incremental');
    expect(operator.lastStats?.changedShare).toBeLessThan(0.1);
    expect(find(after, 'textbox', 'Name').value).toBe('ada lovelace');
    // Words outside the changed area are carried over.
    find(after, 'button', 'Submit');
  });

  it('refuses a stale element id and a point off the region', async () => {
    await operator.observe();
    const stale = await operator.execute({ type: 'click', target: { elementId: 9_999 } });
    expect(stale).toMatchObject({ ok: false, code: 'stale-element' });
    const outside = await operator.execute({ type: 'click', target: { x: 5_000, y: 10 } });
    expect(outside).toMatchObject({ ok: false, code: 'out-of-bounds' });
    const unknownKey = await operator.execute({ type: 'press', keys: 'Control+Frobnicate' });
    expect(unknownKey).toMatchObject({ ok: false, code: 'failed' });
  });

  it('refuses to wait for a condition (wait-until, a click with when) with the reason, and presses nothing', async () => {
    const submit = find(await operator.observe(), 'button', 'Submit');
    const before = app.readState().submitCount;
    const click = await operator.execute({ type: 'click', target: { elementId: submit.id }, when: { until: { enabled: { elementId: submit.id } }, timeoutMs: 1_000 } });
    expect(click).toMatchObject({ ok: false, code: 'unsupported', error: 'the desktop operator cannot wait for a condition on the screen yet; nothing was pressed' });
    const wait = await operator.execute({ type: 'wait-until', until: { shows: { name: 'Submit' } }, timeoutMs: 1_000 });
    expect(wait).toMatchObject({ ok: false, code: 'unsupported' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.readState().submitCount).toBe(before);
  });

  it('waits leave no abort listener on the caller\'s signal, and an abort ends a wait at once', async () => {
    const controller = new AbortController();
    // More than Node's default of 10 listeners: the old sleep left one per action and Node warned.
    for (let i = 0; i < 12; i++) expect(await operator.execute({ type: 'wait', ms: 1 }, { signal: controller.signal })).toMatchObject({ ok: true });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const waiting = operator.execute({ type: 'wait', ms: 60_000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stopped by the test')), 50);
    await expect(waiting).rejects.toThrow('stopped by the test');
  });

  it('fills and submits the form through the Runner, and the app state proves it', async () => {
    const policy = new ScriptedPolicy([
      (context) => ({
        kind: 'act',
        actions: [{ type: 'type', target: { elementId: find(context.observation, 'textbox', 'Email').id }, text: 'ada@example.org', replace: true }],
      }),
      (context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: find(context.observation, 'checkbox', 'Send me the newsletter').id } }] }),
      (context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: find(context.observation, 'button', 'Submit').id } }] }),
      // A loaded machine may redraw after the next screen grab: look again, as a person would, before giving up.
      ...Array.from({ length: 4 }, (_, attempt) => (context: PolicyContext): PolicyDecision => {
        const status = context.observation.elements.find((element) => element.text.startsWith('Submitted'));
        if (status) return { kind: 'act', actions: [{ type: 'done', success: true, answer: status.text }] };
        return attempt < 3 ? { kind: 'act', actions: [{ type: 'wait', ms: 500 }] } : { kind: 'give-up', reason: 'no confirmation on screen' };
      }),
    ]);
    const runner = new Runner({ operator, policy, budgets: { maxSteps: 10 } });
    const result = await runner.run('Subscribe ada@example.org to the newsletter', { signal: operator.stopSignal });
    expect(result.outcome).toMatchObject({ status: 'success' });
    expect(result.outcome.answer).toContain('ada lovelace');
    const state = app.readState();
    expect(state.submitted).toEqual({ name: 'ada lovelace', email: 'ada@example.org', newsletter: true });
    expect(state.submitCount).toBe(1);
    // The check box is drawn checked now, and OCR sees it.
    const after = await operator.observe();
    expect(find(after, 'checkbox', 'Send me the newsletter').states.checked).toBe(true);
  });

  it('failsafe: with the pointer in the top-left corner it refuses to act and stops', async () => {
    const observation = await operator.observe();
    const clear = find(observation, 'button', 'Clear');
    const stops: string[] = [];
    const unsubscribe = operator.onStop((reason) => stops.push(reason));
    xdotool('mousemove', '0', '0');
    const refused = await operator.execute({ type: 'click', target: { elementId: clear.id } });
    expect(refused).toMatchObject({ ok: false, code: 'failsafe' });
    expect(stops).toEqual(['failsafe']);
    expect(operator.stopSignal.aborted).toBe(true);
    // Still refused after the pointer leaves the corner, until resumed.
    xdotool('mousemove', '600', '600');
    expect(await operator.execute({ type: 'click', target: { elementId: clear.id } })).toMatchObject({ ok: false, code: 'failsafe' });
    expect(app.readState().name).toBe('ada lovelace'); // Clear was never clicked
    unsubscribe();
    operator.resume();
    expect(operator.stopSignal.aborted).toBe(false);
  });

  it('stop hotkey: pressing it (xdotool) aborts a run between actions', async () => {
    let waits = 0;
    const policy = new ScriptedPolicy([
      () => {
        waits++;
        if (waits === 2) setTimeout(() => xdotool('key', 'ctrl+shift+F12'), 50);
        return { kind: 'act', actions: [{ type: 'wait', ms: 400 }] };
      },
    ]);
    const runner = new Runner({ operator, policy, budgets: { maxSteps: 20 } });
    const result = await runner.run('wait forever', { signal: operator.stopSignal });
    expect(result.outcome.status).toBe('stopped');
    expect(result.outcome.reason).toContain('stop hotkey');
    expect(result.trajectory.steps.length).toBeLessThan(20);
    expect(await operator.execute({ type: 'wait', ms: 1 })).toMatchObject({ ok: false, code: 'failsafe' });
    operator.resume();
  });

  it('double-click, right-click, wheel and drag reach the application', async () => {
    const observation = await operator.observe();
    const activity = find(observation, 'button', 'Activity area');
    const target = { elementId: activity.id };
    expect((await operator.execute({ type: 'double-click', target })).ok).toBe(true);
    await app.waitForState((state) => state.doubleClicks === 1);
    expect((await operator.execute({ type: 'right-click', target })).ok).toBe(true);
    await app.waitForState((state) => state.rightClicks === 1);
    expect((await operator.execute({ type: 'scroll', target, deltaX: 0, deltaY: 150 })).ok).toBe(true);
    await app.waitForState((state) => state.wheel === 3); // 50 logical px a notch
    expect((await operator.execute({ type: 'scroll', target, deltaX: 0, deltaY: -50 })).ok).toBe(true);
    await app.waitForState((state) => state.wheel === 2);
    const from = { x: activity.box.x + 10, y: activity.box.y + activity.box.height / 2 };
    expect((await operator.execute({ type: 'drag', from, to: { x: from.x + 120, y: from.y + 50 } })).ok).toBe(true);
    const state = await app.waitForState((current) => current.dragDistance > 0);
    expect(state.dragDistance).toBe(130); // hypot(120, 50)
  });

  it('presses keys: Backspace deletes the last character of the focused field', async () => {
    const observation = await operator.observe();
    const email = find(observation, 'textbox', 'Email');
    await operator.execute({ type: 'type', target: { elementId: email.id }, text: 'abc', replace: true });
    await app.waitForState((state) => state.email === 'abc');
    expect((await operator.execute({ type: 'press', keys: 'Backspace' })).ok).toBe(true);
    await app.waitForState((state) => state.email === 'ab');
  });

  it('an incremental observation reads the same as a full one', async () => {
    const summary = (observation: Observation) =>
      observation.elements.map((element) => `${element.role}|${element.text}|${element.value ?? ''}|${element.states.checked ?? ''}`).sort();
    // Let a repaint left over from the test before settle (under load Tk draws late): two looks that agree.
    let incremental = await operator.observe();
    for (let look = 0; look < 10; look++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await operator.observe();
      const settled = JSON.stringify(summary(again)) === JSON.stringify(summary(incremental));
      incremental = again;
      if (settled) break;
    }
    const full = await DesktopOperator.open({ display: xvfb.display, ocr, incremental: false, stopHotkey: false });
    try {
      const fresh = await full.observe();
      expect(summary(incremental)).toEqual(summary(fresh));
      expect(full.lastStats?.mode).toBe('full');
    } finally {
      await full.close();
    }
  });

  it('observes one region (a monitor or a window) in virtual-screen coordinates', async () => {
    const whole = await operator.observe();
    const windowOnly = await DesktopOperator.open({ display: xvfb.display, ocr, region: { x: 30, y: 30, width: 420, height: 420 }, stopHotkey: false });
    try {
      const observation = await windowOnly.observe();
      expect(observation.viewport).toMatchObject({ width: 420, height: 420, originX: 30, originY: 30 });
      const inRegion = find(observation, 'button', 'Submit');
      const inWhole = find(whole, 'button', 'Submit');
      expect(inRegion.box).toEqual(inWhole.box);
      // A point outside the region is refused even though it is on the screen.
      expect(await windowOnly.execute({ type: 'click', target: { x: 600, y: 600 } })).toMatchObject({ ok: false, code: 'out-of-bounds' });
      await expect(
        DesktopOperator.open({ display: xvfb.display, ocr, region: { x: 1200, y: 0, width: 200, height: 100 }, stopHotkey: false }),
      ).rejects.toThrow(/is not inside the 1280x800/);
    } finally {
      await windowOnly.close();
    }
  });

  it('leaves no clipboard process behind after close', async () => {
    const own = () =>
      execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)]).toString().split('\n').filter((line) => line.includes('xsel'));
    expect(own().length).toBeGreaterThan(0); // the paste above is still being served
    await operator.close();
    expect(own()).toEqual([]);
  });
});
