import { describe, expect, it } from 'vitest';
import { dot } from './embedder.js';
import { HashedNgramEmbedder, tokenize } from './hashed-ngram-embedder.js';

const embedder = new HashedNgramEmbedder();
const embed = (text: string) => embedder.embedSync([text])[0]!;
const similarity = (left: string, right: string) => dot(embed(left), embed(right));

describe('HashedNgramEmbedder', () => {
  it('is deterministic and returns unit vectors of its dimension', () => {
    const first = embed('Click on the "Canyon" button.');
    expect(first).toHaveLength(384);
    expect(Array.from(first)).toEqual(Array.from(embed('Click on the "Canyon" button.')));
    expect(dot(first, first)).toBeCloseTo(1, 5);
  });

  it('puts two instances of one task closer than two different tasks', () => {
    const same = similarity('Enter "delta" into the text field and press Submit.', 'Enter "olive" into the text field and press Submit.');
    const different = similarity('Enter "delta" into the text field and press Submit.', 'Select Norway from the list and click Submit.');
    expect(same).toBeGreaterThan(0.8);
    expect(same).toBeGreaterThan(different + 0.3);
  });

  it('matches word variants through character trigrams', () => {
    const shared = (left: string, right: string) => {
      const rightFeatures = embedder.features(right);
      return [...embedder.features(left).keys()].filter((feature) => feature.startsWith('c:') && rightFeatures.has(feature)).length;
    };
    expect(shared('checkbox', 'checkboxes')).toBe(7);
    expect(shared('checkbox', 'radio')).toBe(0);
    // Wide vectors, so hash collisions do not blur the comparison.
    const wide = new HashedNgramEmbedder({ dimension: 8192 });
    const wideSimilarity = (left: string, right: string) => dot(...(wide.embedSync([left, right]) as [Float32Array, Float32Array]));
    expect(wideSimilarity('tick the checkbox', 'tick the checkboxes')).toBeGreaterThan(wideSimilarity('tick the checkbox', 'tick the radio') + 0.05);
  });

  it('counts quoted values for less than the words around them', () => {
    const features = embedder.features('Type "walnut" in the box');
    expect(features.get('w:walnut')).toBeLessThan(features.get('w:type')!);
    expect(tokenize('Say "hi there" now').map((token) => token.quoted)).toEqual([false, true, true, false]);
  });

  it('gives empty text a zero vector rather than NaN', () => {
    const vector = embed('');
    expect(Array.from(vector).every((value) => value === 0)).toBe(true);
    expect(Array.from(embed('!!! ???')).every(Number.isFinite)).toBe(true);
  });

  it('refuses a nonsensical dimension', () => {
    expect(() => new HashedNgramEmbedder({ dimension: 3 })).toThrow(/dimension/);
    expect(() => new HashedNgramEmbedder({ dimension: 100.5 })).toThrow(/dimension/);
  });

  it('has the same async and sync answers', async () => {
    const [asyncVector] = await embedder.embed(['Book the cheapest flight']);
    expect(Array.from(asyncVector!)).toEqual(Array.from(embed('Book the cheapest flight')));
  });
});
