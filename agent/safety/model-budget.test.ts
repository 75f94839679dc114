import { describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../test/kits/scripted-model.js';
import { UsageMeter } from '../models/usage-meter.js';
import { guardModel } from './guard-model.js';
import { BudgetExceededError, BudgetedModel } from './model-budget.js';

describe('BudgetedModel', () => {
  it('refuses the call past the model-call budget, before sending it', async () => {
    const inner = new ScriptedModel([], { fallback: 'ok' });
    const model = new BudgetedModel(inner, { maxModelCalls: 2 });
    await model.chat([{ role: 'user', content: 'a' }]);
    await model.chat([{ role: 'user', content: 'b' }]);
    const third = model.chat([{ role: 'user', content: 'c' }]);
    await expect(third).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(third).rejects.toMatchObject({ budget: 'model-calls', message: 'model-call budget of 2 calls exceeded' });
    expect(inner.calls).toHaveLength(2);
  });

  it('refuses a prompt that would overrun the token budget', async () => {
    const inner = new ScriptedModel([], { fallback: 'ok' });
    const model = new BudgetedModel(inner, { maxTokens: 60 });
    await model.chat([{ role: 'user', content: 'short' }]);
    expect(model.tokens).toBeGreaterThan(0);
    await expect(model.chat([{ role: 'user', content: 'word '.repeat(100) }])).rejects.toMatchObject({ budget: 'tokens' });
    expect(inner.calls).toHaveLength(1);
  });

  it('reads its figures from the meter, the one counter of model use', async () => {
    const meter = new UsageMeter();
    const inner = new ScriptedModel([], { fallback: 'ok' });
    const model = new BudgetedModel(inner, { maxModelCalls: 1 }, meter);
    await model.chat([{ role: 'user', content: 'a' }], { purpose: 'plan-propose' });
    expect(meter.total.calls).toBe(1);
    expect(model.calls).toBe(1);
    expect(model.tokens).toBe(meter.tokens);
    await expect(model.chat([{ role: 'user', content: 'b' }])).rejects.toMatchObject({ budget: 'model-calls' });
    // A refused call was never sent: the meter does not count it.
    expect(meter.total).toMatchObject({ calls: 1, failures: 0 });
    // A new run resets the meter, and with it the budget.
    model.reset();
    await model.chat([{ role: 'user', content: 'c' }]);
    expect(inner.calls).toHaveLength(2);
  });
});

describe('guardModel', () => {
  it('meters, budgets and redacts (remote) in one wrapper', async () => {
    const inner = new ScriptedModel([], { fallback: 'fine', remote: true });
    const guarded = guardModel(inner, { budgets: { maxModelCalls: 5 }, secrets: ['Nightingale'] });
    await guarded.model.chat([{ role: 'user', content: 'codename Nightingale, mail ada@example.org' }], { purpose: 'plan-propose' });
    expect(inner.calls[0]!.messages[0]!.content).toBe('codename <secret:user-listed-1>, mail <secret:email-1>');
    expect(guarded.meter.snapshot()).toMatchObject({ modelCalls: 1, 'calls.plan-propose': 1 });
  });

  it('leaves prompts to a local model alone unless told to redact them', async () => {
    const local = new ScriptedModel([], { fallback: 'fine' });
    await guardModel(local).model.chat([{ role: 'user', content: 'ada@example.org' }]);
    expect(local.calls[0]!.messages[0]!.content).toBe('ada@example.org');
    const strict = new ScriptedModel([], { fallback: 'fine' });
    await guardModel(strict, { redactLocal: true }).model.chat([{ role: 'user', content: 'ada@example.org' }]);
    expect(strict.calls[0]!.messages[0]!.content).toBe('<secret:email-1>');
  });
});
