/**
 * A value the demonstration's task wrote with a place glued on (""Kasie"
 * into the text field") against a bare value ("Z"): the values pair, the
 * place is wording. The other way round the plan is refused.
 */
import { describe, expect, it } from 'vitest';
import { alignTasks } from '../align-tasks.js';
import { taskValueProblems } from './task-values.js';

const quoted = 'Enter "Kasie" into the text field and press Submit.';

describe('a place glued to the demonstration\'s value', () => {
  it('pairs "Kasie" with the bare value of "Enter Z, press Submit" and "Type 42 then click Submit"', () => {
    expect(alignTasks(quoted, 'Enter Z, press Submit').slots).toEqual([expect.objectContaining({ old: ['Kasie'], new: ['Z'], list: false })]);
    expect(alignTasks(quoted, 'Enter Z, press Submit').score).toBeGreaterThan(0.5);
    expect(alignTasks(quoted, 'Enter 42, press Submit').slots).toEqual([expect.objectContaining({ old: ['Kasie'], new: ['42'] })]);
  });

  it('keeps a place that names a field, or one the steps acted on', () => {
    expect(alignTasks('Enter "Kasie" into the Notes field and press Submit.', 'Enter Z, press Submit').slots[0]!.old[0]).toContain('Notes');
    expect(alignTasks(quoted, 'Enter Z, press Submit', { isData: (norm) => norm === 'text' }).slots[0]!.old[0]).toContain('text field');
  });

  it('refuses a new task that glues a place the demonstration did not have to its value', () => {
    const task = 'Enter "Kasie" into the text field and press Submit.';
    const demoTask = 'Enter Z, press Submit';
    const alignment = alignTasks(demoTask, task);
    const problems = taskValueProblems({ demoTask, task, alignment, unusedSlots: [], stepStrings: ['Z', 'Submit'] });
    expect(problems).toEqual([expect.objectContaining({ blocking: true, text: expect.stringContaining('is the value "Kasie" with words about where it goes') })]);
  });
});
