/**
 * A headless Chromium started with the display's DISPLAY finds that display's
 * accessibility bus and publishes its browser frame there — "showing",
 * "visible", 1280×720 — though no X window shows it. Real Xvfb, private
 * session and accessibility buses, the GTK app on screen: the raw tree lists
 * Chromium's window and page; the desktop operator's observation leaves them
 * out (and says so), keeping every control of the GTK app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { AtspiConnection } from '../../agent/operators/desktop/a11y/atspi-connection.js';
import { readAccessibilityTree } from '../../agent/operators/desktop/a11y/atspi-tree-reader.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';

let desktop: DesktopA11y;
let browser: Browser;

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 1024, height: 700 });
  const saved = process.env.DISPLAY;
  process.env.DISPLAY = desktop.display; // what a user's shell would have: the browser inherits it
  try {
    browser = await launchChromium();
  } finally {
    if (saved === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = saved;
  }
  const page = await browser.newPage();
  await page.setContent('<button>Publish the page</button><input aria-label="Headline">');
  await desktop.launchGtk();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await desktop?.stop();
});

// A hang guard, not a speed target.
describe('an accessible window no X window shows (headless Chromium)', { timeout: 120_000 }, () => {
  it('is on the bus, and the observation leaves it out with its controls, keeping the app on screen', async () => {
    const connection = await AtspiConnection.open({ sessionBusAddress: desktop.session.sessionBusAddress });
    try {
      // The browser's page reaches the bus a moment after it is set.
      let names: string[] = [];
      for (let attempt = 0; attempt < 40 && !names.includes('Publish the page'); attempt++) {
        const tree = await readAccessibilityTree(connection, { budgetMs: 8_000 });
        names = tree.nodes.filter((node) => node.application === 'Chromium').map((node) => node.name);
        if (!names.includes('Publish the page')) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(names).toContain('Publish the page');
    } finally {
      connection.close();
    }
    const operator = await desktop.openOperator({ failsafe: false });
    const observation = await operator.observe();
    const applications = new Set(observation.elements.filter((element) => element.source === 'a11y').map((element) => element.attributes?.application));
    expect([...applications]).toEqual(['signup-app.py']);
    expect(observation.elements.map((element) => element.text)).not.toContain('Publish the page');
    expect(observation.elements.filter((element) => element.source === 'a11y' && ['checkbox', 'radio', 'button'].includes(element.role)).length).toBeGreaterThanOrEqual(5);
    expect(observation.page?.notes).toEqual(expect.arrayContaining([expect.stringMatching(/elements of \d+ windows? not on the display left out: .*\(Chromium\)/)]));
    expect(observation.page?.application).toBe('signup-app.py');
    // Every id is still its own (the OCR elements are numbered after the accessible ones).
    expect(new Set(observation.elements.map((element) => element.id)).size).toBe(observation.elements.length);
  });
});
