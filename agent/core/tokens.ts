/**
 * Token counts for prompt budgets, with a real tokenizer: gpt-tokenizer's
 * default encoding (o200k_base, the GPT-4o family's). Other models' tokenizers
 * differ by a few percent; budgets here are a guide, not a contract with a
 * particular model.
 */
import { countTokens as countWithTokenizer } from 'gpt-tokenizer';

/** No text is special here: "<|endoftext|>" on a page is just text. */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * BPE merging inside one pre-token is quadratic in its length: a 20k-letter
 * run with no space takes a second, 160k half a minute, and blocks the event
 * loop so Ctrl+C and budgets cannot cut in. Runs of non-space characters are
 * therefore counted in slices of this many characters (a run that long is
 * junk or a key; its count is off by a token or two per slice at most).
 */
const LONGEST_RUN = 128;
/** Characters counted exactly; beyond this, the rest is extrapolated at the same rate (bounded time for any input). */
const EXACT_CHARACTERS = 100_000;
const LONG_RUN = new RegExp(`\\S{${LONGEST_RUN + 1},}`, 'g');

/** Tokens in `text` under o200k_base; linear time in the length of the text. */
export function countTokens(text: string): number {
  if (text === '') return 0;
  const head = text.length > EXACT_CHARACTERS ? text.slice(0, EXACT_CHARACTERS) : text;
  let total = 0;
  let at = 0;
  for (const match of head.matchAll(LONG_RUN)) {
    const index = match.index ?? 0;
    if (index > at) total += countWithTokenizer(head.slice(at, index), PLAIN_TEXT);
    for (let start = 0; start < match[0].length; start += LONGEST_RUN) {
      total += countWithTokenizer(match[0].slice(start, start + LONGEST_RUN), PLAIN_TEXT);
    }
    at = index + match[0].length;
  }
  if (at < head.length) total += countWithTokenizer(at === 0 ? head : head.slice(at), PLAIN_TEXT);
  if (head.length === text.length) return total;
  return total + Math.ceil((total / head.length) * (text.length - head.length));
}

/**
 * A cheap estimate for ranking many candidates before the exact count: about
 * 3.6 characters per token on UI text with ids and quotes (measured on the
 * fixture pages; ordinary English prose is nearer 4.2).
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.6);
}
