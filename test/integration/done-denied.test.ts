/**
 * Issue 11 §4: a done the page denies. On a hostile sign-up page of our own in
 * real Chromium, a submit the page refuses changes nothing but a message
 * ("Please enter a valid e-mail address."): the offline agent must refuse
 * rather than say done, and still succeed where the page accepts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { MemoryChecker } from '../../agent/checks/memory-checker.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { InMemoryExemplars } from '../../agent/policy/exemplar/in-memory-exemplars.js';
import { Runner } from '../../agent/runner/runner.js';
import { find, recordDemonstration } from '../kits/exemplar/record-demonstration.js';
import { useBrowser } from '../kits/browser-page.js';

const page = (query: string) => `${pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages', 'hostile', 'validation.html')).href}?${query}`;

const kit = useBrowser();
let demonstration: Trajectory;

async function open(query: string): Promise<{ tab: Page; operator: BrowserOperator }> {
  const { page: tab, operator } = await kit.open(page(query), { viewport: { width: 800, height: 500 } });
  return { tab, operator };
}

beforeAll(async () => {
  const { operator } = await open('refuse=invalid');
  demonstration = await recordDemonstration(operator, 'Sign up with the e-mail "ada@example.org".', (observation, step) =>
    step === 0
      ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'E-mail').id }, text: 'ada@example.org' }
      : step === 1
        ? { type: 'click', target: { elementId: find(observation, 'button', 'Sign up').id } }
        : undefined,
  );
});

async function runAgent(query: string, email: string) {
  const { tab, operator } = await open(query);
  const memory = new InMemoryExemplars([demonstration]);
  const runner = new Runner({ operator, policy: new ExemplarPolicy({ memory }), checker: new MemoryChecker({ memory }) });
  const { outcome } = await runner.run(`Sign up with the e-mail "${email}".`);
  const state = (await tab.evaluate('window.understudyFixture.state')) as { accepted: string | null; refused: number };
  return { outcome, state };
}

describe('a done the page denies', () => {
  it('refuses when the submit brings a validation message, naming it', async () => {
    const { outcome, state } = await runAgent('refuse=invalid', 'bob@example');
    expect(state).toEqual({ accepted: null, refused: 1 });
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toContain('"Please enter a valid e-mail address."');
  });

  it('refuses when the page says the submit failed, in words of its own', async () => {
    const { outcome, state } = await runAgent('refuse=always', 'cy@example.org');
    expect(state.refused).toBe(1);
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toContain('"Sign-up failed on our side, try again later."');
  });

  it('says done when the page accepts', async () => {
    const { outcome, state } = await runAgent('refuse=invalid', 'di@example.org');
    expect(state.accepted).toBe('di@example.org');
    expect(outcome.status).toBe('success');
  });
});
