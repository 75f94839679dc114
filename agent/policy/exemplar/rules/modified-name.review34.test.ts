/**
 * Review probes (session 34, review34) of rules/modified-name.ts, followed end to end on a delivery form of look-alike
 * fields (Town, County, Email, Confirm email, Phone, Mobile phone): the demonstration "Could you select the town field
 * for me?" clicked Town. Hostile: a caption's verb after words that are no action verb of intent-words.ts ("put the
 * cursor in", "jump to", "tab to"), a negation naming the look-alike, a qualifier that is a common word.
 * `it.fails` marks a wrong action or a false refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets, followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

const LABELS = ['Town', 'County', 'Email', 'Confirm email', 'Phone', 'Mobile phone'];
const form = (): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Delivery details' },
  ...LABELS.map((label, index) => ({ key: label, role: 'textbox', label, attributes: { id: `ff-${index}` } })),
];
const click = (label: string) => (observation: Observation) => ({ type: 'click' as const, target: { elementId: observation.elements.find((element) => element.label === label)!.id } });
const follow = async (task: string) => {
  const demo = await demonstrateOnWidgets(form(), 'Could you select the town field for me?', [click('Town')]);
  const { operator, status, reason } = await followOnWidgets(form(), demo, task);
  return { status, reason, clicks: operator.clicks };
};
/** Clicked only `label`, or nothing at all (a refusal): never another field. */
const onlyOrNothing = (clicks: string[], label: string) => clicks.every((clicked) => clicked === label);

describe('modified name, followed: review34 probes that hold', () => {
  it('clicks "Confirm email" for "select the confirm email field"', async () => {
    const run = await follow('Could you select the confirm email field for me?');
    expect(run, run.reason).toMatchObject({ status: 'success', clicks: ['Confirm email'] });
  });
  it('clicks "Mobile phone" for "my mobile phone", never "Phone"', async () => {
    const run = await follow('Could you select my mobile phone field for me?');
    expect(onlyOrNothing(run.clicks, 'Mobile phone'), run.reason).toBe(true);
  });
  it('never clicks "Phone" for "my cell phone" (a qualifier beside a longer look-alike)', async () => {
    const run = await follow('Could you select my cell phone field for me?');
    expect(run.clicks, run.reason).not.toContain('Phone');
  });
  it('never clicks "Confirm email" for "the email field, not the confirm email one"', async () => {
    const run = await follow('Could you select the email field for me, not the confirm email one?');
    expect(onlyOrNothing(run.clicks, 'Email'), run.reason).toBe(true);
  });
  it('never clicks "Email" for "the second email field"', async () => {
    const run = await follow('Could you select the second email field for me?');
    expect(onlyOrNothing(run.clicks, 'Confirm email'), run.reason).toBe(true);
  });
});

describe('modified name, followed: review34 hostile wordings (a caption verb after no action verb)', () => {
  // The module's own known gap, end to end: "focus" is no action verb, "confirm" is read as the task's verb and the
  // field "Email" is clicked where the person asked for "Confirm email".
  it.fails('wrong action: "focus | confirm email" never clicks "Email"', async () => {
    const run = await follow('focus | confirm email');
    expect(onlyOrNothing(run.clicks, 'Confirm email'), run.reason).toBe(true);
  });
  // Wrong action: "Email" clicked and done — the words before the caption are no action verb of intent-words.ts, so
  // "confirm" is read as the task's verb and its object "email" as the field (the module's known gap, in everyday words).
  it.fails('wrong action: "put the cursor in confirm email" never clicks "Email"', async () => {
    const run = await follow('Please put the cursor in confirm email.');
    expect(onlyOrNothing(run.clicks, 'Confirm email'), run.reason).toBe(true);
  });
  // Wrong action: "Email" clicked and done — the words before the caption are no action verb of intent-words.ts, so
  // "confirm" is read as the task's verb and its object "email" as the field (the module's known gap, in everyday words).
  it.fails('wrong action: "jump to confirm email" never clicks "Email"', async () => {
    const run = await follow('Jump to confirm email, please.');
    expect(onlyOrNothing(run.clicks, 'Confirm email'), run.reason).toBe(true);
  });
  // Wrong action: "Email" clicked and done — the words before the caption are no action verb of intent-words.ts, so
  // "confirm" is read as the task's verb and its object "email" as the field (the module's known gap, in everyday words).
  it.fails('wrong action: "tab over to confirm email" never clicks "Email"', async () => {
    const run = await follow('Tab over to confirm email.');
    expect(onlyOrNothing(run.clicks, 'Confirm email'), run.reason).toBe(true);
  });
  it('"I need to confirm email next" (a wish to fill the confirmation) never clicks "Email"', async () => {
    const run = await follow('I need to confirm email next - take me to that box.');
    expect(onlyOrNothing(run.clicks, 'Confirm email'), run.reason).toBe(true);
  });
});
