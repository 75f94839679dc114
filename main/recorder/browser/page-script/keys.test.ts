import { describe, expect, it } from 'vitest';
import { chordOf, isKeyStep, modifiersOf, type KeyFacts, type KeyPlace } from './keys.js';

const key = (name: string, held: Partial<KeyFacts> = {}): KeyFacts => ({ key: name, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...held });
const outside: KeyPlace = { inField: false, inRichText: false, inTextArea: false, inSegmented: false };
const inField: KeyPlace = { ...outside, inField: true };

describe('chordOf', () => {
  it('names a chord in Action vocabulary: modifiers in a fixed order, letters upper case, the space bar as Space', () => {
    expect(chordOf(key('a', { ctrlKey: true }))).toBe('Control+A');
    expect(chordOf(key('X', { ctrlKey: true, shiftKey: true }))).toBe('Control+Shift+X');
    expect(chordOf(key('Tab', { shiftKey: true, altKey: true, metaKey: true }))).toBe('Alt+Meta+Shift+Tab');
    expect(chordOf(key(' '))).toBe('Space');
    expect(chordOf(key('1'))).toBe('1');
  });

  it('lists the modifiers held', () => {
    expect(modifiersOf(key('a', { ctrlKey: true, shiftKey: true }))).toEqual(['Control', 'Shift']);
    expect(modifiersOf(key('a'))).toEqual([]);
  });
});

describe('isKeyStep', () => {
  it('in a plain field only Enter, Tab, Escape and chords other than editing ones are steps', () => {
    expect(isKeyStep(key('a'), inField)).toBe(false);
    expect(isKeyStep(key('ArrowLeft'), inField)).toBe(false);
    expect(isKeyStep(key('Backspace'), inField)).toBe(false);
    expect(isKeyStep(key('a', { ctrlKey: true }), inField)).toBe(false);
    expect(isKeyStep(key('Enter'), inField)).toBe(true);
    expect(isKeyStep(key('s', { ctrlKey: true }), inField)).toBe(true);
  });

  it('outside fields navigation keys are steps, letters are not', () => {
    expect(isKeyStep(key('ArrowDown'), outside)).toBe(true);
    expect(isKeyStep(key(' '), outside)).toBe(true);
    expect(isKeyStep(key('q'), outside)).toBe(false);
  });

  it('Enter in a text area and Tab in a date field edit them; in rich text the keys that move or select are steps', () => {
    expect(isKeyStep(key('Enter'), { ...inField, inTextArea: true })).toBe(false);
    expect(isKeyStep(key('Tab'), { ...inField, inSegmented: true })).toBe(false);
    const rich = { ...inField, inRichText: true };
    expect(isKeyStep(key('ArrowLeft'), rich)).toBe(true);
    expect(isKeyStep(key('a', { ctrlKey: true }), rich)).toBe(true);
    expect(isKeyStep(key('a'), rich)).toBe(false);
  });
});
