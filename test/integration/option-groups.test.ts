/**
 * Options under groups, observed in real Chromium: a native <select>'s
 * <optgroup>s, an ARIA list box's header rows and aria-labelledby groups, and
 * radios in a <fieldset>. The same option name under two groups ("Soup" at
 * lunch and at dinner) is told apart by its `group`, shown compactly in the
 * model-facing text; a select naming its group picks the option under it.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../agent/core/observation.js';
import { abstract } from '../../agent/observation/abstract.js';
import { useBrowser } from '../kits/browser-page.js';

const kit = useBrowser();

const HTML = `
  <label for="meal">Dish</label>
  <select id="meal"><option>Choose…</option>
    <optgroup label="Lunch"><option>Soup</option><option>Salad</option></optgroup>
    <optgroup label="Dinner"><option>Soup</option><option>Steak</option></optgroup>
  </select>
  <select id="plain"><option>Red</option><option>Blue</option></select>
  <ul role="listbox" aria-label="Flat">
    <li role="presentation">Monday</li><li role="option">Oslo</li><li role="option">Porto</li>
    <li role="presentation">Friday</li><li role="option">Oslo</li>
  </ul>
  <ul role="listbox" aria-label="Nested">
    <li role="group" aria-labelledby="h1"><div id="h1">Breakfast</div><ul><li role="option">Toast</li></ul></li>
    <li role="group" aria-labelledby="h2"><div id="h2">Supper</div><ul><li role="option">Toast</li></ul></li>
  </ul>
  <fieldset><legend>Shipping</legend><label><input type="radio" name="s"> Express</label></fieldset>
  <label><input type="checkbox"> Ungrouped</label>`;

const options = (elements: readonly UIElement[], text: string) => elements.filter((element) => element.role === 'option' && element.text === text);

describe('option groups in the observation', () => {
  it('carry the group of every option, radio and select choice, and nothing where there is no group', async () => {
    const { operator } = await kit.open({ html: HTML });
    const observation = await operator.observe();
    const meal = observation.elements.find((element) => element.attributes?.['id'] === 'meal')!;
    expect(meal.options).toEqual(['Choose…', 'Soup', 'Salad', 'Soup', 'Steak']);
    expect(meal.optionGroups).toEqual(['', 'Lunch', 'Lunch', 'Dinner', 'Dinner']);
    expect(meal.group).toBeUndefined();
    const plain = observation.elements.find((element) => element.attributes?.['id'] === 'plain')!;
    expect(plain.optionGroups).toBeUndefined();
    expect(options(observation.elements, 'Oslo').map((element) => element.group)).toEqual(['Monday', 'Friday']);
    expect(options(observation.elements, 'Porto').map((element) => element.group)).toEqual(['Monday']);
    expect(options(observation.elements, 'Toast').map((element) => element.group)).toEqual(['Breakfast', 'Supper']);
    expect(observation.elements.find((element) => element.role === 'radio')?.group).toBe('Shipping');
    expect(observation.elements.find((element) => element.role === 'checkbox')?.group).toBeUndefined();

    const text = abstract(observation, 'Choose Soup from the Dinner menu').text;
    expect(text).toContain('options=Choose…|[Lunch] Soup|Salad|[Dinner] Soup|Steak');
    expect(text).toMatch(/option "Oslo" group="Friday"/);
    expect(text).not.toMatch(/"Red\|Blue".*group=/);
  });

  it('selects the option under the named group, and the select then shows that group', async () => {
    const { operator, page } = await kit.open({ html: HTML });
    const meal = (await operator.observe()).elements.find((element) => element.attributes?.['id'] === 'meal')!;
    expect(await operator.execute({ type: 'select', target: { elementId: meal.id }, option: 'Soup', group: 'Dinner' })).toMatchObject({ ok: true });
    expect(await page.locator('#meal').evaluate((node) => (node as unknown as { selectedIndex: number }).selectedIndex)).toBe(3);
    const after = (await operator.observe()).elements.find((element) => element.attributes?.['id'] === 'meal')!;
    expect(after).toMatchObject({ value: 'Soup', group: 'Dinner' });
    const failed = await operator.execute({ type: 'select', target: { elementId: after.id }, option: 'Salad', group: 'Dinner' });
    expect(failed.ok).toBe(false);
  });
});
