/**
 * An issue form whose component and severity the task says in other words: the demonstration chose "Login" and "S3
 * Minor" for "logging in" and "a small annoyance" (no option named); a new task whose words name one option of each
 * group ("the search box", "It's blocking") chooses those; words naming none, or two, refuse.
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';
import { deniesOrLessens } from './renamed-choice.js';

const COMPONENTS = ['Select…', 'Reports', 'Search', 'Checkout', 'Login', 'Profile'];
const SEVERITIES = ['S1 Blocking', 'S2 Major', 'S3 Minor', 'S4 Cosmetic'];
const form: WidgetSpec[] = [
  { key: 'title', role: 'textbox', text: '', label: 'Title' },
  { key: 'component', role: 'combobox', text: '', label: 'Component', options: COMPONENTS },
  ...SEVERITIES.map((name) => ({ key: name, role: 'radio', text: name, attributes: { name: 'sev', type: 'radio' } })),
  { key: 'desc', role: 'textbox', text: '', label: 'Description' },
  { key: 'submit', role: 'button', text: 'Submit' },
];

const DEMO = 'File a bug on logging in: "Reset link expires at once". A small annoyance. Description: "The password reset link says it has expired as soon as I open it."';

async function demonstrate() {
  return recordDemonstration(new WidgetPageOperator(form), DEMO, (observation, step) => {
    switch (step) {
      case 0: return { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Title').id }, text: 'Reset link expires at once' };
      case 1: return { type: 'select', target: { elementId: find(observation, 'combobox', undefined, 'Component').id }, option: 'Login' };
      case 2: return { type: 'click', target: { elementId: find(observation, 'radio', 'S3 Minor').id } };
      case 3: return { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Description').id }, text: 'The password reset link says it has expired as soon as I open it.' };
      case 4: return { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } };
      default: return undefined;
    }
  });
}

async function follow(task: string) {
  const { operator, status, reason } = await followOnWidgets(form, await demonstrate(), task);
  return { status, reason, clicks: operator.clicks, submitted: operator.clicks.includes('submit') };
}

const task = (component: string, severity: string) =>
  `File a bug on ${component}: "Filters reset on page 2". ${severity}. Description: "Going to the second page of results drops the price filter."`;

describe('a choice made by meaning, named by the new words', () => {
  it('chooses the one option the new words name in each group ("the search box" → Search, "It\'s blocking" → S1 Blocking)', async () => {
    const run = await follow(task('the search box', "It's blocking"));
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toContain('S1 Blocking');
    expect(run.clicks).not.toContain('S3 Minor');
  });

  it('refuses words that name no option, or two', async () => {
    for (const [component, severity] of <[string, string][]>[['the sign-in page', "It's blocking"], ['the search box', 'Nobody can work'], ['the search box on the profile page', "It's blocking"], ['the search box', 'minor, maybe blocking']]) {
      const run = await follow(task(component, severity));
      expect(run.submitted, `${component} / ${severity}: ${run.reason}`).toBe(false);
    }
  });
});

describe('deniesOrLessens', () => {
  it('reads a denial, a lessening or a setting aside of the words said', () => {
    for (const words of ["It's not blocking", 'No longer blocking', 'Hardly major', 'Less than major', 'Not cosmetic', 'a page other than search', 'almost blocking', "isn't major"]) {
      expect(deniesOrLessens(words), words).toBe(true);
    }
  });
  it('reads none in words that only name', () => {
    for (const words of ["It's blocking", 'the search box', 'search results', 'my searches', 'Cosmetic', "It's a small annoyance"]) expect(deniesOrLessens(words), words).toBe(false);
  });
});

/**
 * The same form in a dialog a "New issue" button opens: the drop-down and the radios are not on the page when the
 * plan is made, so the words are read on the demonstration's screen and read again once the dialog shows.
 */
