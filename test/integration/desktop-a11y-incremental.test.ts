/**
 * Incremental accessibility reads on a real GTK application: after the first
 * observation the tree is kept, and AT-SPI events bring it up to date — a
 * check box ticked and text typed by real input (xdotool) show in the next
 * observation through a few nodes read again; a window moved (no event at
 * all) and a dialog opened (new objects) make the application be read whole;
 * an observation with nothing changed reads nothing but the windows' boxes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxCentre, type Observation, type UIElement } from '../../agent/core/observation.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';

let desktop: DesktopA11y;
let app: SignupApp;
let operator: DesktopOperator;

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 1024, height: 700 });
  app = await desktop.launchGtk();
  operator = await desktop.openOperator();
}, 90_000);

afterAll(() => desktop?.stop());

const xdotool = (...args: string[]) => desktop.xdotool(...args);

function find(observation: Observation, role: string, text: string): UIElement {
  const element = observation.elements.find((candidate) => candidate.role === role && candidate.text === text && candidate.source === 'a11y');
  if (!element) throw new Error(`no ${role} "${text}"`);
  return element;
}

function clickAt(element: UIElement): void {
  const centre = boxCentre(element.box);
  xdotool('mousemove', String(Math.round(centre.x)), String(Math.round(centre.y)), 'click', '1');
}

/** Observe until `check` holds (events and repaints arrive a moment after the input on a loaded machine). */
async function observeUntil(check: (observation: Observation) => boolean, ms = 10_000): Promise<Observation> {
  const until = Date.now() + ms;
  for (;;) {
    const observation = await operator.observe();
    if (check(observation) || Date.now() > until) return observation;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('incremental accessibility reads', () => {
  it('keeps the tree between observations and follows the events', async () => {
    const first = await operator.observe();
    expect(operator.lastStats!.accessibilityIncremental).toMatchObject({ applicationsRead: 1, applicationsKept: 0 });
    // Let the burst of events that follows the first registration pass, then nothing changes: nothing is read whole.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await operator.observe();
    const quiet = await operator.observe();
    expect(operator.lastStats!.accessibilityIncremental).toEqual({ applicationsRead: 0, applicationsKept: 1, nodesRefreshed: 0 });
    expect(quiet.elements.map((element) => `${element.role}:${element.text}`)).toEqual(first.elements.map((element) => `${element.role}:${element.text}`));

    // A state change by real input: the check box's node is read again, the application is not.
    const box = find(first, 'checkbox', 'Send me the newsletter');
    expect(box.states.checked).toBeFalsy();
    clickAt(box);
    await app.waitForState((state) => state.newsletter);
    const ticked = await observeUntil((observation) => find(observation, 'checkbox', 'Send me the newsletter').states.checked === true);
    expect(find(ticked, 'checkbox', 'Send me the newsletter').states.checked).toBe(true);

    // Text typed into a field shows as its value.
    clickAt(find(ticked, 'textbox', 'Full name'));
    xdotool('type', '--delay', '30', 'Ada');
    await app.waitForState((state) => state.name === 'Ada');
    const typed = await observeUntil((observation) => find(observation, 'textbox', 'Full name').value === 'Ada');
    expect(find(typed, 'textbox', 'Full name').value).toBe('Ada');
    expect(operator.lastStats!.accessibilityIncremental?.applicationsKept).toBe(1);

    // A window moved sends no event: its boxes are checked on every read, and the moved application is read again.
    const before = find(typed, 'button', 'Sign up').box;
    xdotool('search', '--name', 'Understudy GTK Sign-up', 'windowmove', '240', '90');
    const moved = await observeUntil((observation) => find(observation, 'button', 'Sign up').box.x !== before.x);
    const after = find(moved, 'button', 'Sign up').box;
    expect(after.x - before.x).toBe(200);
    expect(after.y - before.y).toBe(50);

    // A dialog opens (new objects): the application is read whole and the dialog's button is there.
    clickAt(find(moved, 'button', 'Sign up'));
    await app.waitForState((state) => state.dialogOpen);
    const dialog = await observeUntil((observation) => observation.elements.some((element) => element.role === 'button' && element.text === 'OK'));
    expect(dialog.elements.some((element) => element.role === 'button' && element.text === 'OK')).toBe(true);
  }, 120_000);
});
