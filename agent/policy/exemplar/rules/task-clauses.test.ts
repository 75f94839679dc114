import { describe, expect, it } from 'vitest';
import { splitClauses } from '../task-clauses.js';
import { narrowToTask, withoutClause } from './task-clauses.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** The text without its clause that begins with `opening`. */
function dropping(text: string, opening: string): string {
  const clause = splitClauses(text).find((candidate) => candidate.text.startsWith(opening));
  if (!clause) throw new Error(`no clause begins with ${JSON.stringify(opening)} in ${JSON.stringify(text)}`);
  return withoutClause(text, clause);
}

describe('withoutClause', () => {
  it('drops a clause with the joiner before it inside a sentence', () => {
    expect(dropping('Remove three pencils and add two more bulbs, then Update.', 'add')).toBe('Remove three pencils, then Update.');
    expect(dropping('Remove three pencils and add two more bulbs, then Update.', 'Update')).toBe('Remove three pencils and add two more bulbs.');
  });

  it('drops a clause that opens a sentence with the joiner after it, the next clause then opening the sentence', () => {
    const text = 'Can you set up a Family plan for Lena Moreau? Bill it yearly; the email is lena.moreau@example.org.';
    expect(dropping(text, 'Bill')).toBe('Can you set up a Family plan for Lena Moreau? The email is lena.moreau@example.org.');
    // A "then" joining the dropped clause to the next goes with it: the next clause opens the sentence.
    expect(dropping('Remove three pencils, then add two more bulbs and press Update.', 'Remove')).toBe('Add two more bulbs and press Update.');
    expect(dropping('Remove three pencils and add two more bulbs, then Update.', 'Remove')).toBe('Add two more bulbs, then Update.');
  });

  it('drops a clause that is a whole sentence with its closing mark, never leaving "?." behind', () => {
    const text = "Could you please refill my Amlodipine 5mg? 90 tablets, and I'll pick them up on 2 January 2025.";
    expect(dropping(text, '90')).toBe('Could you please refill my Amlodipine 5mg?');
    expect(dropping(text, 'Could')).toBe("90 tablets, and I'll pick them up on 2 January 2025.");
    const question = 'Can you set up a Family plan for Lena Moreau? Bill it yearly; the email is lena.moreau@example.org.';
    expect(dropping(question, 'Can')).toBe('Bill it yearly; the email is lena.moreau@example.org.');
  });

  it('keeps a closing quote the dropped sentence stood last in, after the sentence before it', () => {
    const text = 'From Omar: "can you put Quarterly planning in the calendar for 10/13 at 3:00 PM? Greta should come."';
    const clauses = splitClauses(text);
    expect(withoutClause(text, clauses[clauses.length - 1]!)).toBe('From Omar: "can you put Quarterly planning in the calendar for 10/13 at 3:00 PM?"');
    expect(dropping('Pick the date. Fill it in and hit Go.', 'Pick')).toBe('Fill it in and hit Go.');
  });

  it('leaves no lone full stop when the only clause goes', () => {
    expect(dropping('I need 90 more of Omeprazole 20mg ready for 05/17/2025.', 'I need')).toBe('');
  });

  it('keeps the text before the clause as it was, so earlier clauses keep their places', () => {
    const text = 'Pick Blue. Then tick Remember me, and press Save.';
    const clauses = splitClauses(text);
    const last = clauses[clauses.length - 1]!;
    const shortened = withoutClause(text, last);
    expect(shortened.slice(0, clauses[0]!.end)).toBe(text.slice(0, clauses[0]!.end));
  });
});

describe('narrowToTask: a field set on its own', () => {
  const page = (): WidgetSpec[] => [
    { key: 'pronouns', role: 'combobox', label: 'Pronouns', options: ['—', 'she/her', 'he/him', 'they/them'] },
    { key: 'bio', role: 'textbox', label: 'Bio' },
    { key: 'save', role: 'button', text: 'Save' },
  ];
  const demoTask = 'Change my bio to "Ask me about houseplants." And set my pronouns to she/her, please.';
  const record = () =>
    recordDemonstration(new WidgetPageOperator(page()), demoTask, (observation, step) =>
      [
        { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: 'she/her' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Bio').id }, text: 'Ask me about houseplants.', replace: true },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
      ][step],
    );

  it('leaves out the step of a field the task never mentions ("my pronouns" shares only "my" with "my bio")', async () => {
    const narrowed = narrowToTask(await record(), 'Change my bio to "Runner, reader."', []);
    expect(narrowed?.trajectory.steps.map((step) => step.action.type)).toEqual(['type', 'click']);
    expect(narrowed?.note).toMatch(/"set my pronouns to she\/her, please", which this task does not ask for: its step 1 left out/);
  });

  it('leaves nothing out when the clause the task lacks is all the demonstration’s task said: no demonstration of an empty text', async () => {
    const alone = await recordDemonstration(new WidgetPageOperator(page()), 'Change my bio to "Ask me about houseplants."', (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Bio').id }, text: 'Ask me about houseplants.', replace: true },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
      ][step],
    );
    expect(narrowToTask(alone, 'Press Save.', [])).toBeUndefined();
  });

  it('keeps it when the task names one of that field’s options in other words ("I go by they/them")', async () => {
    expect(narrowToTask(await record(), 'Change my bio to "Runner, reader." Also, I go by they/them now.', [])).toBeUndefined();
  });
});
