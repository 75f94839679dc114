import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

const page = (): WidgetSpec[] => [
  { key: 'note', role: 'textbox', label: 'Note' },
  { key: 'done', role: 'button', text: 'Done' },
];
const task = (note: string, word: string) => `Type the note "${note}" with the word "${word}" in bold, then click Done.`;

/** A person formatting while typing: the words before the bold one, Ctrl+B, the word, Ctrl+B, the rest. */
async function recordNote(note: string, word: string) {
  const start = note.indexOf(word);
  const pieces = [note.slice(0, start), word, note.slice(start + word.length)];
  const actions = (observation: Parameters<typeof find>[0]) => [
    { type: 'click' as const, target: { elementId: find(observation, 'textbox').id } },
    ...(pieces[0] ? [{ type: 'type' as const, text: pieces[0] }] : []),
    { type: 'press' as const, keys: 'Control+B' },
    { type: 'type' as const, text: pieces[1]! },
    { type: 'press' as const, keys: 'Control+B' },
    ...(pieces[2] ? [{ type: 'type' as const, text: pieces[2] }] : []),
    { type: 'click' as const, target: { elementId: find(observation, 'button', 'Done').id } },
  ];
  return recordDemonstration(new WidgetPageOperator(page()), task(note, word), (observation, step) => actions(observation)[step]);
}

async function runOffline(memory: InMemoryExemplars, text: string) {
  const operator = new WidgetPageOperator(page());
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(text);
  return { operator, result };
}

describe('a value typed in pieces around another value', () => {
  it('cuts the new value at the new word, wherever it falls, leaving out an empty piece', async () => {
    const memory = new InMemoryExemplars([await recordNote('wharf juniper bramble tundra', 'juniper')]);
    for (const [note, word] of [
      ['umber walnut lichen violet', 'umber'],
      ['nimbus orchid juniper', 'orchid'],
      ['compass vortex umber', 'umber'],
    ] as const) {
      const { operator, result } = await runOffline(memory, task(note, word));
      expect(result.outcome.status).toBe('success');
      expect(operator.values.get('note')).toBe(note);
      // The word is typed alone, between the two presses that switch bold on and off.
      const typed = operator.executed.flatMap((action) => (action.type === 'type' ? [action.text] : action.type === 'press' ? ['|'] : []));
      expect(typed.join('').split('|')[1]).toBe(word);
      expect(typed).not.toContain('');
    }
  });

  it('types the part the demonstration had no piece for outside the keys that switched the word on and off', async () => {
    // The bold word closed one demonstrated note and opened another; in these, words come after it and before it.
    for (const [demoNote, demoWord, note, word] of [
      ['yonder timber meteor', 'meteor', 'tundra zephyr willow', 'zephyr'],
      ['meteor yonder timber', 'meteor', 'tundra zephyr willow', 'zephyr'],
    ] as const) {
      const memory = new InMemoryExemplars([await recordNote(demoNote, demoWord)]);
      const { operator, result } = await runOffline(memory, task(note, word));
      expect(result.outcome.status).toBe('success');
      expect(operator.values.get('note')).toBe(note);
      const typed = operator.executed.flatMap((action) => (action.type === 'type' ? [action.text] : action.type === 'press' ? ['|'] : []));
      expect(typed.join('')).toBe('tundra |zephyr| willow');
    }
  });

  it('refuses when no keys bracket the word to tell where the rest goes', async () => {
    // Typed the words, switched bold on and typed the last word, never switched it off: after it is a guess.
    const actions = (observation: Parameters<typeof find>[0]) => [
      { type: 'click' as const, target: { elementId: find(observation, 'textbox').id } },
      { type: 'type' as const, text: 'yonder timber ' },
      { type: 'press' as const, keys: 'Control+B' },
      { type: 'type' as const, text: 'meteor' },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Done').id } },
    ];
    const demonstration = await recordDemonstration(new WidgetPageOperator(page()), task('yonder timber meteor', 'meteor'), (observation, step) => actions(observation)[step]);
    const { operator, result } = await runOffline(new InMemoryExemplars([demonstration]), task('tundra zephyr willow', 'zephyr'));
    expect(result.outcome.status).toBe('failed');
    expect(operator.values.get('note') ?? '').toBe('');
    expect(result.outcome.reason).toContain('typed nothing after "meteor"');
    expect(result.outcome.reason).toContain('"willow"');
  });

  it('refuses a word the new value does not hold, or holds twice', async () => {
    const demonstration = await recordNote('wharf juniper bramble', 'juniper');
    const absent = planDemonstration(demonstration, task('umber walnut lichen', 'oyster'));
    expect(absent.problems.some((problem) => problem.blocking && problem.text.includes('"oyster" is not part of its "umber walnut lichen"'))).toBe(true);
    const twice = planDemonstration(demonstration, task('umber walnut umber', 'umber'));
    expect(twice.problems.some((problem) => problem.blocking && problem.text.includes('shows 2 times'))).toBe(true);
  });

  // Found by teaching on format-note seeds 28, 29 (wronghunt33): the demonstration's bold word opened its note, typed
  // into the empty field; the piece added before this task's bold word was typed, then the bold word typed over it
  // (rules/type-afresh.ts: the demonstrated field was empty) — the note held "hollow tundra".
  it('adds the bold word to the piece typed before it when the demonstration typed its pieces into the field it named', async () => {
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
    const demonstration = await recordDemonstration(new WidgetPageOperator(page()), task('timber drizzle tundra quasar', 'timber'), (observation, step) => actions(observation)[step]);
    const { operator, result } = await runOffline(new InMemoryExemplars([demonstration]), task('cobalt umber hollow tundra', 'hollow'));
    expect(result.outcome.status).toBe('success');
    expect(operator.values.get('note')).toBe('cobalt umber hollow tundra');
    expect(operator.executed.some((action) => action.type === 'type' && action.replace)).toBe(false);
  });
});
