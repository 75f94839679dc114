import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import type { TargetDescriptor } from '../../core/trajectory.js';
import { groundTarget, substringPattern } from './ground-target.js';
import { seenTwice } from './seen-twice.js';
import { substitute, wordSimilarity } from './text-match.js';

let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 80, height: 20 }, source: 'dom', interactive: true, ...extra };
}
function descriptor(role: string, text: string, y: number, extra: Partial<TargetDescriptor> = {}): TargetDescriptor {
  return { role, text, box: { x: 10, y, width: 80, height: 20 }, ...extra };
}

describe('groundTarget', () => {
  it('a form\'s step onward whose caption varies ("Review" / "Continue") is the one button moving the form on', () => {
    const attributes = { id: 'm-next', class: 'go', type: 'button' };
    const people = [element('button', 'Maya Chen', 20), element('button', 'Leo Larsen', 20)];
    const onward = element('button', 'Continue', 120, { attributes });
    const grounding = groundTarget(descriptor('button', 'Review', 120, { attributes }), [], [...people, onward]);
    expect(grounding.element?.id).toBe(onward.id);
    expect(grounding.score).toBeGreaterThan(0.6);
    expect(grounding.reason).toContain('serves the same purpose ("advance")');
    // A sender is no step onward: "Submit" for "Review" stays unexplained.
    const submit = element('button', 'Submit', 120, { attributes });
    expect(groundTarget(descriptor('button', 'Review', 120, { attributes }), [], [...people, submit]).score).toBeLessThan(0.5);
  });

  it('a heading holding the words of a vanished button that the task says is no stand-in for it (rules/inert-stand-in.ts)', () => {
    const heading = element('heading', 'Refill request', 20, { interactive: false });
    const send = element('button', 'Send', 200, { attributes: { id: 'rx-send', type: 'submit' } });
    const demonstrated = descriptor('button', 'Request refill', 200, { attributes: { id: 'rx-send', type: 'submit' } });
    const grounding = groundTarget(demonstrated, [], [heading, send], { demoTask: 'For pickup on 01/06/2025, request a refill of Omeprazole 20mg.' });
    // Never the heading: the task's words find no control showing them, so the button is looked for by what it is —
    // here the one sender under the demonstrated one's id, both type=submit, under the form's "Refill request"
    // (rules/sender-place.ts; inert-stand-in.ts wordsOnControls).
    expect(grounding.element?.id).toBe(send.id);
    expect(grounding.reason).toMatch(/place of the demonstrated sender/);
    // Without that evidence (another id), nothing stands in: refused, never the heading.
    const elsewhere = element('button', 'Send', 200, { attributes: { id: 'other', type: 'submit' } });
    const refused = groundTarget(demonstrated, [], [heading, elsewhere], { demoTask: 'For pickup on 01/06/2025, request a refill of Omeprazole 20mg.' });
    expect(refused.score).toBeLessThan(0.5);
    // The same heading, made clickable by the page, is still a candidate by its words.
    const clickable = element('heading', 'Refill request', 20);
    expect(groundTarget(demonstrated, [], [clickable, send], { demoTask: 'request a refill of Omeprazole 20mg' }).element?.id).toBe(clickable.id);
  });

  it('finds the element by the same text, wherever it moved', () => {
    const submit = element('button', 'Submit', 300);
    const elements = [element('button', 'Cancel', 50), submit, element('text', 'Submit your form', 60)];
    const grounding = groundTarget(descriptor('button', 'Submit', 50), [], elements);
    expect(grounding.element?.id).toBe(submit.id);
    expect(grounding.score).toBeGreaterThan(0.8);
    expect(grounding.reason).toContain('same text "Submit", role button');
  });

  it('finds the element by the new slot value and rules out the others', () => {
    const elements = [element('checkbox', 'old', 20), element('checkbox', 'fresh', 40), element('checkbox', 'other', 60)];
    const grounding = groundTarget(descriptor('checkbox', 'old', 20, { ordinal: 0 }), [{ old: 'old', new: 'fresh' }], elements);
    expect(grounding.element?.text).toBe('fresh');
    expect(grounding.reason).toContain('(slot)');
    const absent = groundTarget(descriptor('checkbox', 'old', 20), [{ old: 'old', new: 'gone' }], elements);
    expect(absent.element).toBeUndefined();
    expect(absent.score).toBe(0);
    expect(absent.reason).toMatch(/no element shows the new value \("gone"\)/);
  });

  it('credits a slot value that opens a caption whose rest describes it above one standing inside it', () => {
    const described = (text: string) => groundTarget(descriptor('checkbox', 'Bluetooth', 20), [{ old: 'Bluetooth', new: 'Location' }], [element('checkbox', text, 20)]);
    const opening = described('Location Find places near you');
    expect(opening.score).toBeGreaterThan(described('Find places near you Location').score);
    // The exact caption still counts most.
    expect(described('Location').score).toBeGreaterThan(opening.score);
  });

  it('a time slot written on the other clock shows the new time ("14:30" for "2:30 PM"), not a neighbouring one', () => {
    const slots = [element('button', '13:30', 20), element('button', '14:30', 40), element('button', '15:00', 60)];
    const grounding = groundTarget(descriptor('button', '1:30 PM', 20), [{ old: '1:30 PM', new: '2:30 PM' }], slots);
    expect(grounding.element?.text).toBe('14:30');
    const absent = groundTarget(descriptor('button', '1:30 PM', 20), [{ old: '1:30 PM', new: '4:30 PM' }], slots);
    expect(absent.element).toBeUndefined();
  });

  it('a slot the task names by its time ("1:30pm" for "1:30 PM") is found by its new time, not by a day number that equals its place', () => {
    const times = ['10:00 AM', '10:30 AM', '11:00 AM', '11:30 AM', '12:00 PM', '12:30 PM', '1:00 PM', '1:30 PM', '2:00 PM', '2:30 PM', '3:00 PM', '3:30 PM'];
    // The demonstrated slot was the 13th button of its grid (after five day chips), and the task's day was "Thu 13".
    const slots = times.map((time, index) => element('button', time, 100 + index * 10, { ordinal: index + 5, parentId: 50 }));
    const bindings = [{ old: '1:30 PM', new: '2:30 PM' }, { old: '13', new: '16' }];
    const grounding = groundTarget(descriptor('button', '1:30 PM', 170, { ordinal: 12 }), bindings, slots, { demoTask: 'Could you get me a haircut on Thu 13 at 1:30pm?' });
    expect(grounding.element?.text).toBe('2:30 PM');
  });

  it('prefers the demonstrated role when texts are equal', () => {
    const link = element('link', 'Home', 20);
    const text = element('text', 'Home', 20);
    const grounding = groundTarget(descriptor('link', 'Home', 20), [], [text, link]);
    expect(grounding.element?.id).toBe(link.id);
  });

  it('uses the ordinal among siblings when nothing else differs', () => {
    const fields = [0, 1, 2].map((ordinal) => element('textbox', '', 100 + ordinal * 30, { ordinal, parentId: 99 }));
    const grounding = groundTarget(descriptor('textbox', '', 140, { ordinal: 1 }), [], fields);
    expect(grounding.element?.id).toBe(fields[1]!.id);
  });

  it('uses the nearest position when structure ties, and flags a near tie as less certain', () => {
    const left = element('textbox', '', 100, { box: { x: 10, y: 100, width: 50, height: 20 } });
    const right = element('textbox', '', 100, { box: { x: 200, y: 100, width: 50, height: 20 } });
    const nearRight = groundTarget(descriptor('textbox', '', 100, { box: { x: 190, y: 100, width: 50, height: 20 } }), [], [left, right]);
    expect(nearRight.element?.id).toBe(right.id);
    const midway = groundTarget(descriptor('textbox', '', 100, { box: { x: 105, y: 100, width: 50, height: 20 } }), [], [left, right]);
    expect(midway.reason).toContain('nearly tied');
    expect(midway.score).toBeLessThan(nearRight.score);
  });

  it('refuses a near tie between two different elements, naming both (0.80 against 0.79 once acted at 0.64)', () => {
    // Two cards' message buttons, the demonstrated one between them: nothing but position tells them apart.
    const first = element('button', 'Message', 100, { ordinal: 2, attributes: { class: 'msg' }, box: { x: 10, y: 100, width: 80, height: 20 } });
    const second = element('button', 'Message', 100, { ordinal: 2, attributes: { class: 'msg' }, box: { x: 200, y: 100, width: 80, height: 20 } });
    const want = descriptor('button', 'Message', 100, { ordinal: 2, attributes: { class: 'msg' }, box: { x: 108, y: 100, width: 80, height: 20 } });
    const grounding = groundTarget(want, [], [first, second]);
    expect(grounding.score).toBeLessThan(0.55);
    expect(grounding.reason).toContain('nearly tied with');
    for (const card of [first, second]) expect(grounding.reason).toContain(`[${card.id}] button "Message"`);
    expect(grounding.reason).toContain('two different elements fit the demonstrated button "Message" about equally well');
    // One of them clearly nearer the demonstrated place: no tie, it is taken.
    const near = groundTarget({ ...want, box: { x: 12, y: 100, width: 80, height: 20 } }, [], [first, second]);
    expect(near.element?.id).toBe(first.id);
    expect(near.score).toBeGreaterThan(0.55);
  });

  it('reads one control seen twice as no tie: the same box saying the same, or a label tied to its box', () => {
    const button = element('button', 'Save', 200);
    const read = element('button', 'Save', 201, { source: 'ocr', box: { x: 11, y: 201, width: 78, height: 19 } });
    expect(seenTwice(button, read)).toBe(true);
    const grounding = groundTarget(descriptor('button', 'Save', 200), [], [button, read]);
    expect(grounding.score).toBeGreaterThan(0.55);
    expect(grounding.reason).toContain('the same control seen twice');
    const box = element('checkbox', '', 300, { attributes: { id: 'terms' }, box: { x: 10, y: 300, width: 12, height: 12 } });
    const label = element('text', 'I agree', 300, { attributes: { for: 'terms' }, box: { x: 30, y: 300, width: 60, height: 12 } });
    expect(seenTwice(box, label)).toBe(true);
    // Two chips on one place saying different things, or a card and the button inside it, are two controls.
    expect(seenTwice(element('button', 'Sat 14', 40), element('button', 'Sat 21', 40))).toBe(false);
    const card = element('listitem', '', 100, { box: { x: 0, y: 100, width: 300, height: 120 } });
    expect(seenTwice(card, element('button', 'Message', 180))).toBe(false);
  });

  it('never takes another kind of control for the demonstrated one, even showing the slot value', () => {
    // Real MiniWoB++ click-menu: a click-checkboxes demonstration's slot lands on a menu item of the same name.
    const menuItem = element('menuitem', 'Alvera', 40, { ordinal: 0 });
    const refused = groundTarget(descriptor('checkbox', 'ACjXo', 40, { ordinal: 0 }), [{ old: 'ACjXo', new: 'Alvera' }], [menuItem, element('menuitem', 'Terza', 60)]);
    expect(refused.score).toBeLessThan(0.55);
    expect(refused.reason).toContain('a menuitem is another kind of control than the demonstrated checkbox');
    // The same family (a link for a button) and roles outside the families stay eligible.
    expect(groundTarget(descriptor('button', 'Next', 40), [], [element('link', 'Next', 40)]).score).toBeGreaterThan(0.55);
    expect(groundTarget(descriptor('checkbox', 'Alvera', 40), [], [element('text', 'Alvera', 40)]).score).toBeGreaterThan(0.55);
    // OCR roles are layout guesses: they do not rule a target out.
    expect(groundTarget(descriptor('checkbox', 'Alvera', 40), [], [element('button', 'Alvera', 40, { source: 'ocr' })]).score).toBeGreaterThan(0.55);
  });

  it('never matches two texts without letters or digits unless they are the same (an empty label is not "♥♥♥")', () => {
    expect(wordSimilarity('', '♥♥♥')).toBe(0);
    expect(wordSimilarity('♥♥♥', '★★')).toBe(0);
    expect(wordSimilarity('', '')).toBe(0);
    expect(wordSimilarity('♥♥♥', ' ♥♥♥ ')).toBe(1);
    const hearts = groundTarget(descriptor('button', '♥♥♥', 40), [], [element('button', '', 40), element('button', '★★', 64)]);
    expect(hearts.score).toBeLessThan(0.55);
    expect(hearts.reason).toContain('is not on screen');
    const same = element('button', '♥♥♥', 90);
    expect(groundTarget(descriptor('button', '♥♥♥', 40), [], [element('button', '', 40), same]).element?.id).toBe(same.id);
  });

  it('chooses the row by the property the task names, not by the demonstrated row\'s position or wording', () => {
    // "Reply to the email from Lara": the demonstration clicked Reply in Lara's row; now Rosa's row is elsewhere.
    const wrongRow = element('group', 'Tom Smith: meeting today', 40);
    const rightRow = element('group', 'Rosa Jones: lunch', 120);
    const wrongReply = element('button', 'Reply', 40, { parentId: wrongRow.id, ordinal: 0 });
    const rightReply = element('button', 'Reply', 120, { parentId: rightRow.id, ordinal: 0 });
    const grounding = groundTarget(
      descriptor('button', 'Reply', 40, { ordinal: 0, context: 'Lara Smith: meeting today' }),
      [{ old: 'Lara', new: 'Rosa' }],
      [wrongRow, wrongReply, rightRow, rightReply],
    );
    expect(grounding.element?.id).toBe(rightReply.id);
    // No row of the named sender: nothing to click.
    const none = groundTarget(descriptor('button', 'Reply', 40, { ordinal: 0, context: 'Lara Smith: meeting today' }), [{ old: 'Lara', new: 'Ines' }], [wrongRow, wrongReply, rightRow, rightReply]);
    expect(none.element).toBeUndefined();
  });

  it('opens a styled drop-down whose recorded surroundings listed every option, the old value and the new one alike', () => {
    // "Choose 5ft 10in": the demonstration opened the drop-down (a wordless div) in surroundings that read all its
    // options; they name no row, so the new value need not show around it now (its list is closed).
    const wrapper = element('button', '', 60, { tag: 'div', attributes: { class: 'dropdown-wrapper' } });
    const opener = element('button', '', 60, { tag: 'div', parentId: wrapper.id, attributes: { class: 'dropdown' } });
    const yes = element('button', 'Yes', 120, { tag: 'button' });
    const recorded = descriptor('button', '', 60, { tag: 'div', ordinal: 0, attributes: { class: 'dropdown' }, context: '5ft 9in 5ft 10in 5ft 11in 6 ft ▾' });
    expect(groundTarget(recorded, [{ old: '9in', new: '10in' }], [wrapper, opener, yes]).element?.id).toBe(opener.id);
    // Surroundings that did not show the new value are a row's: a control of the kind elsewhere is no stand-in.
    const rowish = descriptor('button', '', 60, { tag: 'div', ordinal: 0, attributes: { class: 'dropdown' }, context: 'Height 5ft 9in ▾' });
    expect(groundTarget(rowish, [{ old: '9in', new: '10in' }], [wrapper, opener, yes]).element?.id).not.toBe(opener.id);
  });

  it('presses the wordless icon the demonstration pressed in the named row, not the row itself nor the icon beside it', () => {
    // "Click the trash icon of Alberta's email": a row (a button itself) holds a star and a trash icon with no words, only a class.
    const row = (text: string, y: number) => element('button', text, y, { tag: 'div', ordinal: 0, attributes: { class: 'thread' } });
    const icon = (parent: UIElement, kind: string, ordinal: number) =>
      element('button', '', parent.box.y, { tag: 'span', parentId: parent.id, ordinal, attributes: { class: kind }, box: { x: kind === 'star' ? 118 : 132, y: parent.box.y + 5, width: 12, height: 12 } });
    const other = row('Andee Quisque non', 70);
    const named = row('Alberta Metus magna', 150);
    const elements = [other, icon(other, 'star', 1), icon(other, 'trash', 0), named, icon(named, 'star', 1), icon(named, 'trash', 0)];
    const grounding = groundTarget(
      { role: 'button', tag: 'span', text: '', ordinal: 0, box: { x: 132, y: 184, width: 12, height: 12 }, attributes: { class: 'trash' }, context: 'Ajay Consequat ferme..' },
      [{ old: 'Ajay', new: 'Alberta' }],
      elements,
      { rowKeys: [{ old: 'Ajay', new: 'Alberta' }], demoTask: 'Find the email by Ajay and click the trash icon to delete it.' },
    );
    expect(grounding.element?.id).toBe(elements[5]!.id);
  });

  it('does not read a form\'s option lists as a row: a drop-down or a button whose container is not observed still grounds', () => {
    // book-flight: the recorded context of "From" and of "Search" is the form's text, every city of its lists in it.
    const from = element('combobox', '', 80, { tag: 'select', label: 'From', parentId: 999, options: ['--', 'Toronto', 'Berlin'] });
    const search = element('button', 'Search', 160);
    const bindings = [{ old: 'Madrid', new: 'Toronto' }, { old: 'Helsinki', new: 'Berlin' }];
    const context = '1. Find flights From -- Helsinki Seoul Madrid Cairo To -- Helsinki';
    const list = groundTarget(descriptor('combobox', '', 80, { tag: 'select', label: 'From', context }), bindings, [from, search]);
    expect(list.element?.id).toBe(from.id);
    const button = groundTarget(descriptor('button', 'Search', 160, { context }), bindings, [from, search]);
    expect(button.element?.id).toBe(search.id);
  });

  it('grounds a scroll on a disabled text area as firmly as on an enabled one', () => {
    const terms = element('textbox', 'Terms …', 100, { tag: 'textarea', states: { disabled: true } });
    const wanted = descriptor('textbox', 'Terms of the demonstration', 100, { tag: 'textarea' });
    const scrolled = groundTarget(wanted, [], [terms, element('button', 'Submit', 300)], { ignoreText: true, scrolling: true });
    const clicked = groundTarget(wanted, [], [terms, element('button', 'Submit', 300)], { ignoreText: true });
    expect(scrolled.element?.id).toBe(terms.id);
    expect(scrolled.score).toBeGreaterThanOrEqual(0.55);
    expect(clicked.score).toBeLessThan(scrolled.score);
  });

  it('finds an icon-only close button for a close glyph the task names in place of the demonstrated caption', () => {
    // Demonstrated: the button labeled "Cancel"; the new task: the button labeled "x" — the title bar's icon, named "Close".
    const close = element('button', '', 10, { label: 'Close', tag: 'button' });
    const buttons = [close, element('button', 'OK', 90, { tag: 'button' }), element('button', 'Cancel', 90, { tag: 'button' })];
    const grounding = groundTarget(descriptor('button', 'Cancel', 90, { tag: 'button' }), [{ old: 'Cancel', new: 'x' }], buttons);
    expect(grounding.element?.id).toBe(close.id);
    expect(grounding.score).toBeGreaterThanOrEqual(0.55);
    // A glyph that is no close glyph, or no control that closes: still nothing shows the value.
    expect(groundTarget(descriptor('button', 'Cancel', 90), [{ old: 'Cancel', new: 'y' }], buttons).element).toBeUndefined();
    expect(groundTarget(descriptor('button', 'Cancel', 90), [{ old: 'Cancel', new: 'x' }], buttons.slice(1)).element).toBeUndefined();
  });

  it('takes a control of the same purpose for one whose caption varies (Submit / Go, "x" / Close), only when it is the one', () => {
    const go = element('button', 'Go', 100);
    const grounding = groundTarget(descriptor('button', 'Submit', 100), [], [element('textbox', '', 40), go]);
    expect(grounding.element?.id).toBe(go.id);
    expect(grounding.score).toBeGreaterThanOrEqual(0.55);
    expect(grounding.reason).toContain('the same purpose ("commit")');
    const close = element('button', '', 10, { label: 'Close' });
    expect(groundTarget(descriptor('button', '×', 10), [], [close, element('button', 'OK', 90)]).element?.id).toBe(close.id);
    // Two controls of that purpose: a guess. Another purpose (Cancel): no stand-in.
    expect(groundTarget(descriptor('button', 'Submit', 100), [], [element('button', 'Go', 100), element('button', 'Search', 130)]).score).toBeLessThan(0.55);
    expect(groundTarget(descriptor('button', 'Submit', 100), [], [element('button', 'Cancel', 100)]).score).toBeLessThan(0.55);
    // A sign-up form's button: Join / Create account / Sign up send the form as Submit does.
    const create = element('button', 'Create account', 100);
    expect(groundTarget(descriptor('button', 'Join', 100), [], [element('textbox', '', 40), create]).element?.id).toBe(create.id);
    expect(groundTarget(descriptor('button', 'Join', 100), [], [element('textbox', '', 40), create]).score).toBeGreaterThanOrEqual(0.55);
    // The demonstrated caption itself on screen wins.
    const submit = element('button', 'Submit', 160);
    expect(groundTarget(descriptor('button', 'Submit', 100), [], [element('button', 'Go', 100), submit]).element?.id).toBe(submit.id);
  });

  it('takes the one sender for a demonstrated sender that carried the amount ("Pay $117.00" → "Pay $6.15" / "Confirm")', () => {
    const attributes = { id: 'm-confirm', class: 'confirm', type: 'button' };
    const card = [element('text', '$6.15', 40, { interactive: false }), element('button', 'Back', 120, { attributes: { id: 'm-back', class: 'back', type: 'button' } })];
    const confirm = element('button', 'Confirm', 120, { attributes });
    const paid = [{ old: '117', new: '6.15' }];
    const grounding = groundTarget(descriptor('button', 'Pay $117.00', 120, { attributes }), paid, [...card, confirm]);
    expect(grounding.element?.id).toBe(confirm.id);
    expect(grounding.score).toBeGreaterThanOrEqual(0.55);
    // Two senders: a guess. A caption carrying a name, not an amount ("Pay Maya"), has no purpose to stand in by.
    expect(groundTarget(descriptor('button', 'Pay $117.00', 120, { attributes }), paid, [...card, confirm, element('button', 'Submit', 150)]).score).toBeLessThan(0.55);
    expect(groundTarget(descriptor('button', 'Pay Maya', 120, { attributes }), [{ old: 'Maya', new: 'Leo' }], [...card, confirm]).element).toBeUndefined();
    // A sender showing another sum, or a coupon's "Save $5" / "Apply $10", is no stand-in: only a caption with no amount is.
    for (const shown of ['Pay $7.00', 'Save $5', 'Apply $10']) {
      expect(groundTarget(descriptor('button', 'Pay $117.00', 120, { attributes }), paid, [...card, element('button', shown, 120)]).score).toBeLessThan(0.55);
    }
  });

  it('takes the one day chip showing a weekday alone, and refuses two ("Sat 14", "Sat 21": which week is a guess)', () => {
    const written = [{ old: 'Mon 16', new: 'Sat' }];
    const one = [element('button', 'Fri 13', 40), element('button', 'Sat 14', 40), element('button', 'Sun 15', 40)];
    const chosen = groundTarget(descriptor('button', 'Mon 16', 40), written, one);
    expect(chosen.element?.text).toBe('Sat 14');
    expect(chosen.score).toBeGreaterThanOrEqual(0.55);
    const two = [...one, element('button', 'Sat 21', 40), element('button', 'Sun 22', 40)];
    expect(groundTarget(descriptor('button', 'Mon 16', 40), written, two).score).toBeLessThan(0.55);
  });

  it('caps an unexplained text that is nowhere on screen', () => {
    const grounding = groundTarget(descriptor('link', 'Random Result 17', 40), [], [element('link', 'Another Thing', 40)]);
    expect(grounding.score).toBeLessThanOrEqual(0.45);
    expect(grounding.reason).toContain('is not on screen');
  });

  it('reads a number slot as a position ("2nd" → "4th")', () => {
    const buttons = ['a', 'b', 'c', 'd'].map((text, ordinal) => element('button', text, 20 + ordinal * 25, { ordinal }));
    const grounding = groundTarget(descriptor('button', 'zz', 45, { ordinal: 1 }), [{ old: '2nd', new: '4th' }], buttons);
    expect(grounding.element?.text).toBe('d');
    expect(grounding.reason).toContain('ordinal 4 (slot)');
  });

  it('matches slot values inside a word when the demonstrated word is gone ("starts with … ends with …")', () => {
    const options = ['Andorra', 'Angola', 'Anguilla'].map((text, ordinal) => element('option', text, 20 + ordinal * 20, { ordinal }));
    const grounding = groundTarget(descriptor('option', 'Bangladesh', 20, { ordinal: 0 }), [{ old: 'Ba', new: 'An' }, { old: 'desh', new: 'ola' }], options);
    expect(grounding.element?.text).toBe('Angola');
    expect(grounding.reason).toContain('text like "An…ola"');
    const pattern = substringPattern('Bangladesh', [{ old: 'Ba', new: 'Mal' }, { old: 'desh', new: 'lta' }])!;
    // A prefix and a suffix may overlap, and the order of the parts holds.
    expect(['Malta', 'Maldives', 'Mallta', 'Italy', 'ltaMal'].filter((word) => pattern.regex.test(word))).toEqual(['Malta', 'Mallta']);
  });
});

