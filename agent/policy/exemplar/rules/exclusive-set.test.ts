/**
 * Exclusive wording ("(and no others)", "none else") is read as such, the
 * turn-on clicks of a demonstration that had nothing to turn off become one
 * ensure-checked step, and chips that show no state while none is on are
 * read as all off.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { exclusiveSetPlan, exclusiveWords, exclusiveListSlot } from './exclusive-set.js';
import { groundEnsureChecked } from './checked-set.js';

const chip = (id: number, text: string, on?: boolean): UIElement => ({ id, role: 'button', tag: 'button', text, states: on === undefined ? {} : { checked: on }, box: { x: id * 30, y: 10, width: 28, height: 12 }, source: 'dom', interactive: true });

describe('exclusiveWords', () => {
  it('finds exclusive wording and takes it out of the task', () => {
    expect(exclusiveWords('Select the tags "violet" (and no others) and click Confirm.')).toMatchObject({ exclusive: true });
    expect(exclusiveWords('Select the tags "violet" (and no others) and click Confirm.').rest).not.toMatch(/\bno\b/);
    expect(exclusiveWords('Choose "a" and none else; press OK.').exclusive).toBe(true);
    expect(exclusiveWords('Leave "a" selected, deselect everything else, and click OK.').exclusive).toBe(true);
    expect(exclusiveWords('Clear the field and type "a".').exclusive).toBe(false);
    expect(exclusiveWords('Select "a" and click OK.').exclusive).toBe(false);
  });

  it('reads a bare "only" or "exactly" as exclusive, but not before a count', () => {
    expect(exclusiveWords('Select only "violet" and "red".').exclusive).toBe(true);
    expect(exclusiveWords('Tick exactly these: a, b').exclusive).toBe(true);
    expect(exclusiveWords('Click exactly 3 boxes.').exclusive).toBe(false);
    expect(exclusiveWords('Press the button only once.').exclusive).toBe(false);
    expect(exclusiveWords('Add only two more pears.').exclusive).toBe(false);
  });
});

describe('exclusiveSetPlan', () => {
  // Chips marked on by a class: none shows a state until one is on.
  const before = [chip(1, 'lagoon'), chip(2, 'meteor'), chip(3, 'orchid')];
  const after = [chip(1, 'lagoon', true), chip(2, 'meteor', false), chip(3, 'orchid', false)];
  const click = { action: { type: 'click', target: { elementId: 1 } }, targets: [{ role: 'button', text: 'lagoon', box: { x: 30, y: 10, width: 28, height: 12 } }], observation: { elements: before }, result: { ok: true } } as unknown as Step;
  const done = { action: { type: 'done', success: true }, targets: [], observation: { elements: after } } as unknown as Step;
  const plan = (task: string): DemonstrationPlan =>
    ({
      trajectory: { task: 'Select the tags "lagoon" (and no others) and click OK.', steps: [click, done] } as unknown as Trajectory,
      task,
      steps: [{ sourceIndex: 0, step: click, bindings: [{ old: 'lagoon', new: 'orchid' }] } as PlannedStep],
      notes: [],
      problems: [],
    }) as unknown as DemonstrationPlan;

  it('folds a click that turned a named chip on into one ensure-checked step for the new name', () => {
    const folded = exclusiveSetPlan(plan('Select the tags "orchid" (and no others) and click OK.'));
    expect(folded?.steps[0]?.ensureChecked).toEqual({ role: 'button', names: ['orchid'] });
  });

  it('leaves a task without exclusive wording alone', () => {
    expect(exclusiveSetPlan(plan('Select the tag "orchid" and click OK.'))).toBeUndefined();
  });
});

describe('groundEnsureChecked on chips', () => {
  it('turns off a chip that is on but not named, after the named one is on', () => {
    const grounding = groundEnsureChecked({ role: 'button', names: ['orchid'] }, [chip(1, 'lagoon', true), chip(2, 'meteor', false), chip(3, 'orchid', true)]);
    expect(grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 1 } } });
  });

  it('reads chips that show no state at all as off and ticks the named one', () => {
    const grounding = groundEnsureChecked({ role: 'button', names: ['orchid'] }, [chip(1, 'lagoon'), chip(2, 'meteor'), chip(3, 'orchid')]);
    expect(grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 3 } } });
  });
});

describe('exclusiveListSlot: two exclusive sets of other sizes are one list', () => {
  /** Spans of the given lower-case names in `text`, as value-spans.ts gives them. */
  const spans = (text: string, names: string[]) =>
    names.map((name) => {
      const start = text.indexOf(name);
      return { type: 'name' as const, text: name, value: name, words: name.split(' ').length, start, end: start + name.length };
    });
  const old = 'From Ana: "just say yes to personalisation, marketing and analytics, nothing else"';
  const oldSpans = spans(old, ['personalisation', 'marketing', 'analytics']);

  it('pairs the sets as one list slot when both texts say their set is the only one and each is one list', () => {
    const text = 'marketing and social media cookies only please.';
    expect(exclusiveListSlot(old, oldSpans, text, spans(text, ['marketing', 'social media']))).toEqual({
      old: ['personalisation', 'marketing', 'analytics'], new: ['marketing', 'social media'], list: true, kind: 'text',
    });
  });

  it('gives none where a text says no exclusive set, the values are no one list, or neither side names several', () => {
    const plain = 'Turn on marketing and social media.';
    expect(exclusiveListSlot(old, oldSpans, plain, spans(plain, ['marketing', 'social media']))).toBeUndefined();
    const apart = 'Keep marketing on, switch social media off, only those.';
    expect(exclusiveListSlot(old, oldSpans, apart, spans(apart, ['marketing', 'social media']))).toBeUndefined();
    const one = 'Allow only marketing.';
    const single = 'Allow only analytics.';
    expect(exclusiveListSlot(single, spans(single, ['analytics']), one, spans(one, ['marketing']))).toBeUndefined();
  });

  it('pairs a set asked on by a verb of choosing in', () => {
    const text = 'Opt in to marketing and analytics only.';
    expect(exclusiveListSlot(old, oldSpans, text, spans(text, ['marketing', 'analytics']))).toMatchObject({ new: ['marketing', 'analytics'], list: true });
  });

  it('gives none where a text switches its set off, says no to it, or negates its "only"', () => {
    for (const text of [
      'Turn off "marketing" and "analytics", nothing else.',
      'No to "marketing" and "analytics", nothing else.',
      'Not only "marketing" and "analytics" - keep the rest too.',
      'Remove marketing and analytics only.',
      "I don't want marketing and analytics, no others.",
      'Deselect marketing and analytics, nothing else.',
      'Opt out of marketing and analytics only.',
    ]) {
      expect(exclusiveListSlot(old, oldSpans, text, spans(text, ['marketing', 'analytics']))).toBeUndefined();
      expect(exclusiveListSlot(text, spans(text, ['marketing', 'analytics']), old, oldSpans)).toBeUndefined();
    }
  });
});
