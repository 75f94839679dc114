/**
 * A closing press the task names by caption ("… and press OK", "…, then
 * Post") that the demonstration did not make:
 * added after the demonstrated steps, and grounded on the one visible
 * button carrying that caption when
 * its turn comes — none or several is a refusal.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { trailingPress } from './final-press.js';

const page = (captions: string[]): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Your city' },
  { key: 'box', role: 'textbox', label: 'City' },
  ...captions.map((caption, index) => ({ key: `button-${index}`, role: 'button', text: caption, x: 10 + 40 * index })),
];

/** Types the city, then presses `press` when given. */
async function demonstrate(task: string, city: string, captions: string[], press?: string) {
  return recordDemonstration(new WidgetPageOperator(page(captions)), task, (observation, step) => {
    if (step === 0) return { type: 'type', text: city, target: { elementId: find(observation, 'textbox', undefined, 'City').id }, replace: true };
    if (step === 1 && press) return { type: 'click', target: { elementId: find(observation, 'button', press).id } };
    return undefined;
  });
}

async function follow(demo: Awaited<ReturnType<typeof demonstrate>>, task: string, captions: string[]) {
  const operator = new WidgetPageOperator(page(captions));
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  return { operator, result };
}

describe('the press clause that closes a task', () => {
  it('reads the caption after a press verb or "then", and nothing else', () => {
    expect(trailingPress('Make all of the text bold, then Post.')).toEqual({ rest: 'Make all of the text bold.', caption: 'Post' });
    expect(trailingPress('Enter the city of Soren (see the table) in the field and press OK.')).toEqual({ rest: 'Enter the city of Soren (see the table) in the field.', caption: 'OK' });
    expect(trailingPress('Pick Lima, then click the "Save draft" button.')).toEqual({ rest: 'Pick Lima.', caption: 'Save draft' });
    expect(trailingPress('Add Krakow to Chosen, then hit Next')?.caption).toBe('Next');
    expect(trailingPress('Add Krakow to Chosen.')).toBeUndefined();
    expect(trailingPress('Send the money to Bob Smith.')).toBeUndefined();
    expect(trailingPress('Type Oslo and Lima')).toBeUndefined();
  });
});

describe('a closing press the demonstration did not make', () => {
  it('presses the one button carrying the caption after the demonstrated steps', async () => {
    const demo = await demonstrate('Enter Soren in the box.', 'Soren', ['OK', 'Cancel']);
    const { operator, result } = await follow(demo, 'Enter Mira in the box and press OK.', ['Cancel', 'OK']);
    expect(operator.values.get('box')).toBe('Mira');
    expect(operator.clicks).toEqual(['button-1']);
    expect(result.outcome.status).toBe('success');
  });

  it('refuses when no button, or more than one, carries the caption', async () => {
    const demo = await demonstrate('Enter Soren in the box.', 'Soren', ['OK']);
    for (const captions of [['Cancel'], ['OK', 'OK']]) {
      const { operator, result } = await follow(demo, 'Enter Mira in the box, then press OK.', captions);
      expect(operator.clicks).toEqual([]);
      expect(result.outcome.status).not.toBe('success');
    }
  });

  it('adds nothing when a demonstrated step already pressed that caption', async () => {
    const demo = await demonstrate('Enter Soren in the box.', 'Soren', ['OK'], 'OK');
    const plan = planDemonstration(demo, 'Enter Mira in the box and press OK.');
    expect(plan.steps.some((step) => step.finalPress)).toBe(false);
  });
});

describe('a closing press on another caption than the demonstrated one', () => {
  it('is left to the caption the alignment pairs: the demonstrated press, on the task\'s caption', async () => {
    const demo = await demonstrate('Enter Soren in the box, then click Save.', 'Soren', ['Save', 'Post'], 'Save');
    const plan = planDemonstration(demo, 'Enter Mira in the box, then press Post.');
    expect(plan.steps.some((step) => step.finalPress)).toBe(false);
    const { operator, result } = await follow(demo, 'Enter Mira in the box, then press Post.', ['Post', 'Save']);
    expect(operator.clicks).toEqual(['button-0']);
    expect(result.outcome.status).toBe('success');
  });

  it('is left to the alignment too when the demonstration pressed a control its task names mid-sentence', async () => {
    const demo = await demonstrate('Press Save when Soren is in the box.', 'Soren', ['Save', 'Post'], 'Save');
    const plan = planDemonstration(demo, 'Enter Mira in the box, then press Post.');
    expect(plan.steps.some((step) => step.finalPress)).toBe(false);
    // Pressed, but not named by its task: the press the task closes with is added.
    const unnamed = await demonstrate('Enter Soren in the box.', 'Soren', ['Save', 'Post'], 'Save');
    expect(planDemonstration(unnamed, 'Enter Mira in the box, then press Post.').steps.some((step) => step.finalPress)).toBe(true);
    // Named, but not as a press ("Save Soren …"): the press the task closes with is added too.
    const mentioned = await demonstrate('Save Soren in the box.', 'Soren', ['Save', 'Post'], 'Save');
    expect(planDemonstration(mentioned, 'Save Mira in the box, then press Post.').steps.some((step) => step.finalPress)).toBe(true);
  });
});

describe('a closing press the task names where the demonstration pressed one its task did not name', () => {
  it('presses only the task\'s caption, in place of the demonstrated press — never both', async () => {
    const demo = await demonstrate('Enter Soren in the box.', 'Soren', ['Save', 'Post'], 'Save');
    const { operator, result } = await follow(demo, 'Enter Mira in the box, then press Post.', ['Save', 'Post']);
    expect(operator.values.get('box')).toBe('Mira');
    expect(operator.clicks).toEqual(['button-1']);
    expect(result.outcome.status).toBe('success');
  });

  it('refuses, pressing nothing, when no button or several carry the task\'s caption', async () => {
    const demo = await demonstrate('Enter Soren in the box.', 'Soren', ['Save', 'Post'], 'Save');
    for (const captions of [['Save'], ['Save', 'Post', 'Post']]) {
      const { operator, result } = await follow(demo, 'Enter Mira in the box, then press Post.', captions);
      expect(operator.clicks).toEqual([]);
      expect(result.outcome.status).not.toBe('success');
    }
  });

  it('keeps a demonstrated press its task\'s verb names ("Add Oslo …" + Add), then adds the task\'s', async () => {
    const demo = await demonstrate('Add Soren to the box.', 'Soren', ['Add', 'Post'], 'Add');
    const { operator, result } = await follow(demo, 'Add Mira to the box, then press Post.', ['Add', 'Post']);
    expect(operator.clicks).toEqual(['button-0', 'button-1']);
    expect(result.outcome.status).toBe('success');
  });
});
