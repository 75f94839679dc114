/**
 * A figure (a swatch, an SVG shape) has no words of its own: the policy picks
 * it by the colour or shape the new task names, and refuses — never clicks
 * the demonstrated place — when the page or the task cannot tell which.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** A row of wordless swatches (buttons whose only description is their figure). */
const swatches = (figures: string[]): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Pick a colour' },
  ...figures.map((figure, index) => ({ key: `${figure}-${index}`, role: 'button', x: 10 + 40 * index, attributes: { class: 'swatch', figure } })),
];

async function demonstrate(task: string, figures: string[], clicked: number) {
  return recordDemonstration(new WidgetPageOperator(swatches(figures)), task, (observation, step) => {
    if (step > 0) return undefined;
    const target = observation.elements.filter((element) => element.attributes?.['figure'])[clicked]!;
    return { type: 'click', target: { elementId: target.id } };
  });
}

async function runOffline(memory: InMemoryExemplars, figures: string[], task: string) {
  const operator = new WidgetPageOperator(swatches(figures));
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(task);
  return { operator, result };
}

describe('figures chosen by what they show', () => {
  it('clicks the swatch of the colour the new task names, wherever it sits', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Click on the red colored box.', ['blue', 'red', 'green'], 1)]);
    const { operator, result } = await runOffline(memory, ['green', 'yellow', 'red', 'blue'], 'Click on the blue colored box.');
    expect(operator.clicks).toEqual(['blue-3']);
    expect(result.outcome.status).toBe('success');
  });

  it('clicks a shape by colour and kind, and any one of several when the task says "a"', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Click a red circle.', ['blue square', 'red circle', 'green triangle'], 1)]);
    const one = await runOffline(memory, ['green triangle', 'red square', 'blue triangle', 'red triangle'], 'Click a blue triangle.');
    expect(one.operator.clicks).toEqual(['blue triangle-2']);
    const any = await runOffline(memory, ['green triangle', 'red square', 'black circle', 'green circle'], 'Click a green circle.');
    expect(any.operator.clicks).toEqual(['green circle-3']);
  });

  it('refuses when no figure shows the named colour, or several do and the task says "the"', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Click on the red colored box.', ['blue', 'red', 'green'], 1)]);
    const none = await runOffline(memory, ['green', 'yellow', 'red'], 'Click on the purple colored box.');
    expect(none.operator.executed).toHaveLength(0);
    expect(none.result.outcome.reason).toMatch(/no figure here is purple/);
    const two = await runOffline(memory, ['pink', 'yellow', 'pink'], 'Click on the pink colored box.');
    expect(two.operator.executed).toHaveLength(0);
    expect(two.result.outcome.reason).toMatch(/2 figures here are pink and the task does not say which one/);
  });

  it('refuses, rather than click the demonstrated place, a wordless figure the task never named', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Click the highlighted box.', ['blue', 'red', 'green'], 1)]);
    const { operator, result } = await runOffline(memory, ['green', 'yellow', 'red'], 'Click the highlighted box.');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.status).toBe('failed');
    // The demonstrated place holds a yellow box now: the reason says so instead of clicking it.
    expect(result.outcome.reason).toMatch(/^cannot ground step 1: .*a figure with no words, a red box, which its task does not name; \[\d+\] here is a yellow box, so choosing it by its place would be a guess/);
    expect(result.outcome.reason).toMatch(/What would help: .*names the colour or shape/);
  });
});
