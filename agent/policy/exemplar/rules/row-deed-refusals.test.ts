/**
 * Where rules/row-deed.ts must refuse: near cases of a deed on a card where a reading that drops words, matches a
 * value in the wrong part of a card, or takes a caption's deed word for the deed would press the wrong control or
 * call a half-done deed done. Each `it` failed before the mend it names (review of session 28).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { click, directory, element, orders, pressed } from '../../../../test/kits/exemplar/card-lists.js';
import { captionDeed, groundDeedConfirmation, groundRowDeed, readRowDeed, type RowDeedPick } from './row-deed.js';

/** The row (or card) holding an element, by walking up to the list item. */
const rowOf = (control: UIElement | undefined, elements: readonly UIElement[]): string | undefined => {
  for (let up = control; up; up = elements.find((candidate) => candidate.id === up!.parentId)) if (up.role === 'listitem') return up.text;
  return undefined;
};

/** The demonstration's page of orders and its one press, read with the new task: the pick, or the refusal. */
function readOnOrders(demoTask: string, task: string, deedCaption: string, demoRows: Parameters<typeof orders>[0], demoRow: number): { pick?: RowDeedPick; gap?: string } {
  const elements = orders(demoRows);
  const target = elements.filter((candidate) => candidate.text === deedCaption)[demoRow]!;
  const read = readRowDeed({ demoTask, task, steps: [click(elements, target)] });
  return 'pick' in read ? { pick: read.pick } : { gap: read.gap };
}

const demoOrders: Parameters<typeof orders>[0] = [
  ['Ordered 14 Jun 2026', 'C4115', '£131.49', 'Kettle', ['Track parcel', 'Reorder', 'Start a return', 'Invoice']],
  ['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Track parcel', 'Reorder', 'Start a return', 'Invoice']],
];

