import { describe, expect, it } from 'vitest';
import { alignTasks } from '../align-tasks.js';
import { endListsAtPhrases, withoutPlaceTails } from './list-end.js';

const data = new Set(['peppers', 'olives', 'mushrooms', 'pineapple', 'ham', 'onions']);
const isData = (norm: string) => data.has(norm);

describe('a list ends where the sentence goes on', () => {
  it('cuts "delivered" (a participle before "to") off the toppings', () => {
    const slots = alignTasks('Please send 4 large pizzas topped with peppers and olives to 7 Mill Lane.', "I'd like two medium pizzas with peppers, delivered to 96 Station Road.", { isData }).slots;
    expect(slots.find((slot) => slot.list)).toMatchObject({ old: ['peppers', 'olives'], new: ['peppers'] });
  });

  it('keeps items that are data, items joined by "and", and a list with no phrase after it', () => {
    const list = { old: ['peppers', 'olives'], new: ['ham', 'roasted'], list: true, kind: 'text' as const };
    const alignment = { score: 0.6, anchors: 3, unpaired: [], slots: [list] };
    // "roasted" here is followed by no preposition: it may be an item.
    expect(endListsAtPhrases(alignment, 'Tick peppers and olives.', 'Tick ham, roasted.', isData).slots).toEqual([list]);
    // Followed by one, but the demonstration acted on such a word: data, not phrase.
    expect(endListsAtPhrases(alignment, 'Tick peppers and olives.', 'Tick ham, roasted with care.', (norm) => norm === 'roasted').slots).toEqual([list]);
    expect(endListsAtPhrases(alignment, 'Tick peppers and olives.', 'Tick ham, roasted with care.', isData).slots).toEqual([{ ...list, new: ['ham'] }]);
  });

  it('cuts "then" after a comma: it opens the next clause, it is no item', () => {
    const slots = alignTasks('Book the meeting room on Friday at 12:00; click Send.', 'Book the room on Wednesday at 09:00, then click Done.', { isData }).slots;
    expect(slots.filter((slot) => slot.list)).toEqual([]);
    expect(slots).toContainEqual(expect.objectContaining({ old: ['12:00'], new: ['09:00'], list: false }));
    const list = { old: ['peppers', 'olives'], new: ['ham', 'then'], list: true, kind: 'text' as const };
    const alignment = { score: 0.6, anchors: 3, unpaired: [], slots: [list] };
    expect(endListsAtPhrases(alignment, 'Tick peppers and olives.', 'Tick ham, then press Go.', isData).slots).toEqual([{ ...list, new: ['ham'], list: true }]);
  });
});

describe('a list\'s last item without the place it is picked from', () => {
  const list = (old: string[], now: string[]) => ({ score: 0.5, anchors: 2, unpaired: [], slots: [{ old, new: now, list: true, kind: 'text' as const }] });

  it('cuts "from the menu" off a named last item', () => {
    const cut = withoutPlaceTails(list(['Mac and Cheese', 'Tomato Soup from the menu'], ['Rice and Beans']), () => false);
    expect(cut.slots[0]).toMatchObject({ old: ['Mac and Cheese', 'Tomato Soup'], new: ['Rice and Beans'] });
    expect(withoutPlaceTails(list(['Cola'], ['Fish and Chips', 'Cola on the menu']), () => false).slots[0]!.new).toEqual(['Fish and Chips', 'Cola']);
  });

  it('keeps a lower-case item, a tail holding data, and a tail with no determiner', () => {
    const unchanged = [
      list(['milk', 'eggs from the shop'], ['tea']),
      list(['Mac and Cheese', 'Tomato Soup from the menu'], ['Rice']),
      list(['Anna', 'Bob from Accounts'], ['Cleo']),
    ];
    expect(withoutPlaceTails(unchanged[0]!, () => false)).toBe(unchanged[0]);
    // "menu" is data the demonstration acted on: no place of its own.
    expect(withoutPlaceTails(unchanged[1]!, (norm) => norm === 'menu')).toBe(unchanged[1]);
    expect(withoutPlaceTails(unchanged[2]!, () => false)).toBe(unchanged[2]);
  });
});

