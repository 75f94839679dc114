/**
 * Recorder fidelity on what real widget pages do (issue 11 §2): forms inside
 * open shadow roots and same-origin iframes, rich text worked by keys and a
 * toolbar, list-box picks by keyboard, items that react through a listener on
 * their list, and targets that turn up late (a sub-menu, a consent pop-up).
 * Each is recorded from real input and replayed on a fresh load of the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { KIT_VIEWPORT, centreOf, pause, recordOnPage, replayOnPage, stepSummary } from './record-replay-kit.js';

const PAGES = fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url));
const pageUrl = (file: string) => pathToFileURL(join(PAGES, file)).href;

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-embedded-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const clickOn = async (page: Page, expression: string, wait = 250) => {
  const point = await centreOf(page, expression);
  await page.mouse.click(point.x, point.y);
  if (wait) await pause(wait);
};

describe('recorder fidelity inside shadow roots and frames', () => {
  it('stores typing and clicks inside an open shadow root and a same-origin iframe as element steps, and replays them', async () => {
    const SHADOW = `document.querySelector('sign-in-card').shadowRoot`;
    const FRAME = `document.querySelector('iframe').contentDocument`;
    const recorded = await recordOnPage({
      browser,
      workDir,
      url: pageUrl('embedded.html'),
      task: 'sign in as ada, then join the weekly newsletter as ada@example.org',
      stateExpression: 'window.state',
      drive: async (page) => {
        await clickOn(page, `${SHADOW}.getElementById('u')`);
        await page.keyboard.type('ada', { delay: 20 });
        await clickOn(page, `${SHADOW}.querySelector('button')`);
        await clickOn(page, `${FRAME}.getElementById('mail')`);
        await page.keyboard.type('ada@example.org', { delay: 20 });
        await clickOn(page, `${FRAME}.querySelector('input[value=Weekly]')`);
        await clickOn(page, `${FRAME}.getElementById('go')`);
      },
    });
    expect(recorded.state).toEqual({ user: 'ada', mail: 'ada@example.org', freq: 'Weekly' });
    expect(stepSummary(recorded.trajectory)).toEqual([
      'type:textbox:User name',
      'click:button:Sign in',
      'type:textbox:E-mail',
      'click:radio:Weekly',
      'click:button:Join',
    ]);
    for (const step of recorded.trajectory.steps) expect(step.action).toMatchObject({ target: { elementId: expect.any(Number) } });
    expect(recorded.trajectory.steps.map((step) => (step.action as { text?: string }).text).filter(Boolean)).toEqual(['ada', 'ada@example.org']);
    // The frame's elements are stored where they are in the top viewport (below the shadow form).
    expect(recorded.trajectory.steps[2]!.targets[0]!.box.y).toBeGreaterThan(recorded.trajectory.steps[1]!.targets[0]!.box.y);

    const replayed = await replayOnPage(browser, recorded.trajectory, pageUrl('embedded.html'), 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ user: 'ada', mail: 'ada@example.org', freq: 'Weekly' });
  });
});

describe('recorder fidelity on editing and lists', () => {
  it('stores the keys that select rich text (Control+A, Shift+arrows) and the toolbar command, not the formatting as typing', async () => {
    const EDITOR = `document.querySelector('.editor')`;
    const recorded = await recordOnPage({
      browser,
      workDir,
      url: pageUrl('editing.html'),
      task: 'make "beta" bold, then everything italic, and press Done',
      stateExpression: 'window.state.html',
      drive: async (page) => {
        await clickOn(page, EDITOR);
        await page.keyboard.press('Control+Home');
        for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
        for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
        await clickOn(page, `document.querySelector('[data-cmd=bold]')`);
        await page.keyboard.press('Control+A');
        await clickOn(page, `document.querySelector('[data-cmd=italic]')`);
        await clickOn(page, `document.getElementById('done')`);
      },
    });
    expect(recorded.state).toBe('<i>alpha <b>beta</b> gamma</i>');
    const actions = recorded.trajectory.steps.map((step) => step.action);
    expect(actions.filter((action) => action.type === 'type')).toEqual([]);
    expect(actions.filter((action) => action.type === 'press').map((action) => (action as { keys: string }).keys)).toEqual([
      'Control+Home', ...Array(6).fill('ArrowRight'), ...Array(4).fill('Shift+ArrowRight'), 'Control+A',
    ]);
    const replayed = await replayOnPage(browser, recorded.trajectory, pageUrl('editing.html'), 'window.state.html');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toBe('<i>alpha <b>beta</b> gamma</i>');
  });

  it('stores a toolbar list command as the click on its tool, not the reshaped lines as typing (it replayed onto the last line)', async () => {
    const recorded = await recordOnPage({
      browser,
      workDir,
      url: pageUrl('editing-lines.html'),
      task: 'turn the second line into a bullet and press Done',
      stateExpression: 'window.state.bullets',
      drive: async (page) => {
        await clickOn(page, `document.querySelector('.editor')`);
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('ArrowDown');
        await clickOn(page, `document.querySelector('[data-cmd=insertUnorderedList]')`);
        await clickOn(page, `document.getElementById('done')`);
      },
    });
    expect(recorded.state).toEqual(['Lunch is served at noon']);
    const actions = recorded.trajectory.steps.map((step) => step.action);
    expect(actions.filter((action) => action.type === 'type')).toEqual([]);
    const replayed = await replayOnPage(browser, recorded.trajectory, pageUrl('editing-lines.html'), 'window.state.bullets');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual(['Lunch is served at noon']);
  });

  it('with listeners watched from the start, a pressed item is stored in the role the replay observes, not forced to a button', async () => {
    const recorded = await recordOnPage({
      browser,
      workDir,
      url: pageUrl('editing.html'),
      task: 'pick South',
      stateExpression: 'window.state.picked',
      watchFromTheStart: true,
      drive: async (page) => {
        await pause(200);
        await clickOn(page, `document.querySelectorAll('#items li')[1]`);
      },
    });
    expect(recorded.state).toEqual(['South']);
    const [step] = recorded.trajectory.steps;
    const fresh = await browser.newContext({ viewport: KIT_VIEWPORT });
    try {
      const page = await fresh.newPage();
      const operator = await BrowserOperator.attach(page);
      await operator.goto(pageUrl('editing.html'));
      const observed = (await operator.observe()).elements.find((element) => element.text === 'South');
      expect(observed).toBeDefined();
      expect(step!.targets[0]).toMatchObject({ role: observed!.role, text: 'South' });
      expect(observed!.role).not.toBe('button');
    } finally {
      await fresh.close();
    }
    const replayed = await replayOnPage(browser, recorded.trajectory, pageUrl('editing.html'), 'window.state.picked');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual(['South']);
  });

  it('a list-box option added with Control+arrows and Control+Space is stored as a Control-pick of that option, and replays', async () => {
    const recorded = await recordOnPage({
      browser,
      workDir,
      url: pageUrl('fields.html'),
      task: 'pick Banana and Date, then submit',
      stateExpression: 'window.submitted && window.submitted.fruit',
      drive: async (page) => {
        await clickOn(page, `document.querySelector('#fruit option:nth-child(2)')`);
        await page.keyboard.press('Control+ArrowDown');
        await page.keyboard.press('Control+ArrowDown');
        await page.keyboard.press('Control+Space');
        await pause(150);
        await clickOn(page, `document.getElementById('submit')`);
      },
    });
    expect(recorded.state).toEqual(['Banana', 'Date']);
    // Control+Space on Date is a Control-pick of Date, whatever rows the cursor crossed to reach it.
    expect(recorded.trajectory.steps.map((step) => step.action)).toEqual([
      { type: 'select', target: { elementId: expect.any(Number) }, option: 'Banana' },
      { type: 'select', target: { elementId: expect.any(Number) }, option: 'Date', modifiers: ['Control'] },
      { type: 'click', target: { elementId: expect.any(Number) } },
    ]);
    expect(recorded.trajectory.steps[1]!.details).toMatchObject({ selectedAfter: ['Banana', 'Date'] });
    const replayed = await replayOnPage(browser, recorded.trajectory, pageUrl('fields.html'), 'window.submitted && window.submitted.fruit');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual(['Banana', 'Date']);
  });
});

describe('replay waits for what the person waited for', () => {
  it('waits for a late sub-menu and for a late pop-up rather than pressing the page\'s look-alike button', async () => {
    const recorded = await recordOnPage({
      browser,
      workDir,
      url: pageUrl('delayed.html'),
      task: 'accept the cookies, open the menu and choose Open, then press OK',
      stateExpression: 'window.state',
      drive: async (page) => {
        await page.waitForSelector('.popup button');
        await pause(200);
        await clickOn(page, `document.querySelector('.popup button')`);
        await clickOn(page, `document.getElementById('menu')`, 0);
        await page.waitForSelector('#open');
        await pause(200);
        await clickOn(page, `document.getElementById('open')`);
        await clickOn(page, `document.getElementById('ok')`);
      },
    });
    expect(recorded.state).toEqual({ pageOk: 1, popupOk: 1, opened: 1 });
    expect(stepSummary(recorded.trajectory)).toEqual(['click:button:OK', 'click:button:Menu', 'click:link:Open', 'click:button:OK']);
    const replayed = await replayOnPage(browser, recorded.trajectory, pageUrl('delayed.html'), 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ pageOk: 1, popupOk: 1, opened: 1 });
    expect(replayed.run.trajectory.steps.filter((step) => step.action.type === 'wait').length).toBeGreaterThan(0);
  });
});
