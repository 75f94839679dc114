/**
 * Review probe (session 31, review31): the task names another member of the group by a shorter name than its caption.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { checkedSetRule } from './checked-set.js';

const switchOf = (id: number, text: string, checked: boolean): UIElement => ({ id, role: 'switch', tag: 'button', text, states: { checked }, box: { x: 0, y: id * 20, width: 10, height: 10 }, source: 'dom', interactive: true });
const page = [switchOf(3, 'Email digest', false), switchOf(6, 'Push alerts', true), switchOf(9, 'SMS reminders', false), switchOf(12, 'Weekly newsletter', true), switchOf(15, 'Product updates', false)];
const newsletterOff = { action: { type: 'click', target: { elementId: 12 } }, observation: { elements: page } } as unknown as Step;

describe('a member named by a shorter name than its caption', () => {
  it('control: the full caption is read as another member', () => {
    expect(checkedSetRule([newsletterOff], ['push alerts'], ['weekly newsletter'])).toBeUndefined();
  });
  // "push alerts ON, newsletter OFF": "newsletter" is Weekly newsletter, asked a state of its own, but only the exact
  // caption counts, so the set "exactly push alerts on" is read and unasked switches would be turned off elsewhere.
  it.fails('reads no set when the task names a member by part of its caption ("newsletter")', () => {
    expect(checkedSetRule([newsletterOff], ['push alerts'], ['newsletter'])).toBeUndefined();
  });
});
