import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { quantitiesIn } from './measures.js';
import { extremeOf, superlativeOf } from './superlatives.js';

/**
 * Refusals found by review (issue 11): a bare "m" against a number is read as minutes wherever the same text writes no other
 * duration and no distance word. The condition is per text, so one row whose "m" is metres, months or millions
 * ("25m pool", "$42m box office", "12m views") is compared as minutes against its neighbours' real minutes, and the
 * superlative picks it. Each asserts a refusal (or no minutes read), and fails on the reviewed commit.
 */
let nextId = 1;
function element(role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 0, y: nextId * 20, width: 80, height: 18 }, source: 'dom', interactive: role === 'button', ...extra };
}
/** Rows of "name · facts" with a Book button each, as siblings under one row element (superlatives.test.ts's rows). */
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
