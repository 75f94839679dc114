import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import { chosenGroupProblem, groupedChoice, groupToChoose, namedGroups } from './option-group.js';

const box = { x: 0, y: 0, width: 10, height: 10 };
const element = (id: number, role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({ id, role, text, states: {}, box, source: 'dom', interactive: true, ...extra });
const select = element(1, 'combobox', '', { options: ['Soup', 'Salad', 'Soup', 'Steak'], optionGroups: ['Lunch', 'Lunch', 'Dinner', 'Dinner'] });
const grounded = (action: Action) => ({ ok: true as const, action, score: 0.9, reason: 'found' });
const pick: Action = { type: 'select', target: { elementId: 1 }, option: 'Soup', group: 'Lunch' };

describe('namedGroups', () => {
  it('reads a group by its whole name or the words only it has, in any letter case', () => {
    expect(namedGroups('Order Soup for dinner', ['Lunch', 'Dinner'], 'Soup')).toEqual(['Dinner']);
    expect(namedGroups('From the lunch list', ['Lunch specials', 'Dinner specials'], 'Soup')).toEqual(['Lunch specials']);
    expect(namedGroups('Choose Soup', ['Lunch', 'Dinner'], 'Soup')).toEqual([]);
  });
});

describe('groupToChoose', () => {
  it('takes the named group that holds the option, refuses a named group without it, and an unnamed choice among several', () => {
    expect(groupToChoose('Soup for dinner', 'Soup', ['Lunch', 'Dinner'], ['Lunch', 'Dinner'])).toEqual({ group: 'Dinner' });
    expect(groupToChoose('Steak for lunch', 'Steak', ['Dinner'], ['Lunch', 'Dinner'])).toEqual({ problem: expect.stringContaining('"Lunch", which holds no "Steak"') });
    expect(groupToChoose('Choose Soup', 'Soup', ['Lunch', 'Dinner'], ['Lunch', 'Dinner'])).toEqual({ problem: '"Soup" is under "Lunch" and "Dinner", and the task does not say which' });
    expect(groupToChoose('Choose Steak', 'Steak', ['Dinner'], ['Lunch', 'Dinner'])).toEqual({ group: 'Dinner' });
  });
});

describe('groupedChoice', () => {
  it('re-grounds a demonstrated select under the group the new task names', () => {
    const result = groupedChoice(grounded(pick), [select], 'Choose Soup from the Dinner menu');
    expect(result).toMatchObject({ ok: true, action: { type: 'select', option: 'Soup', group: 'Dinner' } });
  });

  it('refuses, naming the groups, when the task names none of the groups holding the option', () => {
    const result = groupedChoice(grounded(pick), [select], 'Choose Soup');
    expect(result).toEqual({ ok: false, score: 0, reason: '"Soup" is under "Lunch" and "Dinner", and the task does not say which' });
  });

  it('moves a click on an option of a list box to the same option under the named heading', () => {
    const elements = [element(5, 'option', 'Oslo', { group: 'Monday' }), element(6, 'option', 'Porto', { group: 'Monday' }), element(7, 'option', 'Oslo', { group: 'Friday' })];
    const click: Action = { type: 'click', target: { elementId: 5 } };
    expect(groupedChoice(grounded(click), elements, 'Book Oslo for Friday')).toMatchObject({ ok: true, action: { target: { elementId: 7 } } });
    expect(groupedChoice(grounded(click), elements, 'Book Oslo for Monday')).toMatchObject({ ok: true, action: { target: { elementId: 5 } } });
    expect(groupedChoice(grounded(click), elements, 'Book Oslo').ok).toBe(false);
  });

  it('refuses an option chosen under a heading grounded onto an element that is no option', () => {
    const elements = [element(2, 'text', 'Book Oslo for Friday')];
    const click: Action = { type: 'click', target: { elementId: 2 } };
    const demonstrated = { role: 'option', text: 'Bremen', group: 'Tuesday', box };
    expect(groupedChoice(grounded(click), elements, 'Book Oslo for Friday', demonstrated).ok).toBe(false);
  });

  it('leaves steps on ungrouped elements alone', () => {
    const plain = element(3, 'combobox', '', { options: ['Red', 'Blue'] });
    const action: Action = { type: 'select', target: { elementId: 3 }, option: 'Red' };
    expect(groupedChoice(grounded(action), [plain], 'Choose Red')).toEqual(grounded(action));
  });
});

describe('chosenGroupProblem (completeness)', () => {
  it('says when the list shows the option under another group than the one chosen', () => {
    expect(chosenGroupProblem({ ...select, value: 'Soup', group: 'Lunch' }, { ...pick, group: 'Dinner' })).toContain('under "Lunch", not under "Dinner"');
    expect(chosenGroupProblem({ ...select, value: 'Soup', group: 'Dinner' }, { ...pick, group: 'Dinner' })).toBeUndefined();
  });
});
