/**
 * The desktop read like a person with a screen reader: a real GTK 3 sign-up
 * application under a private Xvfb with a private D-Bus session and
 * accessibility bus. The observation must list every control with the right
 * role, name, state and bounds; real mouse and keyboard input at element
 * centres must change the application's own state file; and a Tk window
 * beside it (no accessibility tree) is still read by OCR in the same
 * observation, in one id space.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxCentre, type Observation, type UIElement } from '../../agent/core/observation.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { lumaAt } from '../../agent/operators/desktop/raw-image.js';
import type { FormApp } from '../../harness/desktop-app/form-app.js';
import type { SignupApp } from '../../harness/desktop-app/gtk/signup-app.js';
import { startDesktopA11y, type DesktopA11y } from '../kits/desktop-a11y-session.js';

let desktop: DesktopA11y;
let gtk: SignupApp;
let tk: FormApp;
let operator: DesktopOperator;

function find(observation: Observation, role: string, text: string, source: UIElement['source'] = 'a11y'): UIElement {
  const found = observation.elements.find((element) => element.role === role && element.text === text && element.source === source);
  if (!found) {
    const seen = observation.elements.map((element) => `${element.source}:${element.role}:${element.text}`).join(', ');
    throw new Error(`no ${source} ${role} "${text}" among ${seen}`);
  }
  return found;
}

/** Observe until `check` finds what it wants (the application repaints and updates its tree asynchronously). */
async function observeUntil<T>(what: string, check: (observation: Observation) => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let last: Observation | undefined;
  for (;;) {
    last = await operator.observe();
    const found = check(last);
    if (found !== undefined) return found;
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${what}; saw ${last.elements.map((element) => `${element.role}:${element.text}`).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const findIn = (observation: Observation, role: string, text: string) =>
  observation.elements.find((element) => element.role === role && element.text === text && element.source === 'a11y');

beforeAll(async () => {
  desktop = await startDesktopA11y({ width: 1280, height: 800 });
  gtk = await desktop.launchGtk({ x: 40, y: 40 });
  // The Tk form publishes no accessibility tree: it must come through OCR, beside the GTK window.
  tk = await desktop.launchTk({ x: 760, y: 60 });
  operator = await desktop.openOperator();
}, 90_000);

afterAll(() => desktop?.stop());

describe('the desktop operator reads a GTK application through its accessibility tree', () => {
  it('lists every control with its role, name, state and bounds', async () => {
    const observation = await operator.observe({ screenshot: true });
    const name = find(observation, 'textbox', 'Full name');
    expect(name).toMatchObject({ label: 'Full name', value: '', interactive: true, states: { editable: true } });
    find(observation, 'textbox', 'Email address');
    expect(find(observation, 'textbox', 'Password').inputType).toBe('password');
    expect(find(observation, 'checkbox', 'Send me the newsletter').states.checked).toBe(false);
    expect(find(observation, 'radio', 'Free').states.checked).toBe(true);
    expect(find(observation, 'radio', 'Pro').states.checked).toBe(false);
    expect(find(observation, 'radio', 'Team').states.checked).toBe(false);
    expect(find(observation, 'combobox', 'Country').value).toBe('');
    const list = find(observation, 'listbox', 'Interests');
    const options = observation.elements.filter((element) => element.parentId === list.id);
    expect(options.map((option) => `${option.role}:${option.text}`)).toEqual(
      ['Astronomy', 'Chemistry', 'Computing', 'Mathematics', 'Poetry', 'Music'].map((text) => `option:${text}`),
    );
    expect(options.every((option) => option.states.selected === false)).toBe(true);
    const menubar = observation.elements.find((element) => element.role === 'menubar' && element.source === 'a11y')!;
    expect(observation.elements.filter((element) => element.parentId === menubar.id).map((element) => element.text)).toEqual(['File', 'Help']);
    find(observation, 'button', 'Sign up');
    find(observation, 'button', 'Clear');
    find(observation, 'text', 'Not signed up yet');
    // Closed menus are not seen: their items are left out until the menu opens.
    expect(observation.elements.some((element) => element.text === 'Quit')).toBe(false);
    expect(name.attributes?.path).toBe('window[Understudy GTK Sign-up] / textbox[Full name]');

    // Bounds: the window's box is where the X server says the window is.
    const window = find(observation, 'window', 'Understudy GTK Sign-up');
    const geometry = execFileSync('xdotool', ['search', '--name', '^Understudy GTK Sign-up$', 'getwindowgeometry', '--shell'], {
      env: { ...process.env, DISPLAY: desktop.display },
      encoding: 'utf8',
    });
    const value = (key: string) => Number(new RegExp(`^${key}=(\\d+)`, 'm').exec(geometry)?.[1]);
    expect(window.box).toEqual({ x: value('X'), y: value('Y'), width: value('WIDTH'), height: value('HEIGHT') });
    // …and every field's centre is the white inside of a GTK entry on the screenshot, its label's box holds dark text.
    const frame = await operator.grab();
    for (const field of ['Full name', 'Email address', 'Password']) {
      const centre = boxCentre(find(observation, 'textbox', field).box);
      expect(lumaAt(frame, Math.round(centre.x), Math.round(centre.y))).toBeGreaterThan(240);
    }
    const label = find(observation, 'text', 'Full name').box;
    let darkest = 255;
    for (let x = label.x; x < label.x + label.width; x++) darkest = Math.min(darkest, lumaAt(frame, Math.round(x), Math.round(label.y + label.height / 2)));
    expect(darkest).toBeLessThan(100);
  });

  it('reads the Tk window beside it by OCR, in the same observation and id space', async () => {
    const observation = await operator.observe();
    const submit = find(observation, 'button', 'Submit', 'ocr');
    find(observation, 'textbox', 'Name', 'ocr');
    expect(submit.box.x).toBeGreaterThan(760);
    // No OCR element inside the GTK window: it was read from its tree only.
    const window = find(observation, 'window', 'Understudy GTK Sign-up');
    const inside = (element: UIElement) => element.box.x >= window.box.x && element.box.x < window.box.x + window.box.width && element.box.y < window.box.y + window.box.height;
    expect(observation.elements.filter((element) => element.source === 'ocr' && inside(element))).toEqual([]);
    const ids = observation.elements.map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ids.map((_, index) => index));
    expect(observation.page.notes?.some((note) => note.includes('by OCR'))).toBe(true);
    expect(operator.lastStats?.accessibilityElements).toBeGreaterThan(20);
    expect(operator.lastStats?.ocrElements).toBeGreaterThan(3);
    // Real input on an OCR element still works in the merged observation.
    expect((await operator.execute({ type: 'click', target: { elementId: submit.id } })).ok).toBe(true);
    await tk.waitForState((state) => state.submitCount === 1);
  });

  it('fills the form with real mouse and keyboard input at element centres, and the application says so', async () => {
    let observation = await operator.observe();
    const act = async (action: Parameters<DesktopOperator['execute']>[0]) => {
      const result = await operator.execute(action);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(result.ok && result.via).toBeUndefined();
    };
    await act({ type: 'type', target: { elementId: find(observation, 'textbox', 'Full name').id }, text: 'Ada Lovelace' });
    await gtk.waitForState((state) => state.name === 'Ada Lovelace');
    await act({ type: 'type', target: { elementId: find(observation, 'textbox', 'Email address').id }, text: 'ada@example.org' });
    await gtk.waitForState((state) => state.email === 'ada@example.org');
    await act({ type: 'click', target: { elementId: find(observation, 'checkbox', 'Send me the newsletter').id } });
    await gtk.waitForState((state) => state.newsletter);
    await act({ type: 'click', target: { elementId: find(observation, 'radio', 'Pro').id } });
    await gtk.waitForState((state) => state.plan === 'Pro');
    await act({ type: 'click', target: { elementId: find(observation, 'option', 'Computing').id } });
    await gtk.waitForState((state) => state.interest === 'Computing');

    // The combo box: a click opens its menu, whose items then show in the tree.
    await act({ type: 'click', target: { elementId: find(observation, 'combobox', 'Country').id } });
    const japan = await observeUntil('the Japan item of the open combo box', (seen) => findIn(seen, 'menuitem', 'Japan'));
    await act({ type: 'click', target: { elementId: japan.id } });
    await gtk.waitForState((state) => state.country === 'Japan');

    // The tree reports the new states.
    observation = await observeUntil('the checked states', (seen) => (findIn(seen, 'radio', 'Pro')?.states.checked ? seen : undefined));
    expect(find(observation, 'checkbox', 'Send me the newsletter').states.checked).toBe(true);
    expect(find(observation, 'radio', 'Free').states.checked).toBe(false);
    expect(find(observation, 'option', 'Computing').states.selected).toBe(true);
    expect(find(observation, 'combobox', 'Country').value).toBe('Japan');
    expect(find(observation, 'textbox', 'Full name').value).toBe('Ada Lovelace');

    // Sign up opens a dialog; its OK button is in the next observation.
    await act({ type: 'click', target: { elementId: find(observation, 'button', 'Sign up').id } });
    const signedUp = await gtk.waitForState((state) => state.submitCount === 1 && state.dialogOpen);
    expect(signedUp.submitted).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true, plan: 'Pro', country: 'Japan', interest: 'Computing' });
    const ok = await observeUntil('the dialog', (seen) => {
      const dialog = seen.elements.find((element) => (element.role === 'alertdialog' || element.role === 'dialog') && element.source === 'a11y');
      return dialog ? seen.elements.find((element) => element.role === 'button' && element.text === 'OK' && element.parentId !== undefined) : undefined;
    });
    await act({ type: 'click', target: { elementId: ok.id } });
    await gtk.waitForState((state) => !state.dialogOpen && state.dialogAnswer === 'ok');

    // The menu bar: File opens a menu whose items appear; Open is activated.
    observation = await operator.observe();
    await act({ type: 'click', target: { elementId: find(observation, 'menuitem', 'File').id } });
    const open = await observeUntil('the File menu', (seen) => findIn(seen, 'menuitem', 'Open'));
    await act({ type: 'click', target: { elementId: open.id } });
    await gtk.waitForState((state) => state.menu.includes('Open'));
  });

  it('selects options of a combo box and a list by their names, with real input', async () => {
    let observation = await operator.observe();
    const country = find(observation, 'combobox', 'Country');
    expect(await operator.execute({ type: 'select', target: { elementId: country.id }, option: 'United States' })).toMatchObject({ ok: true });
    await gtk.waitForState((state) => state.country === 'United States');
    observation = await operator.observe();
    expect(await operator.execute({ type: 'select', target: { elementId: find(observation, 'listbox', 'Interests').id }, option: 'Poetry' })).toMatchObject({ ok: true });
    await gtk.waitForState((state) => state.interest === 'Poetry');
    // An option that does not exist is refused in words, and the popup is closed again.
    observation = await operator.observe();
    const missing = await operator.execute({ type: 'select', target: { elementId: find(observation, 'combobox', 'Country').id }, option: 'Atlantis' });
    expect(missing).toMatchObject({ ok: false, code: 'failed' });
    expect(!missing.ok && missing.error).toMatch(/no option "Atlantis".*Japan/);
    await observeUntil('the popup to close', (seen) => (findIn(seen, 'menuitem', 'Japan') ? undefined : true));
  });
});
