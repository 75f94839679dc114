import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import { click, directory, element, orders, pressed } from '../../../../test/kits/exemplar/card-lists.js';
import { captionDeed, deedSettled, groundDeedConfirmation, groundRowDeed, readDeedTask, readRowDeed } from './row-deed.js';

describe('a task read as a deed and the values telling its card', () => {
  it('reads the deed in other words than the control and keeps only the values', () => {
    expect(readDeedTask('Give the analyst in Dijon a ring.')).toEqual({ deed: 'call', values: ['analyst', 'Dijon'] });
    expect(readDeedTask('Mark Noah Haddad as a favourite.')).toEqual({ deed: 'favourite', values: ['Noah', 'Haddad'] });
    expect(readDeedTask('Write a message to Marco Haddad.')).toEqual({ deed: 'message', values: ['Marco', 'Haddad'] });
    expect(readDeedTask('I want to send back the blender I ordered.')).toEqual({ deed: 'return', values: ['blender'] });
    expect(readDeedTask('Buy my order from the 4th of June again.', new Set(['order']))).toEqual({ deed: 'reorder', values: ['4th of June'] });
    expect(readDeedTask('Start a return for the order I placed on the 28th of June.', new Set(['order']))).toEqual({ deed: 'return', values: ['28th of June'] });
  });

  it('reads no deed where the task names two, or negates anything', () => {
    // "phone" names a call and "return" a return: which deed is asked cannot be told by words alone.
    expect(readDeedTask('Return the phone case I ordered.')).toBeUndefined();
    expect(readDeedTask('Call Priya, not Priya Shah.')).toBeUndefined();
    expect(readDeedTask('Cancel order #B8135, I no longer need it.')).toBeUndefined();
    expect(readDeedTask('Open the settings.')).toBeUndefined();
    // A quoted text is something to write: more than the press.
    expect(readDeedTask('Message Priya Shah "see you at 5".')).toBeUndefined();
    // A common word that may tell a card stays a value the card must show.
    expect(readDeedTask('Call the new analyst in Dijon.')?.values).toEqual(['new', 'analyst', 'Dijon']);
    // "email" names what is archived, not the deed: a request of its own.
    expect(readDeedTask('Archive the email from Rhea.')).toBeUndefined();
    expect(readDeedTask('Delete the message from Talia.')).toBeUndefined();
  });

  it('reads a control\'s deed from its label or its title, and none from a caption naming two or none', () => {
    expect(captionDeed({ text: '☎', label: 'Start call' })).toBe('call');
    expect(captionDeed({ text: '↻', attributes: { title: 'Buy again' } })).toBe('reorder');
    expect(captionDeed({ text: 'Show more' })).toBeUndefined();
    expect(captionDeed({ text: 'Call or message' })).toBeUndefined();
    // An inbox row's "Archive message from Rhea" archives: "message" only names what.
    expect(captionDeed({ text: '▣', label: 'Archive message from Rhea' })).toBeUndefined();
  });
});

