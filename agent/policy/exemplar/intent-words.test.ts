import { describe, expect, it } from 'vitest';
import { intentsOf, sameIntents, stateKey, switchStateOf, verbPhraseAt } from './intent-words.js';

describe('intent-words', () => {
  it('reads "show me", "pull up" and "bring up" as asking to open what they name', () => {
    expect(intentsOf('Show me the item listed Jul 11, please.')).toEqual(['choose']);
    expect(intentsOf('Pull up the order from Aiko.')).toEqual(['choose']);
    expect(intentsOf('Bring up the file report.pdf.')).toEqual(['choose']);
    expect(sameIntents(intentsOf('Show me the item Mei listed.'), intentsOf('Open the listing from Aisha.'))).toBe(true);
  });

  it('keeps "show" without "me" no intent, and deleting apart from opening', () => {
    expect(intentsOf('Show the hidden rows.')).toEqual([]);
    expect(sameIntents(intentsOf('Show me the item Mei listed.'), intentsOf('Delete the listing from Aisha.'))).toBe(false);
  });

  it('reads the state a word asks a switch to end in from the switch states and the switching verbs', () => {
    for (const word of ['on', 'enabled', 'active', 'ticked', 'selected', 'yes', 'enable', 'activate', 'turn on', 'tick', 'check', 'mark']) {
      expect(switchStateOf(word), word).toBe('on');
    }
    for (const word of ['off', 'disabled', 'inactive', 'unchecked', 'deselected', 'no', 'disable', 'switch off', 'untick', 'unmark']) {
      expect(switchStateOf(word), word).toBe('off');
    }
    // States no switch has, and words of no state at all.
    for (const word of ['shown', 'hidden', 'expanded', 'closed', 'open', 'delete', 'select', 'milk']) expect(switchStateOf(word), word).toBeUndefined();
    expect(stateKey('shown')).toBe('shown');
  });
});

describe('verbPhraseAt', () => {
  it('reads a verb phrase before its first word alone, a single action verb, and nothing else', () => {
    expect(verbPhraseAt(['please', 'turn', 'on', 'wi-fi'], 1)).toBe('turn on');
    expect(verbPhraseAt(['drag', 'kwame'], 0)).toBe('drag');
    expect(verbPhraseAt(['the', 'form'], 0)).toBeUndefined();
    expect(verbPhraseAt(['save'], 3)).toBeUndefined();
  });
});
