/**
 * An element the task chooses by position ("Tab #3") must sit at that
 * position, not merely carry the demonstrated element's name (issue 11 §4).
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

// The first tab is the open one: its class differs from the others' (as jQuery UI marks it), so the tabs are not
// all of one kind and the plan cannot pick "the 3rd" by rank; it grounds the demonstrated tab by its name.
const tabs = (names: readonly string[]): WidgetSpec[] => [
  { key: 'bar', role: 'group', text: '' },
  ...names.map((name, index) => ({ key: name, role: 'tab', text: name, parent: 'bar', attributes: { class: index === 0 ? 'tab active' : 'tab' } })),
];

async function demo() {
  return recordDemonstration(new WidgetPageOperator(tabs(['Maps', 'Photos', 'Reviews', 'FAQ'])), 'Click on Tab #3.', (observation, step) =>
    step === 0 ? { type: 'click', target: { elementId: find(observation, 'tab', 'Reviews').id } } : undefined,
  );
}

async function run(names: string[], task: string) {
  const operator = new WidgetPageOperator(tabs(names));
  const policy = new ExemplarPolicy({ memory: new InMemoryExemplars([await demo()]) });
  const { trajectory } = await new Runner({ operator, policy }).run(task);
  return { operator, outcome: trajectory.outcome };
}

describe('a choice by position', () => {
  it('refuses the demonstrated name when it sits at another position than the task names', async () => {
    const { operator, outcome } = await run(['Photos', 'Reviews', 'Maps', 'FAQ'], 'Click on Tab #3.');
    expect(outcome.status).toBe('failed');
    expect(operator.clicks).toEqual([]);
    expect(outcome.reason).toContain('the task asks for number 3, and the demonstration\'s "Reviews" was its 3rd tab');
    expect(outcome.reason).toContain('"Reviews" is the 2nd tab here');
    expect(outcome.reason).toMatch(/What would help: .+/);
  });

  it('acts when the named element is at the position the task names', async () => {
    const { operator, outcome } = await run(['FAQ', 'Maps', 'Reviews'], 'Click on Tab #3.');
    expect(outcome.status, outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['Reviews']);
  });
});
