/**
 * Understudy's own window on every way the desktop operator acts (issue 12
 * §3): a real GTK app on a private accessibility bus stands in for it (its
 * process is named as ours). The operator watches the left half of the
 * screen; the app sits on the right half, so its controls are off screen and
 * would be acted on through the accessibility interface — where no point on
 * the display can be checked. The operator refuses them because their window
 * is ours (by its process's X window, or by its title), refuses keys while the
 * focus is in it, and the app's own state file says nothing reached it; an
 * operator told no window is ours does act on the same control that way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';
import { pause } from './record-input.js';

const HALF = 800;
const LEFT = { x: 0, y: 0, width: HALF, height: 600 };
let desktop: DesktopA11y;
let app: SignupApp;

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 2 * HALF, height: 600 });
  app = await desktop.launchGtk({ x: HALF + 100, y: 20 });
}, 120_000);

afterAll(() => desktop?.stop());

function checkbox(observation: Observation): UIElement {
  const found = observation.elements.find((element) => element.source === 'a11y' && element.role === 'checkbox');
  if (!found) throw new Error(`no check box in the tree: ${observation.elements.map((element) => `${element.role} "${element.text}"`).join(', ')}`);
  return found;
}

// A hang guard, not a speed target: Python, GTK and the buses start slowly on a busy 2-core machine.
describe("Understudy's own window, off screen (accessibility interface)", { timeout: 180_000 }, () => {
  it('is refused by its process or its title, keys too while it has the focus; with no own window the same click acts', async () => {
    const before = app.readState().newsletter;
    const byProcess = await desktop.openOperator({ region: LEFT, failsafe: false, ownWindow: { pids: [app.pid] } });
    const seen = await byProcess.observe();
    const box = checkbox(seen);
    expect(box.attributes?.offscreen).toBe('true');
    const refused = await byProcess.execute({ type: 'click', target: { elementId: box.id } });
    expect(refused).toMatchObject({ ok: false, code: 'out-of-bounds', error: expect.stringMatching(/^the click on checkbox ".*" would act in Understudy's own window \("Understudy GTK Sign-up"\)/) });

    const byTitle = await desktop.openOperator({ region: LEFT, failsafe: false, ownWindow: { pids: [], titlePattern: '^Understudy GTK' } });
    const typed = await byTitle.execute({ type: 'click', target: { elementId: checkbox(await byTitle.observe()).id } });
    expect(typed).toMatchObject({ ok: false, error: expect.stringMatching(/Understudy's own window/) });

    // Keys with no target go to the focused window: ours here.
    desktop.xdotool('search', '--name', '^Understudy GTK', 'windowfocus', '--sync');
    const pressed = await byProcess.execute({ type: 'press', keys: 'space' });
    expect(pressed).toMatchObject({ ok: false, error: expect.stringMatching(/keyboard focus is in Understudy's own window/) });

    await pause(500);
    expect(app.readState().newsletter).toBe(before);

    // The same click by an operator for which no window is ours goes through the accessibility interface.
    const nobody = await desktop.openOperator({ region: LEFT, failsafe: false, ownWindow: false });
    const acted = await nobody.execute({ type: 'click', target: { elementId: checkbox(await nobody.observe()).id } });
    expect(acted).toMatchObject({ ok: true, via: expect.stringMatching(/^accessibility/) });
    await app.waitForState((state) => state.newsletter === !before, 5_000);
  });
});