describe('a value is matched only where the card shows it as the thing the task means', () => {
  it('"Track order 14" never tracks order #15 because #15 was ordered on the 14th', () => {
    const { pick, gap } = readOnOrders('Track order #C4115.', 'Track order 14.', 'Track parcel', demoOrders, 0);
    expect(gap).toBeUndefined();
    // The shop numbers its orders #14, #15 …; only #15 is on screen (newest first), and it was ordered on 14 Jun.
    const page = orders([['Ordered 14 Jun 2026', '15', '£22.00', 'Teapot', ['Track parcel', 'Invoice']], ['Ordered 9 Jun 2026', '16', '£9.00', 'Mug', ['Track parcel', 'Invoice']]]);
    const grounding = groundRowDeed(pick!, page);
    expect(rowOf(pressed(grounding, page), page) ?? 'nothing pressed').not.toContain('#15');
  });

  it('"Reorder my order from the 4th of June" never reorders the order placed on the 2nd and delivered on the 4th', () => {
    const { pick } = readOnOrders('Reorder my order from the 14th of June.', 'Reorder my order from the 4th of June.', 'Reorder', demoOrders, 0);
    expect(pick).toMatchObject({ deed: 'reorder', values: ['4th of June'] });
    const page = orders([['Ordered 2 Jun 2026 · Delivered 4 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Reorder', 'Invoice']], ['Ordered 28 May 2026 · Delivered 1 Jun 2026', 'B2177', '£7.20', 'Tea', ['Reorder', 'Invoice']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? 'nothing pressed').not.toContain('B2201');
  });

  it('"Call Noah Nassar" never calls Priya because her card says calls go to Noah while she is away', () => {
    const demo = directory([['Hana Sato', 'Analyst', 'Sales', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
    const send = demo.filter((candidate) => candidate.label === 'Send message')[0]!;
    const read = readRowDeed({ demoTask: 'Send Hana Sato a message.', task: 'Call Noah Nassar.', steps: [click(demo, send)] });
    expect(read).toMatchObject({ pick: { deed: 'call', values: ['Noah', 'Nassar'] } });
    // Noah's own card is further down the directory (behind "Show more").
    const page = directory([['Priya Shah', 'Engineer', 'Platform', 'Leeds', 'Away until 12 Jun — calls go to Noah Nassar'], ['Omar Berg', 'Designer', 'Design', 'Dijon']], true);
    const control = pressed(groundRowDeed((read as { pick: RowDeedPick }).pick, page), page);
    expect(rowOf(control, page) ?? 'nothing pressed').not.toContain('Priya Shah');
  });

  it('"Return the kettle" never returns the kettle descaler', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    expect(pick).toMatchObject({ deed: 'return', values: ['kettle'] });
    // The kettle's order is past its return window (no return offered); the descaler's is not.
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£6.99', 'Kettle descaler', ['Start a return', 'Invoice']], ['Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Invoice']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? 'nothing pressed').not.toContain('descaler');
  });
});

describe('no word of the task is dropped that changes the card or the request', () => {
  it('"the order that cost over 40 pounds" is never the £40 order', () => {
    const { pick, gap } = readOnOrders('Reorder the 131.49 pounds order.', 'Reorder the order that cost over 40 pounds.', 'Reorder', demoOrders, 0);
    // Once read as the one order showing "40" ("over" dropped as a common word): a comparing word is now a refusal.
    expect({ pick, gap }).toMatchObject({ gap: expect.any(String) });
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£40', 'Lamp', ['Reorder']], ['Ordered 1 Jun 2026', 'B2190', '£55', 'Kettle', ['Reorder']], ['Ordered 30 May 2026', 'B2188', '£12', 'Tea', ['Reorder']]]);
    // Even were "40 pounds" read alone, it names "£40": the pick the reading once made presses that row, so it must not be made.
    expect(rowOf(pressed(groundRowDeed({ deed: 'reorder', values: ['£40'] }, page), page), page)).toContain('£40');
  });

  it('"42.50 dollars" is never a £42.50 order', () => {
    const { pick } = readOnOrders('Return the 131.49 pounds order.', 'Return the 42.50 dollars order.', 'Start a return', demoOrders, 0);
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£42.50', 'Lamp', ['Start a return']], ['Ordered 1 Jun 2026', 'B2190', '£18.00', 'Kettle', ['Start a return']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? 'nothing pressed').not.toContain('£42.50');
  });

  it('"the £42.50 order" is never a $42.50 order: the task\'s own currency sign is dropped', () => {
    const { pick } = readOnOrders('Return the £131.49 order.', 'Return the £42.50 order.', 'Start a return', demoOrders, 0);
    // An order from the shop's US store, the £42.50 one not on screen.
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '$42.50', 'Lamp', ['Start a return']], ['Ordered 1 Jun 2026', 'B2190', '£18.00', 'Kettle', ['Start a return']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? 'nothing pressed').not.toContain('$42.50');
  });

  it('"Cancel order #B2201 and order the kettle" is two requests: cancelling alone is half of it', () => {
    const { pick, gap } = readOnOrders('Cancel order #C4115.', 'Cancel order #B2201 and order the kettle.', 'Cancel order', [
      ['Ordered 14 Jun 2026', 'C4115', '£131.49', 'Kettle', ['Cancel order']],
      ['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle, Lamp', ['Cancel order']],
    ], 0);
    expect({ pick, gap }).toMatchObject({ gap: expect.any(String) });
  });
});

describe('the confirmation after the deed', () => {
  it('a dialog\'s "Cancel" that closes it is never the confirmation of cancelling the order', () => {
    const rows = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Cancel order']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Cancel order']]]);
    const dialog = element('dialog', 'Cancel order #B2201? This cannot be undone.', undefined);
    const elements = [...rows, dialog, element('button', 'Cancel', dialog.id), element('button', 'Confirm', dialog.id)];
    expect(pressed(groundDeedConfirmation('cancel', elements), elements)?.text ?? 'nothing pressed').not.toBe('Cancel');
  });

  it('"Cancel the kettle from order #B2201" never cancels the whole order', () => {
    // An order card holding its items, each with its own "Cancel item", and the order's "Cancel order".
    const list = element('list', '', undefined);
    const order = element('listitem', 'Ordered 2 Jun 2026 Order #B2201 £60.00', list.id);
    const head = element('generic', '', order.id);
    const items = element('list', '', order.id);
    const kettle = element('listitem', 'Kettle £42.00', items.id);
    const lamp = element('listitem', 'Lamp £18.00', items.id);
    const other = element('listitem', 'Ordered 1 Jun 2026 Order #A1093 £9.00 Tea', list.id);
    const page = [list, order, head, element('text', 'Ordered 2 Jun 2026', head.id), element('text', 'Order #B2201', head.id), element('button', 'Cancel order', head.id), items,
      kettle, element('text', 'Kettle', kettle.id), element('button', 'Cancel item', kettle.id), lamp, element('text', 'Lamp', lamp.id), element('button', 'Cancel item', lamp.id),
      other, element('text', 'Order #A1093', other.id), element('text', 'Tea', other.id), element('button', 'Cancel order', other.id)];
    const control = pressed(groundRowDeed({ deed: 'cancel', values: ['kettle', 'B2201'], kindWords: ['order'] }, page), page);
    expect(control?.text ?? 'nothing pressed').not.toBe('Cancel order');
  });
});

