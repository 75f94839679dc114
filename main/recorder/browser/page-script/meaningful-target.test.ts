/**
 * What a press means, in real Chromium (boxes matter): the innermost control, word or icon under the
 * pointer; a row rather than a large container whose one handler serves every row; and the target
 * described in the observation's vocabulary (role and label as the extraction gives them).
 */
import { describe, expect, it } from 'vitest';
import { runInPage } from '../../../../agent/operators/browser/page-script/run-in-page.js';
import { useBrowser } from '../../../../test/kits/browser-page.js';
import { pageModule } from '../../../../test/kits/page-module.js';

const kit = useBrowser();
// pageModule resolves imports from the extraction's folder (agent/operators/browser/page-script/extract/).
const HERE = '../../../../../main/recorder/browser/page-script';

const PAGE = `
  <div id="tree" style="width:300px;font:13px/20px sans-serif">
    <ul style="list-style:none;margin:0;padding:0">
      ${['one', 'two', 'three', 'four', 'five', 'six'].map((name) => `<li><span class="row" id="row-${name}" style="display:block"><span class="name">${name}</span></span></li>`).join('')}
    </ul>
  </div>
  <div id="card" style="width:200px;height:40px;cursor:pointer"><span id="card-words">Open the card</span><span id="icon" title="Reply" style="display:inline-block;width:12px;height:12px"></span></div>
  <div id="button-like" style="display:inline-block;cursor:pointer;font:13px sans-serif"><span id="button-words">Go</span></div>
  <p><label for="mail">Mail</label> <input id="mail"> <button id="close" title="Close">×</button> <a id="link" href="#x">Read more</a></p>
  <script>document.getElementById('tree').onclick = () => {};</script>`;

describe('meaningfulTarget', () => {
  it('takes the row under the pointer, not a container many rows high; a word, an icon or a control as they are', async () => {
    const { page } = await kit.open({ html: PAGE });
    const target = await pageModule<string, { id: string; row: boolean }>(`
      import { isRowOfContainer, meaningfulTarget } from '${HERE}/meaningful-target.js';
      export default (id) => {
        const node = meaningfulTarget(document.getElementById(id));
        return { id: node ? node.id || node.tagName : '', row: isRowOfContainer(node) };
      };`);
    expect(await runInPage(page, target, 'row-two')).toEqual({ id: 'row-two', row: true });
    expect(await runInPage(page, target, 'card-words')).toEqual({ id: 'card-words', row: false }); // words inside a larger clickable card
    expect(await runInPage(page, target, 'button-words')).toEqual({ id: 'button-like', row: false }); // words that fill their clickable
    expect(await runInPage(page, target, 'icon')).toEqual({ id: 'icon', row: false }); // a named icon inside a larger clickable
    expect(await runInPage(page, target, 'mail')).toEqual({ id: 'mail', row: false });
    expect(await runInPage(page, target, 'card')).toEqual({ id: 'card', row: false });
  });
});

describe('describe', () => {
  it('names roles and labels as the extraction does', async () => {
    const { page } = await kit.open({ html: PAGE });
    const described = await pageModule<string, { role: string; label?: string; text: string }>(`
      import { describe } from '${HERE}/describe-target.js';
      export default (id) => { const d = describe(document.getElementById(id)); return { role: d.role, label: d.label, text: d.text }; };`);
    expect(await runInPage(page, described, 'mail')).toEqual({ role: 'textbox', label: 'Mail', text: '' });
    expect(await runInPage(page, described, 'close')).toEqual({ role: 'button', label: 'Close', text: '×' });
    expect(await runInPage(page, described, 'link')).toEqual({ role: 'link', text: 'Read more' });
  });
});
