import { describe, expect, it } from 'vitest';
import { useBrowser } from '../../../../../test/kits/browser-page.js';
import { pageModule } from '../../../../../test/kits/page-module.js';
import { runInPage } from '../run-in-page.js';

const kit = useBrowser();

describe('emitTextNode in real Chromium', () => {
  it('boxes wrapped text by its first line, cuts long text, and drops text outside the clip', async () => {
    const { page } = await kit.open({
      html: `<p id="wrapped" style="width:120px;font:16px/20px sans-serif;margin:0">one two three four five six seven eight nine ten</p>`,
    });
    const emit = await pageModule<{ clip?: { left: number; top: number; right: number; bottom: number }; limit: number }, { text: string; box: { x: number; y: number; width: number; height: number } }[]>(`
      import { createCollector } from './collector.js';
      import { emitTextNode } from './text-node.js';
      export default ({ clip, limit }) => {
        const collector = createCollector(10);
        emitTextNode(collector, document.getElementById('wrapped').firstChild, -1, 0, 0, clip, undefined, limit, document);
        return collector.out.map((element) => ({ text: element.text, box: element.box }));
      };`);
    const [line] = await runInPage(page, emit, { limit: 300 });
    expect(line!.text).toBe('one two three four five six seven eight nine ten');
    // The first line only: one line high, not the whole paragraph.
    expect(line!.box.height).toBeLessThanOrEqual(22);
    expect(line!.box.y).toBeLessThan(20);
    expect((await runInPage(page, emit, { limit: 8 }))[0]!.text).toBe('one two…');
    expect(await runInPage(page, emit, { limit: 300, clip: { left: 0, top: 100, right: 500, bottom: 200 } })).toEqual([]);
  });
});
