// Review probes (session 34, review34) of rules/day-set.ts's new refusals (a clause whose subject is named with a
// determiner tells of it; days fronted before a told subject; bare days opening a clause), at the binding as
// day-set.review33.test.ts reads them: the demonstration 'set yourself an alarm for 6:35 AM every day' and a new text
// naming "weekends". A set read there turns Saturday and Sunday on alone and every other day off. Hostile: a told
// clause whose subject has no determiner (a bare plural, a name, "everyone", "Gym"), and the alarm itself named with a
// determiner ("my alarm", "this one"). `it.fails` marks a set misread (wrong action) or a false refusal.
import { describe, expect, it } from 'vitest';
import { bindAfterSwim } from '../../../../test/kits/exemplar/day-sheet.js';

const bind = bindAfterSwim;

describe('review34 probes of day-set that hold', () => {
  it('reads no set from a told clause whose subject is a bare plural, a name or "everyone"', () => {
    for (const task of [
      'Set an alarm for 18:05 called Gym. Everyone sleeps in at weekends.',
      'Set an alarm for 18:05 called Gym. John works at weekends.',
    ]) expect(bind(task), task).toBeUndefined();
  });
  it('reads the set where the alarm itself is the subject named with a determiner', () => {
    for (const task of ['Set an alarm for 18:05 called Gym. The alarm should ring at weekends.', 'Set an alarm for 18:05 called Gym. It should ring at weekends only.']) {
      expect(bind(task)?.names, task).toEqual(['saturday', 'sunday']);
    }
  });
});

describe('review34 day-set: told clauses without a determiner (set misread: Saturday and Sunday on, the rest off)', () => {
  // Wrong action (set misread): "Nobody needs it at weekends" says the opposite — the alarm is not wanted then — and
  // Saturday and Sunday are read as the days asked (on alone, the rest off).
  it.fails('wrong action: reads no set from "Nobody needs it at weekends."', () => {
    expect(bind('Set an alarm for 18:05 called Gym. Nobody needs it at weekends.')).toBeUndefined();
  });
  // Wrong action (set misread): "Classes run at weekends." tells when classes run; the alarm's days are not said.
  it.fails('wrong action: reads no set from "Classes run at weekends."', () => {
    expect(bind('Set an alarm for 18:05 called Gym. Classes run at weekends.')).toBeUndefined();
  });
  // Wrong action (set misread): the label's own word as the subject of a told clause ("Gym is closed at weekends").
  it.fails('wrong action: reads no set from "Gym is closed at weekends."', () => {
    expect(bind('Set an alarm for 18:05 called Gym. Gym is closed at weekends.')).toBeUndefined();
  });
});

describe('review34 day-set: the alarm named with a determiner asks', () => {
  // False refusal: "my alarm" is the alarm asked for (and "go off" is ringing, not "off"); no set is read.
  it.fails('false refusal: reads the set from "My alarm should go off at weekends."', () => {
    expect(bind('Set an alarm for 18:05 called Gym. My alarm should go off at weekends.')?.names).toEqual(['saturday', 'sunday']);
  });
  it('reads the set from "This one is for weekends."', () => {
    expect(bind('Set an alarm for 18:05 called Gym. This one is for weekends.')?.names).toEqual(['saturday', 'sunday']);
  });
});
