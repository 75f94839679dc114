/**
 * A click that chose something different in each demonstration of a kind,
 * where no task names what was chosen (an answer read off a drawing), is
 * refused rather than repeated — even when most demonstrations happened to
 * choose the same. A control whose caption only differs per instance is
 * still followed.
 */
import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../core/trajectory.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

async function run(demos: Trajectory[], widgets: WidgetSpec[], task: string) {
  const operator = new WidgetPageOperator(widgets);
  const runner = new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars(demos) }) });
  return { operator, result: await runner.run(task) };
}

/** The answer is only drawn (a canvas): the page's words do not say which button is right. */
const answerPage = (): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'How many sides?' },
  { key: 'drawing', role: 'image', label: 'shape' },
  { key: '3', role: 'button', text: '3' },
  { key: '4', role: 'button', text: '4' },
  { key: '5', role: 'button', text: '5' },
];
const ANSWER_TASK = 'Press the button that matches the number of sides of the shape.';
const recordAnswer = (answer: string) =>
  recordDemonstration(new WidgetPageOperator(answerPage()), ANSWER_TASK, (observation, step) =>
    step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', answer).id } } : undefined,
  );

/** One button whose caption differs per instance. */
const captionPage = (caption: string): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Ready when you are' },
  { key: 'go', role: 'button', text: caption },
];
const CAPTION_TASK = 'Press the button to continue.';
const recordCaption = (caption: string) =>
  recordDemonstration(new WidgetPageOperator(captionPage(caption)), CAPTION_TASK, (observation, step) =>
    step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', caption).id } } : undefined,
  );

/** Three wordless boxes; the task names a colour that only their paint shows. */
const boxPage = (): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Colours' },
  { key: 'first', role: 'button', text: '' },
  { key: 'second', role: 'button', text: '' },
  { key: 'third', role: 'button', text: '' },
];
const boxTask = (colour: string) => `Click on the ${colour} colored box.`;
const recordBox = (colour: string, ordinal: number) =>
  recordDemonstration(new WidgetPageOperator(boxPage()), boxTask(colour), (observation, step) =>
    step === 0 ? { type: 'click', target: { elementId: observation.elements.filter((element) => element.role === 'button')[ordinal]!.id } } : undefined,
  );

describe('a choice that varies between demonstrations and no task names', () => {
  it('is refused even when a majority chose the same, and nothing is clicked', async () => {
    const demos = [await recordAnswer('5'), await recordAnswer('5'), await recordAnswer('3')];
    const { operator, result } = await run(demos, answerPage(), ANSWER_TASK);
    expect(result.outcome.status).toBe('failed');
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.reason).toMatch(/the demonstrations clicked different things here \("5" for .*"3" for .*\) and none of their tasks names what was clicked/);
    expect(result.outcome.reason).toMatch(/What would help: a task text that names what to click/);
  });

  it('is refused when the task value is written on none of the wordless targets (a colour only painted)', async () => {
    const demos = [await recordBox('cyan', 0), await recordBox('olive', 2)];
    const { operator, result } = await run(demos, boxPage(), boxTask('cyan'));
    expect(result.outcome.status).toBe('failed');
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.reason).toMatch(/the demonstrations clicked different things here \(the point \(\d+, \d+\) for "Click on the cyan colored box\."/);
  });

  it('is followed when every demonstration chose the same', async () => {
    const demos = [await recordAnswer('4'), await recordAnswer('4')];
    const { operator, result } = await run(demos, answerPage(), ANSWER_TASK);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['4']);
  });

  it('leaves a control whose caption only differs per instance to the grounding', async () => {
    const demos = [await recordCaption('Go'), await recordCaption('OK')];
    for (const caption of ['Submit', 'Go']) {
      const { operator, result } = await run(demos, captionPage(caption), CAPTION_TASK);
      expect(result.outcome.status, `${caption}: ${result.outcome.reason}`).toBe('success');
      expect(operator.clicks).toEqual(['go']);
    }
  });
});
