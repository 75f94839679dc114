/**
 * Issue 15 §2: fields labelled only by neighbouring text (a div or span before
 * the field in the same row, cell or flex line, or a caption just above it; no
 * <label for>, no aria-label) get that text as their label in the observation,
 * in real Chromium — and never a text across another field, an instruction
 * above, or a text after the field.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../agent/core/observation.js';
import { useBrowser } from '../kits/browser-page.js';

const kit = useBrowser();

const labelOf = (observation: Observation, id: string) => {
  const field = observation.elements.find((element) => element.attributes?.id === id);
  if (!field) throw new Error(`no field #${id} in the observation`);
  return field.label;
};

describe('labels from neighbouring text', () => {
  it('labels fields by the caption on their left, above them, or in the cell before', async () => {
    const { operator } = await kit.open('neighbour-labels.html', { viewport: { width: 800, height: 700 } });
    const observation = await operator.observe();
    expect(labelOf(observation, 'first')).toBe('First name');
    expect(labelOf(observation, 'email')).toBe('Email address');
    expect(labelOf(observation, 'street')).toBe('Street');
    expect(labelOf(observation, 'city')).toBe('City');
    expect(labelOf(observation, 'country')).toBe('Country');
  });

  it('gives each of two fields in one row its own caption', async () => {
    const { operator } = await kit.open('neighbour-labels.html', { viewport: { width: 800, height: 700 } });
    const observation = await operator.observe();
    expect(labelOf(observation, 'from')).toBe('From');
    expect(labelOf(observation, 'to')).toBe('To');
  });

  it('takes no label across another field, from an instruction above, or from text after the field', async () => {
    const { operator } = await kit.open('neighbour-labels.html', { viewport: { width: 800, height: 700 } });
    const observation = await operator.observe();
    expect(labelOf(observation, 'phone')).toBe('Phone');
    expect(labelOf(observation, 'extension')).toBeUndefined();
    expect(labelOf(observation, 'answer')).toBeUndefined();
    expect(labelOf(observation, 'lonely')).toBeUndefined();
  });

  it('keeps the caption a label when the layout changes: caption above in a narrow window', async () => {
    const { operator } = await kit.open({
      html: `<div style="width:160px"><span>Postcode</span><div style="display:block"><div><input id="postcode"></div></div></div>
             <div style="display:grid;grid-template-columns:80px 120px"><div>Age</div><div><input id="age" type="number"></div></div>`,
    });
    const observation = await operator.observe();
    expect(labelOf(observation, 'postcode')).toBe('Postcode');
    expect(labelOf(observation, 'age')).toBe('Age');
  });
});
