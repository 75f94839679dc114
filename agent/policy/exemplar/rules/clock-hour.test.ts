/**
 * An hour chosen from an hour list is the task time's hour on the list's own clock: 24-hour values go straight into a
 * 0–23 list, a 12-hour list takes the hour and an AM / PM press, and a list or a half it cannot read refuses.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { clockHourFor, clockOf, halfPressFor } from './clock-hour.js';

const pad = (value: number) => String(value).padStart(2, '0');
const TWELVE = Array.from({ length: 12 }, (_, index) => String(index + 1));
const TWENTY_FOUR = Array.from({ length: 24 }, (_, index) => pad(index));
const MINUTES = Array.from({ length: 12 }, (_, index) => pad(index * 5));

const element = (id: number, fields: Partial<UIElement>): UIElement =>
  ({ id, role: 'button', tag: 'button', text: '', states: {}, box: { x: id * 20, y: 0, width: 17, height: 17 }, source: 'dom', interactive: true, ...fields }) as UIElement;
const hourList = (options: string[], value: string) => element(5, { role: 'combobox', tag: 'select', label: 'Hour', options, value });
const minuteList = element(7, { role: 'combobox', tag: 'select', label: 'Minutes', options: MINUTES, value: '00' });
const half = (id: number, text: 'AM' | 'PM', checked: boolean | undefined) => element(id, { text, states: checked === undefined ? {} : { checked } });
/** A 12-hour sheet: Hour (1–12), Minutes, AM (8) and PM (9). */
const twelveSheet = (value: string, pm: boolean) => [hourList(TWELVE, value), minuteList, half(8, 'AM', !pm), half(9, 'PM', pm)];
const twentyFourSheet = (value: string) => [hourList(TWENTY_FOUR, value), minuteList];

describe('clockOf', () => {
  it('reads a list of exactly the hours of a clock, and nothing else', () => {
    expect(clockOf(TWELVE)).toBe(12);
    expect(clockOf(TWENTY_FOUR)).toBe(24);
    expect(clockOf(TWENTY_FOUR.map(Number).map(String))).toBe(24);
    expect(clockOf(MINUTES)).toBeUndefined();
    expect(clockOf(Array.from({ length: 24 }, (_, index) => String(index + 1)))).toBeUndefined();
    expect(clockOf(['9:00 AM', '9:30 AM'])).toBeUndefined();
    expect(clockOf(undefined)).toBeUndefined();
  });
});

