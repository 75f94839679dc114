// Review probes (session 31, review31): a day phrase said once in each task but not as the alarm's repeat days.
// bindSlots read the shared-days set for each (a wrong action); each is now refused (rules/day-set.ts).
import { describe, expect, it } from 'vitest';
import { bindAfterSwim } from '../../../../test/kits/exemplar/day-sheet.js';

const bind = bindAfterSwim;

describe('review probes: a day phrase that names the days left out', () => {
  it('control: the shared phrase is read', () => {
    expect(bind('Set an alarm for 18:05 every day, called Gym.')).toBeDefined();
  });
  // "Skip it on weekends" asks Saturday and Sunday off; the set reading turned exactly Saturday and Sunday on ("skip"
  // is now a narrowing word of day-set.ts).
  it('reads no set from a phrase after "skip"', () => {
    expect(bind('Set an alarm for 18:05, called Gym. Skip it on weekends.')).toBeUndefined();
  });
  // "I rest at weekends" says when there is no alarm; the weekend toggles would be left on alone.
  // Was it.fails (session 31). A clause told of the person (told-verbs.ts TELLING_SUBJECTS) naming nothing else of the task.
  it('reads no set from a phrase saying when the person rests', () => {
    expect(bind('Set an alarm for 18:05 called Gym; I rest at weekends.')).toBeUndefined();
    expect(bind('Set an alarm for 18:05 called Gym, and we\'re away at weekends.')).toBeUndefined();
  });
  // Beside it, still read: a told clause naming what the alarm is for (alarm-set's "I've got gym on weekdays, so …"),
  // and a subject that asks ("I need it …", "I'd like …").
  it('reads the set where the told clause names the alarm, or the subject asks for the days', () => {
    expect(bind('I\'ve got gym at weekends, so I need to be up at 18:05. Call the alarm Gym.')).toBeDefined();
    expect(bind('Set an alarm for 18:05 called Gym, I need it at weekends.')).toBeDefined();
    expect(bind('I\'d like an alarm at weekends, 18:05, called Gym.')).toBeDefined();
  });
});

// Review probes (session 32, review32): nearby wordings where the phrase names the days the alarm is not for.
describe('review32 probes: a day phrase that is no repeat set', () => {
  // Was it.fails (review32): "weekends excluded" read as the set — Saturday and Sunday alone left on, the days excluded.
  it('reads no set from a phrase with "excluded" after it', () => {
    expect(bind('Set an alarm for 18:05 called Gym, weekends excluded.')).toBeUndefined();
  });
  // Was it.fails (review32): a clause told of someone else ("Sam rests …") read as the set — Saturday and Sunday alone on.
  it('reads no set from a phrase told of someone else', () => {
    expect(bind('Set an alarm for 18:05 called Gym; Sam rests at weekends.')).toBeUndefined();
  });
  // Was it.fails (review32): "Weekends are for sleeping in" (the days with no alarm) read as the set — Saturday and Sunday on.
  it('reads no set from a sentence saying what the days are for', () => {
    expect(bind('Set an alarm for 18:05 called Gym. Weekends are for sleeping in.')).toBeUndefined();
  });
  // Beside them, still read: the days asked, a request opening with a verb, a name that is the alarm's own label.
  it('reads the set where the days are asked ("Repeat at weekends", "Gym at weekends", "weekends included")', () => {
    expect(bind('Set an alarm for 18:05 called Gym. Repeat at weekends.')).toBeDefined();
    expect(bind('Set an alarm for 18:05 called Gym; Gym at weekends.')).toBeDefined();
    expect(bind('Set an alarm for 18:05 called Gym at weekends.')).toBeDefined();
  });
  it('reads no set after "omitted", from "Mum works at weekends" or "Weekends are family time"', () => {
    expect(bind('Set an alarm for 18:05 called Gym, weekends omitted.')).toBeUndefined();
    expect(bind('Set an alarm for 18:05 called Gym. Mum works at weekends.')).toBeUndefined();
    expect(bind('Set an alarm for 18:05 called Gym. Weekends are family time.')).toBeUndefined();
  });
  // Held: narrowing words, a start or an end day, a closing day, an alternative.
  it('reads no set after "except", "not", "no", a start or end day, or beside "or maybe"', () => {
    for (const task of [
      'Set an alarm for 18:05 called Gym, except at weekends.',
      'Set an alarm for 18:05 called Gym, not at weekends.',
      'Set an alarm for 18:05 called Gym. No gym at weekends.',
      'Set an alarm for 18:05 called Gym, starting next Monday.',
      'Set an alarm for 18:05 called Gym, until Friday.',
      'Set an alarm for 18:05 called Gym; the gym is closed on Sundays.',
      "Set an alarm for 18:05 called Gym. I'm off at weekends.",
      'Set an alarm for 18:05 called Gym at weekends, or maybe weekdays.',
    ]) expect(bind(task), task).toBeUndefined();
  });
});