describe('the deed pressed on the one card showing every value', () => {
  const people: [string, string, string, string][] = [
    ['Ana Costa', 'Analyst', 'Finance', 'Lyon'], // the same role in another city
    ['Omar Berg', 'Designer', 'Design', 'Dijon'], // someone else in the city
    ['Hana Sato', 'Analyst', 'Sales', 'Dijon'],
  ];

  it('presses the control naming the asked deed in the card showing the role and the city', () => {
    const elements = directory(people);
    const grounding = groundRowDeed({ deed: 'call', values: ['analyst', 'Dijon'] }, elements);
    const control = pressed(grounding, elements);
    expect(control?.label).toBe('Start call');
    expect(elements.find((element) => element.id === control!.parentId)?.parentId).toBe(elements.find((element) => element.text === 'Hana Sato')!.parentId);
  });

  it('refuses when two cards show every value: a namesake is no pick', () => {
    const elements = directory([...people, ['Ravi Iyer', 'Analyst', 'Marketing', 'Dijon']]);
    const grounding = groundRowDeed({ deed: 'call', values: ['analyst', 'Dijon'] }, elements);
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toMatch(/2 cards offer .*cannot be told/);
    // …and a search before the press stops there rather than scroll one of them away.
    expect(deedSettled({ deed: 'call', values: ['analyst', 'Dijon'] }, elements)).toBe(true);
    // The one card showing them settles it too (pressed, or refused for its own reason): a search stops there.
    expect(deedSettled({ deed: 'call', values: ['analyst', 'Dijon'] }, directory(people))).toBe(true);
  });

  it('finds nothing, never another card, when the card showing the values is not on screen — and a search may go on', () => {
    const elements = directory(people);
    expect(groundRowDeed({ deed: 'message', values: ['Priya', 'Shah'] }, elements)).toMatchObject({ ok: false, reason: 'no message control in a card showing "Priya", "Shah" is on screen' });
    expect(deedSettled({ deed: 'message', values: ['Priya', 'Shah'] }, elements)).toBe(false);
  });

  it('picks by the whole conjunction: the twin order holding the same item but lacking the deed is never pressed', () => {
    const elements = orders([
      ['14 Jun 2026', 'A1093', '£42.50', 'Kettle, Blender', ['Track parcel', 'Invoice']],
      ['2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Start a return', 'Buy again', 'Invoice']],
    ]);
    expect(pressed(groundRowDeed({ deed: 'return', values: ['kettle'] }, elements), elements)?.text).toBe('Start a return');
    // Only the shipped order shows, and it offers no return: nothing is pressed (a search may show more).
    const shipped = elements.filter((element) => !/B2201|Start a return|Buy again|^£18|^2 Jun|^Kettle$/.test(element.text) || element.role === 'list');
    expect(groundRowDeed({ deed: 'return', values: ['kettle'] }, shipped).ok).toBe(false);
  });

  it('matches a day written another way, and only that day', () => {
    const elements = orders([
      ['14 Jun 2026', 'A1093', '£42.50', 'Kettle', ['Reorder', 'Invoice']],
      ['4 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Reorder', 'Invoice']],
    ]);
    const pick = readDeedTask('Buy my order from the 4th of June again.', new Set(['order']))!;
    const control = pressed(groundRowDeed(pick, elements), elements);
    expect(elements.find((element) => element.id === control?.parentId)?.text).toContain('B2201');
  });
});

describe('the demonstration read as a deed on a card', () => {
  const people: [string, string, string, string][] = [
    ['Noah Nassar', 'Writer', 'Support', 'Ghent'],
    ['Hana Sato', 'Analyst', 'Sales', 'Dijon'],
    ['Ana Costa', 'Analyst', 'Finance', 'Lyon'],
  ];

  it('reads a press of ✉ on the card its task named, and gives the new task\'s deed and values', () => {
    const elements = directory(people);
    const send = elements.find((element) => element.label === 'Send message')!;
    const read = readRowDeed({ demoTask: 'Send Noah Nassar a message.', task: 'Give the analyst in Dijon a ring.', steps: [{ ...click(elements, send), action: { type: 'scroll', deltaX: 0, deltaY: 30 } } as unknown as Step, click(elements, send)] });
    expect(read).toMatchObject({ position: 1, pick: { deed: 'call', values: ['analyst', 'Dijon'] } });
  });

  it('reads a confirmation of the deed in a dialog after the press as such, and nothing when the dialog was answered otherwise or the demonstration typed first', () => {
    const elements = directory(people);
    const send = elements.find((element) => element.label === 'Send message')!;
    const dialog = element('dialog', 'Send a message to Noah Nassar?', undefined);
    const yes = element('button', 'Send message', dialog.id);
    const ok = element('button', 'OK', dialog.id);
    const task = { demoTask: 'Send Noah Nassar a message.', task: 'Give the analyst in Dijon a ring.' };
    expect(readRowDeed({ ...task, steps: [click(elements, send), click([...elements, dialog, yes, ok], yes)] })).toMatchObject({ position: 0, confirmation: 1 });
    // "OK" names no deed: the last press is the dialog's, and the reading stops there.
    expect(readRowDeed({ ...task, steps: [click(elements, send), click([...elements, dialog, yes, ok], ok)] })).toHaveProperty('gap');
    // A press inside the list before the deed (another card's name) would be replayed where it stood: no reading.
    const other = elements.find((element) => element.text === 'Hana Sato')!;
    expect(readRowDeed({ ...task, steps: [click(elements, other), click(elements, send)] })).toMatchObject({ gap: expect.stringContaining('inside the list') });
    const typed = { ...click(elements, send), action: { type: 'type', text: 'Noah', target: { elementId: send.id } } } as unknown as Step;
    expect(readRowDeed({ ...task, steps: [typed, click(elements, send)] })).toHaveProperty('gap');
  });

  it('reads nothing when the pressed card was not the one card its task named', () => {
    // The demonstration pressed Hana's ✉ for "Noah Nassar": its task did not choose that card.
    const elements = directory(people);
    const wrong = elements.filter((element) => element.label === 'Send message')[1]!;
    expect(readRowDeed({ demoTask: 'Send Noah Nassar a message.', task: 'Give the analyst in Dijon a ring.', steps: [click(elements, wrong)] })).toHaveProperty('gap');
  });
});

