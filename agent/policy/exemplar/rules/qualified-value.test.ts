import { describe, expect, it } from 'vitest';
import { qualifiedValue } from './qualified-value.js';

describe('qualified values', () => {
  it('reads a name and the bracketed words that tell it from its namesakes', () => {
    expect(qualifiedValue('Sara (Finance)')).toEqual({ head: 'Sara', qualifier: 'Finance' });
    expect(qualifiedValue(' Noah Haddad (Sales team) ')).toEqual({ head: 'Noah Haddad', qualifier: 'Sales' });
  });

  it('reads a name placed in, from or at a group or a place, the articles and group nouns left out', () => {
    expect(qualifiedValue('Priya in the Finance team')).toEqual({ head: 'Priya', qualifier: 'Finance' });
    expect(qualifiedValue('the product manager in Krakow')).toEqual({ head: 'product manager', qualifier: 'Krakow' });
    expect(qualifiedValue('Mei from Payroll')).toEqual({ head: 'Mei', qualifier: 'Payroll' });
    expect(qualifiedValue('our designer at the Lisbon office')).toEqual({ head: 'designer', qualifier: 'Lisbon' });
  });

  it('reads nothing where no qualifier closes the value, or a part is only wording', () => {
    expect(qualifiedValue('Sara')).toBeUndefined();
    expect(qualifiedValue('Sara Lindqvist')).toBeUndefined();
    expect(qualifiedValue('(Finance)')).toBeUndefined();
    expect(qualifiedValue('Sara (Finance) today')).toBeUndefined();
    expect(qualifiedValue('Sara ((Finance))')).toBeUndefined();
    expect(qualifiedValue('Sara ()')).toBeUndefined();
    expect(qualifiedValue('the in the team')).toBeUndefined();
    expect(qualifiedValue('in Krakow')).toBeUndefined();
  });
});
