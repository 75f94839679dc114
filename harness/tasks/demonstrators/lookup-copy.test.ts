/**
 * lookup-copy's person checks what it pasted. The harness's workers are tabs of one browser, which has
 * one clipboard: here another tab of the same browser copies other text between the person's copy and
 * its paste (what happened under load in a demo run), and the person still answers right.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../../agent/operators/browser/browser-operator.js';
import { suiteTaskUrl } from '../catalog.js';
import type { MiniwobPageGlobals } from '../page-globals.js';
import { lookupCopy } from './lookup-copy.js';

let operator: BrowserOperator;
let intruder: Page;

beforeAll(async () => {
  operator = await BrowserOperator.launch({ viewport: { width: 320, height: 240 }, screenshotClip: { x: 0, y: 0, width: 160, height: 210 } });
  const browser = operator.page.context().browser();
  if (!browser) throw new Error('the operator has no browser');
  intruder = await (await browser.newContext()).newPage();
  await intruder.setContent('<p id="other">555-0000</p>');
});

afterAll(async () => {
  await operator?.close();
});

/** Start a seeded episode; the utterance. */
async function start(seed: number): Promise<string> {
  if (!operator.page.url().endsWith('/lookup-copy.html')) {
    await operator.goto(suiteTaskUrl('lookup-copy'));
    await operator.page.waitForSelector('#sync-task-cover', { state: 'attached' });
  }
  return operator.page.evaluate((seedNumber) => {
    const w = globalThis as unknown as MiniwobPageGlobals;
    w.core.endEpisode(0);
    w.Math.seedrandom(seedNumber);
    w.core.setDataMode('train');
    w.core.EPISODE_MAX_TIME = 600_000;
    w.core.startEpisodeReal();
    const utterance = w.core.getUtterance();
    return typeof utterance === 'string' ? utterance : utterance.utterance;
  }, seed);
}

describe('lookup-copy demonstrator', () => {
  it('types the value over a paste of another tab\'s clipboard text, and scores 1', async () => {
    // A seed whose person is copied and pasted (an even-length name).
    let utterance = '';
    for (let seed = 0; seed < 40; seed++) {
      utterance = await start(seed);
      if ((/ of (.+?) into/.exec(utterance)?.[1] ?? 'x').length % 2 === 0) break;
    }
    const actions: string[] = [];
    await lookupCopy({
      utterance,
      observe: () => operator.observe(),
      act: async (action) => {
        actions.push(action.type);
        const result = await operator.execute(action);
        if (action.type === 'copy') {
          // Another worker copies between this copy and its paste.
          await intruder.click('#other', { clickCount: 3 });
          await intruder.keyboard.press('Control+c');
        }
        return result;
      },
    });
    const outcome = await operator.page.evaluate(() => {
      const w = globalThis as unknown as MiniwobPageGlobals;
      return { done: w.WOB_DONE_GLOBAL, raw: w.WOB_RAW_REWARD_GLOBAL };
    });
    expect(actions.slice(0, 3)).toEqual(['copy', 'paste', 'type']);
    expect({ utterance, ...outcome }).toEqual({ utterance, done: true, raw: 1 });
  });
});
