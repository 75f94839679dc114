/**
 * The completeness check judges the state the task asks for (issue 11 §4):
 * several picks in one list box, ticks drawn as glyphs with "only those", and
 * a done after a last step that changed nothing on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../core/action.js';
import type { Observation, UIElement } from '../core/observation.js';
import type { Step } from '../core/trajectory.js';
import { abstractStep } from '../observation/abstract.js';
import { judgeTaskState, pageChangedBetween } from './task-state.js';

let nextId = 1;
function element(role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y: 10 * nextId, width: 100, height: 20 }, source: 'dom', interactive: role !== 'text', ...extra };
}
function observation(elements: UIElement[]): Observation {
  return { sequence: 1, environment: 'browser', elements, viewport: { width: 300, height: 300, deviceScaleFactor: 1 }, page: { url: 'memory://page' }, capturedAt: 0 };
}
function step(action: Action, target: UIElement | undefined, seen: UIElement[] = []): Step {
  return {
    index: 0,
    observation: { text: '', elements: seen, url: 'memory://page' },
    action,
    targets: target ? [{ role: target.role, text: target.text, ...(target.label ? { label: target.label } : {}), box: target.box }] : [],
    result: { ok: true },
    timings: {},
  };
}

describe('several picks in one list box', () => {
  const list = (value: string, extra: Partial<UIElement> = {}) =>
    element('listbox', '', { label: 'Fruit', tag: 'select', value, options: ['Apples', 'Figs', 'Limes'], attributes: { id: 'pick' }, ...extra });

  it('picks added holding Ctrl are judged together: the list shows one of them, not only the last', () => {
    const shown = list('Figs');
    const history = [
      step({ type: 'select', target: { elementId: shown.id }, option: 'Figs' }, shown),
      step({ type: 'select', target: { elementId: shown.id }, option: 'Limes', modifiers: ['Control'] }, shown),
    ];
    expect(judgeTaskState({ task: 'Choose Figs and Limes', observation: observation([shown]), history }).ok).toBe(true);
    const other = list('Apples');
    expect(judgeTaskState({ task: 'Choose Figs and Limes', observation: observation([other]), history })).toMatchObject({
      ok: false,
      reason: 'the list "Fruit" shows "Apples" selected, which is none of the options picked ("Figs", "Limes")',
    });
    // A plain pick replaces the ones before: then the list must show the last.
    const replaced = [history[0]!, step({ type: 'select', target: { elementId: shown.id }, option: 'Limes' }, shown)];
    expect(judgeTaskState({ task: 'Choose Figs and Limes', observation: observation([shown]), history: replaced })).toMatchObject({
      ok: false,
      reason: 'the list "Fruit" shows "Figs", not "Limes"',
    });
  });

  it('options that show their selected state must include every pick', () => {
    const shown = list('Figs');
    const options = ['Apples', 'Figs', 'Limes'].map((text) => element('option', text, { parentId: shown.id, states: { selected: text === 'Figs' } }));
    const history = [
      step({ type: 'select', target: { elementId: shown.id }, option: 'Figs' }, shown),
      step({ type: 'select', target: { elementId: shown.id }, option: 'Limes', modifiers: ['Control'] }, shown),
    ];
    expect(judgeTaskState({ task: 'Choose Figs and Limes', observation: observation([shown, ...options]), history })).toMatchObject({
      ok: false,
      reason: 'the list "Fruit" does not have "Limes" selected',
    });
  });
});

describe('ticks drawn as glyphs', () => {
  it('with "only those", a ticked item the task does not name is not done, even one the run did not touch', () => {
    const butter = element('button', '☑butter');
    const lentils = element('button', '☑lentils');
    const milk = element('button', '☐milk');
    const history = [step({ type: 'click', target: { elementId: butter.id } }, { ...butter, text: '☐butter' })];
    const screen = observation([butter, lentils, milk]);
    expect(judgeTaskState({ task: 'Mark "butter" as bought (only those), then press Submit.', observation: screen, history })).toMatchObject({
      ok: false,
      reason: '"lentils" ticked, which the task does not name',
    });
    expect(judgeTaskState({ task: 'Mark "butter" as bought, then press Submit.', observation: screen, history }).ok).toBe(true);
    // A named item left unticked is missing.
    expect(judgeTaskState({ task: 'Tick off "butter" and "milk" and nothing else.', observation: observation([butter, milk]), history })).toMatchObject({
      ok: false,
      reason: 'the task names "milk", not ticked',
    });
  });
});

describe('a box the task names by a word of its caption', () => {
  it('in another short-ending form of the word ("rounded up" for "Round up each share"), not by another word', () => {
    const round = element('checkbox', 'Round up each share', { states: { checked: true } });
    const history = [step({ type: 'click', target: { elementId: round.id } }, { ...round, states: { checked: false } })];
    const screen = observation([round]);
    expect(judgeTaskState({ task: 'Split it 5 ways, rounded up', observation: screen, history }).ok).toBe(true);
    expect(judgeTaskState({ task: 'Split it 5 ways', observation: screen, history })).toMatchObject({ ok: false, reason: '"Round up each share" ticked, which the task does not name' });
  });
});

describe('a last step that changed nothing', () => {
  const before = () => [element('text', 'Click the tallest bar.'), element('button', 'Mar'), element('text', 'May')];

  it('a point click or a click on a static text, with the page as it was, confirms nothing', () => {
    const seen = before();
    const history = [step({ type: 'click', target: { x: 104, y: 165 } }, undefined, seen)];
    const unchanged = judgeTaskState({ task: 'Click the tallest bar.', observation: observation(seen), history, requireLastActionEffect: true });
    expect(unchanged).toMatchObject({ ok: false, reason: 'nothing on the page changed after the last step (click on a point with no element), so nothing shows it had the effect the task asks for' });
    const label = seen[2]!;
    const onText = [step({ type: 'click', target: { elementId: label.id } }, label, seen)];
    expect(judgeTaskState({ task: 'Click the bar for "May".', observation: observation(seen), history: onText, requireLastActionEffect: true }).ok).toBe(false);
    // Not asked for: not judged.
    expect(judgeTaskState({ task: 'Click the tallest bar.', observation: observation(seen), history }).ok).toBe(true);
    // Something changed: judged done.
    const changed = [...seen.slice(0, 2), { ...seen[2]!, text: 'May (clicked)' }];
    expect(judgeTaskState({ task: 'Click the tallest bar.', observation: observation(changed), history, requireLastActionEffect: true }).ok).toBe(true);
  });

  it('compares a stored step, which keeps only what its abstraction kept, with the page abstracted the same way', () => {
    const seen = before();
    const task = 'Click the tallest bar.';
    const stored = abstractStep(observation(seen), task).elements;
    expect(stored.length).toBeLessThan(seen.length);
    const history = [step({ type: 'click', target: { x: 104, y: 165 } }, undefined, stored)];
    expect(judgeTaskState({ task, observation: observation(seen), history, requireLastActionEffect: true }).ok).toBe(false);
  });

  it('a click on a control that changed nothing counts against the done only when the demonstration showed a change there', () => {
    const seen = before();
    const button = seen[1]!;
    const history = [step({ type: 'click', target: { elementId: button.id } }, button, seen)];
    const screen = observation(seen.map((item) => (item.id === button.id ? { ...item, states: { focused: true } } : item)));
    expect(judgeTaskState({ task: 'Click the "Mar" button.', observation: screen, history, requireLastActionEffect: true }).ok).toBe(true);
    expect(judgeTaskState({ task: 'Click the "Mar" button.', observation: screen, history, requireLastActionEffect: true, demonstratedEffect: true }).ok).toBe(false);
  });

  it('tells a demonstration step that changed its page from one that did not', () => {
    const seen = before();
    const same = { text: '', elements: seen, url: 'memory://page' };
    expect(pageChangedBetween(same, { ...same })).toBe(false);
    expect(pageChangedBetween(same, { ...same, url: 'memory://next' })).toBe(true);
    expect(pageChangedBetween(same, { ...same, elements: seen.slice(1) })).toBe(true);
    expect(pageChangedBetween(same, { ...same, elements: [] })).toBe(false);
  });
});

describe('a number field', () => {
  it('holds one number: a typed 60 after the 30 it showed reads 3060, which does not hold 60', () => {
    const quantity = element('textbox', '', { label: 'Quantity', inputType: 'number', value: '3060' });
    const history = [step({ type: 'type', target: { elementId: quantity.id }, text: '60' }, quantity)];
    expect(judgeTaskState({ task: 'Refill 60 tablets.', observation: observation([quantity]), history })).toMatchObject({ ok: false, reason: 'the field "Quantity" holds "3060", not "60"' });
    expect(judgeTaskState({ task: 'Refill 60 tablets.', observation: observation([{ ...quantity, value: '60' }]), history }).ok).toBe(true);
  });
});

describe('toggles (a chip or button with an on/off state)', () => {
  const chip = (text: string, checked: boolean) => element('button', text, { tag: 'span', states: { checked } });

  it('a named chip the run clicked off (it was already on) is not done', () => {
    const before = chip('Go', true);
    const history = [step({ type: 'click', target: { elementId: before.id } }, before)];
    const after = chip('Go', false);
    expect(judgeTaskState({ task: 'Tag the post with "Go".', observation: observation([after, chip('Elm', false)]), history })).toMatchObject({
      ok: false,
      reason: 'the task names "Go", not ticked',
    });
    expect(judgeTaskState({ task: 'Tag the post with "Go".', observation: observation([chip('Go', true), chip('Elm', false)]), history }).ok).toBe(true);
  });

  it('a task that turns something off says nothing about which end on', () => {
    const before = chip('Go', true);
    const history = [step({ type: 'click', target: { elementId: before.id } }, before)];
    expect(judgeTaskState({ task: 'Remove the tag "Go".', observation: observation([chip('Go', false)]), history }).ok).toBe(true);
  });

  it('a switch the task asks to stop is judged off, one it wants is judged on (rules/switch-states.ts)', () => {
    const toggle = (text: string, checked: boolean) => element('switch', text, { tag: 'button', states: { checked } });
    const task = 'From a user: "Please stop the order status. I do want email digest though."';
    const clicked = toggle('Order status', true);
    const history = [step({ type: 'click', target: { elementId: clicked.id } }, clicked)];
    expect(judgeTaskState({ task, observation: observation([toggle('Order status', false), toggle('Email digest', true)]), history }).ok).toBe(true);
    expect(judgeTaskState({ task, observation: observation([toggle('Order status', true), toggle('Email digest', true)]), history })).toMatchObject({
      ok: false,
      reason: '"Order status" still ticked, which the task asks off',
    });
    expect(judgeTaskState({ task, observation: observation([toggle('Order status', false), toggle('Email digest', false)]), history })).toMatchObject({
      ok: false,
      reason: 'the task names "Email digest", not ticked',
    });
  });

  it('reads the states the request asks, not the reason before ", so" (rules/reason-aside.ts)', () => {
    const toggle = (text: string, checked: boolean) => element('switch', text, { tag: 'button', states: { checked } });
    const task = "I don't want to be tracked more than needed, so marketing and analytics cookies only please.";
    const clicked = toggle('Social media', true);
    const history = [step({ type: 'click', target: { elementId: clicked.id } }, clicked)];
    expect(judgeTaskState({ task, observation: observation([toggle('Marketing', true), toggle('Analytics', true), toggle('Social media', false)]), history }).ok).toBe(true);
    expect(judgeTaskState({ task, observation: observation([toggle('Marketing', true), toggle('Analytics', false), toggle('Social media', false)]), history }).ok).toBe(false);
  });

  it('reads a negated wish before ", so" as the request: a run that left it on is not done', () => {
    const toggle = (text: string, checked: boolean) => element('switch', text, { tag: 'button', states: { checked } });
    const save = element('button', 'Save my choices');
    const clicked = toggle('Marketing', false);
    const history = [step({ type: 'click', target: { elementId: clicked.id } }, clicked), step({ type: 'click', target: { elementId: save.id } }, save)];
    const task = "I don't want marketing cookies, so save my choices.";
    expect(judgeTaskState({ task, observation: observation([toggle('Marketing', true), toggle('Analytics', false), save]), history })).toMatchObject({
      ok: false,
      reason: '"Marketing" still ticked, which the task asks off',
    });
    expect(judgeTaskState({ task, observation: observation([toggle('Marketing', false), toggle('Analytics', false), save]), history }).ok).toBe(true);
  });

  it('a named chip that was on already counts as used by a claimed done', () => {
    const save = element('button', 'Save');
    const history = [step({ type: 'click', target: { elementId: save.id } }, save)];
    const shown = observation([chip('Go', true), chip('Elm', false), save]);
    expect(judgeTaskState({ task: 'Tag the post with "Go", then press Save.', observation: shown, history, requireQuotedValuesUsed: true }).ok).toBe(true);
  });
});

describe('exclusive wording', () => {
  it('"(and no others)" is no negation: a chip left on that the task does not name is flagged', () => {
    const named = element('button', 'violet', { states: { checked: true } });
    const stray = element('button', 'cobalt', { states: { checked: true } });
    const history = [step({ type: 'click', target: { elementId: named.id } }, named)];
    const verdict = judgeTaskState({ task: 'Select the tags "violet" (and no others) and click Confirm.', observation: observation([named, stray]), history });
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toMatch(/"cobalt" ticked/);
  });
});

describe('a selection a later step used up', () => {
  const card = (text: string, checked: boolean) => element('button', text, { tag: 'button', states: { checked }, attributes: { class: 'card' } });

  it('a card the run selected and a later click moved (and unselected) is no toggle the task asks to be on', () => {
    const before = card('Fix lights', false);
    const column = element('button', 'Review', { attributes: { class: 'col-head' } });
    const selected = card('Fix lights', true);
    const moved = card('Fix lights', false);
    const history = [
      step({ type: 'click', target: { elementId: before.id } }, before, [before, column]),
      step({ type: 'click', target: { elementId: column.id } }, column, [selected, column]),
    ];
    expect(judgeTaskState({ task: 'Move "Fix lights" to Review and click Apply.', observation: observation([column, moved]), history }).ok).toBe(true);
  });

  it('a chip the run turned on and then clicked off itself is still judged', () => {
    const off = card('Go', false);
    const on = card('Go', true);
    const history = [
      step({ type: 'click', target: { elementId: off.id } }, off, [off]),
      step({ type: 'click', target: { elementId: on.id } }, on, [on]),
    ];
    expect(judgeTaskState({ task: 'Tag the post with "Go".', observation: observation([card('Go', false)]), history })).toMatchObject({ ok: false, reason: 'the task names "Go", not ticked' });
  });

  it('a chip turned on whose next screen does not show it on is still judged', () => {
    const off = card('Go', false);
    const save = element('button', 'Save');
    const history = [
      step({ type: 'click', target: { elementId: off.id } }, off, [off, save]),
      step({ type: 'click', target: { elementId: save.id } }, save, [card('Go', false), save]),
    ];
    expect(judgeTaskState({ task: 'Tag the post with "Go".', observation: observation([card('Go', false), save]), history }).ok).toBe(false);
  });
});

describe('a disabled box ticked', () => {
  it('is no stray tick of an exclusive task: the page keeps it on ("Strictly necessary — always on")', () => {
    const toggle = (text: string, checked: boolean, disabled = false) => element('switch', text, { tag: 'input', states: { checked, ...(disabled ? { disabled } : {}) } });
    const analytics = toggle('Analytics', true);
    const history = [step({ type: 'click', target: { elementId: analytics.id } }, analytics)];
    const task = 'Allow marketing cookies and nothing else.';
    const after = (fixedDisabled: boolean) => observation([toggle('Strictly necessary', true, fixedDisabled), toggle('Marketing', true), toggle('Analytics', false)]);
    expect(judgeTaskState({ task, observation: after(true), history }).ok).toBe(true);
    expect(judgeTaskState({ task, observation: after(false), history })).toMatchObject({ ok: false, reason: '"Strictly necessary" ticked, which the task does not name' });
  });
});

describe('seats of a map, named by their codes', () => {
  const seat = (text: string, x: number, y: number, checked: boolean, label?: string) =>
    element('button', text, { box: { x, y, width: 14, height: 12 }, states: { checked }, ...(label ? { label } : {}) });

  it('a seat reading "5" in the line of "E" is named by "Row E, seats 5 and 6", the "5" of another line is not', () => {
    const letterE = element('rowheader', 'E', { box: { x: 0, y: 40, width: 10, height: 12 }, interactive: false });
    const letterD = element('rowheader', 'D', { box: { x: 0, y: 20, width: 10, height: 12 }, interactive: false });
    const d5 = seat('5', 20, 20, false);
    const d6 = seat('6', 36, 20, false);
    const e5 = seat('5', 20, 40, true);
    const e6 = seat('6', 36, 40, true);
    const history = [step({ type: 'click', target: { elementId: e5.id } }, e5, [e5]), step({ type: 'click', target: { elementId: e6.id } }, e6, [e6])];
    const seen = [letterD, d5, d6, letterE, e5, e6];
    expect(judgeTaskState({ task: 'Row E, seats 5 and 6 - those two please.', observation: observation(seen), history }).ok).toBe(true);
    // The wrong line chosen: E5 and E6 are not on.
    const wrong = [letterD, seat('5', 20, 20, true), seat('6', 36, 20, true), letterE, seat('5', 20, 40, false), seat('6', 36, 40, false)];
    expect(judgeTaskState({ task: 'Row E, seats 5 and 6 - those two please.', observation: observation(wrong), history }).reason).toMatch(/not ticked/);
  });

  it('a seat named by its label is named by its code only', () => {
    const c4 = seat('4', 20, 20, true, 'Row C, seat 4');
    const c5 = seat('5', 36, 20, true, 'Row C, seat 5');
    const history = [step({ type: 'click', target: { elementId: c4.id } }, c4, [c4]), step({ type: 'click', target: { elementId: c5.id } }, c5, [c5])];
    expect(judgeTaskState({ task: 'Seats: C4 + C5', observation: observation([c4, c5]), history }).ok).toBe(true);
    // C6 named, C5 on in its place: the "6" its label names is not ticked (and no bare "4" or "5" of the text stands in).
    const c6 = seat('6', 52, 20, false, 'Row C, seat 6');
    expect(judgeTaskState({ task: 'Seats: C4 + C6', observation: observation([c4, c5, c6]), history }).reason).toMatch(/the task names "6", not ticked/);
  });
});