describe('a caption names a deed only when it asks for it', () => {
  const cancelRows = () => orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Cancel order']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Cancel order']]]);

  it('a dialog\'s "Don\'t cancel" is never the confirmation of cancelling', () => {
    const dialog = element('dialog', 'Cancel order #B2201? This cannot be undone.', undefined);
    const elements = [...cancelRows(), dialog, element('button', "Don't cancel", dialog.id), element('button', 'Confirm', dialog.id)];
    expect(pressed(groundDeedConfirmation('cancel', elements), elements)?.text ?? 'nothing pressed').not.toBe("Don't cancel");
  });

  it('the ringing dialog\'s "End call" is never the confirmation of the call just started', () => {
    const elements = directory([['Hana Sato', 'Analyst', 'Sales', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
    const dialog = element('dialog', 'Calling Hana Sato…', undefined);
    const page = [...elements, dialog, element('text', 'Ringing', dialog.id), element('button', '⏹', dialog.id, { label: 'End call' })];
    expect(pressed(groundDeedConfirmation('call', page), page)?.label ?? 'nothing pressed').not.toBe('End call');
  });

  it('"Return the kettle" never presses the kettle order\'s "Return policy" link', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    // The kettle's return window has closed: its row offers only the shop's return policy; the lamp's row a return.
    const page = orders([['Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Return policy', 'Invoice']], ['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Start a return', 'Invoice']]]);
    expect(pressed(groundRowDeed(pick!, page), page)?.text ?? 'nothing pressed').not.toBe('Return policy');
  });

  it('"Call Hana Sato" never presses "Copy phone number" on a card offering no call', () => {
    const demo = directory([['Noah Nassar', 'Writer', 'Support', 'Ghent'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
    const send = demo.filter((candidate) => candidate.label === 'Send message')[0]!;
    const read = readRowDeed({ demoTask: 'Send Noah Nassar a message.', task: 'Call Hana Sato.', steps: [click(demo, send)] });
    // A guest's card: no ☎, only a button copying the number to the clipboard.
    const page = directory([['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
    const guest = element('listitem', 'Hana Sato Guest · Dijon', page[0]!.id);
    page.push(guest, element('text', 'Hana Sato', guest.id), element('text', 'Guest · Dijon', guest.id), element('button', '⧉', guest.id, { label: 'Copy phone number' }));
    expect(pressed(groundRowDeed((read as { pick: RowDeedPick }).pick, page), page)?.label ?? 'nothing pressed').not.toBe('Copy phone number');
  });

  it('a cancellation confirmed inline in the row (no dialog) is not done', () => {
    // After "Cancel order" the row asks in place; groundDeedConfirmation sees no dialog and calls the deed done.
    const page = cancelRows();
    const row = page.find((candidate) => candidate.text.includes('B2201') && candidate.role === 'listitem')!;
    page.push(element('text', 'Cancel this order?', row.id), element('button', 'Yes, cancel', row.id), element('button', 'Keep order', row.id));
    expect(groundDeedConfirmation('cancel', page)).not.toMatchObject({ ok: true, satisfied: true });
  });
});

describe('readings and groundings that already refused', () => {
  it('refuses two deeds, a negation, an un-deed, another request', () => {
    for (const task of ['Call Priya and message Sam.', 'Cancel order #B1 and reorder #B2.', 'Cancel order 14 and buy it again.', "Don't call Hana Sato.", 'Unstar Hana Sato.', 'Remove Hana Sato from favourites.', 'Archive the email from Rhea.', 'Reorder everything except the kettle.']) {
      const { pick } = readOnOrders('Reorder order #C4115.', task, 'Reorder', demoOrders, 0);
      expect(pick, task).toBeUndefined();
    }
  });

  it('keeps relational words a card must show, and tells #A597 from #A5973 and 4 June from 4 July', () => {
    const page = orders([['Ordered 4 Jul 2026', 'A5973', '£12.00', 'Mug', ['Reorder']], ['Ordered 9 Jun 2026', 'A5974', '£12.00', 'Cup', ['Reorder']]]);
    for (const task of ['Reorder order #A597.', 'Reorder my order from June 4.', 'Reorder the order placed before July 4.', 'Reorder the second order.', 'Reorder every order from July.']) {
      const { pick } = readOnOrders('Reorder order #C4115.', task, 'Reorder', demoOrders, 0);
      expect(pick ? groundRowDeed(pick, page).ok : false, task).toBe(false);
    }
  });

  it('refuses a dialog offering both a close "Cancel" and "Cancel order"', () => {
    const rows = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Cancel order']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Cancel order']]]);
    const dialog = element('dialog', 'Cancel order #B2201?', undefined);
    const elements = [...rows, dialog, element('button', 'Cancel', dialog.id), element('button', 'Cancel order', dialog.id)];
    expect(groundDeedConfirmation('cancel', elements).ok).toBe(false);
  });
});

