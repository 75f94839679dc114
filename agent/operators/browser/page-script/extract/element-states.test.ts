// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../../../../test/kits/jsdom-document.js';
import { createClassToggleState, statesOf } from './element-states.js';

describe('createClassToggleState', () => {
  it('is on with a whole state word, off beside an alike sibling that has one, else unknown', () => {
    const { $ } = setBody(`
      <div><span class="chip selected" id="on">a</span><span class="chip" id="off">b</span><span class="tag" id="other">c</span></div>
      <div><button class="ui-state-active" id="not-a-word">d</button><button id="alone-sibling">e</button></div>`);
    const toggle = createClassToggleState();
    expect(['on', 'off', 'other', 'not-a-word', 'alone-sibling'].map((id) => toggle($(`#${id}`)))).toEqual([true, false, undefined, undefined, undefined]);
  });
});

describe('statesOf', () => {
  const facts = (tag: string, extra: Partial<{ role: string; nativeRole: string; interactive: boolean; editableRoot: boolean }> = {}) => ({
    tag,
    role: '',
    nativeRole: '',
    interactive: true,
    editableRoot: false,
    ...extra,
  });
  const never = () => undefined;

  it('reads native and ARIA states', () => {
    const { $ } = setBody(`
      <input type="checkbox" id="box" checked disabled><div id="aria" aria-checked="false" aria-selected="true" aria-expanded="true"></div>
      <input id="ro" readonly><details open><summary id="sum">s</summary></details>`);
    expect(statesOf($('#box'), facts('INPUT', { nativeRole: 'checkbox' }), never)).toEqual({ checked: true, disabled: true });
    expect(statesOf($('#aria'), facts('DIV', { role: 'option' }), never)).toEqual({ checked: false, selected: true, expanded: true });
    expect(statesOf($('#ro'), facts('INPUT', { nativeRole: 'textbox' }), never)).toEqual({ editable: false });
    expect(statesOf($('#sum'), facts('SUMMARY', { nativeRole: 'button' }), never)).toEqual({ expanded: true });
  });

  it('reads aria-current of any kind as current, and "false" as none', () => {
    const { $ } = setBody(`<a id="page" href="#" aria-current="page">2</a><span id="step" aria-current="step">3</span><a id="no" href="#" aria-current="false">4</a><a id="yes" href="#" aria-current="true">5</a>`);
    expect(statesOf($('#page'), facts('A', { nativeRole: 'link' }), never)).toEqual({ current: true });
    expect(statesOf($('#step'), facts('SPAN', { interactive: false }), never)).toEqual({ current: true });
    expect(statesOf($('#no'), facts('A', { nativeRole: 'link' }), never)).toEqual({});
    expect(statesOf($('#yes'), facts('A', { nativeRole: 'link' }), never)).toEqual({ current: true });
  });

  it('takes aria-pressed as checked, else a class state, but never for roles whose class means current', () => {
    const { $ } = setBody(`<button id="pressed" aria-pressed="true" class="off"></button><button id="chip" class="active"></button><div id="tab" role="tab" class="active"></div>`);
    const toggle = createClassToggleState();
    expect(statesOf($('#pressed'), facts('BUTTON', { nativeRole: 'button' }), toggle)).toEqual({ checked: true });
    expect(statesOf($('#chip'), facts('BUTTON', { nativeRole: 'button' }), toggle)).toEqual({ checked: true });
    expect(statesOf($('#tab'), facts('DIV', { role: 'tab' }), toggle)).toEqual({});
  });
});
