/**
 * A settings page's tick boxes, followed from a demonstration that set one
 * of them: the new task's settings are set to the state it asks, or the plan
 * is refused — never saved with them left as the demonstration's state word
 * would leave them. The texts and the page are those of a privacy settings
 * page where the wrong save was seen (a row's name, on some rows a grey hint
 * read into its caption; a Save whose caption varies; Reset to defaults).
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { applyPlanRules } from './plan-rules.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { toggleStateProblems } from './toggle-asked-state.js';

const HINTS: Record<string, string> = {
  'Online status': 'Friends see when you are active',
  'Location sharing': 'Only with people you choose',
  'Two-step login': 'A code by text at each sign-in',
  'Email lookup': 'Let people find you by email',
  'Contact sync': 'Upload your address book',
};

/** The page: its header's save button, one tick box per setting (on or off), Reset to defaults under the list. */
const settings = (rows: Record<string, boolean>, caption: string): WidgetSpec[] => [
  { key: 'title', role: 'text', text: 'Privacy' },
  { key: 'save', role: 'button', text: caption, attributes: { class: 'save' } },
  ...Object.entries(rows).map(([name, on]): WidgetSpec => ({ key: name, role: 'checkbox', text: HINTS[name] ? `${name} ${HINTS[name]}` : name, checked: on })),
  { key: 'reset', role: 'button', text: 'Reset to defaults', attributes: { class: 'reset' } },
];

/** The demonstration: the named rows clicked (in order), then the save button. */
async function demonstrate(task: string, rows: Record<string, boolean>, clicked: string[], caption = 'Save') {
  const keys = [...clicked, 'save'];
  return recordDemonstration(new WidgetPageOperator(settings(rows, caption)), task, (observation, step) => {
    const key = keys[step];
    if (key === undefined) return undefined;
    const element = key === 'save' ? observation.elements.find((candidate) => candidate.text === caption) : observation.elements.find((candidate) => candidate.role === 'checkbox' && candidate.text.startsWith(key));
    return { type: 'click', target: { elementId: element!.id } };
  });
}

// Seed 1002's demonstration: personalised ads was on, unticked, then Save.
const DEMO_ROWS = { 'Personalised ads': true, 'Read receipts': true, 'Activity history': false, 'Online status': false, 'Location sharing': true, 'Two-step login': true };
// Seed 2's page: both named settings off.
const SEED_2 = { 'Personalised ads': true, 'Activity history': false, 'Online status': false, 'Contact sync': false, 'Email lookup': false, 'Read receipts': true };
const SEED_2_TASK = "I'd like activity history and contact sync on from now.";

const planned = async (demoTask: string, clicked: string[], task: string, rows: Record<string, boolean>, caption = 'Apply') => {
  const demo = await demonstrate(demoTask, DEMO_ROWS, clicked);
  const observation = await new WidgetPageOperator(settings(rows, caption)).observe();
  // The page the task runs on is the one demonstrated on: read by its values' places when the wordings differ (rules/kind-by-places.ts).
  return applyPlanRules(planDemonstration(demo, task, observation.elements, observation.page));
};

