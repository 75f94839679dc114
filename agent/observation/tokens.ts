/**
 * Token counts for prompt budgets, with a real tokenizer: gpt-tokenizer's
 * default encoding (o200k_base, the GPT-4o family's). Other models' tokenizers
 * differ by a few percent; budgets here are a guide, not a contract with a
 * particular model.
 */
import { countTokens as countWithTokenizer } from 'gpt-tokenizer';

/** No text is special here: "<|endoftext|>" on a page is just text. */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** Tokens in `text` under o200k_base. */
export function countTokens(text: string): number {
  if (text === '') return 0;
  return countWithTokenizer(text, PLAIN_TEXT);
}

/**
 * A cheap estimate for ranking many candidates before the exact count: about
 * 3.6 characters per token on UI text with ids and quotes (measured on the
 * fixture pages; ordinary English prose is nearer 4.2).
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.6);
}
