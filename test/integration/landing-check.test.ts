/**
 * Issue 11 §4, "never silently wrong", on hostile pages of our own in real
 * Chromium: an overlay that comes over the target between the operator's look
 * and its press, at a fixed or a random moment, and a pop-up that takes the
 * focus from a field. The operator must say when its input reached something
 * else (a `misdirected` failure), never report a press it did not make; the
 * offline agent must then refuse or recover, never claim the task done.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../agent/core/observation.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { InMemoryExemplars } from '../../agent/policy/exemplar/in-memory-exemplars.js';
import { Runner } from '../../agent/runner/runner.js';
import { find, recordDemonstration } from '../kits/exemplar/record-demonstration.js';
import { useBrowser } from '../kits/browser-page.js';

const pages = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages', 'hostile');
const pageUrl = (query: string) => `${pathToFileURL(join(pages, 'overlay-race.html')).href}?${query}`;

const kit = useBrowser();

const open = (query: string) => kit.open(pageUrl(query), { viewport: { width: 800, height: 500 } });

interface PageState {
  saved: string | null;
  subscribed: number;
  overlayShown: boolean;
}
const stateOf = (page: Page) => page.evaluate('window.understudyFixture.state') as Promise<PageState>;
const save = (observation: Observation) => find(observation, 'button', 'Save');

describe('the browser operator checks where its input landed', () => {
  it('reports a press an overlay took as misdirected, naming what it hit', async () => {
    const { page, operator } = await open('overlay=hover');
    const result = await operator.execute({ type: 'click', target: { elementId: save(await operator.observe()).id } });
    expect(result).toMatchObject({ ok: false, code: 'misdirected' });
    expect(!result.ok && result.error).toMatch(/landed on <div\.shield>/);
    expect((await stateOf(page)).saved).toBeNull();
  });

  it('reports a press that reached its target as done, with no overlay', async () => {
    const { page, operator } = await open('overlay=none');
    const result = await operator.execute({ type: 'click', target: { elementId: save(await operator.observe()).id } });
    expect(result).toMatchObject({ ok: true });
    expect((await stateOf(page)).saved).toBe('');
  });

  it('never reports success for a press the target did not get, whenever the overlay comes', async () => {
    for (const delay of [0, 1, 2, 4, 6, 10]) {
      const { page, operator } = await open(`overlay=delay:${delay}`);
      const result = await operator.execute({ type: 'click', target: { elementId: save(await operator.observe()).id } });
      const state = await stateOf(page);
      // The one rule: ok exactly when the page saw the press on Save.
      expect({ delay, ok: result.ok }).toEqual({ delay, ok: state.saved !== null });
      if (!result.ok) expect(result.code).toBe('misdirected');
      await page.close();
    }
  });

  it('reports typing that a pop-up took from the field as misdirected', async () => {
    const { page, operator } = await open('overlay=focus');
    const observation = await operator.observe();
    const field = find(observation, 'textbox', undefined, 'Name');
    const result = await operator.execute({ type: 'type', target: { elementId: field.id }, text: 'Ada' });
    expect(result).toMatchObject({ ok: false, code: 'misdirected' });
    expect(!result.ok && result.error).toMatch(/did not reach the field; the focus is on <button#subscribe>/);
    expect(await page.inputValue('#name')).toBe('A');
  });
});

describe('the offline agent on a page where an overlay takes its press', () => {
  async function demonstration() {
    const { operator } = await open('overlay=none');
    return recordDemonstration(operator, 'Enter "Ada" as the name and press Save.', (observation, step) =>
      step === 0
        ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Name').id }, text: 'Ada' }
        : step === 1
          ? { type: 'click', target: { elementId: save(observation).id } }
          : undefined,
    );
  }

  it('does not go on as if the press had worked: it refuses, and nothing is saved', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    const { page, operator } = await open('overlay=hover');
    const { outcome, trajectory } = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Enter "Bob" as the name and press Save.');
    expect(outcome.status).toBe('failed');
    expect(trajectory.steps.some((step) => step.result?.ok === false && step.result.code === 'misdirected')).toBe(true);
    expect(trajectory.steps.some((step) => step.action.type === 'done')).toBe(false);
    expect((await stateOf(page)).saved).toBeNull();
  });

  it('still does the task on the same page when no overlay comes', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    const { page, operator } = await open('overlay=none');
    const { outcome } = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Enter "Bob" as the name and press Save.');
    expect(outcome.status).toBe('success');
    expect((await stateOf(page)).saved).toBe('Bob');
  });

  it('recovers when the demonstration dismissed the overlay first thing and it comes later this time', async () => {
    const { page: demoPage, operator: demoOperator } = await open('overlay=start:0');
    await demoPage.waitForSelector('#no-thanks');
    const demo = await recordDemonstration(demoOperator, 'Enter "Ada" as the name and press Save.', (observation, step) =>
      step === 0
        ? { type: 'click', target: { elementId: find(observation, 'button', 'No thanks').id } }
        : step === 1
          ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Name').id }, text: 'Ada' }
          : step === 2
            ? { type: 'click', target: { elementId: save(observation).id } }
            : undefined,
    );
    const memory = new InMemoryExemplars([demo]);
    // hover: it takes the press on Save; focus: it takes the keystrokes after the first ("B" arrives, then
    // the field must end "Bob", not "BBob"); none: the dismissal is skipped.
    for (const overlay of ['hover', 'focus', 'none']) {
      const { page, operator } = await open(`overlay=${overlay}`);
      const { outcome } = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Enter "Bob" as the name and press Save.');
      expect({ overlay, status: outcome.status }).toEqual({ overlay, status: 'success' });
      expect(await stateOf(page)).toMatchObject({ saved: 'Bob', subscribed: 0 });
    }
  });
});
