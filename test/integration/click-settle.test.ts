/**
 * A click that sets a section sliding open (moved by script, as jQuery's
 * accordion does) returns once the page is at rest: the observation taken
 * right after it sees the opened section whole, with the link at its foot —
 * not a panel cut off half-way, which sent a search through sections on past
 * the one that held its goal (the real click-collapsible-2). Real headless Chromium.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';

const page = `<!DOCTYPE html><html><body style="margin:0">
<h3 id="head" style="margin:0;height:20px">Section #1</h3>
<div id="panel" style="height:0;overflow:hidden"><p style="margin:0;height:100px">Odio egestas vel</p><a href="#" id="link">sed</a></div>
<script>
document.getElementById('head').addEventListener('click', function () {
  var start = performance.now();
  var timer = setInterval(function () {
    var t = Math.min(1, (performance.now() - start) / 400);
    document.getElementById('panel').style.height = Math.round(120 * t) + 'px';
    if (t >= 1) clearInterval(timer);
  }, 10);
});
</script></body></html>`;

describe('a click that sets the page moving', () => {
  it('returns once the section it opened is at rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'click-settle-'));
    writeFileSync(join(dir, 'slide.html'), page);
    const operator = await BrowserOperator.launch({ headless: true, url: join(dir, 'slide.html'), viewport: { width: 320, height: 240 } });
    try {
      const before = await operator.observe();
      const head = before.elements.find((element) => element.text === 'Section #1')!;
      expect((await operator.execute({ type: 'click', target: { elementId: head.id } })).ok).toBe(true);
      expect(await operator.page.evaluate("document.getElementById('panel').style.height")).toBe('120px');
      const after = await operator.observe();
      const link = after.elements.find((element) => element.role === 'link' && element.text === 'sed');
      expect(link).toBeDefined();
      expect(link!.states.hidden).toBeFalsy();
    } finally {
      await operator.close();
    }
  });
});
