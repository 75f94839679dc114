import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { alignByPlaces } from './kind-by-places.js';
import { samePlacedNames } from './same-names.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const box = (text: string, checked = false): UIElement =>
  ({ id: nextId++, role: 'checkbox', tag: 'input', text, label: text, states: { checked }, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true }) as UIElement;
const button = (text: string): UIElement => ({ id: nextId++, role: 'button', tag: 'button', text, states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true }) as UIElement;
const click = (elements: UIElement[], target: UIElement): Step =>
  ({ index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: target.id } }, targets: [] }) as unknown as Step;

// A messaging app's privacy settings as the demonstration saw them: four tick boxes and a save button.
const history = box('Activity history');
const sync = box('Contact sync');
const page = [history, sync, box('Read receipts'), box('Email lookup'), button('Reset to defaults'), button('Apply')];
const steps = [click(page, history), click(page, sync), click(page, page[5]!)];
const DEMO = "I'd like activity history and contact sync on from now.";

const pairsOf = (result: ReturnType<typeof alignByPlaces>) => ('alignment' in result ? result.alignment.slots.map((slot) => [slot.old.join(', '), slot.new.join(', ')]) : result);

describe('same-names: values naming again what the demonstration named pair with themselves', () => {
  it('pairs the same two settings named in another order, each with itself', () => {
    const result = alignByPlaces(DEMO, 'Turn on contact sync and switch on activity history.', steps, page);
    expect('gap' in result ? result.gap : '').toBe('');
    // No slot rebinds one setting to the other.
    for (const [old, now] of pairsOf(result) as [string, string][]) expect(old.toLowerCase()).toBe(now.toLowerCase());
  });

  it('still refuses two ways when one name is new: "read receipts" could stand for either setting', () => {
    const result = alignByPlaces(DEMO, 'Turn on read receipts and switch on activity history.', steps, page);
    expect(result).toEqual({ gap: expect.stringMatching(/more than one way/) });
  });

  it('never pairs a setting with itself asked the other state ("switch off" for "on")', () => {
    const result = alignByPlaces(DEMO, 'Switch off contact sync and switch on activity history.', steps, page);
    // Either refused, or paired by the state asked — never contact sync (off now) with contact sync (on then).
    if ('alignment' in result) {
      expect(pairsOf(result)).not.toContainEqual(['contact sync', 'contact sync']);
    } else {
      expect(result.gap).not.toBe('');
    }
  });
});

describe('samePlacedNames', () => {
  const named = (text: string, names: string[]) => names.map((name) => ({ type: 'name' as const, text: name, value: name, words: name.split(' ').length, start: text.indexOf(name), end: text.indexOf(name) + name.length }));

  it('gives the one pairing by same writing, case aside', () => {
    const olds = named('a', ['Activity history', 'Contact sync']);
    const values = named('b', ['contact sync', 'activity history']);
    expect(samePlacedNames(olds, values, () => true)).toEqual([[1, 0]]);
  });

  it('gives none when a name is written twice, is missing, or the pair is not allowed', () => {
    const olds = named('a', ['Contact sync', 'Activity history']);
    expect(samePlacedNames(olds, named('b', ['contact sync', 'contact sync', 'activity history']), () => true)).toBeUndefined();
    expect(samePlacedNames(olds, named('b', ['contact sync', 'read receipts']), () => true)).toBeUndefined();
    expect(samePlacedNames(olds, named('b', ['contact sync', 'activity history']), (position) => position !== 0)).toBeUndefined();
  });
});
