/**
 * rules/offered-choice.ts: "or" read as a choice the task leaves to a person — refused unless the demonstration's
 * task offered the same choice at the same place — and the "or"s that offer none (a bound, an idiom, a caption the
 * page shows whole, a quoted text, a word holding the letters).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';
import { choiceOrs, offeredChoiceProblem } from './offered-choice.js';

const shown = (texts: readonly string[], options: readonly string[] = []): UIElement[] => [
  ...texts.map((text, index) => ({ id: index + 1, role: 'button', text, box: { x: 0, y: index * 30, width: 80, height: 24 }, interactive: true, states: {} }) as UIElement),
  ...(options.length > 0 ? [{ id: 99, role: 'combobox', text: '', label: 'Drink', options: [...options], box: { x: 0, y: 400, width: 80, height: 24 }, interactive: true, states: {} } as UIElement] : []),
];
const phrases = (text: string, page: UIElement[] = []) => choiceOrs(text, page).map((choice) => choice.phrase);
const problem = (demoTask: string, task: string, page: UIElement[] = []) => offeredChoiceProblem({ demoTask, task, page })?.text;

describe('choiceOrs', () => {
  it('reads "or" between items, between settings and before an alternative list as a choice, quoting it', () => {
    expect(phrases('Pack wool socks, sun hat or sunglasses.')).toEqual(['Pack wool socks, sun hat or sunglasses']);
    expect(phrases('Could you put sunglasses or wool socks in my bag, please?')).toEqual(['sunglasses or wool socks']);
    expect(phrases("I'd like activity history or contact sync on from now.")).toEqual(['activity history or contact sync']);
    expect(phrases('Pack wool socks, sun hat and sunglasses, or just the socks.')).toEqual(['Pack wool socks, sun hat and sunglasses, or just the socks']);
    expect(phrases('Pack sun hat or sunglasses, then press Done.')).toEqual(['Pack sun hat or sunglasses']);
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
    // The instruction band shows the task itself: no caption.
    expect(phrases('Pack sun hat or sunglasses', shown(['Pack sun hat or sunglasses', 'Done']))).toEqual(['Pack sun hat or sunglasses']);
    expect(phrases('Pack sun hat or sunglasses.', shown(['Task: Pack sun hat or sunglasses.', 'Done']))).toEqual(['Pack sun hat or sunglasses']);
  });
});

describe('offeredChoiceProblem', () => {
  it('refuses a choice where the demonstration\'s task said "and"', () => {
    expect(problem('Pack wool socks, sun hat and sunglasses.', 'Pack wool socks, sun hat or sunglasses.')).toBe(
      'the task offers a choice ("Pack wool socks, sun hat or sunglasses"), and which to take is for a person to decide: the demonstration\'s task offered none there',
    );
    expect(problem('Could you put sunglasses and wool socks in my bag, please?', 'Could you put sunglasses or wool socks in my bag, please?')).toContain('"sunglasses or wool socks"');
  });
  it('follows the same list around the same "or", whatever else differs', () => {
    expect(problem('Send Ada the invoice by e-mail or by post.', 'Send Bo the invoice by e-mail or by post.')).toBeUndefined();
    expect(problem('Pack sun hat or sunglasses.', 'Pack sun hat or sunglasses, please.')).toBeUndefined();
  });
  it('refuses a choice among other items than the demonstration\'s, or among more of them', () => {
    expect(problem('Pack sun hat or sunglasses.', 'Pack passport or wool socks.')).toContain('"Pack passport or wool socks"');
    expect(problem('Pack sun hat or sunglasses.', 'Pack wool socks, sun hat or sunglasses.')).toContain('"Pack wool socks, sun hat or sunglasses"');
  });
  it('leaves a text with no choice alone', () => {
    expect(problem('Pack wool socks, sun hat and sunglasses.', 'Pack passport, beach towel and sun hat.')).toBeUndefined();
  });
});

describe('a choice among more items than the demonstration\'s, followed', () => {
  const THINGS = ['Sunglasses', 'Wool socks', 'Sun hat', 'Passport'];
  const packing: WidgetSpec[] = [...THINGS.map((name) => ({ key: name, role: 'checkbox', text: name, label: name })), { key: 'move', role: 'button', text: 'Move to bag' }, { key: 'done', role: 'button', text: 'Done' }];
  // Measured with a first reading that let an "or" list pass when the demonstration's list had an "or" too: the
  // demonstration ticked Sun hat for "sun hat or sunglasses"; followed for "wool socks, sun hat or sunglasses", Wool
  // socks and Sun hat were ticked and moved to the bag.
  it('moves nothing', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(packing), 'Pack sun hat or sunglasses.', (observation, step) => {
      const deed = ['Sun hat', 'Move to bag', 'Done'][step];
      return deed === undefined ? undefined : { type: 'click', target: { elementId: find(observation, THINGS.includes(deed) ? 'checkbox' : 'button', deed).id } };
    });
    const { operator } = await followOnWidgets(packing, demo, 'Pack wool socks, sun hat or sunglasses.');
    expect(operator.clicks).toEqual([]);
  });
});
