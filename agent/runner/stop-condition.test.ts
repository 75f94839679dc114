import { describe, expect, it } from 'vitest';
import { stepBudgetReached } from './stop-condition.js';

describe('stop conditions', () => {
  it('the step budget holds once that many actions ran, naming the budget', () => {
    const condition = stepBudgetReached(3);
    expect(condition({ steps: 2 })).toBeUndefined();
    expect(condition({ steps: 3 })).toEqual({ status: 'budget-exceeded', reason: 'step budget of 3 actions reached' });
  });
});
