import { describe, expect, it } from 'vitest';
import { sampleTrajectory } from '../test/integration/memory-kit.js';
import { fullTextTerms, matchExpression, STATE_SUMMARY_MAX_CHARS, summarizeState, trajectoryState } from './retrieval-key.js';

describe('retrieval key', () => {
  it('collapses whitespace and cuts long states at a word boundary', () => {
    expect(summarizeState('  a\n\n b\t c ')).toBe('a b c');
    expect(summarizeState(undefined)).toBe('');
    const long = Array.from({ length: 200 }, (_, index) => `word${index}`).join(' ');
    const summary = summarizeState(long);
    expect(summary.length).toBeLessThanOrEqual(STATE_SUMMARY_MAX_CHARS);
    expect(long.startsWith(summary)).toBe(true);
    expect(long.charAt(summary.length)).toBe(' ');
  });

  it('keys a stored trajectory by its first observation', () => {
    expect(trajectoryState(sampleTrajectory({ state: '[1] button "Go"' }))).toBe('[1] button "Go"');
    expect(trajectoryState({ ...sampleTrajectory(), steps: [] })).toBe('');
  });

  it('takes task words first, drops function words, repeats and the state element numbers, and lower-cases like the FTS tokenizer', () => {
    expect(fullTextTerms('Click the OK button, then click Café 2', '[1] button "OK" [2] dialog "Save"')).toEqual(['click', 'ok', 'button', 'cafe', '2', 'dialog', 'save']);
  });

  it('quotes every term so nothing is read as FTS5 syntax', () => {
    expect(matchExpression(['near', 'a"b'])).toBe('"near" OR "a""b"');
    expect(matchExpression([])).toBeUndefined();
  });
});
