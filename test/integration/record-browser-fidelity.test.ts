/**
 * Recorder fidelity: what a person does is what is stored. Each page under
 * test/fixtures/pages/recorder/ holds patterns seen on real pages; a person's
 * input arrives through Playwright's mouse and keyboard on the recorded page
 * (trusted events, as from a real device), and every recording is replayed on
 * a freshly loaded page through the browser operator, checked by the page's
 * own state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { SECRET_PLACEHOLDER } from '../../agent/safety/secret-fields.js';
import { recordOnPage, replayOnPage } from './record-replay-kit.js';

const PAGES = fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url));

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-fidelity-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A fixture page's URL; `file` may carry a query ("clipboard.html?instance=2"). */
const pageUrl = (file: string) => {
  const [name, query] = file.split('?');
  return pathToFileURL(join(PAGES, name!)).href + (query ? `?${query}` : '');
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wait until the page shows what a person waits for before the next move (a submenu open, a section opened all the
 * way, a picker gone): a busy machine runs the page's timers and transitions late, past any fixed pause.
 */
const waitUntilShown = (page: Page, condition: string) => page.waitForFunction(condition, undefined, { timeout: 30_000 });

async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return (await page.evaluate(
    `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
  )) as { x: number; y: number };
}

/** Open the page (it builds itself first), start recording, let `drive` act as a person, stop. */
const record = (file: string, task: string, drive: (page: Page) => Promise<void>, stateExpression: string) =>
  recordOnPage({ browser, workDir, url: pageUrl(file), task, drive, stateExpression });

/** Replay on a fresh load of the page through the browser operator; the page's state afterwards. */
const replay = (trajectory: Trajectory, file: string, stateExpression: string) => replayOnPage(browser, trajectory, pageUrl(file), stateExpression);

const summary = (trajectory: Trajectory) =>
  trajectory.steps.map((step) => `${step.action.type}:${step.targets[0]?.role ?? '-'}:${step.targets[0]?.text || step.targets[0]?.label || ''}`);

/** Every element id an action names is in that step's own observation. */
function expectIdsInOwnObservation(trajectory: Trajectory): void {
  for (const step of trajectory.steps) {
    const action = step.action as { target?: { elementId?: number } };
    if (action.target?.elementId !== undefined) expect(step.observation.elements.map((element) => element.id)).toContain(action.target.elementId);
  }
}

describe('recorder fidelity on pages that built themselves before recording', () => {
  const STATE = 'window.state';
  const clickOn = async (page: Page, selector: string, wait: number) => {
    const point = await centre(page, selector);
    await page.mouse.click(point.x, point.y);
    if (wait) await pause(wait);
  };

  it('stores a d3 word link, a jQuery icon inside a clickable row and a pre-bound span as their own elements, and replays them', async () => {
    const recorded = await record(
      'prebound.html',
      'click the word fox, reply and forward the message, then archive',
      async (page) => {
        await pause(300);
        await clickOn(page, '#words .alink:nth-of-type(7)', 400); // "fox" (words and " and " alternate)
        await clickOn(page, '.row .reply', 400);
        await clickOn(page, '.row .forward', 400);
        await clickOn(page, '#plain', 400);
      },
      STATE,
    );
    expect(recorded.state).toMatchObject({ words: ['fox'], reply: 1, forward: 1, row: 0, plain: 1 });
    const steps = recorded.trajectory.steps;
    expect(summary(recorded.trajectory)).toEqual(['click:button:fox', 'click:button:↩', 'click:button:↪', 'click:button:archive']);
    // Elements, not points: the icon is the icon (its title says which), not the row around it.
    for (const step of steps) expect(step.action).toMatchObject({ type: 'click', target: { elementId: expect.any(Number) } });
    expect(steps[1]!.targets[0]).toMatchObject({ attributes: expect.objectContaining({ title: 'Reply' }) });
    expect(steps[2]!.targets[0]).toMatchObject({ attributes: expect.objectContaining({ title: 'Forward' }) });
    expect(steps[1]!.targets[0]!.box.width).toBeLessThan(30);
    expect(recorded.warnings.map((warning) => warning.message).join('\n')).not.toMatch(/stored as a point/);
    expectIdsInOwnObservation(recorded.trajectory);

    const replayed = await replay(recorded.trajectory, 'prebound.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toMatchObject({ words: ['fox'], reply: 1, forward: 1, row: 0, plain: 1 });
  });

  it('a fast demonstrator produces the same steps as a slow one, each paired with the state at its input', async () => {
    const drive = (wait: number) => async (page: Page) => {
      if (wait) await pause(300);
      await clickOn(page, '#wizard button', wait);
      await clickOn(page, '#wizard button', wait);
      await clickOn(page, '#words .alink:nth-of-type(3)', wait); // "quick"
      await clickOn(page, '#wizard button', wait);
      await clickOn(page, '.row .reply', wait);
    };
    const slow = await record('prebound.html', 'go through the wizard', drive(700), STATE);
    const fast = await record('prebound.html', 'go through the wizard', drive(0), STATE);
    const expected = ['click:button:Start', 'click:button:Continue', 'click:button:quick', 'click:button:Finish', 'click:button:↩'];
    expect(summary(slow.trajectory)).toEqual(expected);
    expect(summary(fast.trajectory)).toEqual(expected);
    for (const recorded of [slow, fast]) {
      expect(recorded.state).toMatchObject({ wizard: ['Start', 'Continue', 'Finish'], words: ['quick'], reply: 1 });
      // The observation stored with each step shows the caption the person saw when they clicked.
      for (const step of recorded.trajectory.steps) {
        const action = step.action as { target: { elementId: number } };
        const element = step.observation.elements.find((candidate) => candidate.id === action.target.elementId);
        expect(element?.text).toBe(step.targets[0]!.text);
      }
    }
    const replayed = await replay(fast.trajectory, 'prebound.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toMatchObject({ wizard: ['Start', 'Continue', 'Finish'], words: ['quick'], reply: 1 });
  });
});

describe('recorder fidelity on form fields', () => {
  const STATE = 'window.submitted';
  const clickOn = async (page: Page, selector: string, wait = 250) => {
    const point = await centre(page, selector);
    await page.mouse.click(point.x, point.y);
    if (wait) await pause(wait);
  };

  it('a password the task states is stored as a slot of the task and replays; one it does not state stops the replay with a reason', async () => {
    const stated = await record(
      'fields.html',
      'Enter the password "x7Q" and press Submit',
      async (page) => {
        await clickOn(page, '#pw');
        await page.keyboard.type('x7Q', { delay: 30 });
        await clickOn(page, '#submit');
      },
      STATE,
    );
    const [typing] = stated.trajectory.steps;
    expect(typing!.action).toMatchObject({ type: 'type', text: 'x7Q' });
    expect(typing!.details).toMatchObject({ textFromTask: { value: 'x7Q', start: 20 } });
    for (const step of stated.trajectory.steps) expect(JSON.stringify(step.action)).not.toContain('<secret:');
    const replayed = await replay(stated.trajectory, 'fields.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toMatchObject({ password: 'x7Q' });

    const unstated = await record(
      'fields.html',
      'Log in and press Submit',
      async (page) => {
        await clickOn(page, '#pw');
        await page.keyboard.type('hunter2', { delay: 30 });
        await clickOn(page, '#submit');
      },
      STATE,
    );
    expect(unstated.trajectory.steps[0]!.action).toMatchObject({ type: 'type', text: SECRET_PLACEHOLDER });
    expect(unstated.journalText).not.toContain('hunter2');
    expect(unstated.warnings).toContainEqual({ step: 0, message: expect.stringMatching(/placeholder/) });
    const stopped = await replay(unstated.trajectory, 'fields.html', STATE);
    expect(stopped.run.outcome.status).not.toBe('success');
    expect(stopped.run.outcome.reason).toMatch(/step 0\b.*placeholder for a secret/);
    expect(stopped.state).toBeNull(); // never submitted
  });

  it('stores the final value of date and time fields once, arrow keys included, and replays them by their segments', async () => {
    const recorded = await record(
      'fields.html',
      'Set the day and the time, then submit',
      async (page) => {
        const day = await centre(page, '#day');
        await page.mouse.click(day.x - 45, day.y); // on its first segment, the month
        await pause(100);
        await page.keyboard.type('01282024', { delay: 20 });
        await page.keyboard.press('ArrowUp'); // the year segment: 2025
        const time = await centre(page, '#at');
        await page.mouse.click(time.x - 35, time.y); // on the hour
        await pause(100);
        await page.keyboard.type('0230P', { delay: 20 });
        await clickOn(page, '#submit');
      },
      STATE,
    );
    expect(recorded.state).toMatchObject({ day: '2025-01-28', at: '14:30' });
    expect(recorded.trajectory.steps.map((step) => step.action)).toEqual([
      { type: 'type', text: '2025-01-28', target: { elementId: expect.any(Number) } },
      { type: 'type', text: '14:30', target: { elementId: expect.any(Number) } },
      { type: 'click', target: { elementId: expect.any(Number) } },
    ]);
    expect(recorded.trajectory.steps[0]!.targets[0]).toMatchObject({ role: 'textbox', inputType: 'date', label: 'Day' });
    const replayed = await replay(recorded.trajectory, 'fields.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toMatchObject({ day: '2025-01-28', at: '14:30' });
  });

  it('stores a drop-down kept at its value, and every Control-click pick of a list box with the whole selection', async () => {
    const recorded = await record(
      'fields.html',
      'Keep the colour, pick Banana, Date and Elderberry, then submit',
      async (page) => {
        await clickOn(page, '#color', 300);
        await page.keyboard.press('Enter'); // chooses the value it already shows
        await pause(200);
        await clickOn(page, '#fruit option:nth-child(2)', 150);
        await page.keyboard.down('Control');
        await clickOn(page, '#fruit option:nth-child(4)', 150);
        await clickOn(page, '#fruit option:nth-child(5)', 150);
        await page.keyboard.up('Control');
        await clickOn(page, '#submit');
      },
      STATE,
    );
    expect(recorded.state).toMatchObject({ color: 'Red', fruit: ['Banana', 'Date', 'Elderberry'] });
    const steps = recorded.trajectory.steps;
    expect(steps.map((step) => step.action)).toEqual([
      { type: 'select', target: { elementId: expect.any(Number) }, option: 'Red' },
      { type: 'select', target: { elementId: expect.any(Number) }, option: 'Banana' },
      { type: 'select', target: { elementId: expect.any(Number) }, option: 'Date', modifiers: ['Control'] },
      { type: 'select', target: { elementId: expect.any(Number) }, option: 'Elderberry', modifiers: ['Control'] },
      { type: 'click', target: { elementId: expect.any(Number) } },
    ]);
    expect(steps[0]!.details).toMatchObject({ keptValue: true });
    expect(steps[3]!.details).toMatchObject({ selectedAfter: ['Banana', 'Date', 'Elderberry'] });
    expect(steps[1]!.targets[0]).toMatchObject({ role: 'listbox', label: 'Fruit' });
    const replayed = await replay(recorded.trajectory, 'fields.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toMatchObject({ color: 'Red', fruit: ['Banana', 'Date', 'Elderberry'] });
  });
});

describe('recorder fidelity on hover-opened menus', () => {
  const STATE = 'window.state';
  /** Move the pointer as a hand does: several moves on the way. */
  const moveTo = async (page: Page, point: { x: number; y: number }, wait: number) => {
    await page.mouse.move(point.x, point.y, { steps: 5 });
    if (wait) await pause(wait);
  };

  it('stores the hover that revealed a menu item as a step before its click, and replays it', async () => {
    const recorded = await record(
      'menu.html',
      'open the File menu and choose Save, then Edit and Paste',
      async (page) => {
        await pause(300);
        await moveTo(page, { x: 40, y: 30 }, 300); // onto "File": its items appear
        const save = await centre(page, '#file a[data-item=Save]');
        await moveTo(page, save, 200);
        await page.mouse.click(save.x, save.y);
        await pause(300);
        await moveTo(page, { x: 220, y: 30 }, 300); // onto "Edit"
        const paste = await centre(page, '#edit a[data-item=Paste]');
        await moveTo(page, paste, 200);
        await page.mouse.click(paste.x, paste.y);
        await pause(300);
      },
      STATE,
    );
    expect(recorded.state).toMatchObject({ chosen: ['Save', 'Paste'] });
    expect(summary(recorded.trajectory)).toEqual([
      expect.stringMatching(/^hover:\w+:File/),
      'click:link:Save',
      expect.stringMatching(/^hover:\w+:Edit/),
      'click:link:Paste',
    ]);
    expectIdsInOwnObservation(recorded.trajectory);
    const replayed = await replay(recorded.trajectory, 'menu.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toMatchObject({ chosen: ['Save', 'Paste'] });
  });
  it('stores every hover of a nested menu (a trigger beside its submenu), not the items crossed or the whole menu, and replays it', async () => {
    // A jQuery UI menu three levels deep (as MiniWoB's click-menu): the chain Tools > Export opened PDF.
    // An item of a submenu shows only once the submenu has opened (jQuery UI waits 300 ms after the pointer rests).
    const item = (words: string) => `[...document.querySelectorAll('#menu div')].find((div) => div.textContent === ${JSON.stringify(words)})`;
    const itemCentre = async (page: Page, words: string) => {
      await waitUntilShown(page, `(() => { const r = ${item(words)}.getBoundingClientRect(); return r.width > 0 && r.height > 0; })()`);
      return (await page.evaluate(`(() => { const r = ${item(words)}.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as { x: number; y: number };
    };
    const drive = async (page: Page) => {
      await pause(300);
      for (const words of ['Home', 'Tools', 'Export']) await moveTo(page, await itemCentre(page, words), 600); // Home is only crossed
      const pdf = await itemCentre(page, 'PDF');
      await moveTo(page, pdf, 200);
      await page.mouse.click(pdf.x, pdf.y);
      await pause(600);
      await moveTo(page, await itemCentre(page, 'Help'), 600);
      const manual = await itemCentre(page, 'Manual');
      await moveTo(page, manual, 200);
      await page.mouse.click(manual.x, manual.y);
      await pause(300);
    };
    const recorded = await record('nested-menu.html', 'choose Tools > Export > PDF, then Help > Manual', drive, STATE);
    expect(recorded.state).toMatchObject({ chosen: ['PDF', 'Manual'] });
    expect(summary(recorded.trajectory)).toEqual(['hover:menuitem:Tools', 'hover:menuitem:Export', 'click:menuitem:PDF', 'hover:menuitem:Help', 'click:menuitem:Manual']);
    expectIdsInOwnObservation(recorded.trajectory);
    const replayed = await replay(recorded.trajectory, 'nested-menu.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toMatchObject({ chosen: ['PDF', 'Manual'] });
  });
  it('stores no hover for the words crossed on the way to a link that a click revealed (a section still opening when observed)', async () => {
    const recorded = await record(
      'accordion-links.html',
      'open section 1 and click consequat',
      async (page) => {
        await pause(300);
        const header = await centre(page, '#h1');
        await page.mouse.click(header.x, header.y);
        await pause(1200);
        // The section has opened all the way (its height grows for a second; longer on a busy machine).
        await waitUntilShown(page, `(() => { const c = document.getElementById('c1'); return c.clientHeight >= c.scrollHeight; })()`);
        const words = (await page.evaluate(
          `(() => { const r = document.getElementById('c1').getBoundingClientRect(); return { x: r.x + 20, y: r.y + 6 }; })()`,
        )) as { x: number; y: number };
        await moveTo(page, words, 200); // across the paragraph's words
        const link = (await page.evaluate(
          `(() => { const r = [...document.querySelectorAll('#c1 .alink')].find((a) => a.textContent === 'consequat').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
        )) as { x: number; y: number };
        await moveTo(page, link, 200);
        await page.mouse.click(link.x, link.y);
        await pause(300);
      },
      STATE,
    );
    expect(recorded.state).toEqual({ clicked: ['consequat'] });
    expect(summary(recorded.trajectory).map((step) => step.split(':')[0]), summary(recorded.trajectory).join(' | ')).toEqual(['click', 'click']);
    const replayed = await replay(recorded.trajectory, 'accordion-links.html', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ clicked: ['consequat'] });
  });
});

describe('replaying a recording on a page that is still settling', () => {
  it('waits out a picker fading over the next button (as a person did) rather than reporting done with the click refused', async () => {
    const recorded = await record(
      'fading-picker.html',
      'choose day 12 and submit',
      async (page) => {
        await pause(300);
        const field = await centre(page, '#field');
        await page.mouse.click(field.x, field.y);
        await pause(400);
        const day = (await page.evaluate(
          `(() => { const r = [...document.querySelectorAll('#picker a')].find((a) => a.textContent === '12').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
        )) as { x: number; y: number };
        await page.mouse.click(day.x, day.y);
        await pause(900);
        // The picker has faded away (it goes half a second after the pick; later on a busy machine).
        await waitUntilShown(page, `getComputedStyle(document.getElementById('picker')).display === 'none'`);
        const submit = await centre(page, '#submit');
        await page.mouse.click(submit.x, submit.y);
        await pause(300);
      },
      'window.state',
    );
    expect(recorded.state).toEqual({ submitted: 'day 12' });
    expect(summary(recorded.trajectory)).toEqual(['click:textbox:Day', 'click:button:12', 'click:button:Submit']);
    const replayed = await replay(recorded.trajectory, 'fading-picker.html', 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ submitted: 'day 12' });
  });
});

describe('recorder fidelity with the clipboard', () => {
  const STATE = 'window.submitted';

  it('stores Control+A, Control+C in a field and Control+V in another as copy and paste steps; a new instance pastes its own text', async () => {
    const recorded = await record(
      'clipboard.html?instance=1',
      'Copy the text from the text area into the field and press Submit',
      async (page) => {
        const source = await centre(page, '#source');
        await page.mouse.click(source.x, source.y);
        await pause(150);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Control+C');
        await pause(150);
        const answer = await centre(page, '#answer');
        await page.mouse.click(answer.x, answer.y);
        await pause(150);
        await page.keyboard.press('Control+V');
        await pause(150);
        const submit = await centre(page, '#submit');
        await page.mouse.click(submit.x, submit.y);
        await pause(200);
      },
      STATE,
    );
    expect(recorded.state).toEqual({ answer: 'quiet river 7', expected: 'quiet river 7' });
    expect(recorded.trajectory.steps.map((step) => step.action)).toEqual([
      { type: 'copy', target: { elementId: expect.any(Number) } },
      { type: 'paste', target: { elementId: expect.any(Number) } },
      { type: 'click', target: { elementId: expect.any(Number) } },
    ]);
    expect(recorded.trajectory.steps[0]!.targets[0]).toMatchObject({ role: 'textbox', tag: 'textarea' });
    expect(recorded.trajectory.steps[1]!.targets[0]).toMatchObject({ role: 'textbox', label: 'Answer' });
    expect(recorded.warnings).toEqual([]);

    // Another instance of the page holds other text: the replay pastes that, not the demonstration's.
    const replayed = await replay(recorded.trajectory, 'clipboard.html?instance=2', STATE);
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ answer: 'north lantern 112', expected: 'north lantern 112' });
  });
});
