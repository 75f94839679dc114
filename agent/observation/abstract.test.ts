import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../core/observation.js';
import { abstract, abstractStep } from './abstract.js';
import { countTokens } from '../core/tokens.js';

let nextId = 1;
function element(partial: Partial<UIElement> & { role: string }): UIElement {
  return {
    id: partial.id ?? nextId++,
    text: '',
    states: {},
    box: { x: 10, y: 10, width: 80, height: 20 },
    source: 'dom',
    interactive: !['text', 'heading', 'group', 'list', 'row', 'dialog'].includes(partial.role),
    ...partial,
  };
}

function observationOf(elements: UIElement[], source: 'dom' | 'ocr' = 'dom'): Observation {
  return {
    sequence: 1,
    environment: source === 'dom' ? 'browser' : 'desktop',
    elements: elements.map((item) => ({ ...item, source })),
    viewport: { width: 800, height: 600, deviceScaleFactor: 1 },
    page: { url: 'http://example.test/', title: 'Example' },
    capturedAt: 0,
  };
}

/** The ids that appear as [n] in a text. */
function idsInText(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}

describe('abstract', () => {
  it('renders roles, names, values and states one element per line in reading order', () => {
    const observation = observationOf([
      element({ id: 1, role: 'heading', text: 'Sign in', box: { x: 10, y: 0, width: 200, height: 30 } }),
      element({ id: 3, role: 'button', text: 'Log in', box: { x: 10, y: 120, width: 60, height: 20 } }),
      element({ id: 2, role: 'textbox', label: 'Username', value: 'ada', inputType: 'text', box: { x: 10, y: 40, width: 120, height: 20 } }),
      element({ id: 4, role: 'checkbox', text: 'Remember me', states: { checked: false }, box: { x: 10, y: 80, width: 120, height: 20 } }),
      element({ id: 5, role: 'combobox', label: 'Language', value: 'English', options: ['English', 'French'], box: { x: 200, y: 80, width: 80, height: 20 } }),
    ]);
    const result = abstract(observation, 'Log in as ada');
    expect(result.text).toBe(
      [
        '[1] heading "Sign in"',
        '[2] textbox "Username" value="ada"',
        '[4] checkbox "Remember me" unchecked',
        '[5] combobox "Language" value="English" options=English|French',
        '[3] button "Log in"',
      ].join('\n'),
    );
    expect(result.tokens).toBe(countTokens(result.text));
    expect([...result.idMap.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(result.omitted).toBe(0);
  });

  it('drops text that repeats the task, text that is a shown label, punctuation, hidden and zero-size elements', () => {
    const task = 'Select the word kiwi and click Submit.';
    const observation = observationOf([
      element({ id: 1, role: 'text', text: 'Select the word kiwi and click Submit.', box: { x: 0, y: 0, width: 160, height: 40 } }),
      element({ id: 2, role: 'text', text: 'Password:', box: { x: 0, y: 50, width: 60, height: 20 } }),
      element({ id: 3, role: 'textbox', label: 'Password', inputType: 'password', box: { x: 70, y: 50, width: 80, height: 20 } }),
      element({ id: 4, role: 'text', text: '.', box: { x: 0, y: 80, width: 4, height: 20 } }),
      element({ id: 5, role: 'button', text: 'Ghost', states: { hidden: true } }),
      element({ id: 6, role: 'button', text: 'Flat', box: { x: 0, y: 90, width: 0, height: 20 } }),
      element({ id: 7, role: 'button', text: 'Submit', box: { x: 0, y: 120, width: 60, height: 20 } }),
    ]);
    const result = abstract(observation, task);
    expect(result.text).toBe('[3] textbox(password) "Password"\n[7] button "Submit"');
  });

  it("keeps a text equal to a field's label that stands far from the field (a table row's key to read by)", () => {
    const observation = observationOf([
      element({ id: 1, role: 'cell', text: 'Language', box: { x: 0, y: 0, width: 80, height: 16 } }),
      element({ id: 2, role: 'cell', text: 'Russian', box: { x: 90, y: 0, width: 60, height: 16 } }),
      element({ id: 3, role: 'text', text: 'Language:', box: { x: 0, y: 100, width: 60, height: 14 } }),
      element({ id: 4, role: 'textbox', label: 'Language', inputType: 'text', box: { x: 70, y: 100, width: 80, height: 14 } }),
    ]);
    const result = abstract(observation, 'Enter the value that corresponds with each label.');
    expect([...result.idMap.keys()].sort()).toEqual([1, 2, 4]);
  });

  it('collapses a container of plain items into one row and keeps named containers as headers', () => {
    const observation = observationOf([
      element({ id: 1, role: 'group', box: { x: 0, y: 0, width: 300, height: 20 } }),
      element({ id: 2, role: 'text', text: 'Alice', parentId: 1, box: { x: 0, y: 0, width: 40, height: 20 } }),
      element({ id: 3, role: 'text', text: 'Lunch?', parentId: 1, box: { x: 50, y: 0, width: 60, height: 20 } }),
      element({ id: 4, role: 'button', text: 'Reply', parentId: 1, box: { x: 120, y: 0, width: 50, height: 20 } }),
      element({ id: 5, role: 'dialog', attributes: { 'aria-label': 'Confirm' }, box: { x: 0, y: 40, width: 300, height: 80 } }),
      element({ id: 6, role: 'text', text: 'Really delete?', parentId: 5, box: { x: 0, y: 40, width: 100, height: 20 } }),
      element({ id: 7, role: 'button', text: 'Yes', parentId: 5, box: { x: 0, y: 70, width: 40, height: 20 } }),
      element({ id: 8, role: 'group', box: { x: 0, y: 130, width: 300, height: 20 } }),
      element({ id: 9, role: 'link', text: 'Only child', parentId: 8, box: { x: 0, y: 130, width: 80, height: 20 } }),
    ]);
    const result = abstract(observation, 'reply to Alice');
    expect(result.text).toBe(
      ['[2] "Alice" | [3] "Lunch?" | [4] button "Reply"', '[5] dialog "Confirm": [6] "Really delete?" | [7] button "Yes"', '[9] link "Only child"'].join('\n'),
    );
    expect(result.idMap.has(1)).toBe(false);
    expect(result.idMap.has(5)).toBe(true);
  });

  it('cuts long text with an ellipsis, longer when the text shares words with the task', () => {
    const long = `${'lorem ipsum '.repeat(20)}kiwi`;
    const observation = observationOf([element({ id: 1, role: 'text', text: long })]);
    const plain = abstract(observation, 'something else').text;
    const relevant = abstract(observation, 'the lorem text').text;
    expect(plain.length).toBeLessThan(100);
    expect(plain.endsWith('…"')).toBe(true);
    expect(relevant.length).toBeGreaterThan(plain.length);
  });

  it('gives OCR observations the same format, in reading order', () => {
    const words = observationOf(
      [
        element({ id: 1, role: 'button', text: 'Cancel', box: { x: 200, y: 300, width: 60, height: 20 } }),
        element({ id: 2, role: 'text', text: 'Name', box: { x: 10, y: 100, width: 40, height: 18 } }),
        element({ id: 3, role: 'textbox', text: '', box: { x: 60, y: 98, width: 120, height: 22 } }),
        element({ id: 4, role: 'button', text: 'OK', box: { x: 100, y: 302, width: 40, height: 20 } }),
      ],
      'ocr',
    );
    expect(abstract(words, 'type a name').text).toBe('[2] "Name"\n[3] textbox\n[4] button "OK"\n[1] button "Cancel"');
  });

  it('keeps the elements the task names and notes what it left out when over budget', () => {
    const elements: UIElement[] = [];
    for (let index = 0; index < 300; index++) {
      elements.push(element({ id: index + 1, role: 'link', text: `Distractor article number ${index} about gardening`, box: { x: 0, y: index * 20, width: 300, height: 18 } }));
    }
    elements.push(element({ id: 999, role: 'button', text: 'Unsubscribe', box: { x: 0, y: 7000, width: 100, height: 20 } }));
    const result = abstract(observationOf(elements), 'Click the Unsubscribe button', { tokenBudget: 200 });
    expect(result.tokens).toBeLessThanOrEqual(200);
    expect(result.idMap.has(999)).toBe(true);
    expect(result.omitted).toBe(301 - result.idMap.size);
    expect(result.text).toMatch(/\(\d+ more elements not shown\)$/);
  });

  it('returns nothing rather than overrun a budget too small for any line', () => {
    const result = abstract(observationOf([element({ id: 1, role: 'button', text: 'A rather long button caption here' })]), 'x', { tokenBudget: 2 });
    expect(result).toMatchObject({ text: '', tokens: 0, omitted: 1 });
    expect(result.idMap.size).toBe(0);
  });

  it('refuses a budget that is not a positive number', () => {
    expect(() => abstract(observationOf([]), 'x', { tokenBudget: 0 })).toThrow(/tokenBudget/);
  });

  it('stores the table rows and cells around a row action beside the shown elements, never in the text', () => {
    const group = element({ id: 1, role: 'group', text: 'Projects' });
    const rowgroup = element({ id: 2, role: 'rowgroup', parentId: 1, interactive: false });
    const rows = [0, 1].map((index) => {
      const base = 10 + index * 10;
      const y = 20 + index * 20;
      return [
        element({ id: base, role: 'row', parentId: 2, text: `Project ${index} Edit Archive`, box: { x: 0, y, width: 160, height: 18 } }),
        element({ id: base + 1, role: 'cell', parentId: base, text: `Project ${index}`, interactive: false, box: { x: 0, y, width: 60, height: 18 } }),
        element({ id: base + 2, role: 'cell', parentId: base, text: 'Edit Archive', interactive: false, box: { x: 100, y, width: 60, height: 18 } }),
        element({ id: base + 3, role: 'button', parentId: base + 2, text: 'Edit', box: { x: 100, y, width: 28, height: 18 } }),
        element({ id: base + 4, role: 'button', parentId: base + 2, text: 'Archive', box: { x: 130, y, width: 28, height: 18 } }),
      ];
    });
    const observation = observationOf([group, rowgroup, ...rows.flat()]);
    const step = abstractStep(observation, 'Archive project 1');
    const ids = step.elements.map((item) => item.id);
    // The rows (10, 20) and the action cells (12, 22) are kept; the rowgroup (2) is no row, and stays out.
    expect(ids).toEqual(expect.arrayContaining([10, 12, 20, 22, 14, 24]));
    expect(ids).not.toContain(2);
    expect(step.text).not.toMatch(/\[(10|12|20|22)\]/);
    // Without a table nothing is added: the list's plain wrappers stay out.
    const list = observationOf([group, element({ id: 5, role: 'group', parentId: 1 }), element({ id: 6, role: 'button', parentId: 5, text: 'A' }), element({ id: 7, role: 'button', parentId: 5, text: 'B' })]);
    expect(abstractStep(list, 'press A').elements.map((item) => item.id).sort()).toEqual([6, 7]);
  });

  it('abstractStep keeps only what a trajectory step stores', () => {
    const step = abstractStep(observationOf([element({ id: 1, role: 'button', text: 'Go' })]), 'go');
    expect(Object.keys(step).sort()).toEqual(['elements', 'text', 'title', 'url']);
    expect(step.elements.map((item) => item.id)).toEqual([1]);
  });
});

describe('abstract properties', () => {
  const roles = ['button', 'link', 'textbox', 'checkbox', 'text', 'heading', 'group', 'listitem', 'dialog'];
  const words = ['alpha', 'beta', 'gamma', 'delta', 'kiwi', 'mango', 'submit', 'cancel', 'name', 'email'];
  const arbitraryObservation = fc
    .array(
      fc.record({
        role: fc.constantFrom(...roles),
        text: fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 6 }).map((list) => list.join(' ')),
        x: fc.integer({ min: 0, max: 1000 }),
        y: fc.integer({ min: 0, max: 3000 }),
        width: fc.integer({ min: 0, max: 300 }),
        parent: fc.nat(),
        hidden: fc.boolean(),
      }),
      { minLength: 0, maxLength: 120 },
    )
    .map((specs) =>
      observationOf(
        specs.map((spec, index) => ({
          id: index + 1,
          role: spec.role,
          text: spec.text,
          states: spec.hidden && index % 5 === 0 ? { hidden: true } : {},
          box: { x: spec.x, y: spec.y, width: spec.width, height: 20 },
          source: 'dom' as const,
          interactive: ['button', 'link', 'textbox', 'checkbox'].includes(spec.role),
          // Parents come earlier in document order, as the extraction guarantees.
          ...(index > 0 && spec.parent % 3 === 0 ? { parentId: (spec.parent % index) + 1 } : {}),
        })),
      ),
    );
  const arbitraryTask = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((list) => `click ${list.join(' ')}`);

  it('every id in the text maps back to its element, and every mapped id is in the text', () => {
    fc.assert(
      fc.property(arbitraryObservation, arbitraryTask, fc.integer({ min: 30, max: 2000 }), (observation, task, budget) => {
        const result = abstract(observation, task, { tokenBudget: budget });
        const shown = idsInText(result.text);
        expect(new Set(shown).size).toBe(shown.length);
        expect([...result.idMap.keys()].sort((a, b) => a - b)).toEqual([...shown].sort((a, b) => a - b));
        for (const id of shown) expect(result.idMap.get(id)).toBe(observation.elements.find((item) => item.id === id));
      }),
      { numRuns: 150 },
    );
  });

  it('respects the token budget and reports the exact count', () => {
    fc.assert(
      fc.property(arbitraryObservation, arbitraryTask, fc.integer({ min: 30, max: 600 }), (observation, task, budget) => {
        const result = abstract(observation, task, { tokenBudget: budget });
        expect(result.tokens).toBe(countTokens(result.text));
        expect(result.tokens).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and never shows hidden or zero-size elements', () => {
    fc.assert(
      fc.property(arbitraryObservation, arbitraryTask, (observation, task) => {
        const first = abstract(observation, task);
        expect(abstract(observation, task).text).toBe(first.text);
        for (const shown of first.idMap.values()) {
          expect(shown.states.hidden).not.toBe(true);
          expect(shown.box.width).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every interactive element that shares a word with the task when the budget allows', () => {
    fc.assert(
      fc.property(arbitraryObservation, fc.constantFrom(...words), (observation, word) => {
        const task = `click ${word}`;
        const result = abstract(observation, task, { tokenBudget: 400 });
        const needed = observation.elements.filter(
          (item) => item.interactive && !item.states.hidden && item.box.width > 0 && item.text.split(' ').includes(word),
        );
        // The budget fits at least a dozen lines: the needed elements (few per draw) come first.
        if (needed.length <= 10) for (const item of needed) expect(result.idMap.has(item.id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
