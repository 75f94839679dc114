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

describe('joinedByPage: a name the words after it complete into an option the page offers', () => {
  const options = ['Billing', 'Shipping', 'Technical issue', 'Other'];

  it('reads "category Technical issue" as the option "Technical issue", not the name "Technical"', () => {
    const text = 'Subject "Parcel missing", category Technical issue, priority Normal.';
    expect(valueSpans(text).map((span) => span.value)).toContain('Technical');
    const joined = joinedByPage(text, valueSpans(text), options);
    expect(joined.map((span) => span.value)).toEqual(['Parcel missing', 'Technical issue', 'Normal']);
    const option = joined[1]!;
    expect(text.slice(option.start, option.end)).toBe('Technical issue');
    expect(option.words).toBe(2);
    expect(withNamedSpans(text, valueSpans(text), options).map((span) => span.value)).toEqual(['Parcel missing', 'Technical issue', 'Normal']);
  });

  it('leaves the name alone when the words after it make no option, or the option begins before it', () => {
    const text = 'Subject "Parcel missing", category Technical, issue priority Normal.';
    expect(joinedByPage(text, valueSpans(text), options).map((span) => span.value)).toEqual(valueSpans(text).map((span) => span.value));
    const before = 'File it as a Technical question.';
    expect(joinedByPage(before, valueSpans(before), options).map((span) => span.value)).toEqual(['Technical']);
    expect(joinedByPage(before, valueSpans(before), ['a Technical']).map((span) => span.value)).toEqual(['Technical']);
  });

  it('never completes a name with the next item of a list ("Mac and cheese")', () => {
    const text = 'Tick Mac and cheese on the menu.';
    expect(joinedByPage(text, valueSpans(text), ['Mac and cheese']).map((span) => span.value)).toEqual(valueSpans(text).map((span) => span.value));
  });

  it('keeps the task spelling of a name that is the whole option already', () => {
    const text = 'Reserve paper Moons Today.';
    const spans = valueSpans(text);
    expect(joinedByPage(text, spans, ['Paper moons today', 'Moons Today'])).toEqual(spans);
  });
});

describe('joinedByPage: common words complete no name', () => {
  it('leaves "About" alone in "under About me" though the page shows "About me"', () => {
    const text = 'Could you replace the text under About me with "Coffee, maps and long walks."?';
    const spans = valueSpans(text);
    expect(joinedByPage(text, spans, ['About me'])).toEqual(spans);
  });
});
