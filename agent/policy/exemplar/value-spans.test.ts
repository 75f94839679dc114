import { describe, expect, it } from 'vitest';
import { valueSpans } from './value-spans.js';

const read = (text: string) => valueSpans(text).map((span) => `${span.type}:${span.value}`);

describe('a number written with its unit', () => {
  it('reads a product named with its strength as one name, glued or spaced ("Omeprazole 20mg", "Metformin 500 mg")', () => {
    expect(read('For pickup on 01/06/2025, request a refill of Omeprazole 20mg (quantity 30).')).toEqual(['date:2025-01-06', 'name:Omeprazole 20mg', 'number:30']);
    expect(read('Could you please refill my Levothyroxine 50mcg? 90 tablets, thanks.')).toEqual(['name:Levothyroxine 50mcg', 'number:90']);
    expect(read('Please refill my Metformin 500 mg today')).toEqual(['name:Metformin 500 mg']);
  });

  it('keeps counts counts: "90 tablets", "qty 90", "30 pills" are numbers, no measure', () => {
    expect(read('Refill: Amlodipine 5mg, qty 90, pickup 08/25/2025')).toEqual(['name:Amlodipine 5mg', 'number:90', 'date:2025-08-25']);
    expect(read('I want 30 pills and 90 tablets')).toEqual(['number:30', 'number:90']);
  });

  it('reads a measure without a name as its number, the unit left a word of the text ("2.5kg" → 2.5)', () => {
    const spans = valueSpans('Set the weight to 2.5kg and pour 5 ml');
    expect(spans.map((span) => `${span.type}:${span.text}`)).toEqual(['number:2.5', 'number:5']);
    expect('Set the weight to 2.5kg'.slice(spans[0]!.end)).toBe('kg');
  });

  it('reads no unit where letters only follow a number ("5b", "2nd", "3rd-floor")', () => {
    expect(read('Flat 5b is on the 2nd floor')).toEqual([]);
    expect(read('Sit in row 12 tonight')).toEqual(['number:12']);
  });
});

describe('a day with no year', () => {
  it('reads a weekday, a month and day, or a numeric day as one day value, never a name or a bare number', () => {
    expect(read('Could you set up the lunch for Thursday, 9:30? Please invite Greta.')).toEqual(['day:Thursday', 'time:9:30', 'name:Greta']);
    expect(read('Invite Dev to "Team lunch" at 11:00 AM on 24 September, please.')).toEqual(['name:Dev', 'quoted:Team lunch', 'time:11:00 AM', 'day:24 September']);
    expect(read('Put it in the calendar for 10/13 at 3:00 PM')).toEqual(['day:10/13', 'time:3:00 PM']);
    expect(read('Schedule it on September 24th')).toEqual(['day:September 24th']);
    // A weekday opening a sentence is the day all the same; a year makes it a date.
    expect(read('Thursday works.')).toEqual(['day:Thursday']);
    expect(read('Born on 15 March 1972')).toEqual(['date:1972-03-15']);
    // An abbreviated month with its full stop in a date with a year stays one date.
    expect(read('Book it for Sep. 24, 2026 please.')).toEqual(['date:2026-09-24']);
    // A month abbreviated after its day, a weekday with its day of the month: one day each, no name "Mar" or "Tue".
    expect(read('Find flights from Madrid to Prague on 17 Mar.')).toEqual(['name:Madrid', 'name:Prague', 'day:17 Mar']);
    expect(read('I am flying Vienna to Prague on Tue the 11th for 2 of us.')).toEqual(['name:Vienna', 'name:Prague', 'day:Tue the 11th', 'number:2']);
    expect(read('On Friday the 14th, search Oslo to Lisbon.')).toEqual(['day:Friday the 14th', 'name:Oslo', 'name:Lisbon']);
    // A weekday with a bare day number, as day chips write it ("Thu 13"): one day; not before a time or a month.
    expect(read('Could you get me a haircut on Thu 13 at 1:30pm?')).toEqual(['day:Thu 13', 'time:1:30pm']);
    // A bare number before other words, or after a comma, is a number of its own: a count, an hour.
    expect(read('Book a table for Saturday, 4 people')).toEqual(['day:Saturday', 'number:4']);
    expect(read('Reserve Monday 2 tickets')).toEqual(['day:Monday', 'number:2']);
    expect(read("Friday 6 o'clock")).toEqual(['day:Friday', 'number:6']);
    expect(read('At 15:30 on Mon 6, please.')).toEqual(['time:15:30', 'day:Mon 6']);
    expect(read('Book Fri 7 Mar for Ann.')).toEqual(['name:Fri', 'day:7 Mar', 'name:Ann']);
  });

  it('leaves a weekday that is one word of a name, and numbers that are no day', () => {
    expect(read('Book Tuesday Lunch, then press Save.')).toEqual(['name:Tuesday Lunch', 'name:Save']);
    expect(read('Order 3 of 12 boxes')).toEqual(['number:3', 'number:12']);
    expect(read('Set it to 13/13')).toEqual([]);
    // An abbreviated month before the day stays a row's data (rules/dropped-row-key.ts).
    expect(read('Show me the item listed Jul 11, please.')).toEqual(['name:Jul', 'number:11']);
  });
});