describe('beside the refusals, the same readings still act', () => {
  it('an amount in the task\'s currency picks the row in that currency, however the task writes it', () => {
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£42.50', 'Lamp', ['Start a return']], ['Ordered 1 Jun 2026', 'B2190', '$42.50', 'Kettle', ['Start a return']]]);
    for (const [task, row] of [['Return the 42.50 dollars order.', 'B2190'], ['Return the £42.50 order.', 'B2201'], ['Return the 42.50 pounds order.', 'B2201']] as const) {
      const { pick } = readOnOrders('Return the 131.49 pounds order.', task, 'Start a return', demoOrders, 0);
      expect(rowOf(pressed(groundRowDeed(pick!, page), page), page), task).toContain(row);
    }
  });

  it('an order\'s number still tells its row, a date beside it read apart', () => {
    const { pick } = readOnOrders('Track order #C4115.', 'Track order 15.', 'Track parcel', demoOrders, 0);
    const page = orders([['Ordered 14 Jun 2026', '15', '£22.00', 'Teapot', ['Track parcel', 'Invoice']], ['Ordered 15 Jun 2026', '16', '£9.00', 'Mug', ['Track parcel', 'Invoice']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page)).toContain('#15');
  });

  it('an item among a row\'s items ("Kettle, Lamp") is that item for a deed on the whole order that takes nothing else (track, invoice)', () => {
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£6.99', 'Kettle descaler', ['Track parcel', 'Start a return']], ['Ordered 1 Jun 2026', 'A1093', '£42.50', 'Kettle, Lamp', ['Track parcel', 'Start a return']]]);
    const { pick: track } = readOnOrders('Track the lamp I ordered.', 'Track the kettle I ordered.', 'Track parcel', demoOrders, 1);
    expect(rowOf(pressed(groundRowDeed(track!, page), page), page)).toContain('A1093');
    // Returning the order would return the lamp too: refused.
    const { pick: give } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    expect(groundRowDeed(give!, page)).toMatchObject({ ok: false, reason: expect.stringContaining('among other things') });
    // Alone in its row ("Kettle"), it is returned; a date's comma ("Jun 1, 2026") lists nothing.
    const alone = orders([['Jun 3, 2026', 'B2210', '£6.99', 'Kettle descaler', ['Start a return']], ['Jun 1, 2026', 'A1093', '£42.50', 'Kettle', ['Start a return']]]);
    expect(rowOf(pressed(groundRowDeed(give!, alone), alone), alone)).toContain('A1093');
  });

  it('captions asking for the deed name it; captions naming its word for something else do not', () => {
    const caption = (text: string) => captionDeed({ text });
    expect(['Start a return', 'Track parcel', 'Add to favourites', 'Yes, cancel it', 'Buy it again', 'Send message', 'Invoice', 'Download invoice (PDF)', 'Cancel order'].map(caption))
      .toEqual(['return', 'track', 'favourite', 'cancel', 'reorder', 'message', 'invoice', 'invoice', 'cancel']);
    expect(['Return policy', 'Copy phone number', 'Call history', 'Mute call', 'End call', 'Decline call', 'Track price', 'Discard message', "Don't cancel", 'Remove from favourites'].map(caption))
      .toEqual(Array(10).fill(undefined));
  });

  it('a dialog\'s one button confirming the deed is pressed, and no confirm button in place means done', () => {
    const rows = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Cancel order']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Cancel order']]]);
    const dialog = element('dialog', 'Cancel order #B2201?', undefined);
    const elements = [...rows, dialog, element('button', 'Keep order', dialog.id), element('button', 'Yes, cancel it', dialog.id)];
    expect(pressed(groundDeedConfirmation('cancel', elements), elements)?.text).toBe('Yes, cancel it');
    expect(groundDeedConfirmation('cancel', rows)).toMatchObject({ ok: true, satisfied: true });
  });
});

