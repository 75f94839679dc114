/**
 * Selecting an option of a list box (<select multiple size=4>) that is
 * scrolled out of the list's view: the operator wheels the list until the
 * option shows inside it and clicks it there — not at the option's box below
 * the list, where a button sits (measured on the real click-scroll-list:
 * the choice was lost, or Submit was hit). Real headless Chromium.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { insideList } from '../../agent/operators/browser/actions/list-box-scroll.js';

const names = Array.from({ length: 20 }, (_, index) => `Name ${String(index + 1).padStart(2, '0')}`);
const page = `<!DOCTYPE html><html><body style="margin:0">
<select id="list" multiple size="4" style="font-size:12px;width:120px">${names.map((name) => `<option>${name}</option>`).join('')}</select><br>
<button id="submit" onclick="window.submitted = true">Submit</button>
</body></html>`;

describe('list box options out of view', () => {
  it('is inside a list only with its whole height', () => {
    const list = { x: 0, y: 0, width: 100, height: 60 };
    expect(insideList({ x: 0, y: 45, width: 100, height: 15 }, list)).toBe(true);
    expect(insideList({ x: 0, y: 70, width: 100, height: 15 }, list)).toBe(false);
  });

  it('wheels the list to an option below its view, then clicks it in the list (with Control for a second one)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'list-box-scroll-'));
    writeFileSync(join(dir, 'list.html'), page);
    const operator = await BrowserOperator.launch({ headless: true, url: join(dir, 'list.html'), viewport: { width: 320, height: 240 } });
    try {
      const observation = await operator.observe();
      const list = observation.elements.find((element) => element.role === 'listbox')!;
      expect((await operator.execute({ type: 'select', target: { elementId: list.id }, option: 'Name 15' })).ok).toBe(true);
      const again = await operator.observe();
      const listNow = again.elements.find((element) => element.role === 'listbox')!;
      expect((await operator.execute({ type: 'select', target: { elementId: listNow.id }, option: 'Name 02', modifiers: ['Control'] })).ok).toBe(true);
      const selected = await operator.page.evaluate("[...document.getElementById('list').selectedOptions].map((option) => option.text)");
      expect(selected).toEqual(['Name 02', 'Name 15']);
      expect(await operator.page.evaluate('window.submitted === true')).toBe(false);
    } finally {
      await operator.close();
    }
  });
});
