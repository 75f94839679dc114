/**
 * Review probes (session 34, review34) of rules/row-action.ts soleRowActionStandIn: on a screen of one row the one
 * control of the demonstrated kind stands in for the demonstrated per-row deed, captioned anew ("Sign up" there,
 * "Join course" here). Hostile: the task names a row the one tile is not, the demonstrated caption shown elsewhere
 * on the page as another kind, a hidden second tile. `it.fails` marks a wrong action or a false refusal.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { soleRowActionStandIn } from './row-action.js';

let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 60, height: 11 }, source: 'dom', interactive: true, ...extra };
}
const enrol = { class: 'enrol', type: 'button' };
const demonstrated = (text: string, level = 'Intermediate'): TargetDescriptor => ({
  role: 'button', tag: 'button', text, attributes: enrol, ordinal: 0, box: { x: 120, y: 94, width: 32, height: 11 }, context: `Python essentials ${level} · Evenings ${text}`,
});
/** One course tile: a title link, its level line and its enrol button. */
const oneTile = (level: string, caption: string, extra: UIElement[] = []) => {
  const tile = element('group', `Python essentials ${level} · Evenings ${caption}`, 90, { interactive: false, tag: 'div', attributes: { class: 'tile' } });
  const action = element('button', caption, 94, { parentId: tile.id, tag: 'button', attributes: enrol, ordinal: 0 });
  return { action, elements: [tile, element('link', 'Python essentials', 90, { parentId: tile.id, tag: 'a' }), element('text', `${level} · Evenings`, 100, { parentId: tile.id, interactive: false }), action, ...extra] };
};

describe('sole row action: review34 probes', () => {
  it('presses the one "Join course" for "Sign up" on one-tile screens (the reading\'s own case)', () => {
    const then = oneTile('Intermediate', 'Sign up').elements;
    const here = oneTile('Intermediate', 'Join course');
    expect(soleRowActionStandIn(demonstrated('Sign up'), here.action, here.elements, then)).toMatch(/the one "Join course" here/);
  });
  // The task names another level than the one tile shows: the demonstrated tile was Intermediate (the task's row key),
  // the task now asks for Advanced and the one tile is Beginner. A person joins nothing.
  it('never joins the one Beginner tile when the task asks for the advanced course', () => {
    const then = oneTile('Intermediate', 'Sign up').elements;
    const here = oneTile('Beginner', 'Join course');
    const grounding = groundTarget(demonstrated('Sign up'), [], here.elements, {
      demoTask: "I'd like to take the intermediate course in Python - please enrol me.",
      demoElements: then,
      rowKeys: [{ old: 'intermediate', new: 'advanced' }],
    });
    expect(grounding.score > 0.55 ? grounding.element?.id : undefined, grounding.reason).toBeUndefined();
  });
  // The demonstrated caption is on screen as another control: the site header's "Sign up" (class "nav"). The tile's
  // "Join course" is the deed; the header's "Sign up" opens an account — never pressed for the tile's.
  // Wrong grounding (groundTarget, score 0.68): the header's "Sign up" is taken by its same text, role and tag — its
  // class ("nav-signup", disjoint from the demonstrated "enrol") and its place outside any tile do not stop it, and the
  // tile's one "Join course" (the sole-row reading) loses to it. Not new today, but the reading does not reach it.
  it.fails('wrong action: never presses the header\'s "Sign up" (another kind) for the tile\'s "Sign up"', () => {
    const then = oneTile('Intermediate', 'Sign up').elements;
    const header = element('button', 'Sign up', 10, { tag: 'button', attributes: { class: 'nav-signup', type: 'button' } });
    const here = oneTile('Intermediate', 'Join course', [header]);
    const grounding = groundTarget(demonstrated('Sign up'), [], here.elements, { demoTask: 'Browse Languages > Python and sign me up for the course listed.', demoElements: then });
    expect(grounding.score > 0.55 ? grounding.element?.id : here.action.id, grounding.reason).not.toBe(header.id);
  });
  it('refuses where a second tile of the kind is only hidden here (a collapsed list): still one visible', () => {
    const then = oneTile('Intermediate', 'Sign up').elements;
    const hidden = element('button', 'Join course', 130, { tag: 'button', attributes: enrol, states: { hidden: true } });
    const here = oneTile('Intermediate', 'Join course', [hidden]);
    // One visible: the reading stands (hidden controls are none a person sees) — kept as a guard that it is the visible one.
    const reading = soleRowActionStandIn(demonstrated('Sign up'), hidden, here.elements, then);
    expect(reading).toBeUndefined();
  });
  it('never stands "Join waitlist" or "Sign up for updates" in for "Sign up"', () => {
    const then = oneTile('Intermediate', 'Sign up').elements;
    for (const caption of ['Join waitlist', 'Sign up for updates', 'Register interest', 'Notify me']) {
      const here = oneTile('Intermediate', caption);
      expect(soleRowActionStandIn(demonstrated('Sign up'), here.action, here.elements, then), caption).toBeUndefined();
    }
  });
});