describe('a code: one word of letters ending in digits', () => {
  it('reads a password or reference as one value, whatever joins its parts ("Kite_quartz48", "Tango.lumen15", "Maplekite28")', () => {
    expect(read('PW change - old: Kite_quartz48 new: Tango.lumen15')).toEqual(['code:Kite_quartz48', 'code:Tango.lumen15']);
    expect(read('Change my password from Otter-tango34 to Maplekite28.')).toEqual(['code:Otter-tango34', 'code:Maplekite28']);
  });

  it('reads no code in an ordinal, a time or a word with no digits at its end; a gate "B12" is a grid code (grid-codes.ts)', () => {
    const codes = (text: string) => read(text).filter((value) => value.startsWith('code:'));
    expect(codes('Take the 2nd left at 9am to gate B12')).toEqual(['code:B12']);
    expect(codes('Set the mode to x86 and the tag to v2, then COVID-19')).toEqual([]);
  });

  it('reads a reference of one or two capitals and three or more digits as one code ("#C4115", "B5895", "LH1234"), no name "C"', () => {
    expect(read('Return order #C4115.')).toEqual(['code:C4115']);
    expect(read('I need the invoice of order number B5895.')).toEqual(['code:B5895']);
    expect(read('Check in for flight LH1234 on Monday.')).toEqual(['code:LH1234', 'day:Monday']);
    expect(read('Print it on A4-sized paper, 2 copies.').filter((value) => value.startsWith('code:'))).toEqual([]);
  });
});

describe('a grid code: a seat, a gate, a cell', () => {
  it('reads "C5", "D2, D3" and a row named apart with its seats as one code per seat, no name and loose number', () => {
    expect(read('Book seat C5 for tonight\'s show.')).toEqual(['code:C5']);
    expect(read('Could you grab D2, D3 for me?')).toEqual(['code:D2', 'code:D3']);
    expect(read('Text from Omar: "get us seats B2 and B3, that row has the best view"')).toEqual(['code:B2', 'code:B3']);
    expect(read('Row E, seats 5 and 6 - those two please.')).toEqual(['code:E5', 'code:E6']);
    expect(read('Row C, seat 1 - that one please.')).toEqual(['code:C1']);
  });

  it('reads a count after a demonstrative as pointing back only when it counts the values just named', () => {
    expect(read('Seats C5, C6 and C7 - those two please.')).toEqual(['code:C5', 'code:C6', 'code:C7', 'number:2']);
    expect(read('Buy that one and two more.')).toEqual(['number:1', 'number:2']);
  });
});

describe('a modifier key the task says to hold', () => {
  it('reads "hold Ctrl", "holding down the Shift key" and "Ctrl-click" as a key, no name; a name "Ctrl" elsewhere stays one', () => {
    expect(read('Select Porto, Riga and Oslo in the list (hold Ctrl to pick several), then press Apply.')).toEqual(['name:Porto', 'name:Riga', 'name:Oslo', 'name:Apply']);
    expect(read('Pick Oslo and Lyon, holding down the Shift key.')).toEqual(['name:Oslo', 'name:Lyon']);
    expect(read('Ctrl-click Oslo and Lyon.')).toEqual(['name:Oslo', 'name:Lyon']);
    expect(read('Open the file from Ctrl Labs.')).toEqual(['name:Ctrl Labs']);
  });
});
