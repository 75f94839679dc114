/**
 * A toolbar of wordless icons told apart by their class only (ql-bold,
 * ql-italic, ql-underline): the icon the new task names by word is clicked,
 * never the demonstrated one again; an icon repeated on every row is no
 * toolbar button and is left to the other rules.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { sameStem } from '../word-forms.js';

const toolbar = (order: string[]): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Style the text' },
  ...order.map((style, index) => ({ key: style, role: 'button', x: 10 + 30 * index, attributes: { class: `ql-${style}` } })),
  { key: 'submit', role: 'button', text: 'Submit' },
];

async function demonstrate(task: string, style: string) {
  return recordDemonstration(new WidgetPageOperator(toolbar(['bold', 'italic', 'underline'])), task, (observation, step) => {
    const wanted = step === 0 ? observation.elements.find((element) => element.attributes?.['class'] === `ql-${style}`) : step === 1 ? observation.elements.find((element) => element.text === 'Submit') : undefined;
    return wanted ? { type: 'click', target: { elementId: wanted.id } } : undefined;
  });
}

describe('a wordless toolbar icon named by the word its class carries', () => {
  it('clicks the icon the new task names, wherever it sits, not the demonstrated one', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Give everything the style italics and press Submit.', 'italic')]);
    const operator = new WidgetPageOperator(toolbar(['underline', 'bold', 'italic']));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Give everything the style bold and press Submit.');
    expect(operator.clicks).toEqual(['bold', 'submit']);
    expect(result.outcome.status).toBe('success');
  });

  it('refuses when no icon carries the word', async () => {
    const memory = new InMemoryExemplars([await demonstrate('Give everything the style italics and press Submit.', 'italic')]);
    const operator = new WidgetPageOperator(toolbar(['underline', 'italic']));
    await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Give everything the style bold and press Submit.');
    expect(operator.clicks).toEqual([]);
  });

  it('reads a word and its short endings as one', () => {
    expect([sameStem('italic', 'italics'), sameStem('underline', 'underlined'), sameStem('bold', 'bold')]).toEqual([true, true, true]);
    expect([sameStem('bold', 'italic'), sameStem('ql', 'qlx'), sameStem('star', 'starting')]).toEqual([false, false, false]);
  });
});