describe('substitute', () => {
  it('reads a whole amount with zero cents written out as the same amount, and writes the new one alike', () => {
    expect(substitute('Pay $117.00', [{ old: '117', new: '6.15' }]).text).toBe('Pay $6.15');
    expect(substitute('Pay $117.00', [{ old: '117', new: '50' }]).text).toBe('Pay $50.00');
    expect(substitute('Pay $117.00', [{ old: '117', new: '8.5' }]).text).toBe('Pay $8.50');
    expect(substitute('Pay $117', [{ old: '117', new: '6.15' }]).text).toBe('Pay $6.15');
    expect(substitute('Pay $54.00', [{ old: '54.00', new: '6.15' }]).text).toBe('Pay $6.15');
    expect(substitute('on 12.00.2024', [{ old: '12', new: '7' }]).text).toBe('on 7.00.2024');
  });

  it('replaces whole words only, longest first, in one pass', () => {
    expect(substitute('York and New York', [{ old: 'York', new: 'Paris' }, { old: 'New York', new: 'York' }]).text).toBe('Paris and York');
    expect(substitute('cat category', [{ old: 'cat', new: 'dog' }]).text).toBe('dog category');
  });

  it('gives the new value the case change the demonstration made ("Kasie" typed in lower case)', () => {
    expect(substitute('kasie', [{ old: 'Kasie', new: 'LonDon' }]).text).toBe('london');
    expect(substitute('KASIE', [{ old: 'Kasie', new: 'LonDon' }]).text).toBe('LONDON');
    expect(substitute('Kasie', [{ old: 'Kasie', new: 'LonDon' }]).text).toBe('LonDon');
    expect(substitute('x 42', [{ old: '42', new: '7' }]).text).toBe('x 7');
  });
});
