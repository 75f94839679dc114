/**
 * Token counts of chat prompts, for budgets and usage reports. Text is counted
 * by the one tokenizer wrapper, `tokens.ts` (o200k; no special tokens, so a
 * page saying "<|endoftext|>" is just text and cannot end a run).
 */
import type { ChatMessage } from './language-model.js';
import { countTokens } from './tokens.js';

/** Tokens a chat format spends on each message's framing (role, separators). */
export const TOKENS_PER_MESSAGE = 4;

/** Tokens in a whole chat prompt, framing included. */
export function countChatTokens(messages: readonly ChatMessage[]): number {
  let total = 2; // the assistant's reply header
  for (const message of messages) total += TOKENS_PER_MESSAGE + countTokens(message.content);
  return total;
}
