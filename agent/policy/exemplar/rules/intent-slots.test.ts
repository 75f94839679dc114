import { describe, expect, it } from 'vitest';
import { alignTasks } from '../align-tasks.js';
import { withIntentSynonyms } from '../intent-words.js';
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
    expect(settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: [slot('pop-up', 'notice')] }).slots).toEqual([]);
    const kept = [slot('name field', 'city field'), slot('text field', 'field'), slot('first name', 'name'), slot('pop-up', 'email')];
    expect(settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: kept }).slots).toEqual(kept);
  });

  it('reads "get rid of" with its object: a pop-up is cleared away (closed), an e-mail deleted', () => {
    expect(alignTasks('Close the notice, then click "Teams".', 'Get rid of the notice and go to "Messages".').slots).toEqual([{ old: ['Teams'], new: ['Messages'], list: false, kind: 'quoted' }]);
    expect(alignTasks('Dismiss the pop-up and open "Teams".', 'Close the notice, then click "Billing".').slots).toEqual([{ old: ['Teams'], new: ['Billing'], list: false, kind: 'quoted' }]);
    // Closing never stands for deleting, nor deleting an e-mail for closing a notice.
    expect(alignTasks('Close the notice, then click "Teams".', 'Delete the notice and go to "Messages".').score).toBe(0);
    expect(alignTasks('Close the notice from Ann.', 'Get rid of the email from Bob.').score).toBeLessThan(0.5);
    // Retrieval finds demonstrations of closing it too.
    expect(withIntentSynonyms('Get rid of the notice and go to "Messages".')).toMatch(/close.*dismiss|dismiss.*close/);
  });

  it('reads a clause verb outside the intents by what it asks: dragging an item somewhere moves it', () => {
    expect(settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: [slot('Move Bjorn', 'Drag Kwame'), slot('Move', 'Drag')] }).slots).toEqual([slot('Bjorn', 'Kwame')]);
    expect(alignTasks('Move Bjorn to the 3rd position and click Save.', 'Drag Kwame to the 4th position, then press Send.').slots).toEqual([
      slot('Bjorn', 'Kwame'),
      { old: ['3rd'], new: ['4th'], list: false, kind: 'text' },
      slot('Save', 'Send'),
    ]);
    // Two requests stay a slot: sending on is no moving, nor liking sharing.
    const kept = [slot('Send Ines', 'Move Dario'), slot('Like Ann', 'Share Bob'), slot('Enable Wi-Fi', 'Disable Bluetooth')];
    expect(settleIntentSlots({ score: 0.6, anchors: 3, unpaired: [], slots: kept }).slots).toEqual(kept);
  });
});
