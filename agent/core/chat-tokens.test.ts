import { describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../test/kits/scripted-model.js';
import { BudgetedModel } from '../safety/model-budget.js';
import { countChatTokens, TOKENS_PER_MESSAGE } from './chat-tokens.js';
import { countTokens } from './tokens.js';

describe('countTokens / countChatTokens', () => {
  it('treat special-token text on a page as plain text instead of throwing', () => {
    const text = 'the page said <|endoftext|> and <|im_start|> here';
    expect(countTokens(text)).toBeGreaterThan(5);
    const messages = [{ role: 'user' as const, content: text }];
    expect(countChatTokens(messages)).toBe(2 + TOKENS_PER_MESSAGE + countTokens(text));
  });

  it('a token-budgeted model survives a prompt that quotes a special token', async () => {
    const model = new BudgetedModel(new ScriptedModel(['ok']), { maxTokens: 1_000 });
    const result = await model.chat([{ role: 'user', content: 'Observation: [4] text "<|endoftext|>"' }]);
    expect(result.text).toBe('ok');
    expect(model.tokens).toBeGreaterThan(0);
  });
});
