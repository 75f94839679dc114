import { describe, expect, it } from 'vitest';
import { valueSpans } from '../value-spans.js';
import { withNamedSpans } from '../page-named-values.js';
import { joinedByPage } from './page-joined-names.js';

describe('joinedByPage: a title the page shows whole is one value', () => {
  const titles = ['A Map of Small Rivers', 'The Glass Kitchen', 'Paper Moons'];

  it('joins "A Map" and "Small Rivers" when the page shows "A Map of Small Rivers"', () => {
    const text = 'At the Central library, reserve A Map of Small Rivers, please.';
    expect(valueSpans(text).map((span) => span.value)).toEqual(['Central', 'A Map', 'Small Rivers']);
    const joined = joinedByPage(text, valueSpans(text), titles);
    expect(joined.map((span) => span.value)).toEqual(['Central', 'A Map of Small Rivers']);
    const title = joined[1]!;
    expect(text.slice(title.start, title.end)).toBe('A Map of Small Rivers');
    expect(title.words).toBe(5);
    // withNamedSpans (what kind-by-places reads) joins them too.
    expect(withNamedSpans(text, valueSpans(text), titles).map((span) => span.value)).toEqual(['Central', 'A Map of Small Rivers']);
  });

  it('takes the page spelling, whatever the case and spacing the task wrote', () => {
    const text = 'Put a Map of  small Rivers on hold.';
    expect(joinedByPage(text, valueSpans(text), titles).map((span) => span.value)).toContain('A Map of Small Rivers');
  });

  it('leaves the names alone when the page shows no such caption, or only part of the run', () => {
    const text = 'At the Central library, reserve A Map of Small Rivers, please.';
    expect(joinedByPage(text, valueSpans(text), ['The Glass Kitchen']).map((span) => span.value)).toEqual(['Central', 'A Map', 'Small Rivers']);
    // "Map of Small" crosses the edge of "A Map": no join.
    expect(joinedByPage(text, valueSpans(text), ['Map of Small']).map((span) => span.value)).toEqual(['Central', 'A Map', 'Small Rivers']);
  });

  it('leaves names a list word joins to and-names.ts ("Mac and Cheese, Cola")', () => {
    const text = 'Tick Mac and Cheese, Cola on the menu.';
    expect(joinedByPage(text, valueSpans(text), ['Mac and Cheese', 'Cheese, Cola']).map((span) => span.value)).toEqual(valueSpans(text).map((span) => span.value));
  });

  it('never joins values of other types (a name and an e-mail address a caption happens to hold)', () => {
    const text = 'Register Kenji Pike kenji@posteo.net today.';
    expect(joinedByPage(text, valueSpans(text), ['Kenji Pike kenji@posteo.net']).map((span) => span.type)).toEqual(['name', 'email']);
  });
});
