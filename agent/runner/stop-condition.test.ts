import { describe, expect, it } from 'vitest';
import { anyStopCondition, stepBudgetReached, type StopCondition } from './stop-condition.js';

describe('stop conditions', () => {
  it('the step budget holds once that many actions ran, naming the budget', () => {
    const condition = stepBudgetReached(3);
    expect(condition({ steps: 2 })).toBeUndefined();
    expect(condition({ steps: 3 })).toEqual({ status: 'budget-exceeded', reason: 'step budget of 3 actions reached' });
  });

  it('several conditions: the first that holds decides', () => {
    const never: StopCondition = () => undefined;
    const atOne: StopCondition = (progress) => (progress.steps >= 1 ? { status: 'stopped', reason: 'one is enough' } : undefined);
    const condition = anyStopCondition([never, atOne, stepBudgetReached(1)]);
    expect(condition({ steps: 0 })).toBeUndefined();
    expect(condition({ steps: 1 })).toEqual({ status: 'stopped', reason: 'one is enough' });
  });
});
