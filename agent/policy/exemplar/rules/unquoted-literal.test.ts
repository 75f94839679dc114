import { describe, expect, it } from 'vitest';
import { announcedTextRewrite, quoteAnnouncedText } from './unquoted-literal.js';
import { valueSpans } from '../value-spans.js';

describe('a text to enter announced without quotes', () => {
  it('quotes what follows "should read:" / "to say -" to the end of the text', () => {
    expect(quoteAnnouncedText('And set my pronouns to they/them, please. The bio should read: Product designer in Lisbon. Cat person.')).toBe(
      'And set my pronouns to they/them, please. The bio should read: “Product designer in Lisbon. Cat person.”',
    );
    expect(quoteAnnouncedText('I want the status to say - Out of office until Monday')).toBe('I want the status to say - “Out of office until Monday”');
  });

  it('puts the text a forward-pointing "this" stands for in its place', () => {
    expect(quoteAnnouncedText('Set the title to this: Spring sale')).toBe('Set the title to “Spring sale”');
    // Inside a relayed message the text ends with the message; its own quotes stay whole.
    expect(quoteAnnouncedText('Note from Kim: "please put this as my bio - Coffee, maps and long walks."')).toBe(
      'Note from Kim: "please put “Coffee, maps and long walks.” as my bio"',
    );
  });

  it('leaves a text whose end is not said, a quoted text, one word and other dashes alone', () => {
    // A later order: where the text to enter ends is not said.
    expect(quoteAnnouncedText('The bio should read: Product designer. Then press Save.')).toBeUndefined();
    expect(quoteAnnouncedText('The bio should read: "Product designer."')).toBeUndefined();
    expect(quoteAnnouncedText('The code should read: X7Q')).toBeUndefined();
    expect(quoteAnnouncedText('This is it - done now')).toBeUndefined();
    expect(quoteAnnouncedText('Quarterly planning / 14 February 12:30pm / Yusuf and Dev')).toBeUndefined();
    expect(quoteAnnouncedText('Change my bio to "Ask me about houseplants." Pronouns: they/them.')).toBeUndefined();
  });

  it('leaves a text holding an order after a joint of its sentence alone', () => {
    // ", and" / ", then" / "and" / ";" / "also" before a verb of action: an order follows, the text's end is not said.
    for (const task of [
      'The bio should read: Product designer in Lisbon and click Save',
      'The bio should read: Product designer in Lisbon, then press Save.',
      'Set the title to this: Spring sale and publish it',
      'Change the status so it will read: out of office until Monday; also turn on auto-reply',
      'I want to say - thanks for all the help, and mark the ticket solved',
    ]) {
      expect(quoteAnnouncedText(task)).toBeUndefined();
    }
    // "and" between nouns joins words of the text itself.
    expect(quoteAnnouncedText('The bio should read: Product designer in Lisbon. Cat person.')).toBe('The bio should read: “Product designer in Lisbon. Cat person.”');
    expect(quoteAnnouncedText('put this as my bio - Coffee, maps and long walks.')).toBe('put “Coffee, maps and long walks.” as my bio');
  });

  it('makes the announced text one quoted value, as a quoted one is', () => {
    const rewrite = announcedTextRewrite('Change my bio to "Backend dev."', 'The bio should read: Product designer in Lisbon. Cat person.');
    expect(rewrite?.demoTask).toBe('Change my bio to "Backend dev."');
    expect(valueSpans(rewrite!.task).map((span) => [span.type, span.text])).toEqual([['quoted', 'Product designer in Lisbon. Cat person.']]);
    expect(announcedTextRewrite('Change my bio to "Backend dev."', 'Change my bio to "Cat person."')).toBeUndefined();
  });
});
