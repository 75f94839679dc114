import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { pressedVerbOf, pressedVerbs } from './pressed-verbs.js';
import { verbGap } from './verb-gap.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++, role, tag: role === 'textbox' ? 'input' : 'button', text, states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true, ...extra,
});
const step = (elements: UIElement[], action: Action): Step => ({ index: 0, observation: { text: '', elements }, action, targets: [] }) as unknown as Step;
const click = (elements: UIElement[], target: UIElement) => step(elements, { type: 'click', target: { elementId: target.id } });

describe('pressed-verbs: the request a demonstration asked by the control it pressed', () => {
  it('reads the verb a pressed control\'s caption opens with, its courtesy words aside', () => {
    const search = element('button', 'Search flights');
    const find = element('link', 'Find flights');
    const remove = element('button', 'Yes, delete');
    const submit = element('button', '', { tag: 'input', inputType: 'submit', value: 'Search' });
    const page = [search, find, remove, submit];
    expect(pressedVerbs([click(page, search), click(page, find), click(page, remove), click(page, submit)])).toEqual(['search', 'delete']);
  });

  it('reads a request said by the caption of the control pressed for it', () => {
    // "Save the post" asks the bookmark the demonstration did with its "Save", both ways.
    expect(verbGap("Bookmark @theo's post with Save.", 'Save the post from @nina.', undefined, undefined, ['save'])).toBeUndefined();
    expect(verbGap('Save the post from @zara.', "Bookmark @ivy's post with Save.", undefined, undefined, ['save'])).toBeUndefined();
    // Guard: without a press of "Save" a save is no bookmark; and a save never stands for another request pressed before it.
    expect(verbGap("Bookmark @theo's post.", 'Save the post from @nina.', undefined, undefined, [])).toMatch(/asked to bookmark/);
    expect(verbGap('Delete the draft from Ana, then press Save.', 'Save the draft from Ana.', undefined, undefined, ['delete', 'save'])).toMatch(/asked to delete/);
  });

  it('reads no request from a field clicked into, a caption that opens with no verb, or a step that pressed nothing', () => {
    const box = element('textbox', '', { label: 'Search' });
    const go = element('button', "Let's go");
    const flights = element('button', 'Flights');
    const page = [box, go, flights];
    expect(pressedVerbOf(click(page, box))).toBeUndefined();
    expect(pressedVerbOf(click(page, go))).toBeUndefined();
    expect(pressedVerbOf(click(page, flights))).toBeUndefined();
    expect(pressedVerbOf(step(page, { type: 'type', text: 'Reply', target: { elementId: box.id } }))).toBeUndefined();
  });

  it('counts a request the new task asks as the demonstration\'s when its steps pressed a control captioned with it', () => {
    const demo = "I'm flying Vienna to Prague on Tue the 11th for 2 of us.";
    const task = 'Could you look for Prague flights out of Lisbon on March 19 for three of us?';
    expect(verbGap(demo, task)).toMatch(/asks to search/);
    expect(verbGap(demo, task, undefined, undefined, ['search'])).toBeUndefined();
    expect(verbGap('Bob wrote about Friday.', 'Reply to Bob: "Friday works".', undefined, undefined, ['reply'])).toBeUndefined();
    expect(verbGap('The search box holds "old receipts".', 'Clear the search box.', undefined, undefined, ['clear'])).toBeUndefined();
  });

  it('keeps refusing a request whose control the demonstration never pressed, a distinct request, and the opposite of the one it pressed', () => {
    const demo = "I'm flying Vienna to Prague on Tue the 11th for 2 of us.";
    // Never pressed: a "Show flights" press asks to show, no search.
    expect(verbGap(demo, 'Search Lisbon to Prague on March 19.', undefined, undefined, ['show'])).toMatch(/asks to search/);
    expect(verbGap(demo, 'Search Lisbon to Prague on March 19.', undefined, undefined, [])).toMatch(/asks to search/);
    // Distinct requests: forwarding where it replied, sorting where it searched, deleting where it cleared or archived.
    expect(verbGap('Bob wrote about Friday.', 'Forward Bob\'s mail to Ana.', undefined, undefined, ['reply'])).toMatch(/forward/);
    expect(verbGap(demo, 'Sort the Lisbon to Prague flights by price.', undefined, undefined, ['search'])).toMatch(/sort/);
    expect(verbGap('The cart holds "lamp".', 'Delete "lamp" from the cart.', undefined, undefined, ['clear'])).toMatch(/delete/);
    expect(verbGap('Mail from Bob.', 'Delete the mail from Bob.', undefined, undefined, ['archive'])).toMatch(/delete/);
    // Opposites: hiding where it pressed Show, enabling where it pressed Disable, adding where it pressed Remove.
    expect(verbGap('The rows of March.', 'Hide the rows of March.', undefined, undefined, ['show'])).toMatch(/hide/);
    expect(verbGap('Camera for this app.', 'Turn on the camera for this app.', undefined, undefined, ['disable'])).toMatch(/enable/);
    expect(verbGap('Basket: bananas.', 'Add bananas.', undefined, undefined, ['delete'])).toMatch(/add/);
  });

  it('excuses no request of the demonstration\'s own text the new task leaves out: a press speaks for the demonstration only', () => {
    // "Bob's email" asks nothing; the demonstration that deleted it asked to delete.
    expect(verbGap("Delete Bob's email.", "Bob's email.", undefined, undefined, ['delete'])).toMatch(/asked to delete/);
    expect(verbGap('Search Vienna to Prague on March 11.', 'Vienna to Prague on March 11.', undefined, undefined, ['search'])).toMatch(/asked to search/);
  });
});
