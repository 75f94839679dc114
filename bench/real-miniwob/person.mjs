#!/usr/bin/env node
/**
 * A scripted person for real MiniWoB++ pages, driving a page that `understudy record --miniwob … --headless
 * --remote-debugging-port <port>` is recording (docs/real-miniwob.md §2).
 *
 * Usage: node bench/real-miniwob/person.mjs --port 9400 --task enter-text [--look-timeout 20000]
 *
 * It reads the instruction from #query as a person reads it and acts with page.mouse / page.keyboard only:
 * it looks at texts, labels and positions (as eyes would) and never calls core.* or the page's variables.
 * Written for upstream's wording of the task types in PEOPLE below; exits 2 for a task it does not know,
 * 1 when the instruction is not worded as expected or the page never showed what it looked for.
 */
import { chromium } from 'playwright-core';
import { exitOnHelp } from '../usage.mjs';

exitOnHelp(import.meta.url);

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, word, i, all) => (word.startsWith('--') ? [...pairs, [word.slice(2), all[i + 1]]] : pairs), []),
);
const port = Number(args.port);
const task = args.task;
const LOOK_TIMEOUT = Number(args['look-timeout'] ?? 20000);

/** A short pause a person makes between looking and acting (not a wait for anything). */
const beat = (page, ms = 150) => page.waitForTimeout(ms);

async function clickBox(page, locator) {
  await locator.waitFor({ state: 'visible', timeout: LOOK_TIMEOUT });
  const box = await locator.boundingBox();
  if (!box) throw new Error('nothing to click: the element has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function clickAt(page, locator, dx) {
  await locator.waitFor({ state: 'visible', timeout: LOOK_TIMEOUT });
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + dx, box.y + box.height / 2);
}

async function typeInto(page, field, text) {
  await clickBox(page, field);
  await beat(page);
  await page.keyboard.type(text, { delay: 40 });
}

/** Waits until the element shows and its box stops moving (an opening section, a fading menu). */
async function settled(page, locator) {
  await locator.waitFor({ state: 'visible', timeout: LOOK_TIMEOUT });
  let last = '';
  for (let i = 0; i < 50; i += 1) {
    const now = JSON.stringify(await locator.boundingBox());
    if (now === last) return;
    last = now;
    await page.waitForTimeout(100);
  }
}

