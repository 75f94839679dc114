/**
 * rules/offered-choice.ts: "or" read as a choice the task leaves to a person — refused unless the demonstration's
 * task offered the same choice at the same place — and the "or"s that offer none (a bound, an idiom, a caption the
 * page shows whole, a quoted text, a word holding the letters).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { alignTasks } from '../align-tasks.js';
import { choiceOrs, offeredChoiceProblem } from './offered-choice.js';

const shown = (texts: readonly string[], options: readonly string[] = []): UIElement[] => [
  ...texts.map((text, index) => ({ id: index + 1, role: 'button', text, box: { x: 0, y: index * 30, width: 80, height: 24 }, interactive: true, states: {} }) as UIElement),
  ...(options.length > 0 ? [{ id: 99, role: 'combobox', text: '', label: 'Drink', options: [...options], box: { x: 0, y: 400, width: 80, height: 24 }, interactive: true, states: {} } as UIElement] : []),
];
const phrases = (text: string, page: UIElement[] = []) => choiceOrs(text, page).map((choice) => choice.phrase);
const problem = (demoTask: string, task: string, page: UIElement[] = []) => offeredChoiceProblem({ demoTask, task, slots: alignTasks(demoTask, task).slots, page })?.text;

describe('choiceOrs', () => {
  it('reads "or" between items, between settings and before an alternative list as a choice, quoting it', () => {
    expect(phrases('Pack wool socks, sun hat or sunglasses.')).toEqual(['sun hat or sunglasses']);
    expect(phrases('Could you put sunglasses or wool socks in my bag, please?')).toEqual(['sunglasses or wool socks']);
    expect(phrases("I'd like activity history or contact sync on from now.")).toEqual(['activity history or contact sync']);
    expect(phrases('Pack wool socks, sun hat and sunglasses, or just the socks.')).toEqual(['sunglasses, or just the socks']);
    expect(phrases('Call Sam or text him.')).toHaveLength(1);
  });
  it('reads no choice in a bound, an idiom, "and / or", a quoted text or a word holding the letters', () => {
    for (const text of [
      'Book a table for 2 or more guests.',
      'Open the folder with 14 or more unread messages.',
      'Book a table at 8 pm or later.',
      'Wait a minute or so, then press Go.',
      'Save the draft now, or else it is lost.',
      'Tell me whether or not the alarm is on.',
      'Tick sunglasses and / or the sun hat.',
      'Tick sunglasses and/or the sun hat.',
      'Type "tea or coffee" into the note.',
      'Ship it to Oregon for Victor.',
    ]) expect(phrases(text), text).toEqual([]);
  });
  it('reads no choice in a caption the page shows whole, unless the page shows both sides alone as well', () => {
    expect(phrases('Choose tea or coffee as the drink.', shown([], ['Choose…', 'Tea or coffee', 'Juice']))).toEqual([]);
    expect(phrases('Print it in color or grayscale.', shown(['Color or grayscale', 'Print']))).toEqual([]);
    expect(phrases('Choose tea or coffee as the drink.', shown([], ['Tea or coffee', 'Tea', 'Coffee']))).toEqual(['tea or coffee']);
    expect(phrases('Choose tea or juice as the drink.', shown([], ['Tea or coffee', 'Juice']))).toEqual(['tea or juice']);
  });
});

describe('offeredChoiceProblem', () => {
  it('refuses a choice where the demonstration\'s task said "and"', () => {
    expect(problem('Pack wool socks, sun hat and sunglasses.', 'Pack wool socks, sun hat or sunglasses.')).toBe(
      'the task offers a choice ("sun hat or sunglasses"), and which to take is for a person to decide: the demonstration\'s task offered none there',
    );
    expect(problem('Could you put sunglasses and wool socks in my bag, please?', 'Could you put sunglasses or wool socks in my bag, please?')).toContain('"sunglasses or wool socks"');
  });
  it('follows the same choice at the same place: the same words around "or", or a list joined by "or" in both', () => {
    expect(problem('Send Ada the invoice by e-mail or by post.', 'Send Bo the invoice by e-mail or by post.')).toBeUndefined();
    expect(problem('Pack sunglasses or wool socks.', 'Pack passport or sun hat.')).toBeUndefined();
  });
  it('refuses a choice at another place than the demonstration\'s', () => {
    expect(problem('Pack sunglasses or wool socks, and the passport.', 'Pack sunglasses and wool socks, and the passport or the sun hat.')).toContain('"passport or the sun hat"');
  });
  it('leaves a text with no choice alone', () => {
    expect(problem('Pack wool socks, sun hat and sunglasses.', 'Pack passport, beach towel and sun hat.')).toBeUndefined();
  });
});
