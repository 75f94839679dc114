/**
 * Recorder fidelity: rich text typed in pieces with bold between them (format-note), on a machine too busy to
 * observe between inputs. Only the first edit of the region comes with the page's own observation at the input; a
 * later one is paired with the last observation taken before it, which shows the region as it was before the words
 * typed since. The stored step must show the field as the person saw it when typing — its text up to there — in its
 * observation and its target, not the older text. Real keys through Playwright on the recorded page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { centreOf, pause, recordOnPage } from './record-replay-kit.js';

const PAGE = pathToFileURL(join(fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url)), 'editing.html')).href;
let browser: Browser;
let workDir: string;
beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-rich-text-at-input-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('rich text typed in pieces, no observation between the inputs', () => {
  it('stores each later piece with the field holding the text typed before it', async () => {
    const drive = async (page: Page) => {
      await pause(300);
      const editor = await centreOf(page, `document.querySelector('.editor')`);
      await page.mouse.click(editor.x, editor.y);
      await page.keyboard.press('End');
      await page.keyboard.type(' delta ', { delay: 20 });
      await page.keyboard.press('Control+B');
      await page.keyboard.type('epsilon', { delay: 20 });
      await page.keyboard.press('Control+B');
      await pause(200);
      const done = await centreOf(page, `document.getElementById('done')`);
      await page.mouse.click(done.x, done.y);
      await pause(300);
    };
    // 20 s of settling: after the first observation the recorder observes nothing more while the person types.
    const recorded = await recordOnPage({ browser, workDir, url: PAGE, task: 'add "delta epsilon" with "epsilon" in bold', drive, stateExpression: 'window.state', settleMs: 20_000 });
    expect((recorded.state as { html: string }).html).toContain('<b>epsilon</b>');
    const typed = recorded.trajectory.steps.filter((step) => step.action.type === 'type');
    expect(typed.map((step) => (step.action as { text: string }).text)).toEqual([' delta ', 'epsilon']);
    const later = typed[1]!;
    // The piece came without the page's own observation: paired with an older one, and said so.
    expect((later.details?.warnings as string[] | undefined)?.join(' ')).toContain('could not observe itself');
    const target = (later.action as { target: { elementId: number } }).target.elementId;
    const field = later.observation.elements.find((element) => element.id === target);
    expect(field?.value).toBe('alpha beta gamma delta');
    expect(later.targets[0]?.value).toBe('alpha beta gamma delta');
    // The first piece was observed at its input: the field as it was.
    const first = typed[0]!;
    const firstField = first.observation.elements.find((element) => element.id === (first.action as { target: { elementId: number } }).target.elementId);
    expect(firstField?.value).toBe('alpha beta gamma');
  });
});
