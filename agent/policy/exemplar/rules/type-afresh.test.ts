import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { typeAfresh } from './type-afresh.js';

const field = (id: number, value?: string): UIElement => ({ id, role: 'textbox', text: '', label: 'Username', ...(value !== undefined ? { value } : {}), states: {}, box: { x: 0, y: 0, width: 90, height: 18 }, source: 'dom', interactive: true });
const typed = (value: string | undefined, text = 'ada'): Step => ({ index: 0, observation: { text: '', elements: [field(4, value)] }, action: { type: 'type', target: { elementId: 4 }, text }, targets: [], result: { ok: true }, timings: {} });
const action: Action = { type: 'type', target: { elementId: 9 }, text: 'vina' };

describe('type afresh', () => {
  it('types over a field that holds text now when the demonstration typed into an empty one', () => {
    expect(typeAfresh(action, [field(9, 'vina')], typed(''))).toEqual({ ...action, replace: true });
    expect(typeAfresh(action, [field(9, 'vina')], typed(undefined))).toEqual({ ...action, replace: true });
  });

  it('leaves the action alone on an empty field, or when the demonstration added to a field that held text', () => {
    expect(typeAfresh(action, [field(9, '')], typed(''))).toBe(action);
    expect(typeAfresh(action, [field(9)], typed(''))).toBe(action);
    expect(typeAfresh(action, [field(9, 'Dear Sir,')], typed('Dear Sir,'))).toBe(action);
    expect(typeAfresh({ type: 'click', target: { elementId: 9 } }, [field(9, 'vina')], typed(''))).toEqual({ type: 'click', target: { elementId: 9 } });
    expect(typeAfresh(action, [field(9, 'vina')], undefined)).toBe(action);
  });
});
