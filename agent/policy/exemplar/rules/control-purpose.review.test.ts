/**
 * Review probes (session 32, review32): "Pay now" / "Place order" joined the captions that commit, so they stand in
 * by purpose for any demonstrated sender whose caption is not on screen. Followed end to end on an address form whose
 * demonstration typed the street and pressed its sender; the new instance's only sender spends money.
 * The four probes of wrong actions pass since sharedPurposeOf refuses a caption that pays or deletes for one that did not.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';
import { sharedPurposeOf } from './control-purpose.js';

const addressForm = (sender: string): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Delivery address' },
  { key: 'street', role: 'textbox', label: 'Street', attributes: { id: 'street' } },
  { key: 'back', role: 'button', text: 'Back', attributes: { class: 'btn back', type: 'button' } },
  { key: 'go', role: 'button', text: sender, attributes: { class: 'btn primary', type: 'submit' } },
];
const find = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
const type = (label: string, text: string): Move => (observation) => ({ type: 'type', target: { elementId: find(observation, (element) => element.label === label).id }, text });
const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: find(observation, (element) => element.text === text).id } });

/** Whether the run pressed the new instance's sender captioned `now`, after a demonstration that pressed `then`. */
async function pressesSender(then: string, now: string) {
  const demo = await demonstrate(addressForm(then), 'Change my delivery street to 12 Elm Road.', [type('Street', '12 Elm Road'), click(then)]);
  const { operator } = await follow(addressForm(now), demo, 'Change my delivery street to 4 Oak Lane.');
  return operator.clicks.includes('go');
}
const button = (text: string) => ({ role: 'button', text });

describe('control purpose: review32 wrong actions, now refused (a sender that spends money stands in for one that does not)', () => {
  // Was a wrong action (now refused by the veto in sharedPurposeOf): the demonstrated "Save" is gone; "Place order" is pressed as the same purpose (an order is placed).
  it('presses no "Place order" for a demonstrated "Save"', async () => {
    expect(await pressesSender('Save', 'Place order')).toBe(false);
  });
  // Was a wrong action: "Pay now" is pressed for the demonstrated "Save" (a payment is made).
  it('presses no "Pay now" for a demonstrated "Save", "Continue" or "OK"', async () => {
    for (const then of ['Save', 'Continue', 'OK']) expect(await pressesSender(then, 'Pay now'), then).toBe(false);
  });
  // Was a wrong action (older: "pay" was a commit caption before this session): "Pay" is pressed for "Save".
  it('presses no "Pay" for a demonstrated "Save"', async () => {
    expect(await pressesSender('Save', 'Pay')).toBe(false);
  });
  // The pairing itself: a caption that spends money shares no purpose with one that names no money.
  it('pairs no money-spending caption with "Save", "Search" or "Got it"', () => {
    for (const then of ['Save', 'Search', 'Got it']) {
      expect(sharedPurposeOf(button(then), button('Place order')), then).toBeUndefined();
      expect(sharedPurposeOf(button(then), button('Pay now')), then).toBeUndefined();
    }
  });
});

describe('control purpose: review32 probes that held', () => {
  it('presses a sender captioned anew that names no money ("Save" there, "Update" here)', async () => {
    expect(await pressesSender('Save', 'Update')).toBe(true);
  });
});
