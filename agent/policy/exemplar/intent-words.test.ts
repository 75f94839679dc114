import { describe, expect, it } from 'vitest';
import { captionVerb, intentsOf, sameIntents, stateKey, switchStateOf, switchingVerbState, verbPhraseAt, withIntentSynonyms } from './intent-words.js';

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

  it('reads allowing a permission as switching it on, blocking or disallowing it as switching it off', () => {
    expect(switchStateOf('allow')).toBe('on');
    expect(switchStateOf('block')).toBe('off');
    expect(switchStateOf('disallow')).toBe('off');
    expect(verbPhraseAt(['allow', 'bluetooth'], 0)).toBe('allow');
  });

  it('tells the state of the verbs that switch, and of no ticking or other verb', () => {
    for (const verb of ['turn on', 'switch on', 'enable', 'activate', 'allow']) expect(switchingVerbState(verb), verb).toBe('on');
    for (const verb of ['turn off', 'switch off', 'disable', 'block']) expect(switchingVerbState(verb), verb).toBe('off');
    for (const verb of ['tick', 'check', 'select', 'delete', 'on']) expect(switchingVerbState(verb), verb).toBeUndefined();
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

describe('searching as a person says it', () => {
  it('reads "see what\'s available" as asking a search, while "check" still ticks', () => {
    expect(intentsOf("I'm flying Vienna to Prague on Tue the 11th - see what's available.")).toEqual(['search']);
    expect(intentsOf('I\'m flying Oslo to Athens on March 8 - see what’s available.')).toEqual(['search']);
    expect(intentsOf('Check Oslo-Lisbon for March 4.')).toEqual(['check']);
    expect(intentsOf('Check the newsletter box.')).toEqual(['check']);
    expect(intentsOf('See the attached file.')).toEqual([]);
    // Retrieval finds a search worded either way.
    expect(withIntentSynonyms('Find flights from Oslo to Rome.')).toMatch(/\bavailable\b/);
  });
});

describe('captionVerb', () => {
  it('reads the verb a caption opens with as its key, courtesy words aside, and none where it opens with no verb', () => {
    expect(captionVerb('Search flights')).toBe('search');
    expect(captionVerb('Find flights')).toBe('search');
    expect(captionVerb('Yes, delete')).toBe('delete');
    expect(captionVerb('Turn on')).toBe('enable');
    expect(captionVerb('Show flights')).toBe('show');
    expect(captionVerb("Let's go")).toBeUndefined();
    expect(captionVerb('Flights')).toBeUndefined();
  });
});
