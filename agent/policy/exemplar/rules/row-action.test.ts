import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { opposedCaptions, rowActionStandIn, soleRowActionStandIn } from './row-action.js';

let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 60, height: 11 }, source: 'dom', interactive: true, ...extra };
}
const enrol = { class: 'enrol', type: 'button' };
/** The demonstrated enrol button of the course tile that showed "Intermediate". */
const demonstrated = (text: string, attributes: Record<string, string> = enrol): TargetDescriptor => ({
  role: 'button', tag: 'button', text, attributes, ordinal: 1, box: { x: 120, y: 122, width: 32, height: 11 }, context: `Python essentials Intermediate · Weekends ${text}`,
});
/** Course tiles, each a title link, a level line and its action buttons (`buttons` per tile: caption → class). */
const tiles = (levels: readonly string[], buttons: (level: string) => [string, Record<string, string>][]) => {
  const elements: UIElement[] = [];
  const actions: UIElement[] = [];
  levels.forEach((level, index) => {
    const y = 90 + 30 * index;
    const title = `Python ${['essentials', 'workshop', 'in practice'][index]}`;
    // A tile's text is all its words, as the observation reads a container.
    const tile = element('group', [title, `${level} · Evenings`, ...buttons(level).map(([caption]) => caption)].join(' '), y, { interactive: false, tag: 'div', attributes: { class: 'tile' } });
    elements.push(tile, element('link', title, y, { parentId: tile.id, tag: 'a' }), element('text', `${level} · Evenings`, y + 10, { parentId: tile.id, interactive: false }));
    for (const [caption, attributes] of buttons(level)) {
      const button = element('button', caption, y + 4, { parentId: tile.id, tag: 'button', attributes, ordinal: index });
      elements.push(button);
      actions.push(button);
    }
  });
  return { elements, actions };
};
const levels = ['Beginner', 'Advanced', 'Intermediate'];
const rowKeys = [{ old: 'intermediate', new: 'advanced' }];
const demoTask = "I'd like to take the intermediate course in Python - please enrol me.";

