/**
 * Before a settings page is saved, every setting the request asks on or off
 * by name shows that state — whatever the run did. The page is a privacy
 * settings page as observed (a row's name with, on some rows, its grey hint
 * read into the tick box's caption; or wordless switches named by
 * aria-label).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../core/observation.js';
import { askedSettingProblems } from './asked-settings.js';

const HINTS: Record<string, string> = {
  'Online status': 'Friends see when you are active',
  'Contact sync': 'Upload your address book',
  'Email lookup': 'Let people find you by email',
};

let nextId = 10;
/** A row's tick box, its caption the name and the hint (as the page's label reads), or a switch named by aria-label. */
const setting = (name: string, on: boolean, kind: 'checkbox' | 'switch' = 'checkbox'): UIElement =>
  (kind === 'checkbox'
    ? { id: nextId++, role: 'checkbox', tag: 'input', text: HINTS[name] ? `${name} ${HINTS[name]}` : name, inputType: 'checkbox', states: { checked: on }, box: { x: 142, y: 80, width: 9, height: 9 } }
    : { id: nextId++, role: 'switch', tag: 'button', text: '', label: name, states: { checked: on }, box: { x: 132, y: 80, width: 20, height: 11 } }) as UIElement;
const apply = { id: 3, role: 'button', tag: 'button', text: 'Apply', states: {}, box: { x: 123, y: 54, width: 30, height: 13 } } as UIElement;
const names = (problems: { name: string }[]) => problems.map((problem) => problem.name);

describe('settings the request asks on or off by name (asked-settings.ts)', () => {
  it('names a setting asked on that shows off, by the name its caption leads with over the hint', () => {
    const page = [apply, setting('Personalised ads', true), setting('Activity history', false), setting('Contact sync', false), setting('Read receipts', true)];
    expect(names(askedSettingProblems("I'd like activity history and contact sync on from now.", page))).toEqual(['activity history', 'contact sync']);
    // The second clause of a task that names two where a demonstration set one.
    const set = [apply, setting('Activity history', false), setting('Contact sync', false)];
    expect(askedSettingProblems('Settings: activity history off, contact sync on.', set)).toEqual([{ name: 'contact sync', problem: 'the task asks "contact sync" on, and the screen shows it off' }]);
  });

  it('reads switches named by aria-label and the off wordings ("I don\'t want", "turn off", "disable", "stop")', () => {
    const page = (on: boolean) => [apply, setting('Online status', on, 'switch'), setting('Email lookup', on, 'switch')];
    for (const task of ["I don't want online status any more.", 'Turn off online status.', 'Could you please disable online status?', 'Please stop online status.']) {
      expect(names(askedSettingProblems(task, page(true))), task).toEqual(['online status']);
      expect(askedSettingProblems(task, page(false)), task).toEqual([]);
    }
    expect(names(askedSettingProblems('Can you enable email lookup for me?', page(false)))).toEqual(['email lookup']);
    expect(names(askedSettingProblems('privacy | online status on | email lookup off', [apply, setting('Online status', false), setting('Email lookup', false)]))).toEqual(['online status']);
  });

  it('leaves alone the setting the next click sets, a name the task gives no state, and two settings named alike', () => {
    const lone = setting('Contact sync', false, 'switch');
    expect(askedSettingProblems('Turn on contact sync.', [lone], lone.id)).toEqual([]);
    expect(askedSettingProblems('What does contact sync do?', [apply, setting('Contact sync', false)])).toEqual([]);
    // "Never untick …" forbids a click rather than asking a state.
    expect(askedSettingProblems('Never untick contact sync.', [apply, setting('Contact sync', false)])).toEqual([]);
    expect(askedSettingProblems('Turn on contact sync.', [apply, setting('Contact sync', false), setting('Contact sync', false, 'switch')])).toEqual([]);
    // Names set apart from what the verb does are the ones left as they are: no state read for them.
    const cookies = [apply, setting('Analytics', true, 'switch'), setting('Marketing', true, 'switch'), setting('Social media', false, 'switch')];
    expect(askedSettingProblems('Turn off every cookie category except analytics and marketing.', cookies)).toEqual([]);
    expect(askedSettingProblems('Switch off all but analytics and marketing.', cookies)).toEqual([]);
    // A setting shown as asked.
    expect(askedSettingProblems('Turn on contact sync.', [apply, setting('Contact sync', true)])).toEqual([]);
  });
});
