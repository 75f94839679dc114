import { describe, expect, it } from 'vitest';
import { alignTasks } from '../align-tasks.js';
import { settleIntentSlots } from './intent-slots.js';

const slot = (old: string, value: string) => ({ old: [old], new: [value], list: false, kind: 'text' as const });

describe('slots that only word one request another way', () => {
  it('drops a slot of two verbs of one intent and narrows "press OK" → "hit Go" to the captions', () => {
    const settled = settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: [slot('Go to', 'Open the'), slot('press OK', 'hit Go')] });
    expect(settled.slots).toEqual([slot('OK', 'Go')]);
  });

  it('keeps verbs of different intents, and a verb whose counterpart has a value after it', () => {
    const kept = [slot('Delete', 'Open'), slot('press OK', 'hit'), slot('Archive it', 'Reply to it')];
    expect(settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: kept }).slots).toEqual(kept);
  });

  it('aligns phrasings that differ only in their verbs', () => {
    expect(alignTasks('Go to Support.', 'Open the Support page.').slots).toEqual([]);
    expect(alignTasks('Pick 2016-08-24 in the calendar and press OK.', 'Select Mar 19, 1964 on the calendar and hit Go.').slots).toEqual([
      { old: ['2016-08-24'], new: ['Mar 19, 1964'], list: false, kind: 'number' },
      slot('OK', 'Go'),
    ]);
  });

  it('drops a slot that only names the kind of control, and keeps one whose other words differ', () => {
    const settled = settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: [slot('name field', 'name'), slot('the email box', 'email input')] });
    expect(settled.slots).toEqual([]);
    const kept = [slot('name field', 'city field'), slot('text field', 'field'), slot('first name', 'name')];
    expect(settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: kept }).slots).toEqual(kept);
  });
});
