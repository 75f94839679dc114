import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { wordToSelect } from './selected-word.js';

const editor = (value: string): UIElement => ({ id: 3, role: 'textbox', text: '', value, tag: 'div', states: { editable: true }, box: { x: 0, y: 0, width: 100, height: 40 }, source: 'dom', interactive: true });

describe('wordToSelect', () => {
  it('selects the word the new task names in place of the demonstrated one', () => {
    const picked = wordToSelect('walnut', { wordFromTask: { value: 'walnut', start: 14 } }, [{ old: 'walnut', new: 'prism' }], editor('orchid prism tundra'));
    expect(picked).toMatchObject({ ok: true, word: 'prism' });
  });
  it('refuses a word the editor does not hold', () => {
    const picked = wordToSelect('walnut', { wordFromTask: { value: 'walnut', start: 14 } }, [{ old: 'walnut', new: 'prism' }], editor('orchid tundra'));
    expect(picked).toMatchObject({ ok: false, reason: expect.stringContaining('"prism"') });
  });
  it('takes the word at the demonstrated place when the task did not name it', () => {
    expect(wordToSelect('mi', { wordPlace: 1 }, [], editor('Lorem ipsum dolor'))).toMatchObject({ ok: true, word: 'ipsum' });
    expect(wordToSelect('mi', { wordPlace: 5 }, [], editor('Lorem ipsum'))).toMatchObject({ ok: false });
  });
});
