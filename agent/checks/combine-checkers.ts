/**
 * Several checkers as one: a verdict passes only if every checker passes; the
 * first failing verdict (in the order given) is the one reported.
 */
import type { CheckContext, CheckVerdict, TaskChecker } from '../core/checks.js';

export function combineCheckers(...checkers: TaskChecker[]): TaskChecker {
  const run = async (
    kind: 'feasibility' | 'completeness',
    call: (checker: TaskChecker) => Promise<CheckVerdict> | undefined,
  ): Promise<CheckVerdict> => {
    const passed: CheckVerdict[] = [];
    for (const checker of checkers) {
      const verdict = await call(checker);
      if (!verdict) continue;
      if (!verdict.ok) return verdict;
      passed.push(verdict);
    }
    if (passed.length === 0) return { ok: true, reason: `no ${kind} check applies`, confidence: 0 };
    const best = passed.reduce((a, b) => ((b.confidence ?? 0) > (a.confidence ?? 0) ? b : a));
    return { ok: true, reason: passed.map((verdict) => verdict.reason).join('; '), confidence: best.confidence };
  };
  return {
    feasibility: (context: CheckContext) => run('feasibility', (checker) => checker.feasibility?.(context)),
    completeness: (context: CheckContext & { claimed: boolean }) => run('completeness', (checker) => checker.completeness?.(context)),
  };
}
