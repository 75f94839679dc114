/**
 * Observation gaps real widget pages exposed (issue 11 §2), on a page of our
 * own built with the same libraries (d3 3, jQuery UI 1.13): SVG content, a
 * glyph-only button's title, the selection of a multi-select, the first
 * segment of a date field, and jQuery UI suggestions as options. The recorder
 * runs the same extraction in the page, so both see the same.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { DEFAULT_RENDER_LIMITS, renderElement } from '../../agent/observation/render-element.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';

const PAGE = pathToFileURL(join(fileURLToPath(new URL('../fixtures/pages/', import.meta.url)), 'widget-gaps.html')).href;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let operator: BrowserOperator;

beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  context = await browser.newContext({ viewport: { width: 600, height: 400 }, locale: 'en-US', timezoneId: 'UTC' });
  page = await context.newPage();
  operator = await BrowserOperator.attach(page);
  await operator.goto(PAGE);
});
afterAll(async () => {
  await browser?.close();
});

const find = (observation: Observation, test: (element: UIElement) => boolean): UIElement => {
  const found = observation.elements.find(test);
  if (!found) throw new Error(`not in the observation:\n${observation.elements.map((element) => renderElement(element, DEFAULT_RENDER_LIMITS)).join('\n')}`);
  return found;
};
const state = () => page.evaluate('window.state') as Promise<Record<string, unknown>>;

describe('observing what widget pages draw and name', () => {
  it('shows d3 bars as clickable SVG elements and their labels as text, and clicks a bar', async () => {
    const observation = await operator.observe();
    const bars = observation.elements.filter((element) => element.tag === 'rect');
    expect(bars.map((bar) => [bar.role, bar.interactive])).toEqual([['button', true], ['button', true], ['button', true]]);
    expect(bars[1]!.box.height).toBeGreaterThan(bars[0]!.box.height); // Tue (30) is taller than Mon (10)
    for (const label of ['Mon', 'Tue', 'Wed']) find(observation, (element) => element.tag === 'text' && element.text === label);
    // Each bar is named by the axis label under it (agent/observation/chart-marks.ts).
    expect(bars.map((bar) => bar.label)).toEqual(['Mon', 'Tue', 'Wed']);
    expect((await operator.execute({ type: 'click', target: { elementId: bars[1]!.id } })).ok).toBe(true);
    expect((await state()).bar).toBe('Tue');
  });

  it('names an SVG icon by its <title> and a glyph-only button by its title or aria-label', async () => {
    const observation = await operator.observe();
    const icon = find(observation, (element) => element.attributes?.['id'] === 'trash');
    const inside = observation.elements.filter((element) => element.parentId === icon.id || element.id === icon.id);
    expect(inside.map((element) => element.text || element.label)).toContain('Delete');
    const edit = find(observation, (element) => element.attributes?.['id'] === 'edit');
    expect(edit).toMatchObject({ role: 'button', text: '✎', label: 'Edit' });
    expect(renderElement(edit, DEFAULT_RENDER_LIMITS)).toContain('"Edit"');
    expect(find(observation, (element) => element.attributes?.['id'] === 'close')).toMatchObject({ text: '×', label: 'Close' });
    expect((await operator.execute({ type: 'click', target: { elementId: icon.id } })).ok).toBe(true);
    expect((await state()).trash).toBe(1);
  });

  it('shows every selected option of a multi-select', async () => {
    const observation = await operator.observe();
    const list = find(observation, (element) => element.role === 'listbox');
    expect(list.selectedOptions).toEqual(['Kiwis', 'Plums']);
    expect(renderElement(list, DEFAULT_RENDER_LIMITS)).toContain('selected=Kiwis|Plums');
  });

  it('a click on a date field lands on its first segment, so typing the whole date fills it', async () => {
    const observation = await operator.observe();
    const day = find(observation, (element) => element.inputType === 'date');
    expect((await operator.execute({ type: 'click', target: { elementId: day.id } })).ok).toBe(true);
    await page.keyboard.type('03152024');
    expect(await page.evaluate(`document.getElementById('day').value`)).toBe('2024-03-15');
  });

  it('shows jQuery UI autocomplete suggestions as options and picks one', async () => {
    let observation = await operator.observe();
    const city = find(observation, (element) => element.label === 'City');
    expect((await operator.execute({ type: 'type', text: 'R', target: { elementId: city.id } })).ok).toBe(true);
    await page.waitForSelector('.ui-autocomplete li');
    observation = await operator.observe();
    const options = observation.elements.filter((element) => element.role === 'option');
    expect(options.map((option) => option.text)).toEqual(['Rome', 'Rotterdam', 'Riga']);
    expect((await operator.execute({ type: 'click', target: { elementId: options[1]!.id } })).ok).toBe(true);
    expect(await page.evaluate(`document.getElementById('city').value`)).toBe('Rotterdam');
  });
});
