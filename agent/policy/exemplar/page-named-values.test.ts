import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { actedNames, captionObject, namedSpans, pageNames, withNamedSpans } from './page-named-values.js';
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

  it('reads words joined by a slash as one written unit, an option the page names ("they/them"), though each half is a pronoun', () => {
    expect(namedSpans('Pronouns: they/them.', ['she/her', 'they/them']).map((span) => [span.text, span.value, span.words])).toEqual([['they/them', 'they/them', 1]]);
    expect(namedSpans('Tell them I said so.', ['she/her', 'they/them'])).toEqual([]);
  });

  it('takes whole words only, not a phrase split by punctuation', () => {
    expect(namedSpans('push, alerts', ['Push alerts'])).toEqual([]);
    expect(namedSpans('pushy alerts', ['push'])).toEqual([]);
  });
});

describe('the object an icon control\'s caption names ("✕" labelled "Remove apples")', () => {
  it('reads the object after a caption\'s leading verb, and none where no verb leads or a verb follows', () => {
    expect(captionObject('Remove apples')).toBe('apples');
    expect(captionObject('Delete old drafts')).toBe('old drafts');
    expect(captionObject('Apples')).toBeUndefined();
    expect(captionObject('Weekly newsletter')).toBeUndefined();
    expect(captionObject('Remove and save')).toBeUndefined();
  });

  it('names the object of a wordless control\'s caption, never of a worded one ("Push alerts" stays whole)', () => {
    let id = 0;
    const element = (text: string, label?: string) => ({ id: ++id, role: 'button', tag: 'button', text, ...(label ? { label } : {}), states: {} }) as unknown as UIElement;
    const clicked = [{ action: { type: 'click' }, targets: [{ role: 'button', tag: 'button', text: '✕', label: 'Remove apples' }] }] as never;
    const names = pageNames([element('✕', 'Remove milk'), element('Push alerts'), element('Submit ticket')], clicked);
    expect(names).toContain('milk');
    expect(names).not.toContain('alerts');
    expect(names).not.toContain('ticket');
    // "remove milk": the verb stays the task's wording, "milk" the value; "all" is never one.
    expect(namedSpans('Add oats and remove milk.', names).map((span) => span.text)).toEqual(['milk']);
    expect(captionObject('Remove all')).toBeUndefined();
    expect(actedNames(clicked)).toEqual(['✕', 'Remove apples', 'apples']);
  });
});

describe('what a row\'s control acts on, named by its row-mates', () => {
  const element = (id: number, text: string, label?: string, parentId?: number) =>
    ({ id, role: 'button', tag: 'button', text, ...(label ? { label } : {}), ...(parentId === undefined ? {} : { parentId }), states: {} }) as unknown as UIElement;
  const pressed = (elements: UIElement[], id: number) => [{ action: { type: 'click', target: { elementId: id } }, observation: { text: '', elements }, targets: [] }] as never;

  it('reads "Remove" pressed beside "Decrease Bananas" / "Increase Bananas" as acting on "Bananas"', () => {
    const row = [element(1, '−', 'Decrease Bananas', 9), element(2, '+', 'Increase Bananas', 9), element(3, 'Remove', undefined, 9), element(4, 'Remove', undefined, 8)];
    expect(actedNames(pressed(row, 3))).toEqual(['Remove', 'Bananas']);
    expect(namedSpans('Remove the bananas, then set olive oil to 3.', actedNames(pressed(row, 3))).map((span) => span.value)).toEqual(['Bananas']);
  });

  it('names nothing when the row-mates name no object, or more than one, or the control sits in no row', () => {
    const bare = [element(1, '−', undefined, 9), element(2, '+', undefined, 9), element(3, 'Remove', undefined, 9)];
    expect(actedNames(pressed(bare, 3))).toEqual(['Remove']);
    const mixed = [element(1, '✕', 'Remove apples', 9), element(2, '✕', 'Remove pears', 9), element(3, 'Edit', undefined, 9)];
    expect(actedNames(pressed(mixed, 3))).toEqual(['Edit']);
    expect(actedNames(pressed([element(1, '−', 'Decrease Bananas'), element(3, 'Checkout')], 3))).toEqual(['Checkout']);
  });
});
