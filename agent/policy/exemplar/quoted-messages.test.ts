import { describe, expect, it } from 'vitest';
import { isMessage, quotedMessages, relaySenders, unquoteMessages } from './quoted-messages.js';
import { tokenizeTask } from './task-tokens.js';
import { valueSpans } from './value-spans.js';

describe('quoted messages', () => {
  it('reads a relayed request, several sentences or courtesy words as a message', () => {
    expect(isMessage('can you get Paper Moons on hold for me at Eastside, pickup by Friday', 'Message from Dana: ')).toBe(true);
    expect(isMessage('please refill the Lisinopril 10mg, ship to home', 'Your manager wrote: ')).toBe(true);
    expect(isMessage("We're out of oats. Don't buy honey, there's plenty.", 'Text from Sam: ')).toBe(true);
    expect(isMessage('I will be late to the meeting today.', 'Ravi wrote: ')).toBe(true);
  });

  it('keeps short quotes, titles and subjects as values, message-like or not', () => {
    expect(isMessage('x7Q', 'Enter ')).toBe(false);
    expect(isMessage('Blue Note', 'Find the title ')).toBe(false);
    expect(isMessage('Hi there, thanks!', 'Type ')).toBe(false);
    expect(isMessage('Yes, see you then!', 'Please write back ')).toBe(false);
    expect(isMessage('Yes, see you then!', 'Tara wrote: ')).toBe(false);
    expect(isMessage('Cannot reset my password', 'Open a ticket titled ')).toBe(false);
    expect(isMessage('Cannot reset my password', 'I need help with access: ')).toBe(false);
    expect(isMessage('Parcel marked delivered but missing', 'Subject ')).toBe(false);
    // A field's caption naming a text ("Description:"), or one field of a record parted by bars, frames a value to enter.
    expect(isMessage('The date format goes back to US after I save.', 'File a bug on the profile page: "Date format not saved". Minor. Description: ')).toBe(false);
    expect(isMessage('The date format goes back to US after I save.', 'new issue | Date format not saved | my account page | minor | ')).toBe(false);
  });

  it('keeps the text a typing or sending verb takes as one value, however it reads', () => {
    expect(isMessage('Please call me back tomorrow. Thanks!', 'Reply to Ann with ')).toBe(false);
    expect(isMessage('can you send the report?', 'Type ')).toBe(false);
    // The message a reply answers is found, not done: "respond to", "the message".
    expect(isMessage('Could you review my draft, please?', 'Could you respond to ')).toBe(false);
    expect(isMessage('Can you send me the slides?', 'answer Oscar - the message ')).toBe(false);
    expect(isMessage('Sorry, I can\'t make it - maybe next week?', 'Reply to Oscar\'s message "Thanks for yesterday!" with ')).toBe(false);
    // A colon after a relaying word makes it a relayed message again.
    expect(isMessage('Please stop the push alerts. I do want order status though.', 'From a user: ')).toBe(true);
  });

  it('blanks only a message\'s quote marks, every offset kept', () => {
    const text = 'Message from Dana: "can you get Paper Moons for me? Riverside is closest" and enter "x7Q"';
    const [message] = quotedMessages(text);
    expect(text.slice(message!.innerStart, message!.innerEnd)).toBe('can you get Paper Moons for me? Riverside is closest');
    const read = unquoteMessages(text);
    expect(read.length).toBe(text.length);
    expect(read).toContain(' can you get');
    expect(read).toContain('"x7Q"');
  });

  it('lets the tokenizer and the value finder read a message as task text', () => {
    const text = 'Delivery note: "Please deliver to Lara Costa at 119 Church Avenue, Portugal"';
    expect(tokenizeTask(text).some((token) => token.kind === 'quoted')).toBe(false);
    expect(tokenizeTask(text).map((token) => token.text)).toContain('deliver');
    const values = valueSpans(text).map((span) => `${span.type}:${span.value}`);
    expect(values).toEqual(expect.arrayContaining(['name:Lara Costa', 'name:Portugal', 'number:119']));
    expect(values.some((value) => value.startsWith('quoted:'))).toBe(false);
    // The message's first word opens a sentence: "We're" is no name; nor is its sender, "Sam".
    expect(valueSpans('Text from Sam: "We\'re out of oats. Don\'t buy honey."').filter((span) => span.type === 'name').map((span) => span.text)).toEqual([]);
    expect(tokenizeTask('Ticket: "Refund not received" (Shipping, urgent)')[2]).toMatchObject({ kind: 'quoted', text: 'Refund not received' });
  });

  it('reads the sender of a relayed message as who passes the task on, no value of it', () => {
    const dana = 'Message from Dana: "can you get The Glass Kitchen for me? Riverside is closest to my office"';
    expect(relaySenders(dana).map((sender) => [sender.name, dana.slice(sender.start, sender.end)])).toEqual([['Dana', 'Dana']]);
    expect(valueSpans(dana).map((span) => span.value)).toEqual(['The Glass Kitchen']);
    const omar = 'From Omar: "can you put Team lunch in the calendar for Thursday at 9:30 AM? Greta should come."';
    expect(relaySenders(omar).map((sender) => sender.name)).toEqual(['Omar']);
    expect(relaySenders('Lena Tanaka wrote: "Can you please approve my request today?"').map((sender) => sender.name)).toEqual(['Lena Tanaka']);
    expect(valueSpans('Message from Ben: "hey, can you send Maya Chen $40 for rent? thanks!"').map((span) => span.value)).toEqual(['Maya Chen', '40']);
    // No message after the frame (a value quoted to type), or a name elsewhere: still a value.
    expect(relaySenders('Reply to Dana: "Yes"')).toEqual([]);
    expect(valueSpans('Message from Dana and enter "Hi there"').map((span) => span.value)).toEqual(['Dana', 'Hi there']);
  });
});

