/**
 * Waiting for the page in real Chromium (agent/operators/browser/actions/wait-until.ts,
 * page-script/wait-condition.ts): `wait-until` and a click with `when` hold
 * until the condition does — a control enabled, an element of a name shown,
 * a number compared — and when it never comes they fail with what the page
 * showed, and press nothing. The page changes only when the test says so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../agent/core/action.js';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { useBrowser } from '../kits/browser-page.js';

const html = `<!DOCTYPE html><html><body>
<div id="quote">ACME price: <b id="price">$45.00</b></div>
<div id="nonum">Stock: none</div>
<button id="buy" onclick="window.bought = document.getElementById('price').textContent">Buy</button>
<button id="late" disabled onclick="window.lateClicks = (window.lateClicks || 0) + 1">Continue</button>
<button id="locked" disabled>Locked</button>
<div id="holder"></div>
<script>
  // A disabled button gets no events: a press on its box is seen by the document.
  document.addEventListener('mousedown', function (event) {
    var late = document.getElementById('late');
    var box = late.getBoundingClientRect();
    if (late.disabled && event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom) window.pressedEarly = true;
  }, true);
  window.setPrice = function (value) { document.getElementById('price').textContent = '$' + value.toFixed(2); };
  window.enableLate = function () { document.getElementById('late').disabled = false; };
  window.appear = function () {
    var button = document.createElement('button');
    button.textContent = 'Proceed';
    button.onclick = function () { window.proceeded = true; };
    document.getElementById('holder').appendChild(button);
  };
</script>
</body></html>`;

const kit = useBrowser();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function find(observation: Observation, test: (element: UIElement) => boolean, what: string): UIElement {
  const found = observation.elements.find(test);
  if (!found) throw new Error(`no ${what} among ${observation.elements.map((element) => `${element.role}:${element.text}`).join(', ')}`);
  return found;
}

async function open() {
  const { page, operator } = await kit.open({ html }, { viewport: { width: 600, height: 400 } });
  const observation = await operator.observe();
  const ids = {
    price: find(observation, (element) => /\$45\.00/.test(element.text) && !element.interactive, 'price').id,
    nonum: find(observation, (element) => element.text === 'Stock: none', 'text without a number').id,
    buy: find(observation, (element) => element.role === 'button' && element.text === 'Buy', 'Buy').id,
    late: find(observation, (element) => element.role === 'button' && element.text === 'Continue', 'Continue').id,
  };
  return { page, operator, ids };
}

const state = (page: Page, name: string) => page.evaluate(`window.${name}`);

describe('wait-until and click with when, in the page', () => {
  it('waits for a disabled control to be enabled; ran out, it says it is still disabled and presses nothing', async () => {
    const { page, operator, ids } = await open();
    const refused = await operator.execute({ type: 'click', target: { elementId: ids.late }, when: { until: { enabled: { elementId: ids.late } }, timeoutMs: 300 } });
    expect(refused).toMatchObject({ ok: false, code: 'failed' });
    expect(!refused.ok && refused.error).toBe(`wait timed out: waited 300 ms for [${ids.late}] enabled; it is still disabled`);
    expect(await state(page, 'pressedEarly')).toBeUndefined();
    expect(await state(page, 'lateClicks')).toBeUndefined();

    const clicking = operator.execute({ type: 'click', target: { elementId: ids.late }, when: { until: { enabled: { elementId: ids.late } }, timeoutMs: 30_000 } });
    await pause(400);
    await page.evaluate('window.enableLate()');
    const result = await clicking;
    expect(result.ok, !result.ok ? result.error : '').toBe(true);
    expect(await state(page, 'lateClicks')).toBe(1);
    expect(await state(page, 'pressedEarly')).toBeUndefined();
    // Enabled already: a plain wait-until holds at once and presses nothing.
    expect((await operator.execute({ type: 'wait-until', until: { enabled: { elementId: ids.late } }, timeoutMs: 300 })).ok).toBe(true);
    expect(await state(page, 'lateClicks')).toBe(1);
  });

  it('clicks only once the number compares as asked; a comparison that never holds fails with the number last seen', async () => {
    const { page, operator, ids } = await open();
    const buying = operator.execute({ type: 'click', target: { elementId: ids.buy }, when: { until: { value: { elementId: ids.price }, comparison: 'below', number: 40 }, timeoutMs: 30_000 } });
    for (const price of [43, 41.2, 40, 39.5]) {
      await pause(150);
      expect(await state(page, 'bought'), `bought at ${price}`).toBeUndefined();
      await page.evaluate(`window.setPrice(${price})`);
    }
    const result = await buying;
    expect(result.ok, !result.ok ? result.error : '').toBe(true);
    expect(await state(page, 'bought')).toBe('$39.50');

    await page.evaluate('window.bought = undefined');
    const never = await operator.execute({ type: 'click', target: { elementId: ids.buy }, when: { until: { value: { elementId: ids.price }, comparison: 'above', number: 100 }, timeoutMs: 300 } });
    expect(!never.ok && never.error).toBe(`wait timed out: waited 300 ms for [${ids.price}] above 100; it shows 39.5`);
    expect(await state(page, 'bought')).toBeUndefined();
  });

  it('compares at most, at least and equal, and says when the element shows no number or is gone', async () => {
    const { page, operator, ids } = await open();
    await page.evaluate('window.setPrice(39.5)');
    const wait = (comparison: 'at-most' | 'at-least' | 'equal' | 'below' | 'above', number: number, elementId = ids.price): Action => ({ type: 'wait-until', until: { value: { elementId }, comparison, number }, timeoutMs: 200 });
    const outcome = async (action: Action) => {
      const result = await operator.execute(action);
      return result.ok ? 'met' : result.error;
    };
    expect(await outcome(wait('at-most', 39.5))).toBe('met');
    expect(await outcome(wait('at-least', 39.5))).toBe('met');
    expect(await outcome(wait('equal', 39.5))).toBe('met');
    expect(await outcome(wait('below', 39.5))).toMatch(/below 39\.5; it shows 39\.5$/);
    expect(await outcome(wait('at-least', 40))).toMatch(/at-least 40; it shows 39\.5$/);
    expect(await outcome(wait('equal', 39))).toMatch(/equal 39; it shows 39\.5$/);
    expect(await outcome(wait('below', 10, ids.nonum))).toMatch(/; it shows no number \("stock: none"\)$/);
    await page.evaluate("document.getElementById('quote').remove()");
    expect(await outcome(wait('below', 50))).toMatch(/; it is no longer in the page$/);
  });

  it('waits for an element of a name to show, enabled; says when it is not on the page or shows disabled', async () => {
    const { page, operator } = await open();
    const showing = operator.execute({ type: 'wait-until', until: { shows: { name: 'Proceed', role: 'button' } }, timeoutMs: 30_000 });
    await pause(300);
    await page.evaluate('window.appear()');
    const result = await showing;
    expect(result.ok, !result.ok ? result.error : '').toBe(true);
    expect(await state(page, 'proceeded')).toBeUndefined();

    const absent = await operator.execute({ type: 'wait-until', until: { shows: { name: 'Nowhere' } }, timeoutMs: 200 });
    expect(!absent.ok && absent.error).toBe('wait timed out: waited 200 ms for element "Nowhere" shows; it is not on the page');
    const locked = await operator.execute({ type: 'wait-until', until: { shows: { name: 'Locked', role: 'button' } }, timeoutMs: 200 });
    expect(!locked.ok && locked.error).toMatch(/for button "Locked" shows; it shows but is disabled$/);
    // A name of another role is not it.
    const wrongRole = await operator.execute({ type: 'wait-until', until: { shows: { name: 'Proceed', role: 'link' } }, timeoutMs: 200 });
    expect(!wrongRole.ok && wrongRole.error).toMatch(/it is not on the page$/);
  });
});
