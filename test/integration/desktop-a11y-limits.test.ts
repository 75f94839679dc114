/**
 * The accessibility reader's limits and fallbacks on real GTK windows under a
 * private Xvfb and accessibility bus: a huge tree is cut by the node limit
 * and by the time budget and the observation says what was left out; a
 * control below the screen's edge is acted on through AT-SPI (recorded as
 * such); the private session leaves no process behind; the platforms without
 * a reader say so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../agent/core/errors.js';
import { openAccessibilityReader } from '../../agent/operators/desktop/a11y/accessibility-reader.js';
import { AtspiReader } from '../../agent/operators/desktop/a11y/atspi-reader.js';
import { startAccessibilitySession } from '../../agent/operators/desktop/a11y/private-session.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';

/** A display number no server holds; each desktop-a11y test file prefers its own, so files running in parallel do not collide. */
let desktop: DesktopA11y;

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 1280, height: 800 });
}, 90_000);

afterAll(() => desktop?.stop());

/** Process ids in the process groups the session started. */
function groupMembers(pids: number[]): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,pgid='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, pgid]) => pids.includes(pgid!))
    .map(([pid]) => pid!);
}

describe('the accessibility reader on a huge tree', () => {
  let app: SignupApp;
  let reader: AtspiReader;
  const region = { x: 0, y: 0, width: 1280, height: 800 };

  beforeAll(async () => {
    // 400 generated cells of 3 widgets each: thousands of accessible nodes, most of them below the screen.
    app = await desktop.launchGtk({ many: 400 });
    // Full reads each time: these tests are about the limits of one read, not about the incremental cache.
    reader = await AtspiReader.open({ sessionBusAddress: desktop.session.sessionBusAddress, incremental: false });
  }, 60_000);

  afterAll(async () => {
    reader?.close();
    await app?.stop();
  });

  it('reads the same controls by listing the tree (Collection) as by walking it level by level', async () => {
    const shown = (elements: { role: string; text: string; attributes?: Record<string, string> }[]) =>
      elements.filter((element) => !element.attributes?.offscreen).map((element) => `${element.role}:${element.text}`);
    const listed = await reader.read({ scale: 1, region, budgetMs: 120_000, maxNodes: 100_000 });
    const walked = await reader.read({ scale: 1, region, budgetMs: 120_000, maxNodes: 100_000, strategy: 'walk' });
    expect(shown(listed.elements)).toContain('textbox:Full name');
    expect(shown(walked.elements)).toEqual(shown(listed.elements));
  }, 240_000);

  it('stops at the node limit and says how much it left out', async () => {
    const snapshot = await reader.read({ scale: 1, region, maxNodes: 300, budgetMs: 60_000 });
    expect(snapshot.stats.nodes).toBeLessThanOrEqual(300);
    expect(snapshot.notes.join('\n')).toMatch(/stopped at the limit of 300 nodes/);
    expect(snapshot.elements.length).toBeGreaterThan(0);
  });

  it('stops when the time budget is spent, keeps what it read, and says what it left out', async () => {
    const snapshot = await reader.read({ scale: 1, region, budgetMs: 60 });
    const note = snapshot.notes.find((line) => line.includes('not read within the 60 ms budget'));
    expect(note).toBeDefined();
    expect(Number(/(\d+) nodes/.exec(note!)?.[1])).toBeGreaterThan(0);
    // The generous read of the same window finds far more: the budget really cut it.
    const full = await reader.read({ scale: 1, region, budgetMs: 120_000, maxNodes: 100_000 });
    expect(full.notes.some((line) => line.includes('budget') || line.includes('limit'))).toBe(false);
    expect(full.stats.nodes).toBeGreaterThan(1_500);
    expect(snapshot.stats.nodes).toBeLessThan(full.stats.nodes);
    // Rows below the screen are in the full read, marked offscreen.
    const last = full.elements.find((element) => element.role === 'button' && element.text === 'Open 399');
    expect(last?.attributes?.offscreen).toBe('true');
  }, 180_000);
});

describe('acting where real input cannot reach', () => {
  let app: SignupApp;
  let operator: DesktopOperator;

  beforeAll(async () => {
    // 40 cells, five to a line: the last lines lie below the bottom of the 800-pixel screen.
    app = await desktop.launchGtk({ many: 40 });
    operator = await desktop.openOperator({ accessibility: { budgetMs: 20_000 } });
  }, 60_000);

  afterAll(async () => {
    await operator?.close();
    await app?.stop();
  });

  it('clicks an on-screen button with the mouse, and an off-screen one through AT-SPI, saying so', async () => {
    const observation = await operator.observe();
    const near = observation.elements.find((element) => element.role === 'button' && element.text === 'Open 2');
    const far = observation.elements.find((element) => element.role === 'button' && element.text === 'Open 37');
    expect(near?.attributes?.offscreen).toBeUndefined();
    expect(far?.attributes?.offscreen).toBe('true');
    expect(far!.box.y).toBeGreaterThan(800);

    const byMouse = await operator.execute({ type: 'click', target: { elementId: near!.id } });
    expect(byMouse).toMatchObject({ ok: true });
    expect(byMouse.ok && byMouse.via).toBeUndefined();
    await app.waitForState((state) => state.manyClicks.includes(2));

    const byAccessibility = await operator.execute({ type: 'click', target: { elementId: far!.id } });
    expect(byAccessibility).toMatchObject({ ok: true, via: 'accessibility: Action.DoAction("click")' });
    const state = await app.waitForState((current) => current.manyClicks.includes(37));
    expect(state.manyClicks).toEqual([2, 37]);

    // What AT-SPI cannot do for an off-screen element is refused in words, not attempted with the mouse.
    const drag = await operator.execute({ type: 'right-click', target: { elementId: far!.id } });
    expect(drag).toMatchObject({ ok: false, code: 'out-of-bounds' });
  });
});

describe('the private accessibility session and the other platforms', () => {
  it('leaves no process and no socket folder behind', async () => {
    const own = await startAccessibilitySession({ display: desktop.display });
    const folder = own.env.XDG_RUNTIME_DIR!;
    expect(existsSync(folder)).toBe(true);
    const reader = await openAccessibilityReader({ sessionBusAddress: own.sessionBusAddress });
    expect(reader.platform).toBe('linux-atspi');
    reader.close();
    // The bus launcher started the accessibility bus (and the registry) in its group.
    expect(groupMembers(own.pids).length).toBeGreaterThanOrEqual(3);
    await own.stop();
    const until = Date.now() + 10_000;
    while (groupMembers(own.pids).length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(groupMembers(own.pids)).toEqual([]);
    expect(existsSync(folder)).toBe(false);
  });

  it('says clearly that the Windows and macOS readers are not built', async () => {
    await expect(openAccessibilityReader({ platform: 'win32' })).rejects.toThrow(/Windows UI Automation reader is not built/);
    await expect(openAccessibilityReader({ platform: 'darwin' })).rejects.toThrow(/macOS accessibility \(AX\) reader is not built/);
    await expect(openAccessibilityReader({ platform: 'win32' })).rejects.toBeInstanceOf(UserFacingError);
  });

  it('says what is missing when there is no session bus', async () => {
    const saved = process.env.DBUS_SESSION_BUS_ADDRESS;
    delete process.env.DBUS_SESSION_BUS_ADDRESS;
    try {
      await expect(openAccessibilityReader()).rejects.toThrow(/no D-Bus session bus/);
    } finally {
      if (saved !== undefined) process.env.DBUS_SESSION_BUS_ADDRESS = saved;
    }
  });
});
