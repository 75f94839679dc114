/**
 * The page's own item names decide where a list with "and" splits: a name it
 * shows whole is one item, its parts are two when only they are shown, and a
 * page that shows both cannot decide (the plan is refused).
 */
import { describe, expect, it } from 'vitest';
import { tokenizeTask } from '../task-tokens.js';
import { valueSpans } from '../value-spans.js';
import { alignTasks } from '../align-tasks.js';
import { taskValueProblems } from './task-values.js';
import { joinNameSpans, joinPageNames, shownWholeNames } from './and-names.js';
import type { UIElement } from '../../../core/observation.js';

const shows = (...names: string[]) => (phrase: string) => names.some((name) => name.toLowerCase() === phrase.trim().toLowerCase());

describe('names the page shows whole across "and"', () => {
  it('makes one token of a name the page shows whole, whatever the words around it', () => {
    const text = 'Pick Salt and Pepper Chips, Cola, then press Go.';
    const { tokens, ambiguous } = joinPageNames(text, tokenizeTask(text), shows('Salt and Pepper Chips', 'Cola'));
    expect(tokens.map((token) => token.text)).toEqual(['Pick', 'Salt and Pepper Chips', ',', 'Cola', ',', 'then', 'press', 'Go', '.']);
    expect(ambiguous).toEqual([]);
  });

  it('leaves a list of separate items as it is', () => {
    const text = 'Pick Cola and Brownie, then press Go.';
    const { tokens } = joinPageNames(text, tokenizeTask(text), shows('Cola', 'Brownie', 'Cola and Lime'));
    expect(tokens.filter((token) => token.kind === 'separator').map((token) => token.text)).toEqual(['and', ',']);
  });

  it('reports a phrase the page names whole and in parts, and leaves it unjoined', () => {
    const text = 'Select Fish and Chips from the menu.';
    const { tokens, ambiguous } = joinPageNames(text, tokenizeTask(text), shows('Fish', 'Chips', 'Fish and Chips'));
    expect(tokens.some((token) => token.text === 'Fish and Chips')).toBe(false);
    expect(ambiguous).toEqual([[['Fish and Chips'], ['Fish', 'Chips']]]);
  });

  it('joins typed names the same way', () => {
    const text = 'Pick Green Salad and Spaghetti and Meatballs, then press Go.';
    const joined = joinNameSpans(text, valueSpans(text), shows('Green Salad', 'Spaghetti and Meatballs'));
    expect(joined.filter((span) => span.type === 'name').map((span) => span.value)).toEqual(['Green Salad', 'Spaghetti and Meatballs', 'Go']);
  });
});

describe('the alignment reads lists by the page names', () => {
  const demo = 'Select Mac and Cheese, Tomato Soup from the menu, then click Submit.';
  const acted = shows('Mac and Cheese', 'Tomato Soup', 'Submit');

  it('pairs a list of two demonstrated dishes with one dish named with "and"', () => {
    const alignment = alignTasks(demo, 'Select Spaghetti and Meatballs from the menu, then click Submit.', { names: { old: acted, new: shows('Spaghetti and Meatballs', 'Cola') } });
    expect(alignment.slots).toEqual([expect.objectContaining({ old: ['Mac and Cheese', 'Tomato Soup'], new: ['Spaghetti and Meatballs'], list: true })]);
    // Without the page, the words alone cut the dish in two (and end the list at its "and", dropping "Cola").
    const task = 'Select Spaghetti and Meatballs, Cola from the menu, then click Submit.';
    expect(alignTasks(demo, task).slots[0]!.new).toEqual(['Spaghetti', 'Meatballs']);
    expect(alignTasks(demo, task, { names: { old: acted, new: shows('Spaghetti and Meatballs', 'Cola') } }).slots[0]!.new).toEqual(['Spaghetti and Meatballs', 'Cola']);
  });

  it('refuses a list the page reads two ways, saying so', () => {
    const task = 'Select Fish and Chips from the menu, then click Submit.';
    const alignment = alignTasks(demo, task, { names: { old: acted, new: shows('Fish', 'Chips', 'Fish and Chips') } });
    const problems = taskValueProblems({ demoTask: demo, task, alignment, unusedSlots: [], stepStrings: ['Mac and Cheese', 'Tomato Soup', 'Submit'] });
    const problem = problems.find((found) => /can be read as one item/.test(found.text));
    expect(problem).toMatchObject({ blocking: true });
    expect(problem!.text).toContain('"Fish and Chips" can be read as one item or as "Fish" and "Chips"');
  });
});

describe('shownWholeNames: the names the page shows whole', () => {
  const shown = (text: string, label?: string): UIElement => ({ id: 1, role: 'checkbox', tag: 'input', text, ...(label ? { label } : {}), states: {}, source: 'dom', interactive: true }) as UIElement;
  it('names a caption or label whole, spacing- and case-blind, never the task sentence the page shows in its instruction band', () => {
    const task = 'Tick Fish and Chips on the menu and hit Done.';
    const isName = shownWholeNames([shown('', 'Fish and Chips'), shown(task), shown('Tick Fish and Chips on the menu and hit Done')], task);
    expect(isName('fish  and chips')).toBe(true);
    expect(isName('Fish')).toBe(false);
    expect(isName(task)).toBe(false);
    expect(isName('Tick Fish and Chips on the menu and hit Done')).toBe(false);
  });
});