describe('a choice made by meaning in a dialog that opens at a step', () => {
  const dialogForm = (components: string[], severities = SEVERITIES): WidgetSpec[] => [
    { key: 'open', role: 'button', text: 'New issue' },
    { key: 'dialog', role: 'dialog', text: 'New issue', openedBy: 'open' },
    { key: 'title', role: 'textbox', text: '', label: 'Title', parent: 'dialog', openedBy: 'open' },
    { key: 'component', role: 'combobox', text: '', label: 'Component', options: components, parent: 'dialog', openedBy: 'open' },
    ...severities.map((name) => ({ key: name, role: 'radio', text: name, attributes: { name: 'sev', type: 'radio' }, parent: 'dialog', openedBy: 'open' })),
    { key: 'desc', role: 'textbox', text: '', label: 'Description', parent: 'dialog', openedBy: 'open' },
    { key: 'submit', role: 'button', text: 'Submit', parent: 'dialog', openedBy: 'open' },
  ];

  async function demonstrateInDialog() {
    return recordDemonstration(new WidgetPageOperator(dialogForm(COMPONENTS)), DEMO, (observation, step) => {
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
  }

  async function followInDialog(taskText: string, components = COMPONENTS, severities = SEVERITIES) {
    const { operator, status, reason } = await followOnWidgets(dialogForm(components, severities), await demonstrateInDialog(), taskText);
    return { status, reason, clicks: operator.clicks, chosen: operator.values.get('component'), submitted: operator.clicks.includes('submit') };
  }

  it('chooses, once the dialog shows, the one option the new words name ("the search box" → Search, "It\'s blocking" → S1 Blocking)', async () => {
    const run = await followInDialog(task('the search box', "It's blocking"));
    expect(run.status, run.reason).toBe('success');
    expect(run.chosen).toBe('Search');
    expect(run.clicks).toContain('S1 Blocking');
    expect(run.clicks).not.toContain('S3 Minor');
  });

  it('refuses words that name no option, or two, on the demonstration\'s screen', async () => {
    for (const [component, severity] of <[string, string][]>[['the sign-in page', "It's blocking"], ['the search box on the profile page', "It's blocking"], ['the search box', 'minor, maybe blocking']]) {
      const run = await followInDialog(task(component, severity));
      expect(run.submitted, `${component} / ${severity}: ${run.reason}`).toBe(false);
    }
  });

  it('refuses once the dialog shows when its drop-down offers two options the words name, or not the one read', async () => {
    const twoSearches = await followInDialog(task('the search box', "It's blocking"), ['Select…', 'Reports', 'Search', 'Search results', 'Login']);
    expect(twoSearches.submitted, twoSearches.reason).toBe(false);
    expect(twoSearches.chosen).not.toBe('Search');
    expect(twoSearches.reason).toMatch(/names 2 options/);
    const noSearch = await followInDialog(task('the search box', "It's blocking"), ['Select…', 'Reports', 'Checkout', 'Login']);
    expect(noSearch.submitted, noSearch.reason).toBe(false);
  });

  it('chooses, once the dialog shows, the one radio the words name where the radios are named otherwise than on the demonstration\'s screen', async () => {
    // "Major" named "S2 Major" on the demonstration's screen; the dialog now offers "Major".
    const run = await followInDialog(task('the search box', 'Major'), COMPONENTS, ['Blocker', 'Major', 'Minor', 'Trivial']);
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toContain('Major');
    // Words naming two radios of the group shown now choose none.
    const two = await followInDialog(task('the search box', 'Major'), COMPONENTS, ['Blocker', 'Major', 'Major outage', 'Trivial']);
    expect(two.submitted, two.reason).toBe(false);
    expect(two.clicks.filter((key) => key.startsWith('Major'))).toEqual([]);
  });

  it('refuses once the dialog shows when its radios are named otherwise and the words name none of them', async () => {
    const run = await followInDialog(task('the search box', "It's blocking"), COMPONENTS, ['Critical', 'High', 'Medium', 'Low']);
    expect(run.submitted, run.reason).toBe(false);
    expect(run.clicks).not.toContain('Critical');
  });
});
