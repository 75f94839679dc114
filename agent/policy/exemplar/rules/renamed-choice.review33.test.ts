/**
 * Review probes (session 33, review33) of rules/renamed-choice.ts, followed end to end on the issue form of
 * renamed-choice.test.ts: the demonstration chose the component "Login" for "logging in" and the severity "S3 Minor"
 * for "A small annoyance"; a new task names an option by a word of it. A word that names an option while the sentence
 * denies or lessens it ("not blocking", "less than major") chooses the option all the same. `it.fails` marked a wrong
 * action or a false refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

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

const task = (component: string, severity: string) =>
  `File a bug on ${component}: "Filters reset on page 2". ${severity}. Description: "Going to the second page of results drops the price filter."`;

async function follow(component: string, severity: string) {
  const { operator, status, reason } = await followOnWidgets(form, await demonstrate(), task(component, severity));
  return { status, reason, clicks: operator.clicks, component: operator.values.get('component'), submitted: operator.clicks.includes('submit') };
}

describe('renamed choice, followed: review33 probes that hold', () => {
  it('files "search results" / "my searches" under Search, and "Cosmetic" / "It\'s a small annoyance" as said', async () => {
    for (const [component, severity, chosen] of [['search results', "It's blocking", 'S1 Blocking'], ['my searches', "It's blocking", 'S1 Blocking'], ['the search box', 'Cosmetic', 'S4 Cosmetic'], ['the search box', "It's a small annoyance", 'S3 Minor']] as const) {
      const run = await follow(component, severity);
      expect(run.status, `${component} / ${severity}: ${run.reason}`).toBe('success');
      expect({ component: run.component, clicks: run.clicks }).toEqual({ component: 'Search', clicks: [chosen, 'submit'] });
    }
  });
  it('files nothing for two severities, two components, or a denial that names none', async () => {
    for (const [component, severity] of [['the search box', 'Not major, just cosmetic'], ['the search box', 'Blocking? No, a small annoyance'], ['the search box, not reports', "It's blocking"], ['the profile search', "It's blocking"], ['the search box', 'Blocks nothing']] as const) {
      expect((await follow(component, severity)).submitted, `${component} / ${severity}`).toBe(false);
    }
  });
});

describe('renamed choice, followed: review33 wrong actions', () => {
  // Wrong action: "It's not blocking" names "Blocking"; S1 Blocking chosen and the bug submitted.
  it('files no blocking bug for "It\'s not blocking"', async () => {
    const run = await follow('the search box', "It's not blocking");
    expect(run.clicks).not.toContain('S1 Blocking');
  });
  // Wrong action: "No longer blocking" chooses S1 Blocking and submits.
  it('files no blocking bug for "No longer blocking"', async () => {
    const run = await follow('the search box', 'No longer blocking');
    expect(run.clicks).not.toContain('S1 Blocking');
  });
  // Wrong action: "Hardly major" chooses S2 Major and submits.
  it('files no major bug for "Hardly major"', async () => {
    const run = await follow('the search box', 'Hardly major');
    expect(run.clicks).not.toContain('S2 Major');
  });
  // Wrong action: "Less than major" chooses S2 Major and submits.
  it('files no major bug for "Less than major"', async () => {
    const run = await follow('the search box', 'Less than major');
    expect(run.clicks).not.toContain('S2 Major');
  });
});

describe('renamed choice, followed: review33 wrong actions — an option named to exclude it', () => {
  // Wrong action: "Not cosmetic" chooses S4 Cosmetic and submits.
  it('files no cosmetic bug for "Not cosmetic"', async () => {
    expect((await follow('the search box', 'Not cosmetic')).clicks).not.toContain('S4 Cosmetic');
  });
  // Wrong action: "a page other than search" chooses the component Search and submits.
  it('files nothing under Search for "a page other than search"', async () => {
    const run = await follow('a page other than search', "It's blocking");
    expect(run.submitted && run.component === 'Search').toBe(false);
  });
});

describe('renamed choice, followed: review33 false refusals', () => {
  // Was it.fails (false refusal): "the login screen" for the demonstrated Login ("logging in"); refused ("no step used …
  // logging in"). New words naming the very option chosen now use the slot with no binding (renamed-choice.ts).
  it('files a bug on the login screen under Login', async () => {
    const run = await follow('the login screen', "It's blocking");
    expect(run.status, run.reason).toBe('success');
    expect(run.component).toBe('Login');
  });

  // Was it.fails (false refusal): "Minor" names the very option demonstrated (S3 Minor); refused ("nothing says what to
  // choose for Minor").
  it('files a minor bug for "Minor"', async () => {
    const run = await follow('the search box', 'Minor');
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toEqual(['S3 Minor', 'submit']);
  });

  // Beside them: the demonstrated option named but denied, lessened, set aside or beside another option files nothing.
  it('files nothing for the demonstrated option denied, lessened, set aside, or named beside another', async () => {
    for (const [component, severity] of [
      ['the search box', 'Not minor'],
      ['the search box', 'No longer minor'],
      ['the search box', 'Less than minor'],
      ['the search box', 'Minor, maybe major'],
      ['the login or profile screen', "It's blocking"],
      ['a page other than login', "It's blocking"],
      ['the login screen, not search', "It's blocking"],
    ] as const) {
      expect((await follow(component, severity)).submitted, `${component} / ${severity}`).toBe(false);
    }
  });
});
