/**
 * Headed Chromium on request: a visible window on a real X server (Xvfb
 * started here), observed and driven like the headless one; without a
 * display, a clear error instead of a crash.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../agent/core/errors.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';

const pages = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

let xvfb: XvfbHandle | undefined;
let savedDisplay: string | undefined;

beforeAll(() => {
  savedDisplay = process.env.DISPLAY;
});
afterAll(async () => {
  if (savedDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = savedDisplay;
  await xvfb?.stop();
});

describe('BrowserOperator headed', () => {
  it('refuses a headed launch without a display, naming the fix', async () => {
    delete process.env.DISPLAY;
    const error = await BrowserOperator.launch({ headless: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).message).toMatch(/DISPLAY/);
  });

  it('opens a visible window on an X server and acts in it', async () => {
    xvfb = await startXvfb({ width: 1024, height: 768 });
    process.env.DISPLAY = xvfb.display;
    const operator = await BrowserOperator.launch({ headless: false, url: join(pages, 'form.html'), viewport: { width: 900, height: 600 } });
    try {
      const observation = await operator.observe({ screenshot: true });
      expect(observation.screenshot).toMatchObject({ width: 900, height: 600 });
      const name = observation.elements.find((element) => element.label === 'Full name')!;
      expect((await operator.execute({ type: 'type', text: 'Headed', target: { elementId: name.id } })).ok).toBe(true);
      expect(await operator.page.evaluate("document.getElementById('name').value")).toBe('Headed');
      // A native <select> opens a real popup when headed: the keyboard path must still choose.
      const country = observation.elements.find((element) => element.role === 'combobox')!;
      expect((await operator.execute({ type: 'select', target: { elementId: country.id }, option: 'Estonia' })).ok).toBe(true);
      expect(await operator.page.evaluate('window.understudyFixture.state.country')).toBe('Estonia');
    } finally {
      await operator.close();
    }
  });
});