describe('orders and "let\'s" in relayed quotes', () => {
  it('reads a relayed order, or a speaker talking as "let\'s", as a message', () => {
    expect(isMessage('just say yes to personalisation, marketing and analytics, nothing else', 'From Ana: ')).toBe(true);
    expect(isMessage("let's do 20% and split it 5 ways, rounded up", 'Message from Ines: ')).toBe(true);
  });

  it('keeps an order no relaying frame introduces, and a relayed statement with no other sign, as values', () => {
    expect(isMessage('just say yes to personalisation, marketing and analytics', 'Search for ')).toBe(false);
    expect(isMessage('Make it count, every single day', 'Find the poster ')).toBe(false);
    expect(isMessage('personalisation, marketing and analytics, nothing else', 'From Ana: ')).toBe(false);
  });
});

describe('a relayed quote that is the whole request', () => {
  const desk = 'From the front desk: "Emil Pike wants Basic, monthly billing, email emil.pike@posteo.net"';

  it('reads a quote that is all a relaying frame passes on as the request: its values are the task\'s', () => {
    expect(quotedMessages(desk)).toHaveLength(1);
    expect(valueSpans(desk).map((span) => `${span.type}:${span.value}`)).toEqual(['name:Emil Pike', 'name:Basic', 'email:emil.pike@posteo.net']);
    expect(isMessage('no optional cookies at all', 'From Ana: ', '')).toBe(true);
    // The sender is who passes the task on, a name of the page's or not: no value ("Ana", "IT").
    expect(valueSpans('From Ana: "no optional cookies at all"')).toEqual([]);
    const it = 'From the IT desk: "Emil Pike wants Basic, monthly billing, email emil.pike@posteo.net".';
    expect(relaySenders(it).map((sender) => sender.name)).toEqual(['the IT desk']);
    expect(valueSpans(it).map((span) => span.value)).toEqual(['Emil Pike', 'Basic', 'emil.pike@posteo.net']);
  });

  it('keeps a relayed quote a value when the task says more than its frame, or the quote is short', () => {
    // The caller without the rest of the text cannot tell: no sign.
    expect(isMessage('Emil Pike wants Basic, monthly billing', 'From the front desk: ')).toBe(false);
    expect(isMessage('Emil Pike wants Basic, monthly billing', 'From the front desk: ', ' - find that note in the log.')).toBe(false);
    expect(isMessage('Emil Pike wants Basic, monthly billing', 'Open the inbox. From the front desk: ', '')).toBe(false);
    expect(quotedMessages('From Dana: "Blue Note"')).toEqual([]);
    expect(valueSpans('From Dana: "Blue Note"').map((span) => `${span.type}:${span.value}`)).toContain('quoted:Blue Note');
    // A label that is no sender ("Ticket:", "Search:") frames a value, alone or not.
    expect(quotedMessages('Subject: "Parcel marked delivered but missing"')).toEqual([]);
    expect(valueSpans('Search: "best pizza near 10115 Berlin open late"').map((span) => `${span.type}:${span.value}`)).toEqual(['quoted:best pizza near 10115 Berlin open late']);
  });

  it('keeps a message to send or answer one value, even after a relaying frame', () => {
    expect(valueSpans('Reply "I\'ll be there at 5, thanks"').map((span) => `${span.type}:${span.value}`)).toEqual(['quoted:I\'ll be there at 5, thanks']);
    // A verb acting on the quote in the frame's clause makes it that verb's object: the text to send, or to find.
    expect(valueSpans('Send this message: "I\'ll be there at 5, thanks"').map((span) => `${span.type}:${span.value}`)).toEqual(['quoted:I\'ll be there at 5, thanks']);
    expect(quotedMessages('Answer the message from Dana: "can you come over at 5 on Friday?"')).toEqual([]);
    expect(quotedMessages('Forward the note from the front desk: "Emil Pike wants Basic, monthly billing"')).toEqual([]);
    // In a sentence of its own the frame relays again.
    expect(quotedMessages('Thanks. Message from Dana: "can you come over at 5 on Friday?"')).toHaveLength(1);
  });
});
