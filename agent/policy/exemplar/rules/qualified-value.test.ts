import { describe, expect, it } from 'vitest';
import { qualifiedValue } from './qualified-value.js';

describe('qualified values', () => {
  it('reads a name and the bracketed words that tell it from its namesakes', () => {
    expect(qualifiedValue('Sara (Finance)')).toEqual({ head: 'Sara', qualifier: 'Finance' });
    expect(qualifiedValue(' Noah Haddad (Sales team) ')).toEqual({ head: 'Noah Haddad', qualifier: 'Sales team' });
  });

  it('reads nothing where no bracket closes the value, or brackets stand inside a part', () => {
    expect(qualifiedValue('Sara')).toBeUndefined();
    expect(qualifiedValue('(Finance)')).toBeUndefined();
    expect(qualifiedValue('Sara (Finance) today')).toBeUndefined();
    expect(qualifiedValue('Sara ((Finance))')).toBeUndefined();
    expect(qualifiedValue('Sara ()')).toBeUndefined();
  });
});
