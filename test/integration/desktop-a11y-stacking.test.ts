/**
 * Window stacking order with the accessibility tree: two overlapping
 * windows — two copies of the GTK app, the later one in front — and then the
 * GTK app's own dialog over its main window. Controls another window lies
 * over are marked hidden, left out of what the policy is shown, and refused
 * as click targets; the window in front stays fully usable.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxCentre, type Observation, type UIElement } from '../../agent/core/observation.js';
import { abstract } from '../../agent/observation/abstract.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';

let desktop: DesktopA11y;
let gtk: SignupApp;
let front: SignupApp | undefined;
let operator: DesktopOperator;

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 1024, height: 700 });
  gtk = await desktop.launchGtk({ x: 40, y: 40 });
  operator = await desktop.openOperator();
}, 90_000);

afterAll(() => desktop?.stop());

function geometry(title: string): { x: number; y: number; width: number; height: number } {
  const text = execFileSync('xdotool', ['search', '--onlyvisible', '--name', `^${title}$`, 'getwindowgeometry', '--shell'], {
    env: { ...process.env, DISPLAY: desktop.display },
    encoding: 'utf8',
  });
  const value = (key: string) => Number(new RegExp(`^${key}=(-?\\d+)`, 'm').exec(text)?.[1]);
  return { x: value('X'), y: value('Y'), width: value('WIDTH'), height: value('HEIGHT') };
}

const inside = (element: UIElement, rect: { x: number; y: number; width: number; height: number }) => {
  const centre = boxCentre(element.box);
  return centre.x >= rect.x && centre.y >= rect.y && centre.x < rect.x + rect.width && centre.y < rect.y + rect.height;
};

function accessible(observation: Observation, role: string, text: string): UIElement {
  const element = observation.elements.find((candidate) => candidate.source === 'a11y' && candidate.role === role && candidate.text === text);
  if (!element) throw new Error(`no a11y ${role} "${text}"`);
  return element;
}

describe('window stacking order', () => {
  it('hides the controls another window lies over and refuses them as targets', async () => {
    const alone = await operator.observe();
    expect(alone.elements.filter((element) => element.states.hidden)).toEqual([]);
    const backWindow = accessible(alone, 'window', 'Understudy GTK Sign-up');
    const key = (element: UIElement) => `${element.attributes?.path}@${element.box.x},${element.box.y}`;
    const backKeys = new Set(alone.elements.filter((element) => element.source === 'a11y' && element.role !== 'window').map(key));

    // A second copy of the application over the middle of the first (mapped later, so in front).
    front = await desktop.launchGtk({ x: 200, y: 150 });
    const frontRect = { x: 200, y: 150, width: backWindow.box.width, height: backWindow.box.height };
    let observation = await operator.observe();
    for (let tries = 0; tries < 20 && observation.elements.filter((element) => element.role === 'window').length < 2; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      observation = await operator.observe();
    }
    const back = observation.elements.filter((element) => backKeys.has(key(element)));
    const under = back.filter((element) => inside(element, frontRect));
    const clear = back.filter((element) => !inside(element, frontRect));
    expect(under.length).toBeGreaterThan(3);
    expect(clear.length).toBeGreaterThan(3);
    for (const element of under) {
      expect(element.states.hidden, `${element.role} "${element.text}"`).toBe(true);
      expect(element.attributes?.coveredBy).toBe('Understudy GTK Sign-up (signup-app.py)');
    }
    for (const element of clear) expect(element.states.hidden, `${element.role} "${element.text}"`).toBeFalsy();
    // The front copy's own controls are all there.
    const frontControls = observation.elements.filter((element) => element.source === 'a11y' && !backKeys.has(key(element)) && element.role === 'textbox');
    expect(frontControls.map((element) => element.states.hidden ?? false)).toEqual([false, false, false]);
    expect(observation.page.notes?.some((note) => /lie behind another window/.test(note))).toBe(true);

    // Not offered to the policy, and refused if asked for anyway.
    const email = under.find((element) => element.role === 'textbox' && element.text === 'Email address');
    expect(email).toBeDefined();
    const shown = abstract(observation, 'sign up');
    expect(shown.idMap.has(email!.id)).toBe(false);
    expect(shown.idMap.has(clear.find((element) => element.role === 'textbox' && element.text === 'Full name')!.id)).toBe(true);
    const refused = await operator.execute({ type: 'click', target: { elementId: email!.id } });
    expect(refused).toMatchObject({ ok: false, code: 'failed' });
    expect(!refused.ok && refused.error).toMatch(/behind Understudy GTK Sign-up \(signup-app\.py\)/);
    expect(front.readState().email).toBe('');
    await front.stop();
    front = undefined;
  }, 120_000);

  it('hides the main window controls under its own dialog, and keeps the dialog clickable', async () => {
    const observation = await operator.observe();
    expect(observation.elements.filter((element) => element.states.hidden).map((element) => element.text)).toEqual([]);
    const signUp = accessible(observation, 'button', 'Sign up');
    expect(await operator.execute({ type: 'click', target: { elementId: signUp.id } })).toMatchObject({ ok: true });
    await gtk.waitForState((state) => state.dialogOpen);
    let withDialog = await operator.observe();
    for (let tries = 0; tries < 20 && !withDialog.elements.some((element) => element.role === 'button' && element.text === 'OK'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      withDialog = await operator.observe();
    }
    const dialog = geometry('Welcome');
    const ok = accessible(withDialog, 'button', 'OK');
    expect(ok.states.hidden).toBeFalsy();
    const main = withDialog.elements.filter((element) => element.source === 'a11y' && element.attributes?.path?.startsWith('window[Understudy GTK Sign-up]') && element.role !== 'window');
    const under = main.filter((element) => inside(element, dialog));
    expect(under.length).toBeGreaterThan(0);
    for (const element of under) expect(element.attributes?.coveredBy, `${element.role} "${element.text}"`).toMatch(/\(signup-app\.py\)$/); // the dialog ("Information")
    for (const element of main.filter((candidate) => !inside(candidate, dialog))) expect(element.states.hidden).toBeFalsy();
    expect(await operator.execute({ type: 'click', target: { elementId: ok.id } })).toMatchObject({ ok: true });
    const answered = await gtk.waitForState((state) => !state.dialogOpen);
    expect(answered.dialogAnswer).toBe('ok');
  }, 120_000);
});