function quoted(query) {
  return [...query.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

function expect(condition, query) {
  if (!condition) throw new Error(`the instruction is not worded as this person expects: ${JSON.stringify(query)}`);
}

/** The visible button (or submit-like control) whose words are exactly these. */
const buttonNamed = (page, words) => page.locator('#area button', { hasText: new RegExp(`^\\s*${escapeRegex(words)}\\s*$`) }).first();
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PEOPLE = {
  async 'enter-text'(page, query) {
    const [text] = quoted(query);
    expect(text !== undefined && /into the text field/.test(query), query);
    await typeInto(page, page.locator('#area input[type=text]').first(), text);
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'enter-text-2'(page, query) {
    const [text] = quoted(query);
    const upper = /all upper case letters/.test(query);
    expect(text !== undefined && (upper || /all lower case letters/.test(query)), query);
    await typeInto(page, page.locator('#area input[type=text]').first(), upper ? text.toUpperCase() : text.toLowerCase());
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'enter-password'(page, query) {
    const [password] = quoted(query);
    expect(password !== undefined && /both text fields/.test(query), query);
    const fields = page.locator('#area input[type=password]');
    await typeInto(page, fields.nth(0), password);
    await typeInto(page, fields.nth(1), password);
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'login-user'(page, query) {
    const match = /username\s*"([^"]*)"\s*and the\s*password\s*"([^"]*)"/.exec(query);
    expect(match, query);
    // The field beside the label "Username", then the one beside "Password".
    await typeInto(page, page.locator('#area p', { hasText: 'Username' }).locator('input'), match[1]);
    await typeInto(page, page.locator('#area p', { hasText: 'Password' }).locator('input'), match[2]);
    await clickBox(page, buttonNamed(page, 'Login'));
  },
  async 'click-checkboxes'(page, query) {
    const match = /^Select (.*) and click Submit\.$/.exec(query);
    expect(match, query);
    const names = match[1] === 'nothing' ? [] : match[1].split(', ');
    for (const name of names) {
      const label = page.locator('#area label').filter({ hasText: new RegExp(`^${escapeRegex(name)}$`) }).first();
      await clickBox(page, label.locator('input[type=checkbox]'));
      await beat(page);
    }
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'click-tab'(page, query) {
    const match = /^Click on (Tab #\d)\.$/.exec(query);
    expect(match, query);
    await clickBox(page, page.locator('#area ul a', { hasText: match[1] }).first());
  },
  async 'click-button'(page, query) {
    const match = /^Click on the "(.*)" button\.$/.exec(query);
    expect(match, query);
    await clickBox(page, buttonNamed(page, match[1]));
  },
  async 'enter-time'(page, query) {
    const match = /^Enter (\d{1,2}):(\d{2}) ([AP]M) as the time and press submit\.$/.exec(query);
    expect(match, query);
    const field = page.locator('#area input[type=time]').first();
    // Click the hour part of the field (its left end) and type hours, minutes and AM/PM as the field asks.
    await clickAt(page, field, 12);
    await beat(page);
    await page.keyboard.type(match[1].padStart(2, '0'), { delay: 80 });
    await page.keyboard.type(match[2], { delay: 80 });
    await page.keyboard.type(match[3][0], { delay: 80 });
    await beat(page);
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'enter-date'(page, query) {
    const match = /^Enter (\d{2})\/(\d{2})\/(\d{4}) as the date and hit submit\.$/.exec(query);
    expect(match, query);
    // Click the month part of the field (its left end) and type month, day and year as the field asks.
    await clickAt(page, page.locator('#area input[type=date]').first(), 10);
    await beat(page);
    for (const part of match.slice(1)) await page.keyboard.type(part, { delay: 80 });
    await beat(page);
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'login-user-popup'(page, query) {
    const match = /username\s*"([^"]*)"\s*and the\s*password\s*"([^"]*)"/.exec(query);
    expect(match, query);
    const popup = page.locator('#popup');
    // A field may open a pop-up when it takes the focus: close it with Cancel, then click the field again.
    const fill = async (label, text) => {
      const field = page.locator('#form p', { hasText: label }).locator('input');
      await clickBox(page, field);
      await beat(page, 300);
      if (await popup.isVisible()) {
        await clickBox(page, popup.locator('button', { hasText: 'Cancel' }));
        await beat(page, 300);
        await clickBox(page, field);
        await beat(page);
      }
      await page.keyboard.type(text, { delay: 40 });
    };
    await fill('Username', match[1]);
    await fill('Password', match[2]);
    // The form's own button under the fields (the pop-up's OK would leave the page).
    await clickBox(page, page.locator('#form > button').first());
  },
  async 'click-tab-2'(page, query) {
    const match = /^Switch between the tabs to find and click on the link "(.*)"\.$/.exec(query);
    expect(match, query);
    const link = page.locator('#area span.alink').filter({ hasText: new RegExp(`^${escapeRegex(match[1])}$`) });
    const shown = async () => {
      for (let j = 0; j < (await link.count()); j += 1) if (await link.nth(j).isVisible()) return link.nth(j);
      return undefined;
    };
    // Look in the open tab first, then open the others one by one.
    let found = await shown();
    const tabs = page.locator('#area ul a');
    for (let i = 0; !found && i < (await tabs.count()); i += 1) {
      await clickBox(page, tabs.nth(i));
      await beat(page, 300);
      found = await shown();
    }
    if (!found) throw new Error(`the link "${match[1]}" showed in no tab`);
    await clickBox(page, found);
  },
  async 'choose-date'(page, query) {
    const match = /^Select (\d{2})\/(\d{2})\/(\d{4}) as the date and hit submit\.$/.exec(query);
    expect(match, query);
    const [month, day, year] = match.slice(1).map(Number);
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    // Open the calendar, page back or forward until its title reads the month, click the day, then Submit.
    await clickBox(page, page.locator('#area input').first());
    const title = page.locator('.ui-datepicker-title');
    await settled(page, page.locator('#ui-datepicker-div'));
    for (let turns = 0; turns < 24; turns += 1) {
      const [shownMonth, shownYear] = (await title.innerText()).trim().split(/\s+/);
      const delta = (year - Number(shownYear)) * 12 + (month - 1 - MONTHS.indexOf(shownMonth));
      if (delta === 0) break;
      await clickBox(page, page.locator(delta < 0 ? '.ui-datepicker-prev' : '.ui-datepicker-next'));
      await beat(page, 200);
    }
    await clickBox(page, page.locator('#ui-datepicker-div td a').filter({ hasText: new RegExp(`^${day}$`) }).first());
    await page.locator('#ui-datepicker-div').waitFor({ state: 'hidden', timeout: LOOK_TIMEOUT });
    await beat(page);
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'use-autocomplete'(page, query) {
    const match = /^Enter an item that starts with "([^"]*)"(?: and ends with "([^"]*)")?\.$/.exec(query);
    expect(match, query);
    const [, start, end] = match;
    await typeInto(page, page.locator('#area input').first(), start);
    // Read the suggestions that open under the field and click the one that fits.
    const items = page.locator('ul.ui-autocomplete li');
    await items.first().waitFor({ state: 'visible', timeout: LOOK_TIMEOUT });
    await beat(page, 300);
    const texts = (await items.allInnerTexts()).map((t) => t.trim());
    const pick = texts.findIndex((t) => t.startsWith(start) && (end === undefined || t.endsWith(end)));
    if (pick < 0) throw new Error(`no suggestion fits: ${JSON.stringify(texts)}`);
    await clickBox(page, items.nth(pick));
    await beat(page);
    await clickBox(page, buttonNamed(page, 'Submit'));
  },
  async 'click-collapsible-2'(page, query) {
    const match = /to find and click on the link "(.*)"\.$/.exec(query);
    expect(match, query);
    const link = page.locator('#area span.alink').filter({ hasText: new RegExp(`^${escapeRegex(match[1])}$`) });
    const headers = page.locator('#area h3');
    const count = await headers.count();
    for (let i = 0; i < count; i += 1) {
      await clickBox(page, headers.nth(i));
      // Wait for the section to finish opening, as a person watches it open.
      await settled(page, page.locator('#area .ui-accordion-content-active').first());
      await beat(page, 400);
      const visible = [];
      for (let j = 0; j < (await link.count()); j += 1) if (await link.nth(j).isVisible()) visible.push(link.nth(j));
      if (visible.length > 0) {
        await clickBox(page, visible[0]);
        return;
      }
    }
    throw new Error(`the link "${match[1]}" showed in no section`);
  },
};

// Variants of the types above that upstream words the same way (their pages differ in layout, size, timing or
// characters, not in what a person does).
Object.assign(PEOPLE, {
  'enter-text-dynamic': PEOPLE['enter-text'],
  'click-checkboxes-large': PEOPLE['click-checkboxes'],
  'click-checkboxes-transfer': PEOPLE['click-checkboxes'],
  'click-tab-2-easy': PEOPLE['click-tab-2'],
  'click-collapsible-2-nodelay': PEOPLE['click-collapsible-2'],
  'choose-date-nodelay': PEOPLE['choose-date'],
  'unicode-test': PEOPLE['click-button'],
  // Session 17: a calendar confined to one month (no paging), and two buttons where the task names one.
  'choose-date-easy': PEOPLE['choose-date'],
  async 'click-test-transfer'(page, query) {
    const match = /^Click button (\S+)\.$/.exec(query);
    expect(match, query);
    await clickBox(page, buttonNamed(page, match[1]));
  },
  async 'click-test'(page, query) {
    expect(query === 'Click the button.', query);
    // The only button on the page, wherever it is placed and however large.
    await clickBox(page, page.locator('#area button').first());
  },
});

export const KNOWN_TASKS = Object.keys(PEOPLE);

async function main() {
  if (!Number.isInteger(port) || !task) {
    console.error('usage: person.mjs --port <remote debugging port> --task <task>');
    process.exit(64);
  }
  const person = PEOPLE[task];
  if (!person) {
    console.error(`person: no scripted person for ${task} (knows ${KNOWN_TASKS.join(', ')})`);
    process.exit(2);
  }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + LOOK_TIMEOUT;
  let page;
  while (!page && Date.now() < deadline) {
    page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().includes(`/miniwob/${task}.html`));
    if (!page) await new Promise((r) => setTimeout(r, 200));
  }
  if (!page) throw new Error(`no page of ${task} in the recorded browser`);
  // The episode has started when the START cover is gone and the instruction is written.
  await page.locator('#sync-task-cover').waitFor({ state: 'hidden', timeout: LOOK_TIMEOUT });
  await page.waitForFunction(() => (document.querySelector('#query')?.textContent ?? '').trim().length > 0, null, { timeout: LOOK_TIMEOUT });
  const query = (await page.locator('#query').innerText()).replace(/\s+/g, ' ').trim();
  console.log(`person ${task}: ${query}`);
  await beat(page, 300);
  await person(page, query);
  console.log(`person ${task}: done`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`person ${task}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