describe('clockHourFor', () => {
  it('puts a 24-hour time demonstrated on a 0–23 list into a 12-hour list, then presses PM', () => {
    // Demonstrated: "Time: 19:45", "19" chosen on a 0–23 list. Task: "Time: 21:50" on a 1–12 list with AM on.
    const bindings = [{ old: '19:45', new: '21:50' }, { old: '19', new: '21' }, { old: '45', new: '50' }];
    const first = twelveSheet('7', false);
    expect(clockHourFor('19', TWENTY_FOUR, bindings, first[0]!, first)).toMatchObject({ ok: true, option: '9', stay: true });
    const chosen = twelveSheet('9', false);
    expect(clockHourFor('19', TWENTY_FOUR, bindings, chosen[0]!, chosen)).toMatchObject({ ok: true, click: { id: 9 }, stay: true });
    const done = twelveSheet('9', true);
    expect(clockHourFor('19', TWENTY_FOUR, bindings, done[0]!, done)).toMatchObject({ ok: true, satisfied: true });
  });
  it('reads "12:30 AM" and "00:30" as one hour, both ways', () => {
    // "12:30 AM" onto a 0–23 list: "00", never "12".
    const onTwentyFour = twentyFourSheet('07');
    expect(clockHourFor('12', TWELVE, [{ old: '12:25 PM', new: '12:30 AM' }], onTwentyFour[0]!, onTwentyFour)).toMatchObject({ ok: true, option: '00' });
    // "00:30" onto a 1–12 list: "12", then AM — already on, so satisfied once "12" shows.
    const onTwelve = twelveSheet('12', false);
    expect(clockHourFor('19', TWENTY_FOUR, [{ old: '19:45', new: '00:30' }], twelveSheet('7', false)[0]!, twelveSheet('7', false))).toMatchObject({ ok: true, option: '12' });
    expect(clockHourFor('19', TWENTY_FOUR, [{ old: '19:45', new: '00:30' }], onTwelve[0]!, onTwelve)).toMatchObject({ ok: true, satisfied: true });
    // "12:30 PM" onto a 1–12 list showing 12 with AM on: PM is pressed.
    expect(clockHourFor('19', TWENTY_FOUR, [{ old: '19:45', new: '12:30 PM' }], onTwelve[0]!, onTwelve)).toMatchObject({ ok: true, click: { id: 9 } });
  });
  it('takes a 24-hour value straight into a list of 24 hours', () => {
    const sheet = twentyFourSheet('07');
    expect(clockHourFor('19', TWENTY_FOUR, [{ old: '19:45', new: '21:50' }], sheet[0]!, sheet)).toMatchObject({ ok: true, option: '21', stay: false });
    expect(clockHourFor('2', TWELVE, [{ old: '2:35 PM', new: '9:05 PM' }], sheet[0]!, sheet)).toMatchObject({ ok: true, option: '21' });
  });
  it('refuses a 12-hour list whose AM / PM it cannot read or tell apart', () => {
    const bindings = [{ old: '19:45', new: '21:50' }];
    const unread = [hourList(TWELVE, '9'), minuteList, half(8, 'AM', undefined), half(9, 'PM', undefined)];
    expect(clockHourFor('19', TWENTY_FOUR, bindings, unread[0]!, unread)).toMatchObject({ ok: false, reason: expect.stringContaining('cannot be read') });
    const none = [hourList(TWELVE, '9'), minuteList];
    expect(clockHourFor('19', TWENTY_FOUR, bindings, none[0]!, none)).toMatchObject({ ok: false, reason: expect.stringContaining('0 AM and 0 PM') });
    // Two AM / PM pairs (a start and an end time): which is this hour's cannot be told.
    const two = [...twelveSheet('9', false), half(18, 'AM', true), half(19, 'PM', false)];
    expect(clockHourFor('19', TWENTY_FOUR, bindings, two[0]!, two)).toMatchObject({ ok: false });
  });
  it('refuses two times of the task that both fit the demonstrated hour but differ now', () => {
    const sheet = twentyFourSheet('07');
    expect(clockHourFor('9', TWENTY_FOUR, [{ old: '09:00', new: '10:00' }, { old: '09:30', new: '11:30' }], sheet[0]!, sheet)).toMatchObject({ ok: false });
  });
  it('leaves other lists and steps to the usual grounding', () => {
    const sheet = twelveSheet('7', false);
    // The minutes list, and an hour that is no time binding's hour.
    expect(clockHourFor('45', MINUTES, [{ old: '19:45', new: '21:50' }], sheet[1]!, sheet)).toBeUndefined();
    expect(clockHourFor('8', TWENTY_FOUR, [{ old: '19:45', new: '21:50' }], sheet[0]!, sheet)).toBeUndefined();
  });
});

describe('halfPressFor', () => {
  const pm = half(9, 'PM', false);
  it('presses the half of the new time, not the demonstrated one', () => {
    // Demonstrated: PM pressed for "12:25 PM"; task "6:35 AM" with AM already on: nothing to press.
    expect(halfPressFor(pm, [{ old: '12:25 PM', new: '6:35 AM' }], twelveSheet('6', false))).toMatchObject({ ok: true, satisfied: true });
    // Task "3:10 PM" with AM on: PM.
    expect(halfPressFor(pm, [{ old: '12:25 PM', new: '3:10 PM' }], twelveSheet('3', false))).toMatchObject({ ok: true, click: { id: 9 } });
  });
  it('has nothing to press where a 24-hour list holds the half', () => {
    expect(halfPressFor(pm, [{ old: '12:25 PM', new: '18:05' }], twentyFourSheet('18'))).toMatchObject({ ok: true, satisfied: true });
  });
  it('refuses where the halves cannot be read', () => {
    const unread = [hourList(TWELVE, '3'), half(8, 'AM', undefined), half(9, 'PM', undefined)];
    expect(halfPressFor(pm, [{ old: '12:25 PM', new: '3:10 PM' }], unread)).toMatchObject({ ok: false });
  });
  it('leaves presses on other buttons, or with no time bound, alone', () => {
    expect(halfPressFor(element(4, { text: 'Save' }), [{ old: '12:25 PM', new: '3:10 PM' }], twelveSheet('3', false))).toBeUndefined();
    expect(halfPressFor(pm, [{ old: 'Gym', new: 'Swim' }], twelveSheet('3', false))).toBeUndefined();
  });
});
