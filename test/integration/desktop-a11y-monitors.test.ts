/**
 * Two monitors side by side, as the operator sees them: a 1600×600 virtual
 * screen whose left and right halves are each observed and acted on as one
 * monitor (a monitor is a region of the virtual screen: `monitor` resolves to
 * exactly such a region). A GTK app on each half; each operator reads its own
 * half through the accessibility tree in virtual-screen coordinates, clicks
 * land on the right app (the apps' own state files say so), and the other
 * half's controls are outside its region.
 *
 * Why not real XRandR monitors: this Xvfb (21.1) answers `xrandr
 * --setmonitor` with success but never lists the monitor, and with two
 * `-screen`s plus `+xinerama` it reports both heads at 0,0 (Xvfb has no
 * option to place a screen), so no side-by-side layout can be made here; the
 * Xorg dummy driver and Xephyr are not installed. Parsing `xrandr
 * --listmonitors` is covered by screens.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UIElement } from '../../agent/core/observation.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';

const HALF = 800;
let desktop: DesktopA11y;
const apps: SignupApp[] = [];
const operators: DesktopOperator[] = [];

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 2 * HALF, height: 600 });
  apps.push(await desktop.launchGtk({ x: 100, y: 20 }));
  apps.push(await desktop.launchGtk({ x: HALF + 150, y: 30 }));
  for (const x of [0, HALF]) operators.push(await desktop.openOperator({ region: { x, y: 0, width: HALF, height: 600 } }));
}, 120_000);

afterAll(() => desktop?.stop());

describe('two monitors side by side', () => {
  it('reads each monitor in virtual-screen coordinates and clicks land on the app shown there', async () => {
    const plans = ['Pro', 'Team', 'Free'];
    let landed = 0;
    let clicks = 0;
    for (const [index, operator] of operators.entries()) {
      const observation = await operator.observe();
      expect(observation.viewport).toMatchObject({ originX: index * HALF, width: HALF });
      const radios = observation.elements.filter((element) => element.source === 'a11y' && element.role === 'radio' && plans.includes(element.text));
      const here = (element: UIElement) => !element.attributes?.offscreen;
      // Both apps are in the tree; only the one on this monitor is inside its region.
      expect(radios.filter(here)).toHaveLength(3);
      expect(radios.filter((element) => !here(element))).toHaveLength(3);
      for (const radio of radios.filter(here)) {
        expect(radio.box.x).toBeGreaterThanOrEqual(index * HALF);
        expect(radio.box.x + radio.box.width).toBeLessThanOrEqual((index + 1) * HALF);
      }
      const app = apps[index]!;
      const other = apps[1 - index]!;
      const otherBefore = other.readState().plan;
      for (let round = 0; round < 10; round++) {
        const plan = plans[round % plans.length]!;
        const target = radios.find((element) => here(element) && element.text === plan)!;
        const result = await operator.execute({ type: 'click', target: { elementId: target.id } });
        expect(result).toMatchObject({ ok: true });
        expect(result.ok && result.via).toBeUndefined(); // real input, not the accessibility fallback
        clicks++;
        await app.waitForState((state) => state.plan === plan, 5_000);
        landed++;
      }
      // Nothing landed on the other monitor's app.
      expect(other.readState().plan).toBe(otherBefore);
    }
    expect(landed).toBe(clicks);
    expect(clicks).toBe(20);
  }, 180_000);
});
