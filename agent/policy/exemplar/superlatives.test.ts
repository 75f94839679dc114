import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { quantitiesIn } from './measures.js';
import { extremeOf, quantityIn, rowText, superlativeOf } from './superlatives.js';

let nextId = 1;
function element(role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 0, y: nextId * 20, width: 80, height: 18 }, source: 'dom', interactive: role === 'button', ...extra };
}

/** Rows of "departure · duration · price" with a Book button each, as siblings under one row element. */
function rows(values: readonly string[]): { elements: UIElement[]; buttons: UIElement[] } {
  const elements: UIElement[] = [];
  const buttons: UIElement[] = [];
  for (const value of values) {
    const row = element('group', '');
    const text = element('text', value, { parentId: row.id });
    const button = element('button', 'Book', { parentId: row.id, label: `Book ${value.split(' · ')[0]}` });
    elements.push(row, text, button);
    buttons.push(button);
  }
  return { elements, buttons };
}

describe('superlative words', () => {
  it('reads "most" and "least" as the highest and lowest count', () => {
    expect(superlativeOf('most')).toMatchObject({ quantity: 'number', extreme: 'max' });
    expect(superlativeOf('Least')).toMatchObject({ quantity: 'number', extreme: 'min' });
  });
});

describe('quantities', () => {
  it('reads money, durations, clock times and plain numbers', () => {
    const text = '09:30 · 1h 45m · $129';
    expect(quantityIn(text, 'money')).toBe(129);
    expect(quantityIn(text, 'duration')).toBe(105);
    expect(quantityIn(text, 'time')).toBe(570);
    expect(quantityIn('2:15 pm', 'time')).toBe(14 * 60 + 15);
    expect(quantityIn('takes 50 min', 'duration')).toBe(50);
    expect(quantityIn('12 items', 'number')).toBe(12);
    expect(quantityIn('1 of 12 items', 'number')).toBeUndefined();
    expect(quantityIn('free', 'money')).toBeUndefined();
  });

  it('knows which quantity a superlative compares', () => {
    expect(superlativeOf('Cheapest')).toMatchObject({ quantity: 'money', extreme: 'min' });
    expect(superlativeOf('longest')).toMatchObject({ quantity: 'duration', extreme: 'max' });
    expect(superlativeOf('latest')).toMatchObject({ quantity: 'time', extreme: 'max' });
    expect(superlativeOf('stalest')).toMatchObject({ quantity: 'date', extreme: 'min' });
    expect(superlativeOf('longest without')).toMatchObject({ quantity: 'date', extreme: 'min' });
    expect(superlativeOf('least recently')).toMatchObject({ quantity: 'date', extreme: 'min' });
    expect(superlativeOf('constructor')).toBeUndefined();
    expect(superlativeOf('flight')).toBeUndefined();
  });
});