describe('a capitalised word after a caption\'s deed', () => {
  it('is whom the deed is for when the card shows it ("Start call Hana Sato"), and something else when not ("Return Policy")', () => {
    const people = directory([['Hana Sato', 'Analyst', 'Sales', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
    const page = people.map((candidate) => (candidate.label === 'Start call' ? { ...candidate, label: `Start call ${rowOf(candidate, people)!.split(' Analyst')[0]}` } : candidate));
    expect(pressed(groundRowDeed({ deed: 'call', values: ['Hana', 'Sato'] }, page), page)?.label).toBe('Start call Hana Sato');
    const rows = orders([['Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Return Policy', 'Invoice']], ['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Start a return', 'Invoice']]]);
    expect(pressed(groundRowDeed({ deed: 'return', values: ['kettle'] }, rows), rows)?.text ?? 'nothing pressed').toBe('nothing pressed');
  });
});
/** The demonstration "Send Hana Sato a message." on a directory, read with the new task: the pick, or the refusal. */
function readOnDirectory(task: string, demoTask = 'Send Hana Sato a message.', label = 'Send message'): { pick?: RowDeedPick; gap?: string } {
  const demo = directory([['Hana Sato', 'Analyst', 'Sales', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
  const target = demo.filter((candidate) => candidate.label === label).find((candidate) => demoTask.includes(rowOf(candidate, demo)!.split(' Analyst')[0]!))!;
  const read = readRowDeed({ demoTask, task, steps: [click(demo, target)] });
  return 'pick' in read ? { pick: read.pick } : { gap: read.gap };
}

const nothing = 'nothing pressed';

describe('a value shown beside other words of its entry', () => {
  it('G1 "Return the kettle" never returns the "Kettle Descaler" written in title case', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    expect(pick).toMatchObject({ deed: 'return', values: ['kettle'] });
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£6.99', 'Kettle Descaler', ['Start a return', 'Invoice']], ['Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Invoice']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('Descaler');
  });

  it('G2 "Call Noah Nassar" never calls Priya, whose card names Noah as her backup', () => {
    const { pick } = readOnDirectory('Call Noah Nassar.');
    expect(pick).toMatchObject({ deed: 'call', values: ['Noah', 'Nassar'] });
    const page = directory([['Priya Shah', 'Engineer', 'Platform', 'Leeds', 'Backup: Noah Nassar'], ['Omar Berg', 'Designer', 'Design', 'Dijon']], true);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('Priya Shah');
  });

  it('G3 "Call Noah Nassar" never calls Priya, whose card says "Covering for Noah Nassar" (no separator at all)', () => {
    const { pick } = readOnDirectory('Call Noah Nassar.');
    const page = directory([['Priya Shah', 'Engineer', 'Platform', 'Leeds', 'Covering for Noah Nassar'], ['Omar Berg', 'Designer', 'Design', 'Dijon']], true);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('Priya Shah');
  });

  it('G3b "Message Hana Sato" never messages Priya, whose card reads "Reports to Hana Sato"', () => {
    const { pick } = readOnDirectory('Message Hana Sato.', 'Send Ana Costa a message.');
    expect(pick).toMatchObject({ deed: 'message', values: ['Hana', 'Sato'] });
    const page = directory([['Priya Shah', 'Engineer', 'Platform', 'Leeds', 'Reports to Hana Sato'], ['Omar Berg', 'Designer', 'Design', 'Dijon']], true);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('Priya Shah');
  });
});

describe('a value two entries of a card show', () => {
  it('D1 "the Dijon analyst" is never the Lyon analyst whose card says "Previously Dijon"', () => {
    const { pick } = readOnDirectory('Give the Dijon analyst a ring.');
    // Both analysts of the demonstration's page: there "analyst" told no card apart, so it is the kind's word, still required.
    expect(pick).toMatchObject({ deed: 'call', values: ['Dijon'], kindWords: ['analyst'] });
    const page = directory([['Lena Roth', 'Analyst', 'Sales', 'Lyon · Previously Dijon'], ['Omar Berg', 'Designer', 'Design', 'Dijon']], true);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('Lena Roth');
  });

  it('D1 held: "Lyon, previously Dijon" (lower case) is refused', () => {
    const { pick } = readOnDirectory('Give the Dijon analyst a ring.');
    const page = directory([['Lena Roth', 'Analyst', 'Sales', 'Lyon, previously Dijon'], ['Omar Berg', 'Designer', 'Design', 'Dijon']], true);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).toBe(nothing);
  });

  it('D2 "the blue kettle" is never an order of a white kettle and a blue mug (each word matched in its own entry)', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the blue kettle I ordered.', 'Start a return', demoOrders, 1);
    expect(pick).toMatchObject({ deed: 'return', values: ['blue', 'kettle'] });
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£48.99', 'White Kettle, Blue Mug', ['Start a return', 'Invoice']], ['Ordered 1 Mar 2026', 'A1093', '£42.50', 'Blue Kettle', ['Invoice']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('White Kettle');
  });
});

describe('a number read anywhere in a card', () => {
  it('N1 "Track order 40" never tracks the order whose total is £40', () => {
    const { pick } = readOnOrders('Track order #C4115.', 'Track order 40.', 'Track parcel', demoOrders, 0);
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£40', 'Lamp', ['Track parcel']], ['Ordered 1 Jun 2026', 'B2190', '£55', 'Kettle', ['Track parcel']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('B2201');
  });

  it('N2 "Track order 3" never tracks the order of "Qty: 3" mugs', () => {
    const { pick } = readOnOrders('Track order #C4115.', 'Track order 3.', 'Track parcel', demoOrders, 0);
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£12.00', 'Mug · Qty: 3', ['Track parcel']], ['Ordered 1 Jun 2026', 'B2190', '£55.00', 'Kettle · Qty: 1', ['Track parcel']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('B2201');
  });
  it('held beside them: "Track order 40" tracks the order written "#40", whatever costs £40 or counts 40', () => {
    const { pick } = readOnOrders('Track order #C4115.', 'Track order 40.', 'Track parcel', demoOrders, 0);
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£40', 'Lamp · Qty: 40', ['Track parcel']], ['Ordered 1 Jun 2026', '40', '£55', 'Kettle', ['Track parcel']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page)).toContain('#40 £55');
  });
});

describe('a title-case caption naming the deed\'s word and something else the card shows', () => {
  it('C1 "Message Hana Sato" never presses "Email Manager" on her card (it emails her manager)', () => {
    const { pick } = readOnDirectory('Message Hana Sato.', 'Send Ana Costa a message.');
    const list = element('list', '', undefined);
    const hana = element('listitem', 'Hana Sato Analyst On leave Manager: Priya Shah Email Manager', list.id);
    const ana = element('listitem', 'Ana Costa Analyst Finance · Lyon ✉', list.id);
    const page = [list, hana, element('text', 'Hana Sato', hana.id), element('text', 'Analyst · On leave', hana.id), element('text', 'Manager: Priya Shah', hana.id), element('button', 'Email Manager', hana.id),
      ana, element('text', 'Ana Costa', ana.id), element('text', 'Analyst · Finance · Lyon', ana.id), element('button', '✉', ana.id, { label: 'Send message' })];
    expect(pressed(groundRowDeed(pick!, page), page)?.text ?? nothing).not.toBe('Email Manager');
  });

  it('C2 "Cancel order #B2201" never presses "Cancel Subscription" on its row', () => {
    const { pick } = readOnOrders('Cancel order #C4115.', 'Cancel order #B2201.', 'Cancel order', [
      ['Ordered 14 Jun 2026', 'C4115', '£131.49', 'Kettle', ['Cancel order']],
      ['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Cancel order']],
    ], 0);
    expect(pick).toMatchObject({ deed: 'cancel' });
    // B2201 has shipped (no "Cancel order"); it came by a subscription, which the row offers to cancel.
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Coffee beans · Subscription: every 2 weeks', ['Track parcel', 'Cancel Subscription']], ['Ordered 1 Jun 2026', 'B2190', '£55.00', 'Kettle', ['Cancel order']]]);
    expect(pressed(groundRowDeed(pick!, page), page)?.text ?? nothing).not.toBe('Cancel Subscription');
  });
});

