import { describe, expect, it } from 'vitest';
import { ScriptedPolicy, idOf } from '../../test/kits/scripted-policy.js';
import { Runner } from '../runner/runner.js';
import { ExemplarPolicy } from './exemplar/exemplar-policy.js';
import { InMemoryExemplars } from './exemplar/in-memory-exemplars.js';
import { find, recordDemonstration } from '../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../test/kits/exemplar/widget-page.js';
import { HybridPolicy } from './hybrid-policy.js';

const task = (word: string) => `Enter "${word}" into the text field and press Submit.`;
const page = (startLabel: string): WidgetSpec[] => [
  { key: 'start', role: 'button', text: startLabel },
  { key: 'field', role: 'textbox', label: 'Answer' },
  { key: 'submit', role: 'button', text: 'Submit' },
];

async function demonstration() {
  return recordDemonstration(new WidgetPageOperator(page('Start')), task('Kasie'), (observation, step) =>
    [
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Start').id } },
      { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: 'Kasie' },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
    ][step],
  );
}

describe('HybridPolicy', () => {
  it('uses the offline policy when it grounds and never calls the fallback', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    const fallback = new ScriptedPolicy([() => ({ kind: 'give-up', reason: 'should not be asked' })]);
    const operator = new WidgetPageOperator(page('Start'));
    const hybrid = new HybridPolicy({ offline: new ExemplarPolicy({ memory }), fallback });
    const result = await new Runner({ operator, policy: hybrid }).run(task('Lon'));
    expect(result.outcome.status).toBe('success');
    expect(fallback.contexts).toHaveLength(0);
    expect(hybrid.usage()).toMatchObject({ modelCalls: 0, offlineDecisions: 4, fallbackDecisions: 0, offlineGroundings: 3 });
  });

  it('hands the step it cannot ground to the fallback with the exemplar, then resumes offline', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    // The new page says "Begin" where the demonstration clicked "Start": the offline policy must not guess.
    const fallback = new ScriptedPolicy([(context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: idOf(context, 'button', 'Begin') } }] })]);
    const operator = new WidgetPageOperator(page('Begin'));
    const hybrid = new HybridPolicy({ offline: new ExemplarPolicy({ memory }), fallback });
    const result = await new Runner({ operator, policy: hybrid }).run(task('Lon'));

    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['start', 'submit']);
    expect(operator.values.get('field')).toBe('Lon');
    expect(fallback.contexts).toHaveLength(1);
    expect(fallback.contexts[0]!.feedback).toEqual([]);
    const hint = fallback.contexts[0]!.hints?.at(-1) ?? '';
    expect(hint).toContain(`"${task('Kasie')}"`);
    expect(hint).toMatch(/step 1 \(click \[\d+\]\) could not be matched.*"Start" is not on screen/);
    expect(result.trajectory.steps.map((step) => step.details?.['decidedBy'])).toEqual(['scripted', 'offline', 'offline']);
    expect(hybrid.usage()).toMatchObject({ fallbackDecisions: 1, offlineGroundings: 2 });
  });
});
