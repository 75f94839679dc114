import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { ActionResult } from '../../../core/operator.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** A shopping list whose items are buttons drawn "☐ name" / "☑ name"; a click flips the box. */
class GlyphList extends WidgetPageOperator {
  constructor(private readonly specs: WidgetSpec[]) {
    super(specs);
  }
  override async execute(action: Action): Promise<ActionResult> {
    const before = this.clicks.length;
    const result = await super.execute(action);
    const key = this.clicks.length > before ? this.clicks.at(-1) : undefined;
    const spec = this.specs.find((candidate) => candidate.key === key);
    if (spec?.text?.startsWith('☐')) spec.text = `☑${spec.text.slice(1)}`;
    else if (spec?.text?.startsWith('☑')) spec.text = `☐${spec.text.slice(1)}`;
    return result;
  }
  ticked(): string[] {
    return this.specs.filter((spec) => spec.text?.startsWith('☑')).map((spec) => spec.key);
  }
}

const list = (items: Record<string, boolean>, caption: string): WidgetSpec[] => [
  ...Object.entries(items).map(([name, ticked]) => ({ key: name, role: 'button', text: `${ticked ? '☑' : '☐'}${name}`, parent: 'list' })),
  { key: 'done', role: 'button', text: caption },
];
const task = (names: string[], caption: string) => `Mark ${names.map((name) => `"${name}"`).join(' and ')} as bought (only those), then press ${caption}.`;

async function demonstrate(clicked: string[]) {
  // "milk" was ticked already: only "apples" was clicked.
  const page = new GlyphList(list({ tea: false, apples: false, milk: true, onions: false }, 'Done'));
  return recordDemonstration(page, task(['milk', 'apples'], 'Done'), (observation, step) => {
    const name = [...clicked, 'Done'][step];
    const element = observation.elements.find((candidate) => candidate.text === name);
    return element ? { type: 'click', target: { elementId: element.id } } : undefined;
  });
}

describe('names paired one by one as one checked set', () => {
  it('plans "exactly these checked" for two names the alignment paired as separate slots', async () => {
    const demo = await demonstrate(['☐apples']);
    const plan = planDemonstration(demo, task(['onions', 'lentils'], 'Submit'));
    expect(plan.problems).toEqual([]);
    expect(plan.steps[0]!.ensureChecked).toEqual({ role: 'button', names: ['onions', 'lentils'] });
    // The caption is no member of the set: it stays a binding of the final click.
    expect(plan.steps[1]!.bindings).toContainEqual({ old: 'Done', new: 'Submit' });
  });

  it('ticks exactly the new names on a page that starts with another one ticked', async () => {
    const demo = await demonstrate(['☐apples']);
    const operator = new GlyphList(list({ lentils: false, eggs: true, onions: false, tea: false }, 'Submit'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task(['onions', 'lentils'], 'Submit'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.ticked().sort()).toEqual(['lentils', 'onions']);
    expect(operator.clicks.at(-1)).toBe('done');
  });

  it('forms no set when the demonstration left another item ticked too', async () => {
    // Ticking apples and onions leaves {milk, apples, onions}: not the named set.
    const demo = await demonstrate(['☐apples', '☐onions']);
    const plan = planDemonstration(demo, task(['eggs', 'lentils'], 'Submit'));
    expect(plan.steps.some((planned) => planned.ensureChecked)).toBe(false);
  });
});
