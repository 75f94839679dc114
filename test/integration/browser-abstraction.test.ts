/**
 * The state abstraction on real pages in real Chromium: golden texts for the
 * fixture pages (reviewed by eye when they change: regenerate with
 * UNDERSTUDY_UPDATE_GOLDEN=1), and on two large documentation pages the
 * budget, the reduction against the raw body HTML, and that the element the
 * task names survives the cut.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { abstract } from '../../agent/observation/abstract.js';
import { countTokens } from '../../agent/core/tokens.js';
import { useBrowser } from '../kits/browser-page.js';

const pages = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

const kit = useBrowser();

async function observe(file: string) {
  const { page, operator } = await kit.open(file);
  return { page, operator, observation: await operator.observe() };
}

const GOLDEN: [string, string][] = [
  ['form.html', 'Enter "Ada" as the full name, pick Denmark and save'],
  ['inbox.html', 'Reply to the email from Carol'],
  ['widgets.html', 'Drag the handle onto the drop zone'],
  ['frames.html', 'Press the inner button'],
];

describe('abstract() on fixture pages', () => {
  it.each(GOLDEN)('%s matches its golden text', async (file, task) => {
    const { observation } = await observe(file);
    const result = abstract(observation, task);
    const goldenPath = join(pages, 'golden', file.replace(/\.html$/, '.txt'));
    if (process.env.UNDERSTUDY_UPDATE_GOLDEN) writeFileSync(goldenPath, `${result.text}\n`);
    expect(result.text).toBe(readFileSync(goldenPath, 'utf8').trimEnd());
    // Every id shown is an element of the observation, and acting on it is possible.
    for (const [id, element] of result.idMap) expect(observation.elements.find((candidate) => candidate.id === id)).toBe(element);
  });

  it('an id taken from the text acts on the element the text describes', async () => {
    const { page, operator, observation } = await observe('inbox.html');
    const result = abstract(observation, 'Reply to the email from Carol');
    const carolLine = result.text.split('\n').find((line) => line.includes('"Carol"'))!;
    const replyId = Number(/\[(\d+)\] button "Reply"/.exec(carolLine)![1]);
    expect((await operator.execute({ type: 'click', target: { elementId: replyId } })).ok).toBe(true);
    expect(await page.evaluate("document.getElementById('reply-to').textContent")).toBe('Carol');
  });

  it.each([
    ['docs/node-events.html', 'Find the documentation of emitter.once(eventName, listener)', 'emitter.once(eventName, listener)'],
    ['docs/node-fs.html', 'Open the section about fs.readFile(path[, options], callback)', 'fs.readFile(path[, options], callback)'],
  ])('%s: within budget, at least 50× smaller than the body HTML, keeps what the task names', async (file, task, needed) => {
    const { page, observation } = await observe(file);
    expect(observation.elements.length).toBeGreaterThan(1000);
    const rawTokens = countTokens((await page.evaluate('document.body.outerHTML')) as string);
    const result = abstract(observation, task, { tokenBudget: 1200 });
    expect(result.tokens).toBeLessThanOrEqual(1200);
    expect(rawTokens / result.tokens).toBeGreaterThanOrEqual(50);
    expect([...result.idMap.values()].some((element) => element.role === 'link' && element.text === needed)).toBe(true);
    expect(result.omitted).toBeGreaterThan(0);
    expect(result.text).toMatch(/more elements not shown\)$/);
  });
});
