import { describe, expect, it } from 'vitest';
import type { Action } from '../../core/action.js';
import type { ActionResult } from '../../core/operator.js';
import { Runner } from '../../runner/runner.js';
import { checkableName, checkedOf } from './checked-glyphs.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { planDemonstration } from './plan-demonstration.js';
import { recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

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

const list = (items: Record<string, boolean>): WidgetSpec[] => [
  ...Object.entries(items).map(([name, ticked]) => ({ key: name, role: 'button', text: `${ticked ? '☑' : '☐'}${name}`, parent: 'list' })),
  { key: 'done', role: 'button', text: 'Done' },
];
const task = (names: string[]) => `Mark ${names.map((name) => `"${name}"`).join(' and ')} as bought (only those), then press Done.`;

describe('a toggle that shows only the first letters of its name', () => {
  it('is named by the word its accessible name or title spells out: the two "T"s of a day row are Tuesday and Thursday', () => {
    expect(checkableName({ text: 'T', label: 'Tuesday' })).toBe('tuesday');
    expect(checkableName({ text: 'T', label: 'Thursday' })).toBe('thursday');
    expect(checkableName({ text: 'Sat', label: 'Saturday' })).toBe('saturday');
    expect(checkableName({ text: 'S', attributes: { title: 'Sunday' } })).toBe('sunday');
  });
  it('keeps its own text where the label is no spelling out of it', () => {
    expect(checkableName({ text: 'T', label: 'Monday' })).toBe('t');
    expect(checkableName({ text: 'Milk', label: 'Milk and eggs' })).toBe('milk');
    expect(checkableName({ text: 'Email', label: 'Emails' })).toBe('email');
    expect(checkableName({ text: 'Wi', label: 'Wi-Fi' })).toBe('wi');
  });
  it('reads a switch showing its state as that state, never as short for its label ("No" labelled Notifications)', () => {
    expect(checkableName({ text: 'No', label: 'Notifications' })).toBe('no');
    expect(checkableName({ text: 'Off', label: 'Offline' })).toBe('off');
    expect(checkableName({ text: 'On', attributes: { title: 'Online' } })).toBe('on');
    expect(checkableName({ text: 'No', label: 'November' })).toBe('no');
  });
  it('spells out only day and month names: other one-word labels leave the shown letters as the name', () => {
    expect(checkableName({ text: 'Dis', label: 'Disabled' })).toBe('dis');
    expect(checkableName({ text: 'A', label: 'Archive' })).toBe('a');
    expect(checkableName({ text: 'Jan', label: 'January' })).toBe('january');
  });
});

describe('checked state shown by a ballot box', () => {
  it('reads ☐ / ☑ in front of a name as the checked state, and the name without it', () => {
    const element = (text: string) => ({ text, states: {} });
    expect(checkedOf(element('☑ milk'))).toBe(true);
    expect(checkedOf(element('☐milk'))).toBe(false);
    expect(checkedOf(element('✓ Done'))).toBeUndefined();
    expect(checkedOf({ text: '☐ x', states: { checked: true } })).toBe(true);
    expect(checkableName({ text: '☑ Milk' })).toBe('milk');
  });

  it('makes exactly the named items ticked, unticking one the new list starts with', async () => {
    // In the demonstration "milk" was ticked already: only "apples" was clicked.
    const demoPage = new GlyphList(list({ tea: false, apples: false, milk: true }));
    const demo = await recordDemonstration(demoPage, task(['milk', 'apples']), (observation, step) => {
      const name = ['☐apples', 'Done'][step];
      const element = observation.elements.find((candidate) => candidate.text === name);
      return element ? { type: 'click', target: { elementId: element.id } } : undefined;
    });
    expect(planDemonstration(demo, task(['butter'])).steps[0]!.ensureChecked).toEqual({ role: 'button', names: ['butter'] });
    const operator = new GlyphList(list({ tea: false, lentils: true, butter: false, eggs: false }));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task(['butter']));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.ticked()).toEqual(['butter']);
    expect(operator.clicks.at(-1)).toBe('done');
  });
});
