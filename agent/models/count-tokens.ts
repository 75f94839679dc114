/**
 * Token counts for prompt budgeting. Uses the o200k tokenizer (gpt-tokenizer's
 * default): exact for current OpenAI models, a fair estimate for others.
 */
import { countTokens as countWithTokenizer } from 'gpt-tokenizer';
import type { ChatMessage } from '../core/language-model.js';

/** Tokens a chat format spends on each message's framing (role, separators). */
export const TOKENS_PER_MESSAGE = 4;

/** Tokens in a piece of text. */
export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  return countWithTokenizer(text);
}

/** Tokens in a whole chat prompt, framing included. */
export function countChatTokens(messages: readonly ChatMessage[]): number {
  let total = 2; // the assistant's reply header
  for (const message of messages) total += TOKENS_PER_MESSAGE + countTokens(message.content);
  return total;
}
