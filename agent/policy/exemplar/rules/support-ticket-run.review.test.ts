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

  // A trailing "thanks" / "ta" makes the lists of other lengths: no item pairs, "Normal" / "Low" stay wording, and the
  // demonstration's High is clicked again and the ticket created (wrong action; the fixed support-ticket seed 9 again).
  it.fails('never clicks the demonstration\'s priority when a courtesy word follows the list', async () => {
    for (const task of [
      'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Normal, thanks.',
      'Could you please file a support ticket for me? Subject "Export to CSV is empty", category Billing, priority Low, ta.',
    ]) {
      const { operator } = await follows(task);
      expect(operator.clicks, task).not.toContain('high');
      expect(operator.clicks, task).not.toContain('go');
    }
  });
});
