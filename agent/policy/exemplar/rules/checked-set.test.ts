/**
 * The checked-set rule holds for ticks made on a group the demonstration saw
 * whole; ticks made after scrolling, with nothing unticked, are no set.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { checkedSetRule, groundEnsureChecked } from './checked-set.js';

const box = (id: number, text: string, checked: boolean): UIElement => ({ id, role: 'checkbox', tag: 'input', text, states: { checked }, box: { x: 0, y: id * 20, width: 10, height: 10 }, source: 'dom', interactive: true });
const rows = [box(1, 'Ada Lind', false), box(2, 'Bo Kim', false), box(3, 'Cy Ray', false)];
const step = (action: Action): Step => ({ action, observation: { elements: rows } }) as unknown as Step;
const tick = step({ type: 'click', target: { elementId: 2 } });

describe('checkedSetRule', () => {
  it('takes ticks on a group seen whole, with the others unticked, as the set the task names', () => {
    expect(checkedSetRule([tick], ['Bo Kim'])).toEqual({ positions: [0], role: 'checkbox' });
  });

  it('takes a tick made after scrolling (only part of the group seen), nothing unticked, as no set', () => {
    expect(checkedSetRule([step({ type: 'scroll', deltaX: 0, deltaY: 60 }), tick], ['Bo Kim'])).toBeUndefined();
  });
});

describe('a disabled box is no member of the set', () => {
  const fixed: UIElement = { ...box(9, 'Strictly necessary always on', true), states: { checked: true, disabled: true } };
  const withFixed = [fixed, box(1, 'Analytics', true), box(2, 'Marketing', true), box(3, 'Functional', true)];
  const untickAnalytics = { action: { type: 'click', target: { elementId: 1 } }, observation: { elements: withFixed } } as unknown as Step;

  it('reads clicks that left exactly the named boxes on, a disabled box on beside them, as the set', () => {
    expect(checkedSetRule([untickAnalytics], ['Marketing', 'Functional'])).toEqual({ positions: [0], role: 'checkbox' });
  });

  it('never unticks a disabled box, and is satisfied with it on', () => {
    const now = [fixed, box(1, 'Analytics', false), box(2, 'Marketing', true), box(3, 'Functional', true)];
    expect(groundEnsureChecked({ role: 'checkbox', names: ['Marketing', 'Functional'] }, now)).toMatchObject({ ok: true, satisfied: true });
  });

  it('refuses a named box that is disabled and off, rather than clicking it again and again', () => {
    const off: UIElement = { ...box(9, 'Beta', false), states: { checked: false, disabled: true } };
    expect(groundEnsureChecked({ role: 'checkbox', names: ['Beta'] }, [off, box(1, 'Analytics', false)])).toMatchObject({ ok: false });
  });
});

describe('each clicked box ends as its last click left it', () => {
  it('reads a step that chooses a box its own observation shows off (one added for a choice shown made) as ticking it', () => {
    const start = [box(1, 'Analytics', true), box(2, 'Marketing', true), box(3, 'Functional', true)];
    const untick = { action: { type: 'click', target: { elementId: 1 } }, observation: { elements: start } } as unknown as Step;
    // Marketing shown off in the added step's own observation: its click ticks it, whatever the first observation showed.
    const shownOff = [box(1, 'Analytics', false), box(2, 'Marketing', false), box(3, 'Functional', true)];
    const added = { action: { type: 'click', target: { elementId: 2 } }, observation: { elements: shownOff } } as unknown as Step;
    expect(checkedSetRule([untick, added], ['Marketing', 'Functional'])).toEqual({ positions: [0, 1], role: 'checkbox' });
    expect(checkedSetRule([untick, added], ['Marketing'])).toBeUndefined();
  });
});

describe('a task that names another member of the group asks each its own state', () => {
  // "Notifications: push alerts ON, weekly newsletter OFF", demonstrated where push alerts was on already and the
  // three others happened to be off: one click turned the weekly newsletter off, leaving only push alerts on.
  const switchOf = (id: number, text: string, checked: boolean): UIElement => ({ ...box(id, text, checked), role: 'switch', tag: 'button' });
  const page = [switchOf(3, 'Email digest', false), switchOf(6, 'Push alerts', true), switchOf(9, 'SMS reminders', false), switchOf(12, 'Weekly newsletter', true), switchOf(15, 'Product updates', false)];
  const newsletterOff = { action: { type: 'click', target: { elementId: 12 } }, observation: { elements: page } } as unknown as Step;

  it('reads no set "exactly push alerts on" when the task also names the weekly newsletter (asked off)', () => {
    expect(checkedSetRule([newsletterOff], ['push alerts'], ['weekly newsletter'])).toBeUndefined();
  });

  it('still reads the set when the task\'s other values name no member of the group (a button caption)', () => {
    expect(checkedSetRule([newsletterOff], ['push alerts'], ['Save changes'])).toEqual({ positions: [0], role: 'switch' });
  });
});
