import { describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../test/kits/scripted-model.js';
import { countChatTokens } from '../core/chat-tokens.js';
import { countTokens } from '../core/tokens.js';
import { MeteredModel, UsageMeter } from './usage-meter.js';

describe('UsageMeter', () => {
  it('counts calls, tokens and failures, in total and per purpose', async () => {
    const meter = new UsageMeter();
    const model = new MeteredModel(new ScriptedModel(['one answer', 'two']), meter);
    const messages = [{ role: 'user' as const, content: 'hello there' }];
    await model.chat(messages, { purpose: 'plan-propose' });
    await model.chat(messages, { purpose: 'state-grounding' });
    await expect(model.chat(messages, { purpose: 'state-grounding' })).rejects.toThrow(/no answer scripted/);
    expect(meter.total).toMatchObject({
      calls: 3,
      failures: 1,
      promptTokens: 2 * countChatTokens(messages),
      completionTokens: countTokens('one answer') + countTokens('two'),
    });
    expect(meter.snapshot()).toMatchObject({ modelCalls: 3, 'calls.plan-propose': 1, 'calls.state-grounding': 2, modelFailures: 1 });
    meter.reset();
    expect(meter.tokens).toBe(0);
  });
});