describe('a tick box left in the other state than the task asks (rules/toggle-asked-state.ts)', () => {
  it('refuses "personalised ads off" followed for "activity history and contact sync on"', async () => {
    const plan = await planned('Settings: personalised ads off.', ['Personalised ads'], SEED_2_TASK, SEED_2);
    expect(plan.problems.filter((problem) => problem.blocking).length).toBeGreaterThan(0);
  });

  it('names the setting and both states when a pairing of the names left the untick to a setting asked on', async () => {
    // "Settings: activity history off." pairs by template (personalised ads → activity history); asked on instead, the
    // plan's untick of it would be skipped on a page showing it off, whatever reading paired the names.
    const plan = await planned('Settings: personalised ads off.', ['Personalised ads'], 'Settings: activity history off.', SEED_2);
    expect(toggleStateProblems(plan)).toEqual([]);
    const askedOn = toggleStateProblems({ ...plan, task: 'Settings: activity history on.' });
    expect(askedOn).toEqual([expect.objectContaining({ blocking: true, text: expect.stringMatching(/asks "activity history" on, but the demonstration's step 1 turned "Personalised ads" off/i) })]);
  });

  it('never presses Apply on that page: the run refuses and every setting keeps its state', async () => {
    const demo = await demonstrate('Settings: personalised ads off.', DEMO_ROWS, ['Personalised ads']);
    const operator = new WidgetPageOperator(settings(SEED_2, 'Apply'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(SEED_2_TASK);
    expect(result.outcome.status).not.toBe('success');
    expect(operator.clicks).not.toContain('save');
    expect([...operator.checked].sort()).toEqual(['Personalised ads', 'Read receipts']);
  });

  it('never saves a task naming two settings where the demonstration set one: the second is judged before Apply (agent/checks/asked-settings.ts)', async () => {
    const demo = await demonstrate('Settings: personalised ads off.', DEMO_ROWS, ['Personalised ads']);
    const operator = new WidgetPageOperator(settings({ ...SEED_2, 'Activity history': true }, 'Apply'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Settings: activity history off, contact sync on.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/"contact sync" on/);
    expect(operator.clicks).not.toContain('save');
  });

  it('refuses a single setting asked on where the demonstration turned its own off, in other words too', async () => {
    const demo = await demonstrate('Turn off read receipts.', DEMO_ROWS, ['Read receipts']);
    for (const task of ['Turn on read receipts.', 'I\'d like read receipts on from now.']) {
      const observation = await new WidgetPageOperator(settings({ ...SEED_2, 'Read receipts': false }, 'Save')).observe();
      const plan = applyPlanRules(planDemonstration(demo, task, observation.elements, observation.page));
      const blocking = plan.problems.filter((problem) => problem.blocking);
      // Whatever else refuses it, the plan is never followable.
      expect(blocking.length, task).toBeGreaterThan(0);
    }
  });

  it('follows a demonstration that asked the same state: "enable read receipts" for "personalised ads on", ticking it before Apply', async () => {
    const demo = await demonstrate('From Sam: "can you enable read receipts on my account?"', { ...DEMO_ROWS, 'Read receipts': false }, ['Read receipts']);
    const operator = new WidgetPageOperator(settings({ ...SEED_2, 'Personalised ads': false }, 'Apply'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Settings: personalised ads on.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.checked.has('Personalised ads')).toBe(true);
    expect(operator.clicks).toEqual(['Personalised ads', 'save']);
  });

  it('refuses a click on a setting the demonstration\'s task named and this one drops ("two-step login" no longer asked)', async () => {
    const demoTask = "I don't want location sharing, email lookup and two-step login any more.";
    const demo = await demonstrate(demoTask, { ...DEMO_ROWS, 'Email lookup': false }, ['Location sharing', 'Two-step login']);
    const operator = new WidgetPageOperator(settings({ 'Online status': false, 'Email lookup': false, 'Two-step login': true, 'Read receipts': false }, 'Apply'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run("I don't want online status and email lookup any more.");
    expect(result.outcome.status).not.toBe('success');
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.reason).toMatch(/turned "Two-step login A code by text at each sign-in" off because its task named it; this task does not name it/);
  });

  it('adds nothing where the task tells no state of the name, or the same one', async () => {
    const demo = await demonstrate('Settings: personalised ads off.', DEMO_ROWS, ['Personalised ads']);
    const observation = await new WidgetPageOperator(settings(SEED_2, 'Save')).observe();
    const plan = (task: string) => planDemonstration(demo, task, observation.elements, observation.page);
    expect(toggleStateProblems(plan('Settings: read receipts off.'))).toEqual([]);
    expect(toggleStateProblems(plan('Settings: personalised ads off.'))).toEqual([]);
    // "Never untick …" forbids a click rather than asking a state: no reading, nothing added here.
    expect(toggleStateProblems({ ...plan('Settings: read receipts off.'), task: 'Never untick read receipts.' })).toEqual([]);
  });
});
