/**
 * HiDPI: a 2560×1600 Xvfb at 192 dpi (Tk scales its point-sized fonts and
 * paddings 2×), driven by an operator told scaleFactor 2. Observations must be
 * in logical pixels (a 1280×800 screen) and clicks must land on the intended
 * element, proved by the application's own state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { lumaAt } from '../../agent/operators/desktop/raw-image.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { launchFormApp, type FormApp } from '../../harness/desktop-app/form-app.js';

let xvfb: XvfbHandle;
let app: FormApp;
let operator: DesktopOperator;

function find(observation: Observation, role: string, text: string): UIElement {
  const found = observation.elements.find((element) => element.role === role && element.text === text);
  if (!found) throw new Error(`no ${role} "${text}" among ${observation.elements.map((element) => `${element.role}:${element.text}`).join(', ')}`);
  return found;
}

beforeAll(async () => {
  xvfb = await startXvfb({ width: 2560, height: 1600, dpi: 192 });
  // Physical (160, 120) = logical (80, 60).
  app = await launchFormApp({ display: xvfb.display, x: 160, y: 120 });
  operator = await DesktopOperator.open({ display: xvfb.display, scaleFactor: 2, stopHotkey: false });
});

afterAll(async () => {
  await operator?.close();
  await app?.stop();
  await xvfb?.stop();
});

describe('DesktopOperator on a 2× HiDPI screen', () => {
  it('reports logical pixels and clicks land on the intended elements', async () => {
    const observation = await operator.observe();
    expect(observation.viewport).toMatchObject({ width: 1280, height: 800, deviceScaleFactor: 2 });
    const name = find(observation, 'textbox', 'Name');
    const submit = find(observation, 'button', 'Submit');
    // Logical boxes: inside the logical window origin, and about the size they have at 1× (a ~240 px field).
    expect(name.box.x).toBeGreaterThan(80);
    expect(name.box.y).toBeGreaterThan(60);
    expect(name.box.width).toBeGreaterThan(180);
    expect(name.box.width).toBeLessThan(320);
    // The physical pixel under the logical centre × 2 is the white inside of the field.
    const frame = await operator.grab();
    expect(lumaAt(frame, Math.round((name.box.x + name.box.width / 2) * 2), Math.round((name.box.y + name.box.height / 2) * 2))).toBeGreaterThan(235);

    expect((await operator.execute({ type: 'type', target: { elementId: name.id }, text: 'grace hopper' })).ok).toBe(true);
    await app.waitForState((state) => state.name === 'grace hopper');
    expect((await operator.execute({ type: 'click', target: { elementId: submit.id } })).ok).toBe(true);
    const state = await app.waitForState((current) => current.submitCount === 1);
    expect(state.submitted?.name).toBe('grace hopper');
  });

  it('clicks a logical point: the Clear button by its coordinates, not its id', async () => {
    const observation = await operator.observe();
    const clear = find(observation, 'button', 'Clear');
    const point = { x: clear.box.x + clear.box.width / 2, y: clear.box.y + clear.box.height / 2 };
    expect((await operator.execute({ type: 'click', target: point })).ok).toBe(true);
    await app.waitForState((state) => state.name === '');
    // Off the logical screen (but on the physical one) is refused.
    expect(await operator.execute({ type: 'click', target: { x: 1300, y: 100 } })).toMatchObject({ ok: false, code: 'out-of-bounds' });
  });
});