describe('the dialog confirming the deed', () => {
  const rows = () => orders([['2 Jun 2026', 'B2201', '£18.00', 'Kettle', ['Cancel order']], ['1 Jun 2026', 'B2202', '£9.00', 'Lamp', ['Reorder']]]);

  it('presses the dialog\'s button naming the deed, never its way back', () => {
    const dialog = element('dialog', 'Cancel order #B2201? This cannot be undone.', undefined);
    const elements = [...rows(), dialog, element('button', 'Keep order', dialog.id), element('button', 'Yes, cancel it', dialog.id)];
    expect(pressed(groundDeedConfirmation('cancel', elements), elements)?.text).toBe('Yes, cancel it');
    // The rows' own "Cancel order" under the dialog is no confirmation, and no card's deed while the dialog asks.
    expect(groundRowDeed({ deed: 'cancel', values: ['B2201'] }, elements).ok).toBe(true);
  });

  it('has nothing to confirm where no dialog shows, and refuses a dialog none of whose buttons names the deed', () => {
    expect(groundDeedConfirmation('cancel', rows())).toMatchObject({ ok: true, satisfied: true });
    const dialog = element('dialog', 'Start a return for order #B2201?', undefined);
    const elements = [...rows(), dialog, element('button', 'OK', dialog.id), element('button', 'Go back', dialog.id)];
    expect(groundDeedConfirmation('cancel', elements)).toMatchObject({ ok: false, reason: expect.stringContaining('none of its buttons names the cancel') });
  });
});

describe('the word every card showed', () => {
  it('is the kind\'s word: required only where some card on screen shows it', () => {
    // The demonstration's rows each wrote "Order #…": "order" told none apart.
    const demoRows = orders([['14 Jun 2026', 'C4115', '£131.49', 'Kettle', ['Invoice']], ['2 Jun 2026', 'B2201', '£18.00', 'Lamp', ['Invoice']]]);
    const invoice = demoRows.filter((element) => element.text === 'Invoice')[0]!;
    const read = readRowDeed({ demoTask: 'Get the invoice for the 131.49 pounds order.', task: 'Get the invoice for the 18.00 pounds order.', steps: [click(demoRows, invoice)] });
    expect(read).toMatchObject({ pick: { deed: 'invoice', values: ['£18.00'], kindWords: ['order'] } });
    const pick = (read as { pick: Parameters<typeof groundRowDeed>[0] }).pick;
    // Rows that write no "Order" anywhere: the total alone tells the row.
    const bare = demoRows.map((element) => (element.text.startsWith('Order #') ? { ...element, text: element.text.slice('Order '.length) } : element));
    expect(pressed(groundRowDeed(pick, bare), bare)?.text).toBe('Invoice');
    // Where some card writes "Order", the card pressed must too.
    const mixed = demoRows.map((element) => (element.text === 'Order #B2201' ? { ...element, text: '#B2201' } : element));
    expect(groundRowDeed(pick, mixed).ok).toBe(false);
  });
});
