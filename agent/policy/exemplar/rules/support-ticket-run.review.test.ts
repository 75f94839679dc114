/**
 * Review probes (session 31, review31): a quoted subject beside a list of other values ("category …, priority …")
 * whose length differs between the tasks (align-tasks.ts otherItemSlots pairs nothing then). Followed end to end on
 * a synthetic ticket form.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';

const ticketForm: WidgetSpec[] = [
  { key: 'heading', role: 'heading', text: 'New support ticket' },
  { key: 'subject', role: 'textbox', label: 'Subject', attributes: { id: 't-subject' } },
  { key: 'category', role: 'combobox', label: 'Category', options: ['Choose…', 'Billing', 'Technical', 'Account', 'Other'], value: 'Choose…', attributes: { id: 't-category' } },
  { key: 'low', role: 'radio', text: 'Low', group: 'Priority' },
  { key: 'normal', role: 'radio', text: 'Normal', group: 'Priority' },
  { key: 'high', role: 'radio', text: 'High', group: 'Priority' },
  { key: 'urgent', role: 'radio', text: 'Urgent', group: 'Priority' },
  { key: 'go', role: 'button', text: 'Create ticket' },
];
const find = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
const type = (label: string, text: string): Move => (observation) => ({ type: 'type', target: { elementId: find(observation, (element) => element.label === label).id }, text });
const choose = (option: string): Move => (observation) => ({ type: 'select', target: { elementId: find(observation, (element) => element.role === 'combobox').id }, option });
const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: find(observation, (element) => element.text === text).id } });

const DEMO = 'Could you please file a support ticket for me? Subject "Charged twice for May", category Billing, priority High.';
const moves = [type('Subject', 'Charged twice for May'), choose('Billing'), click('High'), click('Create ticket')];

const follows = async (task: string) => {
  const demo = await demonstrate(ticketForm, DEMO, moves);
  return follow(ticketForm, demo, task);
};

describe('a quoted subject beside a list of values: review probes', () => {
  it('control: lists of one length pair "High" → "Normal"', async () => {
    const { operator, status } = await follows('Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Normal.');
    expect(status).toBe('success');
    expect([...operator.checked]).toEqual(['normal']);
  });

  // Was it.fails (session 31): a trailing "thanks" / "ta" made the lists of other lengths, no item paired, and the
  // demonstration's High was clicked again and the ticket created (the wrong action of support-ticket seed 9).
  // A courtesy closing the list is no item (align-tasks.ts otherItemSlots): "Normal" pairs with "High".
  it('chooses Normal when "thanks" closes the list', async () => {
    const { operator, status } = await follows('Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Normal, thanks.');
    expect(status).toBe('success');
    expect([...operator.checked]).toEqual(['normal']);
    expect(operator.clicks).not.toContain('high');
  });

  // A word closing the list that is no courtesy this reading knows ("ta"), or a courtesy word that alone thanks nobody
  // ("great": closing-courtesy.ts COURTESY_HEADS), leaves lists of other lengths: refused, naming the items no step has
  // a counterpart for — never the demonstration's High again.
  it.each([
    'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Low, great.',
    'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Low, ta.',
    'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Low, asap.',
  ])('refuses, clicking nothing, for %s', async (task) => {
    const { operator, status, reason } = await follows(task);
    expect(status).not.toBe('success');
    expect(reason).toContain('priority Low');
    expect(operator.clicks).not.toContain('high');
    expect(operator.clicks).not.toContain('go');
  });
});

describe('a courtesy or an aside after the list: review32 probes', () => {
  // Was it.fails (review32): the correction after "thanks" ("but make it Urgent") dropped with the courtesy — Low chosen,
  // the ticket created. The form reading's guard (two options of Priority) now stands beside the template (plan-demonstration.ts).
  it('creates no ticket with Low when a correction follows "thanks"', async () => {
    for (const ending of ['thanks, but make it Urgent.', 'thanks, but Urgent if you can.']) {
      const { operator } = await follows(`Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Low, ${ending}`);
      expect(operator.clicks, ending).not.toContain('go');
    }
  });
  // Was it.fails (review32): "I need help with billing too" names a second category beside Technical; "billing" was left
  // unread and the ticket created with Technical. The form reading's guard (two options of Category) now stands.
  it('creates no ticket when an aside names a second category ("I need help with billing too")', async () => {
    const { operator } = await follows('Could you please file a support ticket for me? Subject "Export to CSV is empty", category Technical, priority Low. I need help with billing too.');
    expect(operator.clicks).not.toContain('go');
  });
  // Held: the same second category said bare, or a correction after "thanks!", refuses.
  it('creates no ticket for "Billing too", "and Billing" or "thanks! Actually Normal."', async () => {
    for (const ending of ['category Technical, priority Low. Billing too.', 'category Technical, priority Low, and Billing.', 'category Billing, priority Low, thanks! Actually Normal.']) {
      const { operator } = await follows(`Could you please file a support ticket for me? Subject "Export to CSV is empty", ${ending}`);
      expect(operator.clicks, ending).not.toContain('go');
    }
  });
});
