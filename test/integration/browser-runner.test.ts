/**
 * The Runner with its default abstraction driving the real browser operator:
 * a scripted policy that reads element ids only from the compact text (as a
 * model would) fills a fixture form; the page's own state proves the actions
 * landed, and the trajectory keeps the compact observations and targets.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyContext } from '../../agent/core/policy.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { Runner } from '../../agent/runner/runner.js';
import { ScriptedPolicy } from '../kits/scripted-policy.js';

const pages = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

/** The id on the line of the compact text that matches `pattern` (which must capture the id). */
function idFromText(context: PolicyContext, pattern: RegExp): number {
  const match = pattern.exec(context.abstracted.text);
  if (!match) throw new Error(`${pattern} not in:\n${context.abstracted.text}`);
  return Number(match[1]);
}

let operator: BrowserOperator | undefined;
afterEach(async () => {
  await operator?.close();
  operator = undefined;
});

describe('Runner + BrowserOperator', () => {
  it('fills a form from ids read off the compact observation text', async () => {
    operator = await BrowserOperator.launch({ url: join(pages, 'form.html') });
    const policy = new ScriptedPolicy([
      (context) => ({
        kind: 'act',
        actions: [
          { type: 'type', text: 'Ada Lovelace', target: { elementId: idFromText(context, /\[(\d+)\] textbox "Full name"/) } },
          { type: 'select', target: { elementId: idFromText(context, /\[(\d+)\] combobox "Country"/) }, option: 'Estonia' },
          { type: 'click', target: { elementId: idFromText(context, /\[(\d+)\] checkbox "Send me the newsletter"/) } },
        ],
      }),
      (context) => {
        // The second observation shows what the first turn did.
        expect(context.abstracted.text).toMatch(/textbox "Full name" value="Ada Lovelace"/);
        expect(context.abstracted.text).toMatch(/checkbox "Send me the newsletter" checked/);
        return { kind: 'act', actions: [{ type: 'click', target: { elementId: idFromText(context, /\[(\d+)\] button "Save"/) } }] };
      },
      () => ({ kind: 'act', actions: [{ type: 'done', success: true }] }),
    ]);
    const runner = new Runner({ operator, policy });
    const { outcome, trajectory } = await runner.run('Enter Ada Lovelace as the full name, pick Estonia, subscribe and save');
    expect(outcome.status).toBe('success');
    expect(await operator.page.evaluate('window.understudyFixture.state')).toMatchObject({ country: 'Estonia', newsletter: true, submit: 'yes' });
    expect(trajectory.steps).toHaveLength(4);
    expect(trajectory.steps[0]!.observation.text).toContain('[2] form:');
    expect(trajectory.steps[0]!.targets[0]).toMatchObject({ role: 'textbox', label: 'Full name' });
    expect(trajectory.steps[3]!.targets[0]).toMatchObject({ role: 'button', text: 'Save' });
    // What a step stores is the StepObservation only: no id map, no counters.
    expect(Object.keys(trajectory.steps[0]!.observation).sort()).toEqual(['elements', 'text', 'title', 'url']);
  });
});
