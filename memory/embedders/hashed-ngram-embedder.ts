/**
 * The default embedder: no model, no network, deterministic. A text becomes
 * a bag of features — words, word pairs and character trigrams of words —
 * each hashed to one of `dimension` slots with a hashed sign (the "hashing
 * trick"), weighted TF-IDF-style (sublinear term frequency; a fixed list of
 * function words stands in for a corpus IDF so the vector does not depend on
 * what is in the memory), then scaled to unit length.
 *
 * Character trigrams make "checkbox" and "check boxes", or "log in" and
 * "login", land near each other; quoted spans are usually the task's values
 * ("Enter \"Kasey\" …"), which differ between instances of the same task, so
 * they count for less.
 */
import { normalizeInPlace, type Embedder } from './embedder.js';

export const HASHED_NGRAM_EMBEDDER_NAME = 'hashed-ngram-v1';

/** Words so common in task texts that they say little about which task it is. */
const FUNCTION_WORDS = new Set(
  'a an the and or of to in on at for from by with into onto as is are be it its this that these those then than there here you your please all any each'.split(
    ' ',
  ),
);

const WORD_WEIGHT = 1;
const FUNCTION_WORD_WEIGHT = 0.2;
const WORD_PAIR_WEIGHT = 0.6;
const TRIGRAM_WEIGHT = 0.35;
/** Weight of anything inside quotes: usually an instance value, not the task. */
const QUOTED_WEIGHT = 0.3;

export interface HashedNgramEmbedderOptions {
  /** Number of hashed slots; default 384. */
  dimension?: number;
}

interface Token {
  word: string;
  quoted: boolean;
}

/** Lower-case word tokens (letters and digits), with whether they sat inside quotes. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const normalized = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // Split on quoted spans first so each token knows whether it was quoted.
  const parts = normalized.split(/("[^"]*"|“[^”]*”|'[^'\s][^']*[^'\s]')/);
  for (const part of parts) {
    const quoted = /^["“']/.test(part) && part.length > 1;
    for (const match of part.matchAll(/[\p{L}\p{N}]+/gu)) tokens.push({ word: match[0], quoted });
  }
  return tokens;
}

/** 32-bit FNV-1a of a string's UTF-16 code units: fast, stable across platforms and runs. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class HashedNgramEmbedder implements Embedder {
  readonly name = HASHED_NGRAM_EMBEDDER_NAME;
  readonly dimension: number;

  constructor(options: HashedNgramEmbedderOptions = {}) {
    this.dimension = options.dimension ?? 384;
    if (!Number.isInteger(this.dimension) || this.dimension < 8 || this.dimension > 8192) {
      throw new RangeError(`hashed embedder dimension must be an integer from 8 to 8192, got ${options.dimension}`);
    }
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embedSync(texts);
  }

  embedSync(texts: readonly string[]): Float32Array[] {
    return texts.map((text) => this.embedOne(text));
  }

  /** The (feature → weight) bag before hashing; exported for tests and explanations. */
  features(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
    const tokens = tokenize(text);
    tokens.forEach((token, index) => {
      const scale = token.quoted ? QUOTED_WEIGHT : 1;
      const isFunctionWord = FUNCTION_WORDS.has(token.word);
      add(`w:${token.word}`, scale * (isFunctionWord ? FUNCTION_WORD_WEIGHT : WORD_WEIGHT));
      const next = tokens[index + 1];
      if (next && !isFunctionWord && !FUNCTION_WORDS.has(next.word)) {
        add(`p:${token.word} ${next.word}`, scale * WORD_PAIR_WEIGHT);
      }
      if (!isFunctionWord && !/^\d+$/.test(token.word)) {
        const padded = `#${token.word}#`;
        // Spread a word's trigram weight over its trigrams so long words do not dominate.
        const trigramCount = padded.length - 2;
        for (let start = 0; start + 3 <= padded.length; start++) {
          add(`c:${padded.slice(start, start + 3)}`, (scale * TRIGRAM_WEIGHT * 3) / Math.max(3, trigramCount));
        }
      }
    });
    return counts;
  }

  private embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimension);
    for (const [feature, weight] of this.features(text)) {
      const hash = fnv1a(feature);
      const slot = hash % this.dimension;
      // The sign comes from a second hash so collisions cancel out on average.
      const sign = fnv1a(`s${feature}`) & 1 ? 1 : -1;
      // Sublinear term frequency: a word said three times is not three times the evidence.
      vector[slot]! += sign * Math.log1p(weight);
    }
    return normalizeInPlace(vector);
  }
}
