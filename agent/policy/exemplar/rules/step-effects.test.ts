import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { effectVerbs, effectVerbsOf } from './step-effects.js';
import { verbGap } from './verb-gap.js';
import { alignByPlaces } from './kind-by-places.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++, role, tag: role === 'textbox' || role === 'searchbox' ? 'input' : 'button', text, states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true, ...extra,
});
const step = (elements: UIElement[], action: Action): Step => ({ index: 0, observation: { text: '', elements }, action, targets: [] }) as unknown as Step;
const click = (target: UIElement) => step([target], { type: 'click', target: { elementId: target.id } });
const type = (target: UIElement, text: string) => step([target], { type: 'type', text, target: { elementId: target.id } });

describe('step-effects: the request a demonstrated step carried out by its effect', () => {
  it('reads a tick, an untick and a switch turned on or off from the target\'s kind and the state the click found', () => {
    expect(effectVerbsOf(click(element('checkbox', 'Newsletter', { states: { checked: false } })))).toEqual(['check']);
    expect(effectVerbsOf(click(element('checkbox', 'Newsletter', { states: { checked: true } })))).toEqual(['uncheck']);
    expect(effectVerbsOf(click(element('listitem', '☐ milk')))).toEqual(['check']);
    expect(effectVerbsOf(click(element('switch', 'Push alerts', { states: { checked: false } })))).toEqual(['enable']);
    expect(effectVerbsOf(click(element('switch', 'Push alerts', { states: { checked: true } })))).toEqual(['disable']);
    // A radio only chooses, a plain button or link says no effect of its own.
    expect(effectVerbsOf(click(element('radio', 'Economy', { states: { checked: false } })))).toEqual([]);
    expect(effectVerbsOf(click(element('button', 'Continue')))).toEqual([]);
  });

  it('reads a search from text typed into a field that says it searches, or a press of a search icon', () => {
    expect(effectVerbsOf(type(element('searchbox', ''), 'lamps'))).toEqual(['search']);
    expect(effectVerbsOf(type(element('textbox', '', { inputType: 'search' }), 'lamps'))).toEqual(['search']);
    expect(effectVerbsOf(type(element('textbox', '', { label: 'Search recipes' }), 'soup'))).toEqual(['search']);
    expect(effectVerbsOf(type(element('combobox', '', { attributes: { placeholder: 'Search flights…' } }), 'Prague'))).toEqual(['search']);
    expect(effectVerbsOf(click(element('button', '🔍')))).toEqual(['search']);
    expect(effectVerbsOf(click(element('button', '⌕', { label: 'Search' })))).toEqual(['search']);
    // A field that is no search field searches nothing, whatever was typed; a click into a search field types nothing.
    expect(effectVerbsOf(type(element('textbox', '', { label: 'From' }), 'Lisbon'))).toEqual([]);
    expect(effectVerbsOf(type(element('textbox', '', { label: 'Research notes' }), 'soup'))).toEqual([]);
    expect(effectVerbsOf(click(element('searchbox', '')))).toEqual([]);
  });

  it('reads a dismiss from a close glyph or a glyph named Close, a delete from a bin icon, an expand from a collapsed control', () => {
    expect(effectVerbsOf(click(element('button', '✕')))).toEqual(['dismiss']);
    expect(effectVerbsOf(click(element('button', '×', { label: 'Close' })))).toEqual(['dismiss']);
    expect(effectVerbsOf(click(element('button', '', { label: 'Dismiss' })))).toEqual(['dismiss']);
    expect(effectVerbsOf(click(element('button', '🗑')))).toEqual(['delete']);
    expect(effectVerbsOf(click(element('button', '▣', { label: 'Remove' })))).toEqual(['delete']);
    expect(effectVerbsOf(click(element('button', 'Billing', { states: { expanded: false } })))).toEqual(['expand', 'show']);
    expect(effectVerbsOf(click(element('button', '▣', { label: 'Archive' })))).toEqual(['archive']);
    // A worded caption is pressed-verbs.ts's (its words, not an effect); an open section clicked is no expand.
    expect(effectVerbsOf(click(element('button', 'Archive')))).toEqual([]);
    expect(effectVerbsOf(click(element('button', 'Billing', { states: { expanded: true } })))).toEqual([]);
  });

  it('reads a search from the last press of a search page\'s button whose caption asks nothing of its own', () => {
    const titled = (title: string, target: UIElement, others: Step[] = []) => {
      const press = { ...click(target), observation: { text: '', elements: [target], title } } as unknown as Step;
      return [...others, press];
    };
    const swap = element('button', '⇅', { label: 'Swap cities' });
    expect(effectVerbs(titled('Search flights', element('button', 'Show flights')))).toEqual(['search']);
    expect(effectVerbs(titled('Search flights', element('button', "Let's go"), [click(swap)]))).toEqual(['search']);
    // Guard: a page that does not say it searches, a caption asking a request of its own, a press that was not the last.
    expect(effectVerbs(titled('Book flights', element('button', 'Show flights')))).toEqual([]);
    expect(effectVerbs(titled('Search results', element('button', 'Add to cart')))).toEqual([]);
    const press = { ...click(element('button', 'Show flights')), observation: { text: '', elements: [], title: 'Search flights' } } as unknown as Step;
    expect(effectVerbs([press, click(swap)])).toEqual([]);
  });

  it('drops a switching effect done both ways: a demonstration that turned one on and another off says neither', () => {
    const on = click(element('switch', 'Wi-Fi', { states: { checked: false } }));
    const off = click(element('switch', 'Bluetooth', { states: { checked: true } }));
    const search = type(element('searchbox', ''), 'router');
    expect(effectVerbs([on, search])).toEqual(['enable', 'search']);
    expect(effectVerbs([on, off, search])).toEqual(['search']);
  });

  it('meets a verb only the new task says when a demonstrated step had that effect', () => {
    const flights = "I'm flying Vienna to Prague on Tue the 11th for 2 of us.";
    expect(verbGap(flights, 'Search Lisbon to Prague on March 19 for 3 of us.')).toMatch(/asks to search/);
    expect(verbGap(flights, 'Search Lisbon to Prague on March 19 for 3 of us.', undefined, undefined, [], ['search'])).toBeUndefined();
    expect(verbGap('Push alerts for the "Team" channel, please.', 'Turn on push alerts for "Sales".', undefined, undefined, [], ['enable'])).toBeUndefined();
    expect(verbGap('I want the "Weekly digest" newsletter.', 'Tick "Product news".', undefined, undefined, [], ['check'])).toBeUndefined();
    expect(verbGap('That "Cookies" banner is in my way.', 'Dismiss the "Updates" banner.', undefined, undefined, [], ['dismiss'])).toBeUndefined();
  });

  it('keeps refusing the opposite of the effect, a verb no step carried out, and the demonstration\'s own verb the new task leaves out', () => {
    // Guard: "Turn off notifications" where the demonstration switched ON.
    expect(verbGap('Push alerts for the "Team" channel, please.', 'Turn off push alerts for "Sales".', undefined, undefined, [], ['enable'])).toMatch(/asks to disable/);
    expect(verbGap('I want the "Weekly digest" newsletter.', 'Untick "Product news".', undefined, undefined, [], ['check'])).toMatch(/asks to uncheck/);
    expect(verbGap('Push alerts for the "Team" channel, please.', 'Enable push alerts for "Sales".', undefined, undefined, [], ['disable'])).toMatch(/asks to enable/);
    // A verb no step carried out: a delete where it dismissed, a search where it ticked.
    expect(verbGap('That "Cookies" banner is in my way.', 'Delete the "Updates" banner.', undefined, undefined, [], ['dismiss'])).toMatch(/asks to delete/);
    expect(verbGap('I want the "Weekly digest" newsletter.', 'Search for "Product news".', undefined, undefined, [], ['check'])).toMatch(/asks to search/);
    // An effect never stands as the demonstration's request the new task leaves out, nor as a press the new task contradicts.
    expect(verbGap('Reply to "Ines": "Friday works".', '"Ines" wrote "Friday works".', undefined, undefined, [], ['reply'])).toMatch(/demonstration's task asked to reply/);
    expect(verbGap('Select only "Sales" and "Team".', 'Tick "Sales" and "Ops" only.', undefined, undefined, [], [])).toBeUndefined();
  });
});

describe('step-effects: an icon pressed meets the bookmark its name says', () => {
  it('lets "Save the post" meet a demonstration that bookmarked with a ⚑ named Save, and no other', () => {
    const flag = click(element('button', '⚑', { label: 'Save' }));
    expect(effectVerbs([flag])).toEqual(['save']);
    expect(verbGap("Bookmark @theo's post with Save.", 'Save the post from @nina.', undefined, undefined, [], effectVerbs([flag]))).toBeUndefined();
    // Guard: an icon named otherwise ("Like") carries out no bookmark.
    const heart = click(element('button', '♥', { label: 'Like' }));
    expect(verbGap("Bookmark @theo's post with Save.", 'Save the post from @nina.', undefined, undefined, [], effectVerbs([heart]))).toMatch(/asked to bookmark/);
  });
});

describe('step-effects: a verb met only by a step\'s effect is asked of what that step acted on (review30)', () => {
  // On trial30a the effect met the verb whatever its object: "Search my orders for lamps" typed "lamps" into the shop's
  // search, "Delete the account of Ana" pressed the 🗑 of Ana's draft (main refused both: a verb no step asked).
  it('refuses "Search my orders for lamps" after a demonstration that typed "lamps" into the shop\'s search', () => {
    const field = element('searchbox', '', { label: 'Search' });
    const go = element('button', 'Go');
    const shop = [field, go, element('link', 'Orders', { tag: 'a' })];
    const steps = [{ ...type(field, 'lamps'), observation: { text: '', elements: shop } } as Step, { ...click(go), observation: { text: '', elements: shop } } as Step];
    expect(alignByPlaces('Show me lamps.', 'Search my orders for lamps.', steps, shop)).toEqual({ gap: expect.stringMatching(/"orders"/) });
    // Guard: the same search for something else still pairs.
    expect('alignment' in alignByPlaces('Show me lamps.', 'Search for Sofas.', steps, shop)).toBe(true);
  });

  it('refuses "Delete the account of Ana" after a 🗑 that deleted Bob\'s draft, and pairs "Delete the draft from Ana"', () => {
    const rows = () => {
      const bob = element('listitem', 'Draft from Bob', { interactive: false, tag: 'li' });
      const ana = element('listitem', 'Draft from Ana', { interactive: false, tag: 'li' });
      return [bob, element('button', '🗑', { parentId: bob.id }), ana, element('button', '🗑', { parentId: ana.id })];
    };
    const demo = rows();
    const steps = [{ ...click(demo[1]!), observation: { text: '', elements: demo } } as Step];
    expect(alignByPlaces('That draft from Bob is clutter.', 'Delete the account of Ana.', steps, rows())).toEqual({ gap: expect.stringMatching(/"account"/) });
    expect('alignment' in alignByPlaces('That draft from Bob is clutter.', 'Delete the draft from Ana.', steps, rows())).toBe(true);
  });
});