describe('the confirmation after the deed', () => {
  it('K1 a dialog after "Cancel order" offering "Cancel Subscription" is never answered with it', () => {
    const rows = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Coffee beans', ['Cancel order']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Cancel order']]]);
    const dialog = element('dialog', 'Order #B2201 is part of your Subscription. Cancel it here?', undefined);
    const elements = [...rows, dialog, element('button', 'Keep Order', dialog.id), element('button', 'Cancel Subscription', dialog.id)];
    expect(pressed(groundDeedConfirmation('cancel', elements), elements)?.text ?? nothing).not.toBe('Cancel Subscription');
  });

  it('K2 a dialog after "Start a return" offering "Return Another Item" is never answered with it', () => {
    const rows = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Start a return']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Kettle', ['Start a return']]]);
    const dialog = element('dialog', 'Return started for the Lamp. Your label is on its way.', undefined);
    const elements = [...rows, dialog, element('button', 'Done', dialog.id), element('button', 'Return Another Item', dialog.id)];
    expect(pressed(groundDeedConfirmation('return', elements), elements)?.text ?? nothing).not.toBe('Return Another Item');
  });

  it('K3 an in-row confirmation whose button is "OK" is not the cancellation done', () => {
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Cancel order']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Cancel order']]]);
    const row = page.find((candidate) => candidate.text.includes('B2201') && candidate.role === 'listitem')!;
    page.push(element('text', 'Cancel this order?', row.id), element('button', 'OK', row.id), element('button', 'Keep order', row.id));
    expect(groundDeedConfirmation('cancel', page)).not.toMatchObject({ ok: true, satisfied: true });
  });

  it('K4 an in-row confirmation repeating "Cancel order" (click again to confirm) is not the cancellation done', () => {
    const page = orders([['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Cancel order']], ['Ordered 1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Cancel order']]]);
    const row = page.find((candidate) => candidate.text.includes('B2201') && candidate.role === 'listitem')!;
    page.push(element('text', 'Are you sure? Press again to cancel.', row.id));
    expect(groundDeedConfirmation('cancel', page)).not.toMatchObject({ ok: true, satisfied: true });
  });
});

