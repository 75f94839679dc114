import { describe, expect, it } from 'vitest';
import { alignTasks } from '../align-tasks.js';

describe('a value ends where a clause begins (clause-tail)', () => {
  it('binds the value before "but", not the clause after it', () => {
    const alignment = alignTasks('Change my password from Otter-tango34 to Quartzkite42.', 'Change my password from Maplekite28 to Otter_pepper77 but keep me signed in on my other devices.');
    const news = alignment.slots.flatMap((slot) => slot.new);
    expect(news).toContain('Otter_pepper77');
    expect(news.some((value) => value.includes('keep'))).toBe(false);
  });

  it('lets the words of the cut-off clause lower the fit, as words one text has alone', () => {
    const plain = alignTasks('Change my password from Otter-tango34 to Quartzkite42.', 'Change my password from Maplekite28 to Otter_pepper77.');
    const longer = alignTasks('Change my password from Otter-tango34 to Quartzkite42.', 'Change my password from Maplekite28 to Otter_pepper77 but keep me signed in on my other devices.');
    expect(longer.score).toBeLessThan(plain.score - 0.2);
  });

  it('leaves a gap alone when both sides hold such a word, and a joiner with no words after it', () => {
    const both = alignTasks('Set the motto to Fast but careful.', 'Set the motto to Slow yet steady.');
    expect(both.slots.flatMap((slot) => slot.new)).toContain('Slow yet steady');
    const trailing = alignTasks('Set the name to Alma.', 'Set the name to Rosa but.');
    expect(trailing.slots.flatMap((slot) => slot.new).join(' ')).toContain('Rosa');
  });
});

describe('a slash standing apart parts a terse note (clause-tail)', () => {
  it('ends the value at " / ", the request after it one text has alone', () => {
    const alignment = alignTasks('PW change - old: Kite_quartz48 new: Kite_tango13 / log out other devices', 'PW change - old: Quartz_cinder33 new: Tango.lumen15');
    expect(alignment.slots.map((slot) => [slot.old.join(' '), slot.new.join(' ')])).toEqual([
      ['Kite_quartz48', 'Quartz_cinder33'],
      ['Kite_tango13', 'Tango.lumen15'],
    ]);
  });

  it('keeps a slash inside a word as part of the word ("she/her")', () => {
    const alignment = alignTasks('Set my pronouns to she/her.', 'Set my pronouns to they/them / thanks a lot.');
    expect(alignment.slots.flatMap((slot) => slot.new)).toContain('they/them');
  });
});
