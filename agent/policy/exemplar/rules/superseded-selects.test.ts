/**
 * A select followed at once by another select in the same drop-down is
 * superseded; one followed by anything else, or by a select elsewhere, stands.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Step } from '../../../core/trajectory.js';
import { supersededSelect } from './superseded-selects.js';

const step = (action: Action, label: string, ok = true): Step =>
  ({ index: 0, observation: { text: '', elements: [] }, action, targets: [{ role: 'combobox', tag: 'select', text: '', label }], result: { ok } }) as unknown as Step;
const select = (id: number, option: string, label: string, ok = true) => step({ type: 'select', target: { elementId: id }, option } as Action, label, ok);

describe('supersededSelect', () => {
  it('is a select the next select in the same drop-down replaced', () => {
    expect(supersededSelect(select(6, 'Monday, February 10', 'Day'), select(6, 'Friday, February 14', 'Day'))).toBe(true);
  });
  it('is not when the next step chose elsewhere, did something else, failed, or there is none', () => {
    expect(supersededSelect(select(6, 'Friday, February 14', 'Day'), select(7, '12:30 PM', 'Start time'))).toBe(false);
    expect(supersededSelect(select(6, 'Friday, February 14', 'Day'), step({ type: 'click', target: { elementId: 6 } } as Action, 'Day'))).toBe(false);
    expect(supersededSelect(select(6, 'Monday, February 10', 'Day'), select(6, 'Friday, February 14', 'Day', false))).toBe(false);
    expect(supersededSelect(select(6, 'Friday, February 14', 'Day'), undefined)).toBe(false);
  });
  it('is not in a list that keeps several picks: a pick held with Ctrl adds, a list box marked multiple keeps each', () => {
    const held = step({ type: 'select', target: { elementId: 6 }, option: 'Riga', modifiers: ['Control'] } as Action, 'Cities');
    expect(supersededSelect(select(6, 'Porto', 'Cities'), held)).toBe(false);
    const multiple = (option: string) =>
      ({ ...select(6, option, 'Cities'), targets: [{ role: 'listbox', tag: 'select', text: '', label: 'Cities', attributes: { multiple: '' } }] }) as unknown as Step;
    expect(supersededSelect(multiple('Porto'), multiple('Riga'))).toBe(false);
  });
});