describe('extremeOf', () => {
  it('picks the row with the extreme quantity, reading the row around each button', () => {
    const { elements, buttons } = rows(['09:30 · 1h 45m · $129', '17:30 · 2h 0m · $89', '06:00 · 1h 15m · $203']);
    expect(rowText(buttons[0]!, elements, buttons)).toContain('$129');
    const cheapest = extremeOf(buttons, elements, superlativeOf('cheapest')!);
    expect('element' in cheapest && cheapest.element.id).toBe(buttons[1]!.id);
    const shortest = extremeOf(buttons, elements, superlativeOf('shortest')!);
    expect('element' in shortest && shortest.element.id).toBe(buttons[2]!.id);
    const earliest = extremeOf(buttons, elements, superlativeOf('earliest')!);
    expect('element' in earliest && earliest.element.id).toBe(buttons[2]!.id);
  });

  it('refuses on a tie or a row without the quantity', () => {
    const tie = rows(['09:30 · 1h 45m · $89', '17:30 · 2h 0m · $89']);
    expect(extremeOf(tie.buttons, tie.elements, superlativeOf('cheapest')!)).toEqual({ reason: expect.stringMatching(/2 rows tie at the lowest price 89/) });
    const missing = rows(['09:30 · 1h 45m · $89', '17:30 · sold out']);
    expect(extremeOf(missing.buttons, missing.elements, superlativeOf('cheapest')!)).toEqual({ reason: expect.stringMatching(/shows no price/) });
  });

  it('compares recipe cards whose minutes a badge runs into ("40 minVegan ✓", "15mVG"), and refuses a card that shows metres', () => {
    const cards = rows(['Beef & potato stew 10 min', 'Tomato & olive pasta 40 minVegan ✓', 'Salmon traybake 35 min']);
    const quickest = extremeOf(cards.buttons, cards.elements, superlativeOf('quickest')!);
    expect('element' in quickest && quickest.values).toEqual([10, 40, 35]);
    expect('element' in quickest && quickest.element.id).toBe(cards.buttons[0]!.id);
    const bare = rows(['Miso mushroom soup 15mVG', 'Pea & ham soup 10m', 'Spiced carrot soup 25mVG']);
    const fastest = extremeOf(bare.buttons, bare.elements, superlativeOf('fastest')!);
    expect('element' in fastest && fastest.element.id).toBe(bare.buttons[1]!.id);
    // "800m" beside "1.2 km" is a distance: that row shows no duration, so nothing is picked.
    const trails = rows(['Ridge walk 45 min', 'Lake loop 800m, 1.2 km to the car park']);
    expect(extremeOf(trails.buttons, trails.elements, superlativeOf('quickest')!)).toEqual({ reason: expect.stringMatching(/shows no duration/) });
  });

  it('does not read sibling texts when several candidates share a parent', () => {
    const parent = element('list', '');
    const a = element('button', 'Book', { parentId: parent.id });
    const b = element('button', 'Book', { parentId: parent.id });
    const price = element('text', '$5', { parentId: parent.id });
    expect(extremeOf([a, b], [parent, a, b, price], superlativeOf('cheapest')!)).toEqual({ reason: expect.stringMatching(/shows no price/) });
  });
});

describe('superlatives written as phrases', () => {
  it('reads "most expensive", "least expensive" and "highest-priced" as a price, not any number', () => {
    expect(superlativeOf('most expensive')).toMatchObject({ quantity: 'money', extreme: 'max' });
    expect(superlativeOf('Least  expensive')).toMatchObject({ quantity: 'money', extreme: 'min' });
    expect(superlativeOf('highest-priced')).toMatchObject({ quantity: 'money', extreme: 'max' });
    expect(superlativeOf('cheapest')).toMatchObject({ quantity: 'money', extreme: 'min' });
    expect(superlativeOf('most wonderful')).toBeUndefined();
  });
});

/*
 * Refusals found by review (issue 11): a bare "m" against a number is read as minutes wherever the same text writes no other
 * duration and no distance word. The condition is per text, so one row whose "m" is metres, months or millions
 * ("25m pool", "$42m box office", "12m views") is compared as minutes against its neighbours' real minutes, and the
 * superlative picks it. Each asserts a refusal (or no minutes read), and failed before its mend.
 */
const minutes = (text: string) => quantitiesIn(text, 'duration').map((quantity) => quantity.value);

describe('measures (refusals found by review): a bare "m" that is no minutes', () => {
  it('reads no minutes in metres, millions or months written against the number', () => {
    const texts = ['Lane swimming · 25m pool', 'Past Lives · $42m box office', 'Lo-fi beats · 12m views', 'Broadband Flex · 18m contract'];
    expect(Object.fromEntries(texts.map((text) => [text, minutes(text)]))).toEqual(Object.fromEntries(texts.map((text) => [text, []])));
  });

  it('"the shortest session" never picks the lane swim in the 25m pool over a 45 min class', () => {
    // A leisure centre's timetable: the lane swim shows its pool's length, not how long it lasts.
    const sessions = rows(['Aqua aerobics · Main pool · 45 min', 'Lane swimming · 25m pool', 'Family splash · Teaching pool · 60 min']);
    const shortest = extremeOf(sessions.buttons, sessions.elements, superlativeOf('shortest')!);
    expect('element' in shortest ? `picked ${shortest.element.label} from ${JSON.stringify(shortest.values)}` : 'refused').toBe('refused');
  });

  it('"the shortest film" never reads a box-office "$42m" as 42 minutes', () => {
    const films = rows(['Oppenheimer · 180 min', 'Barbie · 114 min', 'Past Lives · $42m box office']);
    const shortest = extremeOf(films.buttons, films.elements, superlativeOf('shortest')!);
    expect('element' in shortest ? `picked ${shortest.element.label} from ${JSON.stringify(shortest.values)}` : 'refused').toBe('refused');
  });
});
