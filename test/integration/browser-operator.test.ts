/**
 * The browser operator on local fixture pages in real Chromium: what observe()
 * reports, every action type with real input, stale ids, hidden elements,
 * iframes, scrolled containers, HiDPI screenshots, and a CDP connection.
 * The pages record what happened to them; the tests read that back.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { UserFacingError } from '../../agent/core/errors.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { useBrowser } from '../kits/browser-page.js';

const pages = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');
const pageUrl = (name: string) => pathToFileURL(join(pages, name)).href;

const kit = useBrowser();
const open = (name: string, viewport?: { width: number; height: number }) => kit.open(name, { viewport });

function find(observation: Observation, predicate: (element: UIElement) => boolean, what: string): UIElement {
  const found = observation.elements.find(predicate);
  if (!found) throw new Error(`no element ${what} in:\n${observation.elements.map((element) => `${element.id} ${element.role} ${element.text}`).join('\n')}`);
  return found;
}

const pageState = (page: Page) => page.evaluate('window.understudyFixture.state') as Promise<Record<string, unknown>>;
const logText = (page: Page) => page.evaluate("document.getElementById('log').textContent") as Promise<string>;

describe('BrowserOperator.observe', () => {
  it('finds jQuery handlers delegated from a widget container or the document (real jQuery)', async () => {
    const { page, operator } = await open('jquery-delegation.html');
    const observation = await operator.observe();
    const bermuda = find(observation, (element) => element.text === 'Bermuda' && element.interactive, 'clickable Bermuda');
    expect(find(observation, (element) => element.text === 'Go on', 'Go on').interactive).toBe(true);
    expect(find(observation, (element) => element.text === 'Not delegated', 'Not delegated').interactive).toBe(false);
    expect(await operator.execute({ type: 'click', target: { elementId: bermuda.id } })).toMatchObject({ ok: true });
    expect(await logText(page)).toContain('picked Bermuda');
  });

  it('reports controls with role, label, value, states, attributes and structure, and leaves hidden things out', async () => {
    const { operator } = await open('form.html');
    const observation = await operator.observe();
    expect(observation.sequence).toBe(1);
    expect(observation.environment).toBe('browser');
    expect(observation.page.title).toBe('Form fixture');
    expect(observation.viewport).toEqual({ width: 1000, height: 700, deviceScaleFactor: 1 });

    const name = find(observation, (element) => element.label === 'Full name', 'labelled Full name');
    expect(name).toMatchObject({ role: 'textbox', tag: 'input', inputType: 'text', value: '', interactive: true, source: 'dom' });
    expect(name.attributes).toMatchObject({ id: 'name', name: 'name', placeholder: 'Your name' });
    expect(name.box.width).toBeGreaterThan(50);

    // A label made of loose text before the field ("Password: <input>").
    expect(find(observation, (element) => element.inputType === 'password', 'password').label).toBe('Password');
    expect(find(observation, (element) => element.role === 'checkbox', 'checkbox')).toMatchObject({ text: 'Send me the newsletter', states: { checked: false } });

    const free = find(observation, (element) => element.role === 'radio' && element.text === 'Free', 'radio Free');
    const pro = find(observation, (element) => element.role === 'radio' && element.text === 'Pro', 'radio Pro');
    expect(free.states.checked).toBe(true);
    expect(pro.states.checked).toBe(false);
    expect(free.parentId).toBe(pro.parentId);
    expect([free.ordinal, pro.ordinal]).toEqual([0, 1]);
    expect(find(observation, (element) => element.id === free.parentId, 'radio group')).toMatchObject({ role: 'radiogroup', text: 'Plan' });

    expect(find(observation, (element) => element.role === 'combobox', 'select')).toMatchObject({
      label: 'Country',
      value: 'Austria',
      options: ['Austria', 'Belgium', 'Canada', 'Denmark', 'Estonia'],
    });
    expect(find(observation, (element) => element.label === 'Notes', 'contenteditable')).toMatchObject({ role: 'textbox', states: { editable: true } });
    expect(find(observation, (element) => element.text === 'Help', 'link')).toMatchObject({ role: 'link', attributes: { href: '#help' } });
    // A <span> with click listeners and a pointer cursor is something to click.
    expect(find(observation, (element) => element.text === 'Fancy', 'fancy span')).toMatchObject({ tag: 'span', interactive: true });
    expect(find(observation, (element) => element.role === 'heading', 'heading').text).toBe('Account settings');
    expect(find(observation, (element) => element.text.startsWith('Contact'), 'paragraph').text).toBe('Contact support if anything goes wrong.');

    const texts = observation.elements.map((element) => element.text);
    for (const ghost of ['Ghost display', 'Ghost visibility', 'Ghost opacity', 'Ghost size', 'Clipped away']) expect(texts).not.toContain(ghost);
    expect(texts).toContain('Visible part');
    // Ids are 1..n in document order, parents before children.
    expect(observation.elements.map((element) => element.id)).toEqual(observation.elements.map((_, index) => index + 1));
    for (const element of observation.elements) if (element.parentId !== undefined) expect(element.parentId).toBeLessThan(element.id);
  });

  it('numbers afresh per observation and reports focus, scroll and a screenshot on request', async () => {
    const { operator } = await open('form.html');
    const first = await operator.observe();
    const name = find(first, (element) => element.label === 'Full name', 'name');
    expect((await operator.execute({ type: 'click', target: { elementId: name.id } })).ok).toBe(true);
    const second = await operator.observe({ screenshot: true });
    expect(second.sequence).toBe(2);
    expect(second.page.focusedId).toBe(find(second, (element) => element.label === 'Full name', 'name').id);
    expect(find(second, (element) => element.label === 'Full name', 'name').states.focused).toBe(true);
    expect(second.page.scrollY).toBe(0);
    expect(second.screenshot).toMatchObject({ width: 1000, height: 700 });
    expect(Buffer.from(second.screenshot!.png!.subarray(1, 4)).toString('ascii')).toBe('PNG');
  });

  it('reports same-origin iframe content at page coordinates and notes cross-origin frames', async () => {
    const { page, operator } = await open('frames.html');
    const observation = await operator.observe();
    const frame = find(observation, (element) => element.role === 'document' && element.text === 'Inner form', 'inner frame');
    const button = find(observation, (element) => element.text === 'Inner button', 'inner button');
    expect(button.parentId).toBe(frame.id);
    expect(button.box.y).toBeGreaterThan(frame.box.y);
    const foreign = find(observation, (element) => element.text === 'Foreign content', 'foreign frame');
    expect(observation.page.notes?.some((note) => note.includes(`[${foreign.id}]`) && note.includes('cross-origin'))).toBe(true);
    expect(observation.elements.some((element) => element.text === 'Foreign button')).toBe(false);
    expect((await operator.execute({ type: 'click', target: { elementId: button.id } })).ok).toBe(true);
    expect(await logText(page)).toBe('inner clicked');
  });
});

describe('BrowserOperator shadow DOM', () => {
  it('reports and clicks elements inside open shadow roots', async () => {
    const { page, operator } = await open('frames.html');
    const observation = await operator.observe();
    expect(observation.elements.some((element) => element.text === 'Shadow text')).toBe(true);
    const button = find(observation, (element) => element.text === 'Shadow button', 'shadow button');
    expect(button.role).toBe('button');
    expect((await operator.execute({ type: 'click', target: { elementId: button.id } })).ok).toBe(true);
    expect(await logText(page)).toBe('shadow clicked');
  });
});

describe('BrowserOperator.execute', () => {
  it('types, clicks, toggles, selects and presses keys with real input, and the page sees it', async () => {
    const { page, operator } = await open('form.html');
    let observation = await operator.observe();
    const id = (predicate: (element: UIElement) => boolean, what: string) => find(observation, predicate, what).id;
    const act = async (action: Parameters<BrowserOperator['execute']>[0]) => {
      const result = await operator.execute(action);
      expect(result, JSON.stringify(action)).toMatchObject({ ok: true });
    };
    await act({ type: 'type', text: 'Ada Lovelace', target: { elementId: id((element) => element.label === 'Full name', 'name') } });
    await act({ type: 'type', text: 'Grace Hopper', replace: true, target: { elementId: id((element) => element.label === 'Full name', 'name') } });
    await act({ type: 'type', text: 'Zürich €5 "quoted" <tag>', target: { elementId: id((element) => element.label === 'Bio', 'bio') } });
    await act({ type: 'type', text: 'a note', target: { elementId: id((element) => element.label === 'Notes', 'notes') } });
    await act({ type: 'click', target: { elementId: id((element) => element.role === 'checkbox', 'checkbox') } });
    await act({ type: 'click', target: { elementId: id((element) => element.text === 'Pro', 'pro') } });
    await act({ type: 'select', target: { elementId: id((element) => element.role === 'combobox', 'select') }, option: 'Denmark' });
    await act({ type: 'click', target: { elementId: id((element) => element.text === 'Fancy', 'fancy') } });
    await act({ type: 'double-click', target: { elementId: id((element) => element.text === 'Fancy', 'fancy') } });
    await act({ type: 'right-click', target: { elementId: id((element) => element.text === 'Fancy', 'fancy') } });
    await act({ type: 'press', keys: 'F2' });
    await act({ type: 'press', keys: 'ctrl+k' });
    await act({ type: 'wait', ms: 10 });
    await act({ type: 'done', success: true });

    const values = (await page.evaluate(
      "({ name: document.getElementById('name').value, bio: document.getElementById('bio').value, notes: document.getElementById('notes').textContent })",
    )) as Record<string, string>;
    expect(values).toEqual({ name: 'Grace Hopper', bio: 'Zürich €5 "quoted" <tag>', notes: 'a note' });
    expect(await pageState(page)).toMatchObject({ newsletter: true, plan: 'pro', country: 'Denmark', fancy: 3, fancyDouble: true, fancyRight: true, f2: true, ctrlK: true });

    observation = await operator.observe();
    expect(find(observation, (element) => element.role === 'combobox', 'select').value).toBe('Denmark');
    expect(find(observation, (element) => element.inputType === 'password', 'password').value).toBe('');
    // Clear a field with replace + empty text.
    await act({ type: 'type', text: '', replace: true, target: { elementId: id((element) => element.label === 'Full name', 'name') } });
    await act({ type: 'click', target: { elementId: id((element) => element.text === 'Save', 'save') } });
    expect(await pageState(page)).toMatchObject({ submit: 'yes' });
    expect(await page.evaluate("document.getElementById('name').value")).toBe('');
  });

  it('masks password values in the observation', async () => {
    const { operator } = await open('form.html');
    const observation = await operator.observe();
    await operator.execute({ type: 'type', text: 's3cret', target: { elementId: find(observation, (element) => element.inputType === 'password', 'pw').id } });
    const after = await operator.observe();
    expect(find(after, (element) => element.inputType === 'password', 'pw').value).toBe('••••••');
  });

  it('refuses select options that do not exist or are disabled, and unknown keys, without acting', async () => {
    const { page, operator } = await open('form.html');
    const observation = await operator.observe();
    const select = find(observation, (element) => element.role === 'combobox', 'select');
    const missing = await operator.execute({ type: 'select', target: { elementId: select.id }, option: 'Narnia' });
    expect(missing).toMatchObject({ ok: false, code: 'failed' });
    expect(missing.ok ? '' : missing.error).toContain('"Estonia"');
    expect(await operator.execute({ type: 'select', target: { elementId: select.id }, option: 'Canada' })).toMatchObject({ ok: false, code: 'failed' });
    expect(await operator.execute({ type: 'press', keys: 'Hyper+q' })).toMatchObject({ ok: false, code: 'failed' });
    expect(await pageState(page)).toEqual({});
  });

  it('refuses stale ids: unknown, removed from the page, from before a reload, before any observation', async () => {
    const { page, operator } = await open('inbox.html');
    expect(await operator.execute({ type: 'click', target: { elementId: 1 } })).toMatchObject({ ok: false, code: 'stale-element' });
    const observation = await operator.observe();
    expect(await operator.execute({ type: 'click', target: { elementId: 9999 } })).toMatchObject({ ok: false, code: 'stale-element' });

    const replies = observation.elements.filter((element) => element.text === 'Reply');
    const deletes = observation.elements.filter((element) => element.text === 'Delete');
    expect(replies).toHaveLength(4);
    // Repeated rows are kept as containers named by the start of their text: "the Reply in Alice's row".
    const aliceRow = find(observation, (element) => element.id === replies[0]!.parentId, "Alice's row");
    expect(aliceRow.text).toBe('Alice Lunch on Friday? Reply Delete');
    expect(replies.map((reply) => reply.ordinal)).toEqual([0, 0, 0, 0]);
    // Delete Alice's row, then try Alice's Reply from the same (now outdated) observation.
    expect((await operator.execute({ type: 'click', target: { elementId: deletes[0]!.id } })).ok).toBe(true);
    const stale = await operator.execute({ type: 'click', target: { elementId: replies[0]!.id } });
    expect(stale).toMatchObject({ ok: false, code: 'stale-element' });
    expect(stale.ok ? '' : stale.error).toMatch(/removed/);
    // Bob's row is still there, and its ids still work.
    expect((await operator.execute({ type: 'click', target: { elementId: replies[1]!.id } })).ok).toBe(true);
    expect(await page.evaluate("document.getElementById('reply-to').textContent")).toBe('Bob');

    await page.reload();
    expect(await operator.execute({ type: 'click', target: { elementId: replies[2]!.id } })).toMatchObject({ ok: false, code: 'stale-element' });
    expect(await page.evaluate("document.getElementById('log').textContent")).toBe('');
  });

  it('scrolls elements into view inside scrolled containers and far down the page before clicking', async () => {
    const { page, operator } = await open('scroll.html', { width: 800, height: 400 });
    const observation = await operator.observe();
    const list = find(observation, (element) => element.attributes?.scrollable === 'y', 'scrollable list');
    const item = find(observation, (element) => element.text === 'Item 50', 'item 50');
    expect(item.parentId).toBe(list.id);
    // Item 50 lies below the list's visible area, but it is reachable: reported, and clicked after scrolling.
    expect(item.box.y).toBeGreaterThan(list.box.y + list.box.height);
    expect((await operator.execute({ type: 'click', target: { elementId: item.id } })).ok).toBe(true);
    expect(await logText(page)).toBe('clicked Item 50');

    const bottom = find(observation, (element) => element.text === 'Bottom button', 'bottom button');
    expect(bottom.box.y).toBeGreaterThan(400);
    expect((await operator.execute({ type: 'click', target: { elementId: bottom.id } })).ok).toBe(true);
    expect(await logText(page)).toBe('clicked bottom');
    expect(((await operator.observe()).page.scrollY ?? 0)).toBeGreaterThan(0);
  });

  it('brings a target cut by its pane\'s edge wholly into the pane (and a pane inside a pane) before clicking it', async () => {
    const { page, operator } = await open('nested-scroller.html', { width: 400, height: 300 });
    // Only the top pixel of "Card 6 title" shows above the pane's bottom edge; below the edge lies a decoy that logs "missed".
    await page.evaluate("window.cutTitle('Card 6')");
    let observation = await operator.observe();
    const title = find(observation, (element) => element.text === 'Card 6 title', 'Card 6 title');
    expect((await operator.execute({ type: 'click', target: { elementId: title.id } })).ok).toBe(true);
    expect(await logText(page)).toBe('opened Card 6');
    const inside = (selector: string, scroller: string) =>
      page.evaluate(([selector, scroller]) => {
        const box = (globalThis as any).document.querySelector(selector).getBoundingClientRect();
        const pane = (globalThis as any).document.querySelector(scroller);
        const area = pane.getBoundingClientRect();
        const top = area.top + pane.clientTop;
        const left = area.left + pane.clientLeft;
        return box.top >= top && box.bottom <= top + pane.clientHeight && box.left >= left && box.right <= left + pane.clientWidth;
      }, [selector, scroller]);
    expect(await inside('a[data-title="Card 6"]', '#pane')).toBe(true);

    // "Book 6" lies right of its shelf's view, and the shelf below its outer list's view: both scroll.
    observation = await operator.observe();
    const book = find(observation, (element) => element.text === 'Book 6', 'Book 6');
    expect((await operator.execute({ type: 'click', target: { elementId: book.id } })).ok).toBe(true);
    expect(await logText(page)).toBe('opened Book 6');
    expect(await inside('a[data-title="Book 6"]', '#shelf')).toBe(true);
    expect(await inside('a[data-title="Book 6"]', '#outer')).toBe(true);
    // The page itself did not move: the panes did.
    expect(await page.evaluate('window.scrollY')).toBe(0);
  });

  it('scrolls with the wheel over a target or over the page', async () => {
    const { page, operator } = await open('scroll.html', { width: 800, height: 400 });
    let observation = await operator.observe();
    const list = find(observation, (element) => element.attributes?.scrollable === 'y', 'list');
    expect((await operator.execute({ type: 'scroll', target: { elementId: list.id }, deltaX: 0, deltaY: 200 })).ok).toBe(true);
    expect(await page.evaluate("document.getElementById('list').scrollTop")).toBeGreaterThan(100);
    expect(await page.evaluate('window.scrollY')).toBe(0);
    observation = await operator.observe();
    expect((await operator.execute({ type: 'scroll', target: { x: 700, y: 300 }, deltaX: 0, deltaY: 300 })).ok).toBe(true);
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(100);
    expect((await operator.execute({ type: 'scroll', deltaX: 0, deltaY: -1000 })).ok).toBe(true);
    expect(await page.evaluate('window.scrollY')).toBe(0);
  });

  it('drags with mouse down, moves and up; picks options of list boxes by clicking them', async () => {
    const { page, operator } = await open('widgets.html');
    const observation = await operator.observe();
    const handle = find(observation, (element) => element.text === 'Drag me', 'handle');
    const zone = find(observation, (element) => element.text === 'Drop zone', 'drop zone');
    expect((await operator.execute({ type: 'drag', from: { elementId: handle.id }, to: { elementId: zone.id } })).ok).toBe(true);
    const state = await pageState(page);
    expect(state.dropped).toBe(true);
    expect(state.moves as number).toBeGreaterThan(3);

    const fruits = find(observation, (element) => element.label === 'Fruits', 'fruits');
    expect(fruits.role).toBe('listbox');
    expect((await operator.execute({ type: 'select', target: { elementId: fruits.id }, option: 'cherry' })).ok).toBe(true);
    const colours = find(observation, (element) => element.role === 'listbox' && element.text === 'Colours', 'colours');
    expect((await operator.execute({ type: 'select', target: { elementId: colours.id }, option: 'Green' })).ok).toBe(true);
    expect(await pageState(page)).toMatchObject({ fruit: 'Cherry', colour: 'Green' });
    const after = await operator.observe();
    expect(find(after, (element) => element.text === 'Green', 'green').states.selected).toBe(true);
  });

  it('reports a label whose checkbox is visually hidden as that checkbox, and toggles it by clicking', async () => {
    const { page, operator } = await open('widgets.html');
    const observation = await operator.observe();
    const dark = find(observation, (element) => element.text === 'Dark mode', 'dark mode switch');
    const compact = find(observation, (element) => element.text === 'Compact view', 'compact switch');
    expect(dark).toMatchObject({ role: 'checkbox', tag: 'label', interactive: true, states: { checked: false } });
    expect(compact).toMatchObject({ role: 'checkbox', states: { checked: false } });
    expect((await operator.execute({ type: 'click', target: { elementId: dark.id } })).ok).toBe(true);
    expect((await operator.execute({ type: 'click', target: { elementId: compact.id } })).ok).toBe(true);
    expect(await pageState(page)).toMatchObject({ dark: true, compact: true });
    const after = await operator.observe();
    expect(find(after, (element) => element.text === 'Dark mode', 'dark mode').states.checked).toBe(true);
  });

  it('will not click an element that something else covers, and checks points against the viewport', async () => {
    const { page, operator } = await open('widgets.html');
    const observation = await operator.observe();
    const covered = find(observation, (element) => element.text === 'Covered button', 'covered');
    const result = await operator.execute({ type: 'click', target: { elementId: covered.id } });
    expect(result).toMatchObject({ ok: false, code: 'failed' });
    expect(result.ok ? '' : result.error).toContain('#cover');
    expect(await pageState(page)).toEqual({});
    expect(await operator.execute({ type: 'click', target: { x: 1000, y: 10 } })).toMatchObject({ ok: false, code: 'out-of-bounds' });
    expect(await operator.execute({ type: 'click', target: { x: -1, y: 10 } })).toMatchObject({ ok: false, code: 'out-of-bounds' });
    // A point inside the handle: a plain coordinate click reaches the page.
    const handle = find(observation, (element) => element.text === 'Drag me', 'handle');
    const point = { x: handle.box.x + 5, y: handle.box.y + 5 };
    expect((await operator.execute({ type: 'drag', from: point, to: { x: point.x + 250, y: point.y + 20 } })).ok).toBe(true);
    expect((await pageState(page)).dropped).toBe(true);
  });
});

describe('BrowserOperator lifecycle', () => {
  it('launches its own HiDPI browser: screenshots in device pixels, clicks in CSS pixels', async () => {
    const operator = await BrowserOperator.launch({ url: join(pages, 'form.html'), viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 });
    try {
      const observation = await operator.observe({ screenshot: true });
      expect(observation.viewport.deviceScaleFactor).toBe(2);
      expect(observation.screenshot).toMatchObject({ width: 1280, height: 960 });
      const fancy = find(observation, (element) => element.text === 'Fancy', 'fancy');
      expect((await operator.execute({ type: 'click', target: { x: fancy.box.x + fancy.box.width / 2, y: fancy.box.y + fancy.box.height / 2 } })).ok).toBe(true);
      expect(await pageState(operator.page)).toMatchObject({ fancy: 1 });
    } finally {
      await operator.close();
      await operator.close(); // twice is fine
    }
    expect(operator.page.isClosed()).toBe(true);
  });

  it('bounds observations to the screenshot clip and leaves out excluded subtrees', async () => {
    const context = await kit.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.goto(pageUrl('inbox.html'));
    const operator = await BrowserOperator.attach(page, { screenshotClip: { x: 0, y: 0, width: 400, height: 100 }, exclude: ['#contacts', '##not css'] });
    const observation = await operator.observe({ screenshot: true });
    expect(observation.page.notes).toEqual(['exclude selector "##not css" is not valid CSS and was ignored']);
    expect(observation.screenshot).toMatchObject({ width: 400, height: 100 });
    for (const element of observation.elements) expect(element.box.y).toBeLessThan(100);
    expect(observation.elements.some((element) => element.text === '555-0101')).toBe(false);
    expect(observation.elements.some((element) => element.text === 'Alice')).toBe(true);
    await operator.close();
    expect(page.isClosed()).toBe(false);
  });

  it('connects to a running browser over CDP and leaves it running on close', async () => {
    const port = 9300 + Math.floor(Math.random() * 600);
    const host = await launchChromium({ args: [`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'] });
    try {
      const hostPage = await host.newPage();
      await hostPage.goto(pageUrl('form.html'));
      const operator = await BrowserOperator.connectOverCDP(`http://127.0.0.1:${port}`);
      const observation = await operator.observe();
      expect(observation.page.title).toBe('Form fixture');
      await operator.execute({ type: 'click', target: { elementId: find(observation, (element) => element.text === 'Fancy', 'fancy').id } });
      await operator.close();
      expect(host.isConnected()).toBe(true);
      expect(await hostPage.evaluate('window.understudyFixture.state.fancy')).toBe(1);
    } finally {
      await host.close();
    }
    await expect(BrowserOperator.connectOverCDP(`http://127.0.0.1:${port}`)).rejects.toBeInstanceOf(UserFacingError);
  });

  it('says in one line when a page does not load', async () => {
    const context = await kit.newContext();
    const operator = await BrowserOperator.attach(await context.newPage());
    // Port 9 (discard): Chromium refuses it as unsafe, and nothing listens there anyway.
    const error = await operator.goto('http://127.0.0.1:9/').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/^could not open http:\/\/127\.0\.0\.1:9\/: net::ERR_[A-Z_]+ at http:\/\/127\.0\.0\.1:9\/$/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('says clearly when Chromium is missing', async () => {
    const previous = process.env.UNDERSTUDY_CHROMIUM;
    process.env.UNDERSTUDY_CHROMIUM = '/nonexistent/chromium';
    try {
      const error = await launchChromium().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as Error).message).toContain('/nonexistent/chromium');
    } finally {
      if (previous === undefined) delete process.env.UNDERSTUDY_CHROMIUM;
      else process.env.UNDERSTUDY_CHROMIUM = previous;
    }
  });
});
