/**
 * HiDPI with the accessibility tree: a 2560×1600 Xvfb at 192 dpi, the scale
 * factor detected (not passed), a GTK application rendering at 2× (GDK_SCALE=2,
 * which reports its accessibility boxes in its own logical pixels) beside a Tk
 * window read by OCR. Boxes come out in logical pixels and clicks land on the
 * intended controls, proved by each application's own state.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import type { FormApp } from '../../harness/desktop-app/form-app.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';

/** A display number no server holds; each desktop-a11y test file prefers its own, so files running in parallel do not collide. */
let desktop: DesktopA11y;
let gtk: SignupApp;
let tk: FormApp;
let operator: DesktopOperator;

function find(observation: Observation, role: string, text: string, source: UIElement['source']): UIElement {
  const found = observation.elements.find((element) => element.role === role && element.text === text && element.source === source);
  if (!found) throw new Error(`no ${source} ${role} "${text}" among ${observation.elements.map((element) => `${element.source}:${element.role}:${element.text}`).join(', ')}`);
  return found;
}

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 2560, height: 1600, dpi: 192 });
  // GTK positions its window in its own logical pixels: (100, 60) is physical (200, 120).
  gtk = await desktop.launchGtk({ env: { GDK_SCALE: '2' }, x: 100, y: 60 });
  tk = await desktop.launchTk({ x: 1400, y: 200 });
  operator = await desktop.openOperator();
}, 90_000);

afterAll(() => desktop?.stop());

describe('the desktop operator on a 2× screen with the accessibility tree', () => {
  it('detects the scale factor and the monitor', () => {
    expect(operator.scaleFactor).toBe(2);
    expect(operator.scaleSource).toMatch(/192 dpi/);
    expect(operator.monitors).toHaveLength(1);
    expect(operator.monitors[0]).toMatchObject({ x: 0, y: 0, width: 2560, height: 1600 });
  });

  it('reports logical boxes that match the X window, and clicks land on both applications', async () => {
    const observation = await operator.observe();
    expect(observation.viewport).toMatchObject({ width: 1280, height: 800, deviceScaleFactor: 2 });
    const window = find(observation, 'window', 'Understudy GTK Sign-up', 'a11y');
    const geometry = execFileSync('xdotool', ['search', '--name', '^Understudy GTK Sign-up$', 'getwindowgeometry', '--shell'], {
      env: { ...process.env, DISPLAY: desktop.display },
      encoding: 'utf8',
    });
    const value = (key: string) => Number(new RegExp(`^${key}=(\\d+)`, 'm').exec(geometry)?.[1]);
    expect(window.box).toEqual({ x: value('X') / 2, y: value('Y') / 2, width: value('WIDTH') / 2, height: value('HEIGHT') / 2 });
    expect(window.box.x).toBe(100);

    const name = find(observation, 'textbox', 'Full name', 'a11y');
    expect((await operator.execute({ type: 'type', target: { elementId: name.id }, text: 'Grace Hopper' })).ok).toBe(true);
    await gtk.waitForState((state) => state.name === 'Grace Hopper');
    expect((await operator.execute({ type: 'click', target: { elementId: find(observation, 'radio', 'Team', 'a11y').id } })).ok).toBe(true);
    await gtk.waitForState((state) => state.plan === 'Team');
    expect((await operator.execute({ type: 'click', target: { elementId: find(observation, 'button', 'Sign up', 'a11y').id } })).ok).toBe(true);
    const state = await gtk.waitForState((current) => current.submitCount === 1);
    expect(state.submitted).toMatchObject({ name: 'Grace Hopper', plan: 'Team' });

    // The Tk window (no tree) through OCR, in the same logical frame.
    const submit = find(observation, 'button', 'Submit', 'ocr');
    expect(submit.box.x).toBeGreaterThan(700);
    expect((await operator.execute({ type: 'click', target: { elementId: submit.id } })).ok).toBe(true);
    await tk.waitForState((current) => current.submitCount === 1);
  });
});
