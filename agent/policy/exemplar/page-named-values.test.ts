import { describe, expect, it } from 'vitest';
import { namedSpans, withNamedSpans } from './page-named-values.js';
import { valueSpans } from './value-spans.js';

describe('namedSpans: lower-case values named by the page', () => {
  it('finds a lower-case phrase the page names, with the page spelling as its value', () => {
    const spans = namedSpans('Please stop the product updates. I do want push alerts though.', ['Push alerts', 'Product updates', 'Save']);
    expect(spans.map((span) => [span.text, span.value, span.words])).toEqual([
      ['product updates', 'Product updates', 2],
      ['push alerts', 'Push alerts', 2],
    ]);
  });

  it('matches the last word in either number, and leaves words the page does not name as wording', () => {
    const spans = namedSpans('Add oats to the list and remove apples.', ['Apple', 'Milk']);
    expect(spans.map((span) => span.value)).toEqual(['Apple']);
  });

  it('never makes common words, verbs or intents values, even when the page shows them', () => {
    expect(namedSpans('Please save it and mark the item.', ['Save', 'it', 'Please', 'the', 'Item', 'Mark'])).toEqual([]);
  });

  it('leaves capitalised words and quoted text to value-spans.ts', () => {
    const text = 'Ticket: "Refund not received" (Shipping, urgent)';
    const merged = withNamedSpans(text, valueSpans(text), ['Shipping', 'Urgent', 'Refund']);
    expect(merged.map((span) => [span.type, span.text])).toEqual([
      ['quoted', 'Refund not received'],
      ['name', 'Shipping'],
      ['name', 'urgent'],
    ]);
  });

  it('takes whole words only, not a phrase split by punctuation', () => {
    expect(namedSpans('push, alerts', ['Push alerts'])).toEqual([]);
    expect(namedSpans('pushy alerts', ['push'])).toEqual([]);
  });
});