describe('the deed offered for more than the task names', () => {
  it('W1 "Cancel the kettle I ordered" never cancels the whole order of a kettle and a lamp', () => {
    const { pick } = readOnOrders('Cancel the lamp I ordered.', 'Cancel the kettle I ordered.', 'Cancel order', [
      ['Ordered 14 Jun 2026', 'C4115', '£131.49', 'Kettle', ['Cancel order']],
      ['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Cancel order']],
    ], 1);
    expect(pick).toMatchObject({ deed: 'cancel', values: ['kettle'] });
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£60.00', 'Kettle, Lamp', ['Cancel order']], ['Ordered 1 Jun 2026', 'A1093', '£9.00', 'Tea', ['Cancel order']]]);
    expect(pressed(groundRowDeed(pick!, page), page)?.text ?? nothing).toBe(nothing);
  });

  // Was it.fails (pressed "Return item" in B2210): a control acting on one item, in a card naming other things, is refused.
  it('W2 "Return the kettle" never presses the "Return item" standing beside the lamp in one flat row', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    const list = element('list', '', undefined);
    const row = element('listitem', 'Order #B2210 Kettle Final sale Lamp Return item', list.id);
    const other = element('listitem', 'Order #A1093 Tea Return item', list.id);
    const page = [list, row, element('text', 'Order #B2210', row.id), element('text', 'Kettle', row.id), element('text', 'Final sale', row.id), element('text', 'Lamp', row.id), element('button', 'Return item', row.id),
      other, element('text', 'Order #A1093', other.id), element('text', 'Tea', other.id), element('button', 'Return item', other.id)];
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('B2210');
    expect(groundRowDeed(pick!, page)).toMatchObject({ ok: false, reason: expect.stringContaining('which item it belongs to cannot be told') });
  });

  it('W2 beside it: "Return item" in a card naming the kettle alone is pressed; in a card naming a lamp too, never', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    const alone = orders([['Ordered 3 Jun 2026', 'B2210', '£60.00', 'Kettle', ['Return item']], ['Ordered 1 Jun 2026', 'A1093', '£9.00', 'Tea', ['Return item']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, alone), alone), alone)).toContain('B2210');
    const list = element('list', '', undefined);
    const row = element('listitem', 'Order #B2210 Kettle Lamp Return item', list.id);
    const other = element('listitem', 'Order #A1093 Tea Return item', list.id);
    const shared = [list, row, element('text', 'Order #B2210', row.id), element('text', 'Kettle', row.id), element('text', 'Lamp', row.id), element('button', 'Return item', row.id),
      other, element('text', 'Order #A1093', other.id), element('text', 'Tea', other.id), element('button', 'Return item', other.id)];
    expect(pressed(groundRowDeed(pick!, shared), shared)?.text ?? nothing).toBe(nothing);
  });

  it('W3 held: per-item "Return item" and whole-order "Return order" in one flat row are refused', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£60.00', 'Kettle', ['Return item', 'Return order']], ['Ordered 1 Jun 2026', 'A1093', '£9.00', 'Tea', ['Return order']]]);
    expect(pressed(groundRowDeed(pick!, page), page)?.text ?? nothing).toBe(nothing);
  });
});

