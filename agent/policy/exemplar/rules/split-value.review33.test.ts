/**
 * Review probes (session 33, review33) of split-value's addsToTyped and type-afresh, followed end to end on the note of
 * split-value.test.ts: the demonstration's bold word opened its note ("timber drizzle tundra quasar", "timber" bold),
 * typed into an empty field. On a note that already holds a draft, the run's first piece must type over the draft
 * and every later piece add to what the run typed — never the draft kept, never a piece wiped.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
const page = (value?: string): WidgetSpec[] => [
  { key: 'note', role: 'textbox', label: 'Note', ...(value !== undefined ? { value } : {}) },
  { key: 'done', role: 'button', text: 'Done' },
];
const task = (note: string, word: string) => `Type the note "${note}" with the word "${word}" in bold, then click Done.`;

async function demonstration() {
  const actions = (observation: Parameters<typeof find>[0]) => {
    const note = { elementId: find(observation, 'textbox').id };
    return [
      { type: 'click' as const, target: note },
      { type: 'press' as const, keys: 'Control+B' },
      { type: 'type' as const, text: 'timber', target: note },
      { type: 'press' as const, keys: 'Control+B' },
      { type: 'type' as const, text: ' drizzle tundra quasar', target: note },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Done').id } },
    ];
  };
  return recordDemonstration(new WidgetPageOperator(page()), task('timber drizzle tundra quasar', 'timber'), (observation, step) => actions(observation)[step]);
}

async function note(start: string | undefined, text: string, word: string) {
  const operator = new WidgetPageOperator(page(start));
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([await demonstration()]) }) }).run(task(text, word));
  return { status: result.outcome.status, reason: result.outcome.reason, note: operator.values.get('note') };
}

describe('a value typed in pieces, followed on a note holding a draft: review33 probes that hold', () => {
  it('types the new note whole over the draft, wherever the bold word falls', async () => {
    for (const [text, word] of [['cobalt umber hollow tundra', 'hollow'], ['hollow tundra cobalt', 'hollow']]) {
      const done = await note('old draft', text!, word!);
      expect(done, done.reason).toMatchObject({ status: 'success', note: text });
    }
  });
  it('types nothing when the bold word shows twice in the new note', async () => {
    const done = await note('draft', 'cobalt hollow cobalt', 'cobalt');
    expect(done).toMatchObject({ note: 'draft' });
    expect(done.status).not.toBe('success');
  });
});