describe('row-action', () => {
  it('reads opposed captions: a word undone by un- / dis-, or a verb opposite another', () => {
    expect(opposedCaptions('Follow', 'Unfollow')).toBe(true);
    expect(opposedCaptions('Enable', 'Disable')).toBe(true);
    expect(opposedCaptions('Show details', 'Hide details')).toBe(true);
    expect(opposedCaptions('Sign up', 'Start learning')).toBe(false);
    expect(opposedCaptions('Enrol', 'Join course')).toBe(false);
  });

  it("presses the row's one action whatever this instance captions it, in the row the task's property chose", () => {
    const { elements, actions } = tiles(levels, () => [['Start learning', enrol]]);
    expect(rowActionStandIn(demonstrated('Sign up'), actions[1]!, elements)).toMatch(/its row's one "Start learning", the action every row here carries \(3 rows\)/);
    const grounding = groundTarget(demonstrated('Sign up'), [], elements, { demoTask, rowKeys });
    expect(grounding.element?.id).toBe(actions[1]!.id);
    expect(grounding.score).toBeGreaterThan(0.55);
    expect(grounding.reason).toMatch(/its caption differs, but it is its row's one "Start learning"/);
  });

  it('refuses without a row key, with two controls of the kind in a row, or captions that differ by row', () => {
    const plain = tiles(levels, () => [['Start learning', enrol]]);
    // No property chose the row: which tile is meant is the row key's to say, not the caption's.
    expect(groundTarget(demonstrated('Sign up'), [], plain.elements, { demoTask }).score).toBeLessThan(0.55);
    // "Start learning" and "Wishlist" share the class: two controls of the kind in each row.
    const two = tiles(levels, () => [['Start learning', enrol], ['Wishlist', enrol]]);
    expect(rowActionStandIn(demonstrated('Sign up'), two.actions[2]!, two.elements)).toBeUndefined();
    expect(groundTarget(demonstrated('Sign up'), [], two.elements, { demoTask, rowKeys }).score).toBeLessThan(0.55);
    // A caption that says each row's state ("Following" on one, "Follow" on the others) is no per-row action.
    const state = tiles(levels, (level) => [[level === 'Advanced' ? 'Following' : 'Follow', enrol]]);
    expect(groundTarget(demonstrated('Subscribe'), [], state.elements, { demoTask, rowKeys }).score).toBeLessThan(0.55);
  });

  it('refuses a caption of another deed: the opposite, a removal, a payment, a close, or a bare button kind', () => {
    for (const [old, caption] of [['Follow', 'Unfollow'], ['Sign up', 'Remove'], ['Sign up', 'Buy now'], ['Sign up', 'Close'], ['Enable', 'Disable']] as const) {
      const { elements, actions } = tiles(levels, () => [[caption, enrol]]);
      expect(rowActionStandIn(demonstrated(old), actions[1]!, elements)).toBeUndefined();
      expect(groundTarget(demonstrated(old), [], elements, { demoTask, rowKeys }).score).toBeLessThan(0.55);
    }
    // A kind that names no deed: a bare button, or one whose classes only style it ("Message" there, "Call" here).
    const bare = tiles(levels, () => [['Start learning', { type: 'button' }]]);
    expect(groundTarget(demonstrated('Sign up', { type: 'button' }), [], bare.elements, { demoTask, rowKeys }).score).toBeLessThan(0.55);
    const styled = { class: 'btn btn-primary btn-sm', type: 'button' };
    const styledTiles = tiles(levels, () => [['Call', styled]]);
    expect(rowActionStandIn(demonstrated('Message', styled), styledTiles.actions[1]!, styledTiles.elements)).toBeUndefined();
    expect(groundTarget(demonstrated('Message', styled), [], styledTiles.elements, { demoTask, rowKeys }).score).toBeLessThan(0.55);
  });

  it('reads "Reorder" / "Order again" / "Repeat" as one per-row deed (a past order done again), never as another deed', () => {
    const again = { class: 'again', type: 'button' };
    const orders = tiles(levels, () => [['Order again', again]]);
    const grounding = groundTarget(demonstrated('Reorder', again), [], orders.elements, { demoTask: 'reorder | Intermediate', rowKeys });
    expect(grounding.element?.id).toBe(orders.actions[1]!.id);
    expect(grounding.score).toBeGreaterThan(0.55);
    expect(rowActionStandIn(demonstrated('Repeat', again), orders.actions[1]!, orders.elements)).toMatch(/its row's one "Order again"/);
    // Doing a row's deed again is not taking a row's offer up, nor the other way round; nor cancelling an order.
    for (const [old, caption] of [['Sign up', 'Reorder'], ['Reorder', 'Join'], ['Reorder', 'Cancel order'], ['Order again', 'Return']] as const) {
      const { elements, actions } = tiles(levels, () => [[caption, again]]);
      expect(rowActionStandIn(demonstrated(old, again), actions[1]!, elements), `${old} / ${caption}`).toBeUndefined();
    }
    // Two rows both show the value the task names: which order is meant is a guess.
    const twice = tiles(['Advanced', 'Beginner', 'Advanced'], () => [['Order again', again]]);
    expect(groundTarget(demonstrated('Reorder', again), [], twice.elements, { demoTask: 'reorder | Intermediate', rowKeys }).score).toBeLessThan(0.55);
    // The row the task names is not on the page: no row stands in.
    const absent = tiles(['Beginner', 'Expert', 'Intermediate'], () => [['Order again', again]]);
    expect(groundTarget(demonstrated('Reorder', again), [], absent.elements, { demoTask: 'reorder | Intermediate', rowKeys }).element).toBeUndefined();
  });

  it('reads a glyph by its accessible name: "↻" labelled "Order again" does the row\'s "Reorder", its class adding only that it is a glyph', () => {
    const again = { class: 'again', type: 'button' };
    const glyph = { class: 'again glyph', type: 'button' };
    const circled = tiles(levels, () => [['↻', glyph]]);
    for (const button of circled.actions) button.label = 'Order again';
    const grounding = groundTarget(demonstrated('Reorder', again), [], circled.elements, { demoTask: 'reorder | Intermediate', rowKeys });
    expect(grounding.element?.id).toBe(circled.actions[1]!.id);
    expect(grounding.score).toBeGreaterThan(0.55);
    // And the other way round: the demonstration pressed the glyph, this instance writes the words.
    const worded = tiles(levels, () => [['Reorder', again]]);
    expect(groundTarget({ ...demonstrated('↻', glyph), label: 'Order again' }, [], worded.elements, { demoTask: 'reorder | Intermediate', rowKeys }).element?.id).toBe(worded.actions[1]!.id);
    // A glyph with no name, a name of another deed, or a class that shares nothing: no stand-in.
    for (const [label, attributes] of [[undefined, glyph], ['Cancel order', glyph], ['Order again', { class: 'fav glyph', type: 'button' }]] as const) {
      const other = tiles(levels, () => [['↻', attributes]]);
      for (const button of other.actions) if (label) button.label = label;
      expect(rowActionStandIn(demonstrated('Reorder', again), other.actions[1]!, other.elements), String(label)).toBeUndefined();
    }
  });
});

describe('row-action on a screen of one row (a category holding one course)', () => {
  const pathTask = 'Browse Languages > Italian and sign me up for the course listed.';
  const one = (caption: string, attributes: Record<string, string> = enrol) => tiles(['Beginner'], () => [[caption, attributes]]);

  it('presses the one tile\'s action when the demonstration\'s screen too showed one tile ("Sign up" there, "Join course" here)', () => {
    const then = one('Sign up').elements;
    const { elements, actions } = one('Join course');
    expect(soleRowActionStandIn(demonstrated('Sign up'), actions[0]!, elements, then)).toMatch(/the one "Join course" here, as the demonstration's screen showed one "Sign up"/);
    const grounding = groundTarget(demonstrated('Sign up'), [], elements, { demoTask: pathTask, demoElements: then });
    expect(grounding.element?.id).toBe(actions[0]!.id);
    expect(grounding.score).toBeGreaterThan(0.55);
  });

  it('refuses with two tiles here or there, without the demonstration\'s screen, or for a kind its class does not name', () => {
    const then = one('Sign up').elements;
    const three = tiles(levels, () => [['Join course', enrol]]);
    expect(soleRowActionStandIn(demonstrated('Sign up'), three.actions[0]!, three.elements, then)).toBeUndefined();
    expect(groundTarget(demonstrated('Sign up'), [], three.elements, { demoTask: pathTask, demoElements: then }).score).toBeLessThan(0.55);
    const { elements, actions } = one('Join course');
    expect(soleRowActionStandIn(demonstrated('Sign up'), actions[0]!, elements, tiles(levels, () => [['Sign up', enrol]]).elements)).toBeUndefined();
    expect(soleRowActionStandIn(demonstrated('Sign up'), actions[0]!, elements)).toBeUndefined();
    const styled = { class: 'btn btn-primary', type: 'button' };
    const plain = one('Join course', styled);
    expect(soleRowActionStandIn(demonstrated('Sign up', styled), plain.actions[0]!, plain.elements, one('Sign up', styled).elements)).toBeUndefined();
    expect(groundTarget(demonstrated('Sign up', styled), [], plain.elements, { demoTask: pathTask, demoElements: one('Sign up', styled).elements }).score).toBeLessThan(0.55);
  });

  it('refuses a caption of another deed on the one tile: "Join waitlist", "Leave course", "Buy now", "Remove"', () => {
    const then = one('Sign up').elements;
    for (const caption of ['Join waitlist', 'Leave course', 'Buy now', 'Remove', 'Wishlist']) {
      const { elements, actions } = one(caption);
      expect(soleRowActionStandIn(demonstrated('Sign up'), actions[0]!, elements, then)).toBeUndefined();
      expect(groundTarget(demonstrated('Sign up'), [], elements, { demoTask: pathTask, demoElements: then }).score).toBeLessThan(0.55);
    }
  });
});