describe('synonyms and dropped words', () => {
  it('S1 held beside it: "Email Hana Sato" presses her card\'s "Email"; "Chat with Hana Sato" never her "Email"', () => {
    const people = directory([['Hana Sato', 'Analyst', 'Sales', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
    const page = people.map((candidate) => (candidate.label === 'Send message' ? { ...candidate, label: 'Email' } : candidate));
    const { pick: email } = readOnDirectory('Email Hana Sato.', 'Send Ana Costa a message.');
    expect(rowOf(pressed(groundRowDeed(email!, page), page), page)).toContain('Hana Sato');
    const { pick: chat } = readOnDirectory('Chat with Hana Sato.', 'Send Ana Costa a message.');
    expect(chat).toMatchObject({ deed: 'message', way: 'chat' });
    expect(groundRowDeed(chat!, page)).toMatchObject({ ok: false, reason: expect.stringContaining('sends by email') });
  });

  it('S1 "Email Hana Sato" never opens a chat with her', () => {
    const { pick } = readOnDirectory('Email Hana Sato.', 'Send Ana Costa a message.');
    const people = directory([['Hana Sato', 'Analyst', 'Sales', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
    const page = people.map((candidate) => (candidate.label === 'Send message' ? { ...candidate, text: '💬', label: 'Chat' } : candidate));
    expect(pressed(groundRowDeed(pick!, page), page)?.label ?? nothing).not.toBe('Chat');
  });

  it('S2 held: "Give Hana Sato a ring" never presses "Ring back later" (nor "Ring Back Later")', () => {
    const { pick } = readOnDirectory('Give Hana Sato a ring.');
    for (const label of ['Ring back later', 'Ring Back Later']) {
      const people = directory([['Hana Sato', 'Analyst', 'Sales', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']]);
      const page = people.map((candidate) => (candidate.label === 'Start call' && rowOf(candidate, people)!.startsWith('Hana') ? { ...candidate, label } : candidate));
      expect(pressed(groundRowDeed(pick!, page), page)?.label ?? nothing, label).toBe(nothing);
    }
  });

  it('S3 "Call the Finance team" never calls the one person in Finance, but "Call Ana in the Finance team" calls Ana', () => {
    const { pick: ana } = readOnDirectory('Call Ana in the Finance team.');
    expect(ana).toMatchObject({ deed: 'call', values: ['Ana', 'Finance'] });
    const { pick, gap } = readOnDirectory('Call the Finance team.');
    expect(gap).toContain('names a group');
    expect(pick).toBeUndefined();
  });

  it('S4 held: "Call Hana Sato\'s manager" never calls Hana Sato, an Engineering Manager', () => {
    const { pick, gap } = readOnDirectory("Call Hana Sato's manager.");
    const page = directory([['Hana Sato', 'Engineering Manager', 'Platform', 'Dijon'], ['Ana Costa', 'Analyst', 'Finance', 'Lyon']], true);
    expect(pick ? rowOf(pressed(groundRowDeed(pick, page), page), page) ?? nothing : gap).not.toContain('Hana Sato');
  });

  it('P1 "Cancel my order" names no property (the kind word "order" counts as a value when the demonstration did not say it): refused', () => {
    const rows: Parameters<typeof orders>[0] = [['Ordered 14 Jun 2026', 'C4115', '£131.49', 'Kettle', ['Cancel order']], ['Ordered 2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Cancel order']]];
    for (const demoTask of ['Cancel the lamp order.', 'Cancel the lamp.']) {
      const { pick } = readOnOrders(demoTask, 'Cancel my order.', 'Cancel order', rows, 1);
      const page = orders([['Ordered 3 Jun 2026', 'B2210', '£60.00', 'Kettle', ['Cancel order']], ['Ordered 1 Jun 2026', 'A1093', '£9.00', 'Tea', ['Track parcel']]]);
      expect(pick ? pressed(groundRowDeed(pick, page), page)?.text ?? nothing : nothing, demoTask).toBe(nothing);
    }
  });
});

describe('scrolled lists (the observation holds cards below the fold)', () => {
  it('L1 held: the kettle below the fold is pressed, not the "Kettle descaler" above it', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£6.99', 'Kettle descaler', ['Start a return']], ['Ordered 1 Jun 2026', 'B2190', '£9.00', 'Tea', ['Start a return']], ['Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Start a return']]]);
    page.filter((candidate) => rowOf(candidate, page)?.includes('A1093')).forEach((candidate) => { candidate.box = { ...candidate.box, y: candidate.box.y + 2000 }; });
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page)).toContain('A1093');
  });

  it('L2 held: a title-case "Kettle Descaler" above and the kettle below, both observed: the descaler is never pressed (today a tie, refused)', () => {
    const { pick } = readOnOrders('Return the lamp I ordered.', 'Return the kettle I ordered.', 'Start a return', demoOrders, 1);
    const page = orders([['Ordered 3 Jun 2026', 'B2210', '£6.99', 'Kettle Descaler', ['Start a return']], ['Ordered 1 Mar 2026', 'A1093', '£42.50', 'Kettle', ['Start a return']]]);
    expect(rowOf(pressed(groundRowDeed(pick!, page), page), page) ?? nothing).not.toContain('Descaler');
  });
});
