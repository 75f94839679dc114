/**
 * Issue 11 §4 on a hostile page of our own in real Chromium: tag chips that
 * toggle on click, some already on when the page opens (at random). The
 * observation must read a chip's on/off state (a state class or
 * aria-pressed), and the offline agent must leave exactly the chips the task
 * names on — never click a chip that is already on into off and save.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../agent/core/observation.js';
import { MemoryChecker } from '../../agent/checks/memory-checker.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { InMemoryExemplars } from '../../agent/policy/exemplar/in-memory-exemplars.js';
import { Runner } from '../../agent/runner/runner.js';
import { recordDemonstration } from '../kits/exemplar/record-demonstration.js';
import { useBrowser } from '../kits/browser-page.js';

const chipsPage = (query: string) => `${pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages', 'hostile', 'chips.html')).href}?${query}`;

const kit = useBrowser();

async function open(query: string): Promise<{ tab: Page; operator: BrowserOperator }> {
  const { page: tab, operator } = await kit.open(chipsPage(query), { viewport: { width: 800, height: 400 } });
  return { tab, operator };
}

const chip = (observation: Observation, name: string) => {
  const found = observation.elements.find((element) => element.text === name && element.interactive);
  if (!found) throw new Error(`no chip ${name}`);
  return found;
};
const task = (names: string) => `Tag the post with only ${names}, then press Save.`;

for (const kind of ['class', 'aria'] as const) {
  describe(`toggle chips (${kind === 'class' ? 'a state class' : 'aria-pressed'})`, () => {
    it('are observed on or off', async () => {
      const { operator } = await open(`kind=${kind}&on=Go,Lua`);
      const observation = await operator.observe();
      expect(['Rust', 'Go', 'Elm', 'Lua'].map((name) => chip(observation, name).states.checked)).toEqual([false, true, false, true]);
    });

    it('end exactly as the task names them, whichever were on at the start; a wrong set is never saved', async () => {
      // The demonstration: Lua was on and is turned off; Go and Elm are turned on.
      const { operator: demoOperator } = await open(`kind=${kind}&on=Lua`);
      const demonstration = await recordDemonstration(demoOperator, task('"Go" and "Elm"'), (observation, step) => {
        const name = ['Go', 'Elm', 'Lua', 'Save'][step];
        return name === undefined ? undefined : { type: 'click', target: { elementId: chip(observation, name).id } };
      });
      const memory = new InMemoryExemplars([demonstration]);
      const outcomes: string[] = [];
      for (const [seed, wanted] of [[1, ['Rust', 'Zig']], [2, ['Go', 'Nim']], [3, ['Elm', 'Lua']], [4, ['Rust', 'Lua']]] as const) {
        const { tab, operator } = await open(`kind=${kind}&seed=${seed}`);
        const runner = new Runner({ operator, policy: new ExemplarPolicy({ memory }), checker: new MemoryChecker({ memory }) });
        const { outcome } = await runner.run(task(`"${wanted[0]}" and "${wanted[1]}"`));
        const { saved } = (await tab.evaluate('window.understudyFixture.state')) as { saved: string[] | null };
        // Never silently wrong: whatever was saved is exactly the named set, and success means it was saved.
        if (saved !== null) expect({ seed, saved: [...saved].sort() }).toEqual({ seed, saved: [...wanted].sort() });
        if (outcome.status === 'success') expect(saved).not.toBeNull();
        outcomes.push(outcome.status);
        await tab.close();
      }
      expect(outcomes).toEqual(['success', 'success', 'success', 'success']);
    });
  });
}
