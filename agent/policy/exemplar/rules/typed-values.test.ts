import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { typedValueProblem } from './typed-values.js';

const text = (id: number, shown: string): UIElement => ({ id, role: 'text', text: shown, states: {}, box: { x: 0, y: 20 * id, width: 100, height: 18 }, source: 'dom', interactive: false });

describe('typedValueProblem: a typed value comes from the task or the page', () => {
  const base = { demonstrated: '7', demoTask: 'Increase the quantity by 2 and press Refresh.' };

  it('takes a number from the task or the page only whole, not inside a longer number', () => {
    const page = [text(1, 'Tickets (17 €)'), text(2, 'Total: 70 €')];
    expect(typedValueProblem({ ...base, text: '7', task: 'Lower the quantity by 2 and press Refresh.', elements: page })).toMatch(/neither in the task nor on the screen/);
    expect(typedValueProblem({ ...base, text: '7', task: 'Lower the quantity by 2 and press Refresh.', elements: [...page, text(3, 'Stock: 7')] })).toBeUndefined();
    expect(typedValueProblem({ ...base, text: '7', task: 'Set it to 7 and press Refresh.', elements: page })).toBeUndefined();
    // A number glued to a caption is still that number ("Inbox7").
    expect(typedValueProblem({ ...base, text: '7', task: 'Press Refresh.', elements: [text(1, 'Inbox7')] })).toBeUndefined();
  });

  it('still finds a text inside a longer text', () => {
    expect(typedValueProblem({ demonstrated: 'Smith', demoTask: 'Copy the last name.', text: 'Jones', task: 'Copy the last name.', elements: [text(1, 'Name: Anna Jones')] })).toBeUndefined();
  });

  it("takes the hour of the task's time on either clock, and no other hour", () => {
    const demo = { demonstrated: '12', demoTask: 'Set an alarm for 12:25 PM every weekday.', elements: [] };
    // "08" on a 0–23 hour list for "8:25 AM"; "21" on it for "9:50 PM".
    expect(typedValueProblem({ ...demo, text: '08', task: 'Set an alarm for 8:25 AM every day.' })).toBeUndefined();
    expect(typedValueProblem({ ...demo, text: '21', task: 'Set an alarm for 9:50 PM every day.' })).toBeUndefined();
    expect(typedValueProblem({ ...demo, text: '9', task: 'Name: Gym. Time: 21:50.' })).toBeUndefined();
    // An hour the task's time is not.
    expect(typedValueProblem({ ...demo, text: '20', task: 'Set an alarm for 9:50 PM every day.' })).toMatch(/does not give/);
  });
});

