/**
 * A button still sliding down (a section opening above it, moved by script
 * as jQuery animates) is pressed where it comes to rest: the operator looks
 * until two looks agree. Real headless Chromium.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';

const page = `<!DOCTYPE html><html><body style="margin:0">
<h3 id="head" style="margin:0;height:20px">Section</h3><div id="panel" style="height:0;overflow:hidden"></div>
<button id="go" style="width:60px;height:16px" onclick="window.hit = true">Submit</button>
<script>
document.getElementById('head').addEventListener('click', function () {
  var start = performance.now();
  var timer = setInterval(function () {
    var t = Math.min(1, (performance.now() - start) / 300);
    document.getElementById('panel').style.height = Math.round(120 * t) + 'px';
    if (t >= 1) clearInterval(timer);
  }, 10);
});
</script></body></html>`;

describe('pressing a control that is still moving', () => {
  it('waits for it to come to rest and presses it there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stable-point-'));
    writeFileSync(join(dir, 'slide.html'), page);
    const operator = await BrowserOperator.launch({ headless: true, url: join(dir, 'slide.html'), viewport: { width: 320, height: 240 } });
    try {
      const observation = await operator.observe();
      const head = observation.elements.find((element) => element.text === 'Section')!;
      const button = observation.elements.find((element) => element.role === 'button' && element.text === 'Submit')!;
      expect((await operator.execute({ type: 'click', target: { elementId: head.id } })).ok).toBe(true);
      // No new observation: the button's id is from before the section began to open.
      const result = await operator.execute({ type: 'click', target: { elementId: button.id } });
      expect(result.ok).toBe(true);
      expect(await operator.page.evaluate('window.hit === true')).toBe(true);
      expect(await operator.page.evaluate("document.getElementById('panel').style.height")).toBe('120px');
    } finally {
      await operator.close();
    }
  });
});
