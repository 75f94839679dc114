import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import type { Binding } from '../text-match.js';
import { affixPickOf, groundAffixPick } from './affix-pick.js';

function element(id: number, role: string, text: string): UIElement {
  return { id, role, text, states: {}, box: { x: 0, y: id * 20, width: 80, height: 18 }, source: 'dom', interactive: true };
}
function picked(target: UIElement, bindings: Binding[]): PlannedStep {
  const step: Step = { index: 1, observation: { text: '', elements: [element(1, 'textbox', ''), target] }, action: { type: 'click', target: { elementId: target.id } }, targets: [], result: { ok: true }, timings: {} };
  return { sourceIndex: 1, step, bindings };
}

describe('a pick by the letters the task gives', () => {
  it('is told by a picked item whose caption begins (and ends) with task values cut inside a word', () => {
    expect(affixPickOf(picked(element(5, 'option', 'Slovakia'), [{ old: 'Slo', new: 'Rus' }]))).toEqual({ role: 'option', start: { old: 'Slo', new: 'Rus' } });
    expect(affixPickOf(picked(element(5, 'option', 'Bermuda'), [{ old: 'Ber', new: 'An' }, { old: 'uda', new: 'ica' }]))).toEqual({
      role: 'option',
      start: { old: 'Ber', new: 'An' },
      end: { old: 'uda', new: 'ica' },
    });
  });

  it('is told by a picked item that was the whole start and the whole end the task gave, bound now to two values', () => {
    expect(affixPickOf(picked(element(5, 'option', 'Niue'), [{ old: 'Niue', new: 'An' }, { old: 'Niue', new: 'ica' }]))).toEqual({
      role: 'option',
      start: { old: 'Niue', new: 'An' },
      end: { old: 'Niue', new: 'ica' },
    });
    // The whole item as the start, a cut as the end.
    expect(affixPickOf(picked(element(5, 'option', 'Chad'), [{ old: 'Chad', new: 'Ma' }, { old: 'ad', new: 'ta' }]))).toMatchObject({ start: { new: 'Ma' }, end: { new: 'ta' } });
    // One value given twice and bound to one new value is the item's name, not letters; a whole first word stays a name.
    expect(affixPickOf(picked(element(5, 'option', 'Niue'), [{ old: 'Niue', new: 'Peru' }, { old: 'Niue', new: 'Peru' }]))).toBeUndefined();
    expect(affixPickOf(picked(element(5, 'option', 'Ann Lee'), [{ old: 'Ann', new: 'Bob' }, { old: 'Lee', new: 'Roe' }]))).toBeUndefined();
  });

  it('is not told by a whole word, a number, a button or an unchanged value', () => {
    expect(affixPickOf(picked(element(5, 'option', 'Niue'), [{ old: 'Niue', new: 'An' }]))).toBeUndefined();
    expect(affixPickOf(picked(element(5, 'option', 'Ann Lee'), [{ old: 'Ann', new: 'Bob' }]))).toBeUndefined();
    expect(affixPickOf(picked(element(5, 'option', '30 items'), [{ old: '3', new: '5' }]))).toBeUndefined();
    expect(affixPickOf(picked(element(5, 'button', 'Slovakia'), [{ old: 'Slo', new: 'Rus' }]))).toBeUndefined();
    expect(affixPickOf(picked(element(5, 'option', 'Slovakia'), [{ old: 'Slo', new: 'Slo' }]))).toBeUndefined();
  });

  it('clicks the first shown item with the new letters, waits once for the list, then refuses', () => {
    const pick = { role: 'option', start: { old: 'Ber', new: 'An' }, end: { old: 'uda', new: 'ica' } };
    const list = [element(1, 'textbox', ''), element(6, 'option', 'Andorra'), element(7, 'option', 'Antarctica'), element(8, 'option', 'America')];
    const found = groundAffixPick(pick, list, false).grounding;
    expect(found).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 7 } } });
    const none = [element(1, 'textbox', '')];
    expect(groundAffixPick(pick, none, false)).toMatchObject({ wait: true, grounding: { ok: true, action: { type: 'wait' } } });
    expect(groundAffixPick(pick, none, true).grounding).toMatchObject({ ok: false, reason: expect.stringMatching(/begins with "An" and ends with "ica"/) });
    // Another kind of element with the letters is no stand-in.
    expect(groundAffixPick(pick, [element(9, 'link', 'Antarctica')], true).grounding.ok).toBe(false);
  });
});
