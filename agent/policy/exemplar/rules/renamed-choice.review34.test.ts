/**
 * Review probes (session 34, review34) of rules/renamed-choice.ts's deferred check (a group shown only once a dialog
 * opens, read again at grounding) and its "again" choices (new words naming the very option the demonstration chose
 * by meaning), followed end to end on the issue form of renamed-choice.test.ts inside a "New issue" dialog: the
 * demonstration chose "Login" for "logging in" and "S3 Minor" for "A small annoyance". Hostile: a component word in
 * the quoted title, two places said, radios renamed so the words half-fit two, a denial beside the renamed option.
 * `it.fails` marks a wrong action or a false refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

const COMPONENTS = ['Select…', 'Reports', 'Search', 'Checkout', 'Login', 'Profile'];
const SEVERITIES = ['S1 Blocking', 'S2 Major', 'S3 Minor', 'S4 Cosmetic'];
const DEMO = 'File a bug on logging in: "Reset link expires at once". A small annoyance. Description: "The password reset link says it has expired as soon as I open it."';
const dialogForm = (components: string[], severities: string[]): WidgetSpec[] => [
  { key: 'open', role: 'button', text: 'New issue' },
  { key: 'dialog', role: 'dialog', text: 'New issue', openedBy: 'open' },
  { key: 'title', role: 'textbox', text: '', label: 'Title', parent: 'dialog', openedBy: 'open' },
  { key: 'component', role: 'combobox', text: '', label: 'Component', options: components, parent: 'dialog', openedBy: 'open' },
  ...severities.map((name) => ({ key: name, role: 'radio', text: name, attributes: { name: 'sev', type: 'radio' }, parent: 'dialog', openedBy: 'open' })),
  { key: 'desc', role: 'textbox', text: '', label: 'Description', parent: 'dialog', openedBy: 'open' },
  { key: 'submit', role: 'button', text: 'Submit', parent: 'dialog', openedBy: 'open' },
];
const demonstrate = () =>
  recordDemonstration(new WidgetPageOperator(dialogForm(COMPONENTS, SEVERITIES)), DEMO, (observation, step) => {
    switch (step) {
      case 0: return { type: 'click', target: { elementId: find(observation, 'button', 'New issue').id } };
      case 1: return { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Title').id }, text: 'Reset link expires at once' };
      case 2: return { type: 'select', target: { elementId: find(observation, 'combobox', undefined, 'Component').id }, option: 'Login' };
      case 3: return { type: 'click', target: { elementId: find(observation, 'radio', 'S3 Minor').id } };
      case 4: return { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Description').id }, text: 'The password reset link says it has expired as soon as I open it.' };
      case 5: return { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } };
      default: return undefined;
    }
  });
const task = (component: string, severity: string, title = 'Filters reset on page 2') =>
  `File a bug on ${component}: "${title}". ${severity}. Description: "Going to the second page of results drops the price filter."`;
async function follow(text: string, components = COMPONENTS, severities = SEVERITIES) {
  const { operator, status, reason } = await followOnWidgets(dialogForm(components, severities), await demonstrate(), text);
  return { status, reason, clicks: operator.clicks, chosen: operator.values.get('component'), submitted: operator.clicks.includes('submit') };
}

describe('renamed choice in a dialog, followed: review34 probes that hold', () => {
  // Wrong action: filed under Login and submitted — "logging in", the demonstration's own words, is kept as wording
  // shared by both tasks and its choice replayed, though the place said is the search box.
  it.fails('wrong action: never files "the search box after logging in" under Login', async () => {
    const run = await follow(task('the search box after logging in', "It's blocking"));
    expect(run.chosen ?? 'none', run.reason).not.toBe('Login');
  });
  it('files nothing under Login for "the login screen, I think — or maybe search"', async () => {
    const run = await follow(task('the login screen, or maybe the search box', "It's blocking"));
    expect(run.submitted, run.reason).toBe(false);
  });
  it('never clicks "Major" for "Minor, not major" with the radios renamed', async () => {
    const run = await follow(task('the search box', 'Minor, not major'), COMPONENTS, ['Blocker', 'Major', 'Minor', 'Trivial']);
    expect(run.clicks, run.reason).not.toContain('Major');
  });
  it('never chooses Trivial or Major for the demonstration\'s own "A small annoyance" with the radios renamed', async () => {
    const run = await follow(task('the search box', 'A small annoyance'), COMPONENTS, ['Blocker', 'Major', 'Minor', 'Trivial']);
    expect(run.clicks.filter((key) => ['Blocker', 'Major', 'Trivial'].includes(key)), run.reason).toEqual([]);
  });
  it('files nothing under a component the words name only inside the quoted title', async () => {
    // The place is said as "the page" — nothing names a component but the title's "Checkout".
    const run = await follow(task('the page', "It's blocking", 'Checkout total wrong'));
    expect(run.chosen ?? 'none', run.reason).not.toBe('Checkout');
  });
  it('never files under Login for "the login screen" when the dialog offers "Login" and "Login (SSO)"', async () => {
    const run = await follow(task('the login screen', "It's blocking"), ['Select…', 'Search', 'Login', 'Login (SSO)']);
    expect(run.submitted, run.reason).toBe(false);
  });
});

describe('renamed choice in a dialog, followed: review34 hostile wordings', () => {
  // A component word inside the quoted title beside the one said: a person files under Search ("the search box").
  it('files under Search when the quoted title mentions logging in', async () => {
    const run = await follow(task('the search box', "It's blocking", 'Search breaks after login'));
    expect(run.status, run.reason).toBe('success');
    expect(run.chosen).toBe('Search');
  });
  // "It's blocking" with the radios renamed "Blocker / Major / Minor / Trivial": a person clicks "Blocker".
  it.fails('false refusal: clicks "Blocker" for "It\'s blocking" with the radios renamed', async () => {
    const run = await follow(task('the search box', "It's blocking"), COMPONENTS, ['Blocker', 'Major', 'Minor', 'Trivial']);
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toContain('Blocker');
  });
  // "The login screen" again: the very option chosen by meaning, the group shown only in the dialog.
  it('files "the login screen" under Login, and "minor" as S3 Minor', async () => {
    const run = await follow(task('the login screen', 'Minor'));
    expect(run.status, run.reason).toBe('success');
    expect(run.chosen).toBe('Login');
    expect(run.clicks).toContain('S3 Minor');
  });
  // "Not the login screen — the search box": the denied option is Login; never filed there.
  it('never files under Login for "not the login screen but the search box"', async () => {
    const run = await follow(task('the search box (not the login screen)', "It's blocking"));
    expect(run.chosen ?? 'Search', run.reason).toBe('Search');
  });
});

// The same form on the page itself (no dialog): is the "after logging in" wrong action the deferred check's, or older?
describe('renamed choice on the page, followed: review34 probe beside the dialog one', () => {
  const form = (): WidgetSpec[] => dialogForm(COMPONENTS, SEVERITIES).filter((widget) => !['open', 'dialog'].includes(widget.key)).map(({ parent: _parent, openedBy: _openedBy, ...widget }) => widget);
  const demonstrateOnPage = () =>
    recordDemonstration(new WidgetPageOperator(form()), DEMO, (observation, step) => {
      switch (step) {
        case 0: return { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Title').id }, text: 'Reset link expires at once' };
        case 1: return { type: 'select', target: { elementId: find(observation, 'combobox', undefined, 'Component').id }, option: 'Login' };
        case 2: return { type: 'click', target: { elementId: find(observation, 'radio', 'S3 Minor').id } };
        case 3: return { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Description').id }, text: 'The password reset link says it has expired as soon as I open it.' };
        case 4: return { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } };
        default: return undefined;
      }
    });
  // Wrong action (as in the dialog): filed under Login and submitted for "the search box after logging in".
  it.fails('wrong action: never files "the search box after logging in" under Login (no dialog)', async () => {
    const { operator, reason } = await followOnWidgets(form(), await demonstrateOnPage(), task('the search box after logging in', "It's blocking"));
    expect(operator.values.get('component') ?? 'none', reason).not.toBe('Login');
  });
});
