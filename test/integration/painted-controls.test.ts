/**
 * Native controls a page paints over (test/fixtures/pages/painted-controls.html) in real Chromium: a
 * checkbox at opacity 0 over a painted track, a switch named by the text before it, sr-only radio
 * tiles, a visually hidden checkbox named by a sibling label, a select laid transparent over a painted
 * box. Each is observed with its name and state, the operator's press or choice changes it, and a
 * person's real mouse click on the painted part is recorded as a step on that control that replays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { fixtureUrl, useBrowser } from '../kits/browser-page.js';
import { centreOf, pause, recordOnPage, replayOnPage } from './record-replay-kit.js';

const PAGE = 'painted-controls.html';
const kit = useBrowser();
let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'understudy-painted-controls-'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function named(observation: Observation, role: string, name: string): UIElement {
  const found = observation.elements.filter((element) => element.role === role && element.interactive && (element.text === name || element.label === name));
  if (found.length !== 1) throw new Error(`${found.length} ${role} "${name}" in:\n${observation.elements.map((element) => `${element.id} ${element.role} ${element.text} ${element.label ?? ''}`).join('\n')}`);
  return found[0]!;
}

const pageState = (page: Page) => page.evaluate('window.understudyFixture.state') as Promise<Record<string, unknown>>;
const SWITCHES = ['Dark theme', 'Email alerts', 'Autoplay', 'Sounds', 'Remember me'];

describe('native controls painted over', () => {
  it('are observed once each, with their names and states', async () => {
    const { operator } = await kit.open(PAGE);
    const observation = await operator.observe();
    for (const name of SWITCHES) expect(named(observation, 'checkbox', name).states.checked, name).toBe(false);
    expect(['Basic $5', 'Pro $9', 'Team $19'].map((name) => named(observation, 'radio', name).states.checked)).toEqual([false, true, false]);
    // The select is named by the text before its painted box, not by the choice painted beneath it.
    expect(named(observation, 'combobox', 'Size')).toMatchObject({ value: 'Medium', options: ['Small', 'Medium', 'Large'] });
    expect(observation.elements.filter((element) => element.role === 'checkbox')).toHaveLength(SWITCHES.length);
  });

  it('change state when the operator presses them or chooses an option', async () => {
    const { page, operator } = await kit.open(PAGE);
    for (const name of SWITCHES) {
      const observation = await operator.observe();
      expect((await operator.execute({ type: 'click', target: { elementId: named(observation, 'checkbox', name).id } })).ok, name).toBe(true);
    }
    const radios = await operator.observe();
    expect((await operator.execute({ type: 'click', target: { elementId: named(radios, 'radio', 'Team $19').id } })).ok).toBe(true);
    const selects = await operator.observe();
    expect((await operator.execute({ type: 'select', target: { elementId: named(selects, 'combobox', 'Size').id }, option: 'Large' })).ok).toBe(true);
    expect(await pageState(page)).toEqual({ dark: true, alerts: true, autoplay: true, sounds: true, remember: true, plan: 'team', size: 'Large' });
    const after = await operator.observe();
    for (const name of SWITCHES) expect(named(after, 'checkbox', name).states.checked, name).toBe(true);
    expect(named(after, 'radio', 'Team $19').states.checked).toBe(true);
    expect(named(after, 'combobox', 'Size').value).toBe('Large');
  });

  it("record a person's click on the painted track or tile as a step on the control, which replays", async () => {
    const url = fixtureUrl(PAGE);
    const drive = async (page: Page) => {
      await pause(300);
      for (const selector of ['.slider', '#alerts + .track', '.bare:has(#autoplay)', 'label.card:nth-of-type(1) b', 'label[for=remember]']) {
        const point = await centreOf(page, `document.querySelector(${JSON.stringify(selector)})`);
        await page.mouse.click(point.x, point.y);
        await pause(300);
      }
    };
    const task = 'Turn on dark theme, email alerts and autoplay, pick the Basic plan and tick Remember me';
    const recorded = await recordOnPage({ browser: kit.browser, workDir, url, task, drive, stateExpression: 'window.understudyFixture.state' });
    const wanted = { dark: true, alerts: true, autoplay: true, plan: 'basic', remember: true };
    expect(recorded.state).toEqual(wanted);
    expect(recorded.trajectory.steps.map((step) => [step.action.type, step.targets[0]?.role, step.targets[0]?.text])).toEqual([
      ['click', 'checkbox', 'Dark theme'],
      ['click', 'checkbox', 'Email alerts'],
      ['click', 'checkbox', 'Autoplay'],
      ['click', 'radio', 'Basic $5'],
      ['click', 'checkbox', 'Remember me'],
    ]);
    for (const step of recorded.trajectory.steps) expect(step.action).toMatchObject({ target: { elementId: expect.any(Number) } });
    const replayed = await replayOnPage(kit.browser, recorded.trajectory, url, 'window.understudyFixture.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual(wanted);
  });
});
